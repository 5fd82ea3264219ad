"""Text normalisation shared by ids, alias matching and search."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
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


# Query parameters that track the reader, not the page: dropped from canonical URLs.
_TRACKING = re.compile(r"^(utm_\w*|fbclid|gclid|dclid|gclsrc|msclkid|yclid|igshid|mc_cid|mc_eid|_ga|_gl|"
                       r"at_\w+|xtor|maca|cmp|cmpid|ocid|smid|smtyp|ref|ref_src|referrer|spm|from|"
                       r"s_cid|ito|guccounter|sr_share|taid|mbid|wt_mc|wt\.\w+|icid|__twitter_impression)$",
                       re.I)
# Archive front-ends that wrap the original URL: the article is the original.
_WRAPPED = re.compile(r"^(?:https?://)?(?:archive\.(?:is|ph|today|li|vn|md|fo)/(?:newest/|o/\w+/|\d{14}/)?|"
                      r"web\.archive\.org/web/\d+(?:\w\w_)?/)(?=https?://|[\w-]+\.[\w.-]+/)", re.I)


def unwrap_url(url: str) -> str:
    """The original URL behind an archive.is / Wayback Machine address; other URLs unchanged."""
    u = (url or "").strip()
    m = _WRAPPED.match(u)
    return u[m.end():] if m else u


def canonical_url(url: str) -> str:
    """The form ids are built from: scheme-less, lower-cased host without www. or default port,
    no fragment, no trailing slash, no tracking parameters (utm_*, fbclid, …), the rest sorted,
    archive wrappers removed. http and https of one page are one page."""
    from urllib.parse import parse_qsl, urlencode

    u = unwrap_url(url)
    u = re.sub(r"^https?://", "", u, flags=re.I)
    u = u.split("#", 1)[0]
    u, _, query = u.partition("?")
    u = u.rstrip("/")
    host, _, rest = u.partition("/")
    host = host.lower().removeprefix("www.").removesuffix(":80").removesuffix(":443")
    base = f"{host}/{rest}" if rest else host
    if query:
        kept = sorted((k, v) for k, v in parse_qsl(query, keep_blank_values=True) if not _TRACKING.match(k))
        if kept:
            base += "?" + urlencode(kept)
    return base


def content_hash(text: str) -> str:
    """A hash of an article's words alone: spacing, case, script and punctuation do not change it."""
    return hashlib.sha1(name_key_long(text).encode("utf-8")).hexdigest()[:20]


def name_key_long(text: str) -> str:
    """name_key without the cache, for whole article bodies."""
    t = unicodedata.normalize("NFKC", text or "")
    return _KEY_DROP.sub("", to_simplified(t).casefold())


def trie_regex(names: Iterable[str], end: str = "") -> str:
    """One regex for many names, as a tree of shared prefixes: the longest name wins, as in a
    longest-first alternation, but each position tries one branch a character instead of every name.
    `end` is what must follow a whole name (a lookahead such as "(?![A-Za-z])"); empty by default."""
    trie: dict[str, dict] = {}
    for n in names:
        node = trie
        for ch in n:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if "" in node:
            branches.append(end)
        if not branches:
            return "(?!)"  # no names: matches nothing
        return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"

    return emit(trie)
