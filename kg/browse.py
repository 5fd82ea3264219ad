"""Neo4j Browser for the configured store: its URL, and where the bundled style and guide are."""

from __future__ import annotations

import os
from importlib import resources
from urllib.parse import urlsplit

from kg.store import NEO4J_SCHEMES


def browser_url(db_url: str, http_port: int | None = None) -> str:
    """http://HOST:7474/browser/ for a bolt/neo4j URL (NEO4J_HTTP_PORT or 7474; https for +s schemes)."""
    parts = urlsplit(db_url)
    host = parts.hostname or "localhost"
    port = http_port or int(os.environ.get("NEO4J_HTTP_PORT", "7474"))
    scheme = "https" if "+s" in parts.scheme else "http"
    return f"{scheme}://{host}:{port}/browser/"


def data_path(name: str) -> str:
    return str(resources.files("kg").joinpath(f"data/{name}"))


def instructions(db: str | None) -> str:
    url = db or os.environ.get("KG_DB") or ""
    if not url.startswith(NEO4J_SCHEMES):
        raise ValueError("kg browse needs a Neo4j store: --db bolt://HOST:7687 (or KG_DB); the embedded store "
                         "has no Browser")
    parts = urlsplit(url)
    bolt = f"{parts.scheme}://{parts.hostname or 'localhost'}" + (f":{parts.port}" if parts.port else "")
    return "\n".join([
        f"Neo4j Browser: {browser_url(url)}",
        f"  connect to {bolt} as $NEO4J_USER (default neo4j) with $NEO4J_PASSWORD",
        f"style:  drag {data_path('browser-style.grass')} onto the Browser window",
        "        (or run :style and paste the file's text)",
        f"guide:  :play {data_path('guide.html')} does not load local files; serve the folder and play its URL:",
        f"        python3 -m http.server 8001 -d {data_path('')}  then  :play http://localhost:8001/guide.html",
        "        (the Browser must allow it: browser.remote_content_hostname_allowlist=localhost in neo4j.conf)",
    ])
