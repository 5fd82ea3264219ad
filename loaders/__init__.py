"""Loaders: one module per input format, chosen by sniffing content; every loader yields Articles."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from kg.models import Article
from loaders.base import MAX_BYTES, BadInput, Loader, LoadError, decode
from loaders.feedx import FeedxLoader
from loaders.html import HtmlLoader
from loaders.jsonl import JsonLinesLoader
from loaders.plaintext import PlainTextLoader

# Order matters: the plain-text loader takes whatever the others refuse.
REGISTRY: list[Loader] = [FeedxLoader(), HtmlLoader(), JsonLinesLoader(), PlainTextLoader()]

__all__ = ["REGISTRY", "LoadError", "load_paths", "load_bytes", "iter_files"]


def loader_for(text: str, path: str) -> Loader:
    head = text[:4096]
    return next(ld for ld in REGISTRY if ld.sniff(head, path))


def load_bytes(data: bytes, source: str) -> Iterator[Article | LoadError]:
    """Articles from one input's bytes; a broken input yields one LoadError and no articles."""
    try:
        text = decode(data, source)
        loader = loader_for(text, source)
        articles = list(loader.load(text, source))
    except BadInput as exc:
        yield LoadError(source=source, message=str(exc))
        return
    yield from articles


def iter_files(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Path | LoadError]:
    """Files under the given paths, directories walked in name order, hidden files skipped."""
    for p in paths:
        path = Path(p)
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if not name.startswith("."):
                        yield Path(root) / name
        elif path.is_file():
            yield path
        else:
            yield LoadError(source=str(path), message="no such file or directory")


def load_paths(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Article | LoadError]:
    """Every article under the given files and directories, and a LoadError for each bad input."""
    for item in iter_files(paths):
        if isinstance(item, LoadError):
            yield item
            continue
        try:
            size = item.stat().st_size
            if size > MAX_BYTES:
                yield LoadError(source=str(item), message=f"file too large ({size} bytes; limit {MAX_BYTES})")
                continue
            data = item.read_bytes()
        except OSError as exc:
            yield LoadError(source=str(item), message=f"cannot read: {exc.strerror or exc}")
            continue
        yield from load_bytes(data, str(item))
