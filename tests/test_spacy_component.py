"""The govnews_records component, found by entry point as spaCy users expect."""
import spacy

from conftest import SEED_TEXT
from extractor import extract


def test_component_puts_records_on_doc_spans():
    body = extract(SEED_TEXT.read_text(encoding="utf-8")).body
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    nlp.add_pipe("govnews_records", config={"published_at": "2022-03-17"})
    doc = nlp(body)
    metrics = doc.spans["govnews_metrics"]
    assert len(metrics) == 16
    first = metrics[0]
    assert first.text == "同比下降39.5%"
    assert (first._.value, first._.unit, first._.indicator) == (39.5, "%", "行政复议发案量")
    assert first._.period["start_date"] == "2021-01-01"
    assert [s.text for s in doc.spans["govnews_dates"]][:2] == ["2021年度", "2021年以来"]
    assert len(doc.spans["govnews_measures"]) == 3
    assert doc._.govnews["measures_declared"] == 3
    assert any(t.tag_ == "n" for t in doc)
