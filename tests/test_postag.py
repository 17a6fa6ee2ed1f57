"""extractor.postag gives exactly what jieba.posseg.cut(text, HMM=False) gives."""
from pathlib import Path

import jieba.posseg as pseg
import pytest
from hypothesis import given, settings, strategies as st

from extractor import extract, postag

ROOT = Path(__file__).resolve().parent.parent


def jieba_tags(text):
    return [(w.word, w.flag) for w in pseg.cut(text, HMM=False)]


def _phrases():
    out = []
    for page in sorted((ROOT / "samples" / "pages").glob("*.txt")) + sorted((ROOT / "samples" / "corpus").glob("*.html")):
        body = extract(page.read_bytes(), records=False).body
        for sentence in body.replace("\n", "。").split("。"):
            out += [sentence] + sentence.split("，")
    return [p for p in out if p]


def test_same_as_jieba_on_the_bundled_releases():
    phrases = _phrases()
    assert len(phrases) > 100
    for phrase in phrases:
        assert postag.cut(phrase) == jieba_tags(phrase), phrase


@pytest.mark.parametrize("text", ["", " ", "\r\n", "COVID-19疫情", "同比下降39.5%", "a b c", "ＡＢＣ全角１２３",
                                  "12345", "1.2万人次", "C++和C#", "第1季度", "_x_", "“调解长廊”等红色阵地"])
def test_same_as_jieba_on_mixed_text(text):
    assert postag.cut(text) == jieba_tags(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="司法局行政复议调解纠纷案件件同比下降增长了的和、，。 1234567890.%abcXYZ\n", max_size=40))
def test_same_as_jieba_on_generated_text(text):
    assert postag.cut(text) == jieba_tags(text)
