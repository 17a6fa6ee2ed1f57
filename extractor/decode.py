"""Bytes to text: the charset a page declares (HTTP header, BOM, <meta>), checked against
the bytes, with charset-normalizer behind it when the label is missing or lies.

Chinese government pages are mostly GBK/GB2312 or UTF-8, often mislabelled; a GB2312 or
GBK label is read as GB18030 (its superset), since GB2312 pages routinely hold GBK-only
characters (镕, 堃, 喆).
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from .errors import ExtractionError

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.I)
_HTTP_CHARSET = re.compile(r"""charset\s*=\s*["']?([A-Za-z0-9_\-:.]+)""", re.I)
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
# Labels that mean the same family: read them with the widest member.
_WIDEN = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "cp936": "gb18030",
          "euc-cn": "gb18030", "hz-gb-2312": "gb18030", "big5": "big5hkscs",
          "utf8": "utf-8", "iso-8859-1": "cp1252", "latin-1": "cp1252", "ascii": "utf-8",
          "us-ascii": "utf-8"}
_CANDIDATES = ("utf-8", "gb18030", "big5hkscs")


@dataclass
class Decoded:
    text: str
    encoding: str
    declared: str | None
    how: str  # "bom", "declared", "detected", "replaced"


def normalise_label(label: str | None) -> str | None:
    if not label:
        return None
    label = label.strip().strip("'\"").lower()
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    return _WIDEN.get(label, _WIDEN.get(name, name))


def declared_charset(data: bytes, content_type: str | None = None) -> str | None:
    """The charset the HTTP Content-Type header or the page's own <meta> names."""
    if content_type:
        m = _HTTP_CHARSET.search(content_type)
        if m:
            return m.group(1)
    m = _META_CHARSET.search(data[:8192])
    return m.group(1).decode("ascii", "ignore") if m else None


def looks_binary(data: bytes) -> bool:
    head = data[:4096]
    if not head:
        return False
    if head.count(b"\x00") > len(head) // 100 and not head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return True
    magic = (b"%PDF", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x1f\x8b", b"Rar!", b"\xd0\xcf\x11\xe0")
    return head.startswith(magic)


def decode(data: bytes, content_type: str | None = None, name: str = "<bytes>") -> Decoded:
    """Decode page bytes; raise ExtractionError for input that is not text at all."""
    if looks_binary(data):
        raise ExtractionError(name, "is binary data (not an HTML page or text)")
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return Decoded(data[len(bom):].decode(enc, "replace"), enc, enc, "bom")
    label = declared_charset(data, content_type)
    enc = normalise_label(label)
    if enc:
        text = _strict(data, enc)
        if text is not None:
            return Decoded(text, enc, label, "declared")
        # the label lies: detect below
    for cand in _CANDIDATES:
        text = _strict(data, cand)
        if text is not None:
            return Decoded(text, cand, label, "detected")
    nearly = _nearly(data, list(dict.fromkeys(([enc] if enc else []) + list(_CANDIDATES))))
    if nearly is not None:  # a few characters cut in two (titles cut by bytes: 县司法局召开人\xc3...)
        return Decoded(nearly[1], nearly[0], label, "replaced")
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is not None and best.encoding:
        enc = normalise_label(best.encoding) or best.encoding
        return Decoded(data.decode(enc, "replace"), enc, label, "detected")
    return Decoded(data.decode("gb18030", "replace"), "gb18030", label, "replaced")


# Bytes a page may hold that its encoding does not take (a character cut in two by a template
# that shortens titles by bytes), before the encoding is doubted: so many, or one in so many bytes.
_FEW_BAD_BYTES, _BAD_BYTE_SHARE = 8, 1 / 500


def _nearly(data: bytes, encodings: list[str]) -> tuple[str, str] | None:
    """Of `encodings`, the one that reads the bytes with the fewest characters it cannot take
    (each then U+FFFD), and its text, when they are only a few; else None. A GBK page read as
    UTF-8 fails on nearly every character and UTF-8 read as GBK fails often, as mojibake: the
    page's own encoding fails least."""
    allowed = max(_FEW_BAD_BYTES, int(len(data) * _BAD_BYTE_SHARE))
    best = None
    for enc in encodings:
        try:
            text = data.decode(enc, "replace")
        except LookupError:
            continue
        bad = text.count("\ufffd")
        if bad <= allowed and (best is None or bad < best[0]):
            best = (bad, enc, text)
    return (best[1], best[2]) if best else None


def _strict(data: bytes, enc: str) -> str | None:
    """Strict decoding, forgiving only a multi-byte character cut off at the very end
    (a truncated download)."""
    try:
        return data.decode(enc)
    except UnicodeDecodeError as exc:
        if exc.start >= len(data) - 4:
            try:
                return data[: exc.start].decode(enc)
            except UnicodeDecodeError:
                return None
        return None
    except LookupError:
        return None
