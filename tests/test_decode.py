import codecs

import pytest

from extractor import ExtractionError
from extractor.decode import decode

TEXT = "镕基喆昇：拱墅区司法局"


def page(charset_label, encoding):
    return f'<html><head><meta charset="{charset_label}"></head><body><p>{TEXT}</p></body></html>'.encode(encoding)


def test_gb2312_label_is_read_as_gb18030():
    d = decode(page("gb2312", "gbk"))
    assert TEXT in d.text and d.encoding == "gb18030" and d.how == "declared"


def test_http_header_wins_over_meta():
    data = page("utf-8", "gbk")
    d = decode(data, content_type="text/html; charset=GBK")
    assert TEXT in d.text and d.how == "declared"


def test_lying_label_is_detected():
    d = decode(page("utf-8", "gbk"))
    assert TEXT in d.text and d.how == "detected" and d.declared == "utf-8"


def test_bom():
    d = decode(codecs.BOM_UTF8 + TEXT.encode("utf-8"))
    assert d.text == TEXT and d.how == "bom"


def test_big5():
    d = decode('<meta charset="big5"><p>臺灣司法院調解委員會</p>'.encode("big5"))
    assert "臺灣司法院調解委員會" in d.text


def test_unlabelled_gbk():
    d = decode(("<p>" + TEXT * 5 + "</p>").encode("gbk"))
    assert TEXT in d.text


def test_binary_is_refused():
    with pytest.raises(ExtractionError, match="binary"):
        decode(b"%PDF-1.7\n" + bytes(range(256)), name="x.pdf")
