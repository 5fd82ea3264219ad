"""The bundled gazetteer of news outlets: names in every script, domains, Wikidata ids."""

from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache
from importlib import resources
from urllib.parse import urlsplit

from kg.models import Outlet
from kg.text import name_key, to_simplified, trie_regex

# A name written with its title marks (《纽约客》, 美国《政客》) is known only with them: the bare
# words are ordinary (纽约客 is any New Yorker, 政客 any politician) and name_key drops punctuation.
_TITLE_MARKS = re.compile(r"[《》]")


def _marked_key(name: str) -> str:
    return to_simplified(unicodedata.normalize("NFKC", name)).casefold().replace(" ", "")


@lru_cache(maxsize=1)
def _gazetteer() -> tuple[dict[str, Outlet], dict[str, Outlet], dict[str, Outlet]]:
    rows = json.loads(resources.files("kg").joinpath("data/outlets.json").read_text("utf-8"))
    by_name: dict[str, Outlet] = {}
    by_domain: dict[str, Outlet] = {}
    by_marked: dict[str, Outlet] = {}
    for row in rows:
        outlet = Outlet(
            name=row["name"], aliases=row.get("aliases", []), key=row["key"],
            domain=(row.get("domains") or [None])[0], wikidata=row.get("wikidata"), tz=row.get("tz"),
        )
        for n in outlet.all_names():
            if _TITLE_MARKS.search(n):
                by_marked.setdefault(_marked_key(n), outlet)
            else:
                by_name.setdefault(name_key(n), outlet)
        for d in row.get("domains", []):
            by_domain[d] = outlet
    return by_name, by_domain, by_marked


def _outlets() -> list[Outlet]:
    by_name, _, by_marked = _gazetteer()
    return list({o.key: o for o in [*by_name.values(), *by_marked.values()]}.values())


def known_outlet(name: str) -> Outlet | None:
    """The gazetteer's outlet for a name in any script or language, or None."""
    by_name, _, by_marked = _gazetteer()
    hit = by_name.get(name_key(name))
    if hit is None and ("《" in name or "》" in name):
        hit = by_marked.get(_marked_key(name.strip()))
    return hit


def outlet_named(name: str) -> Outlet:
    """The gazetteer's outlet, or a new one carrying just this name."""
    return known_outlet(name) or Outlet(name=name)


def known_outlet_for_url(url: str | None) -> Outlet | None:
    """The gazetteer's publisher for a URL's host (sub-domains fall back to the parent), or None."""
    if not url:
        return None
    try:
        host = (urlsplit(url.strip()).hostname or "").lower().removeprefix("www.")
    except ValueError:
        return None
    by_domain = _gazetteer()[1]
    parts = host.split(".")
    for i in range(len(parts) - 1):
        hit = by_domain.get(".".join(parts[i:]))
        if hit:
            return hit
    return None


def outlet_from_url(url: str | None) -> Outlet | None:
    """The publisher for a URL, from its host (sub-domains fall back to the parent domain)."""
    if not url:
        return None
    hit = known_outlet_for_url(url)
    if hit:
        return hit
    try:
        host = (urlsplit(url.strip()).hostname or "").lower().removeprefix("www.")
    except ValueError:
        return None
    return Outlet(name=host, domain=host) if host else None


@lru_cache(maxsize=1)
def outlet_pattern() -> re.Pattern[str]:
    """A regex matching any gazetteer name in running text, longest names first."""
    names: set[str] = set()
    for outlet in _outlets():
        names.update(n for n in outlet.all_names() if len(n) >= 2)
    cjk = [n for n in names if re.search(r"[\u3400-\u9fff]", n)]
    latin = names.difference(cjk)
    # Latin names must stand alone: "AP" is not an outlet inside "APEC". A Latin name is never longer
    # than a Chinese one matching at the same place (BBC, BBC中文), so Chinese names go first.
    return re.compile(f"{trie_regex(cjk)}|(?<![A-Za-z]){trie_regex(latin, '(?![A-Za-z])')}")


_LATIN_CH = re.compile(r"[A-Za-z]")


@lru_cache(maxsize=1)
def _name_index() -> dict[str, list[tuple[str, Outlet]]]:
    """Gazetteer names by their first two characters, longest first."""
    index: dict[str, list[tuple[str, Outlet]]] = {}
    seen: set[str] = set()
    for outlet in _outlets():
        for n in outlet.all_names():
            if len(n) >= 2 and n not in seen:
                seen.add(n)
                index.setdefault(n[:2], []).append((n, outlet))
    for cands in index.values():
        cands.sort(key=lambda c: len(c[0]), reverse=True)
    return index


def find_outlets(text: str) -> list[tuple[int, int, Outlet]]:
    """Every gazetteer outlet named in text: (start, end, outlet), leftmost-longest, no overlaps.

    Same matches as outlet_pattern() (Latin names stand alone: "AP" is not in "APEC"), found by
    a dictionary scan on two-character prefixes, so long English text costs one lookup a character.
    """
    index = _name_index()
    out: list[tuple[int, int, Outlet]] = []
    i, n = 0, len(text)
    get = index.get
    while i < n - 1:
        cands = get(text[i:i + 2])
        if cands is None:
            i += 1
            continue
        for name, outlet in cands:
            if text.startswith(name, i):
                end = i + len(name)
                if _LATIN_CH.match(name[0]) and i > 0 and _LATIN_CH.match(text[i - 1]):
                    continue
                if _LATIN_CH.match(name[-1]) and end < n and _LATIN_CH.match(text[end]):
                    continue
                out.append((i, end, outlet))
                i = end
                break
        else:
            i += 1
    return out
