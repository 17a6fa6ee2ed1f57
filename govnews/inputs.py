"""The pages a command is given: files, folders (recursively) and `-` for standard input."""
from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

PAGE_SUFFIXES = (".html", ".htm", ".shtml", ".txt", ".xhtml", ".jsp", ".asp", ".aspx", ".php")


@dataclass
class PageInput:
    name: str
    data: bytes | None
    error: str | None = None


def iter_pages(paths: list[str], suffixes=PAGE_SUFFIXES) -> Iterator[PageInput]:
    for raw in paths:
        if raw == "-":
            yield PageInput("<stdin>", sys.stdin.buffer.read())
            continue
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in suffixes)
            if not files:
                yield PageInput(raw, None, f"holds no pages ({', '.join(suffixes[:4])} …)")
            for p in files:
                yield _read(p)
        elif path.exists():
            yield _read(path)
        else:
            yield PageInput(raw, None, "no such file or folder")


def _read(path: Path) -> PageInput:
    try:
        return PageInput(str(path), path.read_bytes())
    except OSError as exc:
        return PageInput(str(path), None, f"cannot be read ({exc.strerror or exc})")
