"""Text normalisation shared by ids, alias matching and search."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import cache, lru_cache

_SPACE = re.compile(r"[\s\u3000]+")
_KEY_DROP = re.compile(r"[\s\W_·・]+", re.UNICODE)
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


@cache
def _converter(config: str):
    import opencc  # imported lazily: nothing runs at import

    return opencc.OpenCC(config)


def to_simplified(text: str) -> str:
    """Traditional to Simplified Chinese; other text passes through."""
    if not text or not _CJK.search(text):
        return text
    return _converter("t2s").convert(text)


def to_traditional(text: str) -> str:
    if not text or not _CJK.search(text):
        return text
    return _converter("s2t").convert(text)


def has_cjk(text: str) -> bool:
    return bool(_CJK.search(text or ""))


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """The form two names must share to be the same name: NFKC, simplified, casefolded, no punctuation."""
    text = unicodedata.normalize("NFKC", name or "")
    text = to_simplified(text)
    return _KEY_DROP.sub("", text.casefold())


def collapse_space(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def stable_id(prefix: str, *parts: object) -> str:
    """A short content-derived id: the same inputs always give the same id."""
    h = hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()
    return f"{prefix}_{h[:16]}"


def canonical_url(url: str) -> str:
    """Scheme-less, lower-cased host, no trailing slash or fragment: the form ids are built from."""
    u = (url or "").strip()
    u = re.sub(r"^https?://", "", u, flags=re.I)
    u = u.split("#", 1)[0].rstrip("/")
    host, _, rest = u.partition("/")
    host = host.lower().removeprefix("www.")
    return f"{host}/{rest}" if rest else host
