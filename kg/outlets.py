"""The bundled gazetteer of news outlets: names in every script, domains, Wikidata ids."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources
from urllib.parse import urlsplit

from kg.models import Outlet
from kg.text import name_key


@lru_cache(maxsize=1)
def _gazetteer() -> tuple[dict[str, Outlet], dict[str, Outlet]]:
    rows = json.loads(resources.files("kg").joinpath("data/outlets.json").read_text("utf-8"))
    by_name: dict[str, Outlet] = {}
    by_domain: dict[str, Outlet] = {}
    for row in rows:
        outlet = Outlet(
            name=row["name"], aliases=row.get("aliases", []), key=row["key"],
            domain=(row.get("domains") or [None])[0], wikidata=row.get("wikidata"), tz=row.get("tz"),
        )
        for n in outlet.all_names():
            by_name.setdefault(name_key(n), outlet)
        for d in row.get("domains", []):
            by_domain[d] = outlet
    return by_name, by_domain


def known_outlet(name: str) -> Outlet | None:
    """The gazetteer's outlet for a name in any script or language, or None."""
    return _gazetteer()[0].get(name_key(name))


def outlet_named(name: str) -> Outlet:
    """The gazetteer's outlet, or a new one carrying just this name."""
    return known_outlet(name) or Outlet(name=name)


def outlet_from_url(url: str | None) -> Outlet | None:
    """The publisher for a URL, from its host (sub-domains fall back to the parent domain)."""
    if not url:
        return None
    host = (urlsplit(url.strip()).hostname or "").lower().removeprefix("www.")
    by_domain = _gazetteer()[1]
    parts = host.split(".")
    for i in range(len(parts) - 1):
        hit = by_domain.get(".".join(parts[i:]))
        if hit:
            return hit
    return Outlet(name=host, domain=host) if host else None


@lru_cache(maxsize=1)
def outlet_pattern() -> re.Pattern[str]:
    """A regex matching any gazetteer name in running text, longest names first."""
    by_name, _ = _gazetteer()
    names: set[str] = set()
    for outlet in by_name.values():
        names.update(n for n in outlet.all_names() if len(n) >= 2)
    alts = sorted(names, key=len, reverse=True)
    # Latin names must stand alone: "AP" is not an outlet inside "APEC".
    parts = [re.escape(n) if re.search(r"[\u3400-\u9fff]", n) else rf"(?<![A-Za-z]){re.escape(n)}(?![A-Za-z])"
             for n in alts]
    return re.compile("|".join(parts))
