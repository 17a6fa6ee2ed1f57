"""Duplicate releases: exact (same normalised body) and near (MinHash over character
shingles, with LSH bands to find candidates without comparing every pair).

Government releases are reposted across district, city and province sites with a changed
header, a dropped paragraph or different punctuation; whitespace tokens mean nothing in
Chinese, so the shingles are runs of characters.
"""
from __future__ import annotations

import hashlib

import numpy as np
import regex
from datasketch import MinHash

NUM_PERM = 128
BANDS, ROWS = 32, 4          # LSH: candidates above a Jaccard similarity of about 0.42
SHINGLE = 5                  # characters
NEAR_DUPLICATE = 0.8         # estimated Jaccard similarity that makes two bodies one release
MIN_SHARED_BANDS = 4         # candidates sharing fewer bands are below ~0.6 similarity
MAX_CANDIDATES = 50          # compared per new document, most shared bands first
MAX_BUCKET = 200             # documents read from one LSH bucket

_STRIP = regex.compile(r"[\s\p{P}\p{S}]+")


def normalise(body: str) -> str:
    """The body without whitespace, punctuation and symbols (full- and half-width alike)."""
    return _STRIP.sub("", body)


def body_hash(body: str) -> str:
    return hashlib.sha1(normalise(body).encode("utf-8")).hexdigest()


def signature(body: str) -> MinHash:
    text = normalise(body)
    mh = MinHash(num_perm=NUM_PERM, seed=2260)
    if len(text) <= SHINGLE:
        mh.update(text.encode("utf-8"))
        return mh
    mh.update_batch([text[i:i + SHINGLE].encode("utf-8") for i in range(len(text) - SHINGLE + 1)])
    return mh


def to_blob(mh: MinHash) -> bytes:
    return np.asarray(mh.hashvalues, dtype=np.uint64).tobytes()


def from_blob(blob: bytes) -> np.ndarray:
    """The stored signature: its hash values."""
    return np.frombuffer(blob, dtype=np.uint64)


def bands(mh: MinHash) -> list[tuple[int, str]]:
    values = np.asarray(mh.hashvalues, dtype=np.uint64)
    return [(b, hashlib.sha1(values[b * ROWS:(b + 1) * ROWS].tobytes()).hexdigest()[:16]) for b in range(BANDS)]


_NUMBER = regex.compile(r"\d+(?:\.\d+)?")


def numbers(body: str) -> str:
    """The numbers a body reports, in order, space-separated."""
    return " ".join(_NUMBER.findall(body))


def same_figures(a: str, b: str) -> bool:
    """Whether two bodies report the same figures: nearly all the numbers of the shorter
    are in the longer (a repost may drop a paragraph, never change a figure)."""
    from collections import Counter

    na, nb = Counter(a.split()), Counter(b.split())
    if not na or not nb:
        return not na and not nb
    shared = sum((na & nb).values())
    return shared / min(sum(na.values()), sum(nb.values())) >= 0.9


def similarity(a, b) -> float:
    """Estimated Jaccard similarity: the share of equal MinHash values."""
    a = np.asarray(getattr(a, "hashvalues", a), dtype=np.uint64)
    b = np.asarray(getattr(b, "hashvalues", b), dtype=np.uint64)
    return float(np.count_nonzero(a == b)) / len(a)
