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



_TITLES = ["县司法局召开人民调解工作推进会", "全区行政复议案件同比下降", "信访工作联席会议部署春节前矛盾纠纷排查",
           "法律援助中心为农民工讨回工资", "市中级人民法院发布行政审判白皮书", "镇综治中心化解邻里纠纷"]


def _list_page_with_titles_cut_by_bytes(label: str) -> bytes:
    """A column's list page in GBK whose template cuts each title after 15 bytes, inside a
    character (县司法局召开人\xc3...): bytes no GBK decoder takes whole, which a detector reads
    as a Cyrillic code page."""
    head = f'<meta charset="{label}">' if label else ""
    links = b"".join(f"{i + 1}. <a href=http://www.example.gov.cn/news/{i}.shtml target=_blank "
                     f"style='text-decoration: underline'>".encode() + t.encode("gbk")[:15] + b"...</a><br>"
                     for i, t in enumerate(_TITLES))
    return f"<html><head>{head}</head><body><td width=40%>".encode() + links + b"</td></body></html>"


@pytest.mark.parametrize("label", ["", "gb2312"])
def test_a_gbk_page_with_characters_cut_in_two_is_still_read_as_gbk(label):
    d = decode(_list_page_with_titles_cut_by_bytes(label))
    assert "县司法局召开人" in d.text and "信访工作联席会" in d.text and "市中级人民法院" in d.text
    assert d.encoding == "gb18030" and d.how == "replaced" and d.text.count("\ufffd") == len(_TITLES)


def test_a_utf8_page_labelled_gbk_with_a_character_cut_in_two_is_read_as_utf8():
    text = "<p>县司法局共调处矛盾纠纷1200件，调解成功率98%。</p>" * 20
    data = ('<meta charset="gb2312">' + text).encode("utf-8") + "<a>信访".encode("utf-8")[:-1] + b"...</a>"
    d = decode(data)
    assert "调解成功率98%" in d.text and d.encoding == "utf-8" and d.text.count("\ufffd") == 1


def test_a_gbk_page_heavy_with_script_and_one_cut_character_is_read_as_its_label_says():
    script = b"<script>" + b"var a=1;" * 20000 + b"</script>"  # 160 KB of ASCII: too few GBK characters to outweigh UTF-8
    data = (b'<html><head><meta charset="gbk">' + script + b"</head><body>"
            + "<p>县司法局全年调解纠纷320件。</p>".encode("gbk") + "<a>信访".encode("gbk")[:-1] + b"...</a>"
            + "<p>法律援助中心受理案件86件。</p></body></html>".encode("gbk"))
    d = decode(data)
    assert d.encoding == "gb18030" and "调解纠纷320件" in d.text and "受理案件86件" in d.text
