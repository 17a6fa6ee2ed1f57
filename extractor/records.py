"""The records of a Document: dates, metrics and measures found in its body."""
from __future__ import annotations

from .document import Document


def annotate(doc: Document) -> Document:
    """Fill doc.dates, doc.metrics, doc.measures and doc.measures_declared."""
    return doc
