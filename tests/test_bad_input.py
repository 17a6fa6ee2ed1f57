"""Bad input gets a clear error naming the input, or a best effort; never a traceback."""
import time

import pytest

from conftest import FIXTURES, SAMPLES
from extractor import ExtractionError, extract


@pytest.mark.parametrize("content,problem", [
    (b"", "is empty"),
    (b"   \n\t ", "is empty"),
    ("", "is empty"),
    (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20, "binary"),
    (None, "no content"),
    (12345, "must be str or bytes"),
])
def test_unreadable_input_is_named(content, problem):
    with pytest.raises(ExtractionError) as err:
        extract(content, name="page-17.html")
    assert "page-17.html" in str(err.value) and problem in str(err.value)


def test_list_page_holds_no_article():
    with pytest.raises(ExtractionError, match="no article text"):
        extract((FIXTURES / "no_article.html").read_bytes(), name="list.html")


def test_text_without_article():
    with pytest.raises(ExtractionError, match="no article"):
        extract("首页 > 新闻\n版权所有 © 2024 某县人民政府\n技术支持：某公司", name="dump.txt")


def test_truncated_html_is_a_best_effort():
    data = (SAMPLES / "trs_wcm.html").read_bytes()
    cut = data[: int(len(data) * 0.62)]
    cut = cut[:-1] if cut[-1] >= 0x80 else cut  # end inside a multi-byte character
    doc = extract(cut)
    assert "今年以来" in doc.body


def test_wrong_declared_charset_is_noticed():
    html = (SAMPLES / "old_table_gbk.html").read_bytes().replace(b"charset=gb2312", b"charset=utf-8")
    doc = extract(html)
    assert "永新县司法局" in doc.title
    assert any("does not fit" in w for w in doc.warnings)


def test_twenty_megabyte_page_finishes():
    base = (SAMPLES / "modern_responsive.html").read_text(encoding="utf-8")
    filler = "<script>var data = '" + "0123456789年" * 1_600_000 + "';</script>"
    html = base.replace("</body>", filler + "</body>")
    assert len(html.encode("utf-8")) > 20_000_000
    started = time.perf_counter()
    doc = extract(html.encode("utf-8"))
    assert time.perf_counter() - started < 60
    assert doc.title == "南海区推动行政争议“一站式”实质化解"


def test_digits_and_years_do_not_blow_up():
    text = "某县司法局工作动态\n" + ("2021年" * 5 + "123件，" + "一二三" * 3) * 20000
    started = time.perf_counter()
    doc = extract(text)
    assert time.perf_counter() - started < 60
    assert doc.metrics


def test_a_page_of_only_a_comment_is_no_article():
    with pytest.raises(ExtractionError, match="no article text"):
        extract("<!-- x -->", name="blocked.html")


def test_a_one_line_text_is_its_own_body():
    doc = extract("某县司法局今年共办理法律援助案件120件调解纠纷300起群众满意率100%")
    assert doc.body.startswith("某县司法局") and len(doc.metrics) == 3
