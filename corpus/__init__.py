"""govnews corpus: storage, deduplication, comparison, export and browsing of extracted releases."""
from .store import AddResult, Corpus, CorpusError

__all__ = ["Corpus", "CorpusError", "AddResult"]
