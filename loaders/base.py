"""What every loader shares: the error type, decoding, language guess and the Loader protocol."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Protocol

from pydantic import BaseModel

from kg.models import Article

MAX_BYTES = 64 * 1024 * 1024  # one article file; bigger inputs are refused, not loaded into memory


class LoadError(BaseModel):
    """One input that could not be loaded: where, and what is wrong, in one line."""

    source: str
    item: str | None = None
    message: str

    def line(self) -> str:
        where = f"{self.source} [{self.item}]" if self.item else self.source
        return f"{where}: {self.message}"


class BadInput(Exception):
    """Raised by a loader for a file it cannot read; becomes a LoadError."""


class Loader(Protocol):
    name: str

    def sniff(self, head: str, path: str) -> bool:
        """True when the text's beginning (or the file name) looks like this format."""
        ...

    def load(self, text: str, source: str) -> Iterator[Article]:
        """Articles from one decoded input; raise BadInput for broken input."""
        ...


def decode(data: bytes, source: str) -> str:
    """UTF-8 (BOM allowed) text, or BadInput saying why not."""
    if not data.strip():
        raise BadInput("empty file")
    if b"\x00" in data[:8192]:
        raise BadInput("binary file (NUL bytes), not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise BadInput(f"invalid UTF-8 at byte {exc.start}") from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_LATIN = re.compile(r"[A-Za-z]")


def guess_language(text: str) -> str:
    sample = text[:4000]
    cjk = len(_CJK.findall(sample))
    latin = len(_LATIN.findall(sample))
    return "zh" if cjk and cjk * 3 >= latin else "en"
