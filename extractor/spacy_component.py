"""govnews records as a spaCy pipeline component.

    import spacy
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    nlp.add_pipe("govnews_records", config={"published_at": "2022-03-17"})
    doc = nlp(text)
    for span in doc.spans["govnews_metrics"]:
        span.text, span._.value, span._.unit, span._.indicator, span._.period
        span._.statistic, span._.value_normalised, span._.unit_normalised   # mediation.success_rate, 98.1, %

The factory is registered under the `spacy_factories` entry point, so `add_pipe` finds it
without importing this module. Metrics go to `doc.spans["govnews_metrics"]`, dates to
`doc.spans["govnews_dates"]`, measures to `doc.spans["govnews_measures"]`; each span carries
its record's fields as `Span._` attributes, and `doc._.govnews` holds the whole record.
Tokens get jieba's part-of-speech tag in `token.tag_` (the tags the indicator rules use).
"""
from __future__ import annotations

from dataclasses import asdict

from spacy.language import Language
from spacy.tokens import Doc, Span

from .document import Document, make_doc_id
from .published import normalise_given
from .records import annotate

SPAN_FIELDS = ("value", "unit", "kind", "indicator", "indicator_category", "change", "qualifier", "period",
               "measure", "statistic", "value_normalised", "unit_normalised", "type", "start_date", "end_date", "granularity", "anchored", "index", "marker",
               "title", "keyword", "category")

for _name in SPAN_FIELDS:
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=None)
if not Doc.has_extension("govnews"):
    Doc.set_extension("govnews", default=None)


class RecordsComponent:
    def __init__(self, nlp: Language, name: str, published_at: str | None = None, tag_tokens: bool = True):
        self.name = name
        self.published_at = normalise_given(published_at)
        self.tag_tokens = tag_tokens

    def __call__(self, doc: Doc) -> Doc:
        record = Document(doc_id=make_doc_id(None, doc.text), url=None, title=None,
                          published_at=self.published_at, source=None, body=doc.text, content_type="text")
        annotate(record)
        doc._.govnews = record.to_dict()
        doc.spans["govnews_metrics"] = self._spans(doc, record.metrics, "METRIC")
        doc.spans["govnews_dates"] = self._spans(doc, [d for d in record.dates if d.field == "body"], "DATE")
        doc.spans["govnews_measures"] = self._spans(doc, record.measures, "MEASURE")
        if self.tag_tokens:
            _tag(doc)
        return doc

    @staticmethod
    def _spans(doc: Doc, records, label: str) -> list[Span]:
        spans = []
        for rec in records:
            span = doc.char_span(rec.start, rec.end, label=label, alignment_mode="expand")
            if span is None:
                continue
            for key, value in asdict(rec).items():
                if key in SPAN_FIELDS:
                    setattr(span._, key, value)
            spans.append(span)
        return spans


def _tag(doc: Doc) -> None:
    """jieba part-of-speech tags on the tokens whose text jieba tags as one word."""
    from .indicator import tags

    pos = 0
    tagged = {}
    for word, flag in tags(doc.text):
        tagged[(pos, pos + len(word))] = flag
        pos += len(word)
    for token in doc:
        flag = tagged.get((token.idx, token.idx + len(token.text)))
        if flag:
            token.tag_ = flag


@Language.factory("govnews_records", default_config={"published_at": None, "tag_tokens": True})
def make_records_component(nlp: Language, name: str, published_at: str | None, tag_tokens: bool):
    return RecordsComponent(nlp, name, published_at, tag_tokens)
