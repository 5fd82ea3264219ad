"""Loaders: one module per input format, chosen by sniffing content; every loader yields Articles.

Inputs (files, directory trees, archives, "-" for standard input, http(s) URLs) come from
loaders.sources; the same article arriving twice in one run (same canonical URL, or the same
words under another URL) is yielded once.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from typing import IO

from kg.models import Article
from loaders.base import MAX_BYTES, BadInput, Loader, LoadError, decode
from loaders.feed import FeedLoader
from loaders.feedx import FeedxLoader
from loaders.html import HtmlLoader
from loaders.jsonl import JsonLinesLoader
from loaders.plaintext import PlainTextLoader
from loaders.sources import Input, iter_files, iter_inputs

# Order matters: the plain-text loader takes whatever the others refuse.
REGISTRY: list[Loader] = [FeedxLoader(), HtmlLoader(), FeedLoader(), JsonLinesLoader(), PlainTextLoader()]

# Texts shorter than this are not deduplicated by content alone (two items may share a stock line).
DEDUP_MIN_CHARS = 200

__all__ = ["REGISTRY", "LoadError", "Input", "load_paths", "load_bytes", "iter_files", "iter_inputs", "MAX_BYTES"]


def loader_for(text: str, path: str) -> Loader:
    head = text[:4096]
    return next(ld for ld in REGISTRY if ld.sniff(head, path))


def load_bytes(data: bytes, source: str, *, url: str | None = None,
               charset: str | None = None) -> Iterator[Article | LoadError]:
    """Articles from one input's bytes; a broken input yields one LoadError and no articles.

    url is the address the bytes were fetched from (pages without a canonical link take it);
    charset the encoding an HTTP header declared.
    """
    try:
        text = decode(data, source, charset)
        loader = loader_for(text, source)
        items = list(loader.load(text, source, url=url))
    except BadInput as exc:
        yield LoadError(source=source, message=str(exc))
        return
    except RecursionError:
        yield LoadError(source=source, message="markup nested too deeply to read")
        return
    yield from items


def load_paths(paths: Iterable[str | os.PathLike[str]], *, dedup: bool = True,
               stdin: IO[bytes] | None = None) -> Iterator[Article | LoadError]:
    """Every article under the given files, directories, archives, URLs and "-" (standard input),
    and a LoadError for each bad input."""
    seen_ids: set[str] = set()
    seen_hashes: set[str] = set()
    for item in iter_inputs(paths, stdin=stdin):
        if isinstance(item, LoadError):
            yield item
            continue
        for got in load_bytes(item.data, item.name, url=item.url, charset=item.charset):
            if dedup and isinstance(got, Article):
                if got.id in seen_ids:
                    continue
                long_enough = len(got.text) >= DEDUP_MIN_CHARS
                if long_enough and got.content_hash in seen_hashes:
                    continue
                seen_ids.add(got.id)
                if long_enough:
                    seen_hashes.add(got.content_hash)
            yield got
