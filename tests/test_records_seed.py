"""The seed's records are exactly its gold, and every record's offsets index the body."""
import json
from pathlib import Path

import jsonschema
import pytest

from conftest import FIXTURES, ROOT, SAMPLES, SEED_TEXT, sample_pages
from extractor import extract

METRIC_FIELDS = ("text", "value", "unit", "kind", "indicator", "change", "qualifier", "period")
DATE_FIELDS = ("text", "type", "start_date", "end_date", "granularity")


def test_seed_records_are_exactly_gold(seed_gold):
    doc = extract(SEED_TEXT.read_text(encoding="utf-8")).to_dict()
    assert [{k: m[k] for k in METRIC_FIELDS} for m in doc["metrics"]] == \
        [{k: m[k] for k in METRIC_FIELDS} for m in seed_gold["metrics"]]
    assert [{k: d[k] for k in DATE_FIELDS} for d in doc["dates"]] == \
        [{k: d[k] for k in DATE_FIELDS} for d in seed_gold["dates"]]
    assert [{k: m[k] for k in ("marker", "title", "keyword")} for m in doc["measures"]] == seed_gold["measures"]
    assert doc["measures_declared"] == seed_gold["measures_declared"] == 3


def all_docs():
    docs = [extract(SEED_TEXT.read_bytes())]
    for name, exp in sample_pages():
        docs.append(extract((SAMPLES / name).read_bytes(), url=exp["url"]))
    return docs


@pytest.mark.parametrize("doc", all_docs(), ids=lambda d: (d.title or "")[:12])
def test_every_offset_indexes_its_text(doc):
    assert doc.metrics and doc.dates and doc.measures
    for m in doc.metrics:
        assert doc.body[m.start:m.end] == m.text
    for d in doc.dates:
        target = doc.title if d.field == "title" else doc.body
        assert target[d.start:d.end] == d.text
    for ms in doc.measures:
        assert doc.body[ms.start:ms.end].startswith((ms.marker or "") + ms.title[:4])
    for m in doc.metrics:
        if m.measure is not None:
            ms = doc.measures[m.measure - 1]
            assert ms.start <= m.start < ms.end


@pytest.mark.parametrize("doc", all_docs(), ids=lambda d: (d.title or "")[:12])
def test_output_validates_against_the_json_schema(doc):
    schema = json.loads((ROOT / "extractor" / "schema" / "document.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(json.loads(doc.to_json()), schema)
