"""Neo4j Browser, served by the test Neo4j, in headless Chromium: the seed's provenance is drawn with captions.

Chromium is Debian's package (installed by .ci/run); it is driven over the DevTools protocol
(Runtime.evaluate for the DOM, Input.insertText for the editor). The test connects through the Browser's
own login form, loads kg/data/browser-style.grass with `:style`, runs a provenance query for the seed and
reads the drawn graph from the page: each SVG node's caption and fill colour, the colour telling its label
by the style. Under CI=true a missing Chromium fails the test instead of skipping it. The screenshot is
kept in test-artifacts/browser-provenance.png. Nothing here depends on the Browser reaching the network.
"""

from __future__ import annotations

import base64
import json
import os
import re
import secrets
import shutil
import socket
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kg.ingest import ingest
from tests.conftest import ROOT, SEED

ARTIFACTS = ROOT / "test-artifacts"
STYLE = ROOT / "kg" / "data" / "browser-style.grass"
# The seed's provenance: who said it, in which article, published by whom (every value a parameter
# when the library runs it; here it is typed into the Browser like a user would).
QUERY = ("MATCH p = (sp:Speaker)-[:MADE]->(s:Statement)-[:REPORTED_IN]->(a:Article)-[:PUBLISHED_BY]->(o:Outlet) "
         "WHERE s.content CONTAINS '访美是有政治风险的' RETURN p")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
         "--window-size=1400,1000"]


def _under_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


def _chromium() -> str:
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if not path:
        if _under_ci():
            pytest.fail("Chromium is required under CI (apt-get install -y chromium)")
        pytest.skip("Chromium not installed")
    return path


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _colours() -> dict[str, str]:
    """Fill colour of each styled label, from the GraSS file the test loads."""
    out = {}
    for label, body in re.findall(r"node\.(\w+)\s*\{([^}]*)\}", STYLE.read_text(encoding="utf-8")):
        m = re.search(r"(?<![-\w])color:\s*(#[0-9A-Fa-f]{6})", body)
        if m:
            out.setdefault(m.group(1).upper(), label)
    return out


class Page:
    """One Chromium tab over the DevTools websocket."""

    def __init__(self, ws_url: str) -> None:
        import websocket

        self.ws = websocket.create_connection(ws_url, timeout=60)
        self.n = 0

    def call(self, method: str, **params: Any) -> dict[str, Any]:
        self.n += 1
        self.ws.send(json.dumps({"id": self.n, "method": method, "params": params}))
        while True:
            msg = json.loads(self.ws.recv())
            if msg.get("id") == self.n:
                if "error" in msg:
                    raise AssertionError(f"{method}: {msg['error']}")
                return msg.get("result", {})

    def js(self, expr: str) -> Any:
        r = self.call("Runtime.evaluate", expression=expr, returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in r:
            raise AssertionError(f"page script failed: {r['exceptionDetails'].get('text')}: {expr[:80]}")
        return r.get("result", {}).get("value")

    def wait(self, expr: str, what: str, timeout: float = 60) -> Any:
        end = time.monotonic() + timeout
        while True:
            v = self.js(expr)
            if v:
                return v
            if time.monotonic() > end:
                text = self.js("document.body ? document.body.innerText.slice(0, 1500) : ''")
                raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}; the page says:\n{text}")
            time.sleep(0.2)

    def screenshot(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(base64.b64decode(self.call("Page.captureScreenshot", format="png")["data"]))

    def run_command(self, text: str) -> None:
        """Type into the Browser's main editor (Monaco) and press its Run button."""
        self.wait("!!document.querySelector('[data-testid=activeEditor] textarea')", "the editor")
        self.js("document.querySelector('[data-testid=activeEditor] textarea').focus()")
        self.call("Input.insertText", text=text)
        self.js("document.querySelector('[data-testid=editor-Run]').click()")


@pytest.fixture
def chromium_page(tmp_path: Path) -> Iterator[Page]:
    port = _free_port()
    proc = subprocess.Popen([_chromium(), *FLAGS, f"--user-data-dir={tmp_path / 'profile'}",
                             f"--remote-debugging-port={port}", "about:blank"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        end = time.monotonic() + 60
        targets: list[dict[str, Any]] = []
        while not targets:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/json", timeout=5) as r:
                    targets = [t for t in json.load(r) if t["type"] == "page"]
            except OSError:
                if proc.poll() is not None or time.monotonic() > end:
                    raise AssertionError("Chromium did not open its DevTools port") from None
                time.sleep(0.2)
        page = Page(targets[0]["webSocketDebuggerUrl"])
        page.call("Page.enable")
        yield page
        page.ws.close()
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@pytest.fixture
def seeded_server(tmp_path: Path) -> Iterator[tuple[Any, str]]:
    """A Neo4j of its own (it serves the Browser) holding the seed, and its password."""
    from kg.store.neo4j import Neo4jStore
    from tests.neo4j_server import start_server

    password = secrets.token_hex(12)
    try:
        server = start_server(tmp_path / "neo4j", password)
    except Exception as exc:  # noqa: BLE001 - any start failure means the same thing here
        if _under_ci():
            pytest.fail(f"Neo4j is required under CI: {exc}")
        pytest.skip(f"Neo4j not available: {exc}")
    old = os.environ.get("NEO4J_PASSWORD")
    os.environ["NEO4J_PASSWORD"] = password
    try:
        store = Neo4jStore(server.uri)
        ingest(store, [str(SEED)])
        store.close()
        yield server, password
    finally:
        server.stop()
        if old is None:
            os.environ.pop("NEO4J_PASSWORD", None)
        else:
            os.environ["NEO4J_PASSWORD"] = old


def test_browser_draws_the_seed_provenance(chromium_page: Page, seeded_server: tuple[Any, str]) -> None:
    server, password = seeded_server
    page = chromium_page
    shot = ARTIFACTS / "browser-provenance.png"
    try:
        # Connect through the login form, as a user does: URL and user are prefilled from the link.
        page.call("Page.navigate", url=f"{server.browser_url}?dbms=bolt://neo4j@127.0.0.1:{server.bolt_port}"
                                       "&preselectAuthMethod=NATIVE")
        page.wait("!!document.querySelector('[data-testid=password]')", "the connect form", 90)
        page.js(f"""(() => {{
            const pw = document.querySelector('[data-testid=password]');
            Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(pw, {json.dumps(password)});
            pw.dispatchEvent(new Event('input', {{bubbles: true}}));
            [...document.querySelectorAll('button')].find(b => b.textContent.trim() === 'Connect').click();
        }})()""")
        page.wait("document.body.innerText.includes('You are connected as user neo4j')", "the connection")

        # The project's style, one line (the Browser takes `:style <grass>`), then the query.
        page.run_command(":style " + " ".join(STYLE.read_text(encoding="utf-8").split()))
        page.wait("document.body.innerText.includes('node.Statement')", "the style to be applied")
        page.run_command(QUERY)
        page.wait("document.querySelectorAll('svg g.node text.caption').length >= 4", "the graph to be drawn")
        # Let the force layout settle before the screenshot: node positions stop changing.
        positions = "[...document.querySelectorAll('svg g.node')].map(n => n.getAttribute('transform')).join()"
        end, last = time.monotonic() + 15, None
        while time.monotonic() < end and (now := page.js(positions)) != last:
            last = now
            time.sleep(0.3)
        nodes = page.js("""[...document.querySelectorAll('svg g.node')].map(n => ({
            fill: (n.querySelector('circle.b-outline')?.getAttribute('fill') || '').toUpperCase(),
            caption: [...n.querySelectorAll('text.caption')].map(t => t.textContent.trim()).join('')}))""")
    finally:
        page.screenshot(shot)

    colours = _colours()
    drawn: dict[str, list[str]] = {}
    for n in nodes:
        drawn.setdefault(colours.get(n["fill"], n["fill"]), []).append(n["caption"])
    assert shot.stat().st_size > 10_000
    # Speaker and Person share a colour: whichever the style names first stands for both.
    speaker = drawn.get("Speaker", []) + drawn.get("Person", [])
    assert speaker == ["罗素"], drawn
    # The Browser shortens a long caption to what fits the circle, ending it with an ellipsis.
    statement = [c.removesuffix("…") for c in drawn.get("Statement", [])]
    assert len(statement) == 1 and len(statement[0]) >= 4 and "访美是有政治风险的".startswith(statement[0]), drawn
    assert drawn.get("Outlet") == ["RFI"], drawn
    assert len(drawn.get("Article", [])) == 1 and drawn["Article"][0], drawn
