"""Big runs as a user has them: reruns skip what is stored, workers give the same graph, errors go to
a file, and a run killed half way (Ctrl-C, SIGKILL, Neo4j gone) leaves whole articles and resumes."""

from __future__ import annotations

import json
import os
import pty
import re
import secrets
import select
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.ingest import ingest
from kg.store import GraphStore
from kg.store.sqlite import SqliteStore
from loaders import LoadError
from queries.provenance import ALL_STATEMENTS
from queries.stats import stats
from tests.conftest import CORPUS, ROOT, SEED

KG = [sys.executable, "-c", "from kg.cli import main; main()"]
PER_ARTICLE = 5  # statements the seed gives; every variant below keeps them


def variants(folder: Path, n: int) -> Path:
    """n distinct copies of the seed: their own URL and a numbered phrase in the first paragraph."""
    folder.mkdir(parents=True, exist_ok=True)
    head, rest = SEED.read_text("utf-8").split(")\n", 1)
    for i in range(n):
        (folder / f"a{i:05d}.txt").write_text(f"{head}-copy{i})\n" + rest.replace("</p>", f"（编号{i}）</p>", 1),
                                              "utf-8")
    return folder


def counts(store: GraphStore) -> dict[str, int]:
    return {f"{r.kind}:{r.name}": r.count for r in stats(store)}


def per_article_sqlite(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as c:
        return dict(c.execute("SELECT a.id, count(s.id) FROM article a LEFT JOIN statement s"
                              " ON s.article_id = a.id GROUP BY a.id"))


def per_article_neo4j(store: GraphStore) -> dict[str, int]:
    from queries.base import NamedQuery

    q = NamedQuery("per_article", "MATCH (a:Article) OPTIONAL MATCH (s:Statement)-[:REPORTED_IN]->(a)"
                                  " RETURN a.id AS id, count(s) AS n", "")
    return {r["id"]: r["n"] for r in store.run(q, {})}


def test_rerun_skips_unchanged_articles_and_picks_up_changed_ones(store: GraphStore, tmp_path: Path) -> None:
    folder = variants(tmp_path / "in", 12)
    first = ingest(store, [str(folder)], batch_size=5)
    assert (first.articles, first.statements, first.skipped) == (12, 12 * PER_ARTICLE, 0)
    before = counts(store)
    again = ingest(store, [str(folder)], batch_size=5)
    assert (again.articles, again.skipped) == (0, 12) and counts(store) == before
    changed = folder / "a00003.txt"
    changed.write_text(changed.read_text("utf-8").replace("（编号3）", "（改过）"), "utf-8")
    third = ingest(store, [str(folder)], batch_size=5)
    assert (third.articles, third.skipped) == (1, 11) and counts(store) == before
    forced = ingest(store, [str(folder)], batch_size=5, force=True)
    assert forced.articles == 12 and counts(store) == before
    ids = [r["article_id"] for r in store.run(ALL_STATEMENTS, {})]
    known = store.known_articles([*ids, "art_missing"])
    assert set(known) == set(ids) and all(len(h) == 40 for h in known.values())


def test_workers_write_the_same_graph_as_one_process(tmp_path: Path) -> None:
    inputs = [str(SEED), str(CORPUS / "zh-feedx"), str(CORPUS / "en-ggt")]
    one, two = SqliteStore(tmp_path / "one.db"), SqliteStore(tmp_path / "two.db")
    try:
        r1 = ingest(one, inputs, batch_size=20)
        r2 = ingest(two, inputs, batch_size=20, workers=2)
        assert (r1.articles, r1.statements, len(r1.errors)) == (r2.articles, r2.statements, len(r2.errors))
        assert r1.articles > 100
        assert counts(one) == counts(two)
        assert list(one.stream(ALL_STATEMENTS, {})) == list(two.stream(ALL_STATEMENTS, {}))
    finally:
        one.close()
        two.close()


def test_errors_file_and_json_summary(tmp_path: Path) -> None:
    folder = variants(tmp_path / "in", 3)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.md").write_bytes(b"\x00\x01\x02")
    errors = tmp_path / "errors.jsonl"
    result = CliRunner().invoke(app, ["--db", str(tmp_path / "g.db"), "ingest", str(folder), "--errors",
                                      str(errors), "--json"])
    assert result.exit_code == 1
    summary = json.loads(result.stdout)
    assert (summary["articles"], summary["statements"], summary["files"]) == (3, 3 * PER_ARTICLE, 5)
    assert summary["interrupted"] is None and summary["store"] == str(tmp_path / "g.db")
    logged = [LoadError.model_validate_json(line) for line in errors.read_text("utf-8").splitlines()]
    assert sorted(Path(e.source).name for e in logged) == ["binary.md", "empty.txt"]
    assert [e.model_dump() for e in logged] == summary["errors"]


# --- killed runs ---------------------------------------------------------------------------------

_SHOWN = re.compile(r"(\d+) articles, (\d+) statements")


class Terminal:
    """`kg ingest` on a pseudo-terminal (so it draws its progress bar), in its own process group."""

    def __init__(self, args: list[str], env: dict[str, str] | None = None) -> None:
        self.master, slave = pty.openpty()
        self.proc = subprocess.Popen([*KG, *args], stdin=slave, stdout=slave, stderr=slave, cwd=ROOT,
                                     env={**os.environ, **(env or {}), "COLUMNS": "300", "TERM": "xterm"},
                                     start_new_session=True)
        os.close(slave)
        self.output = ""

    def read(self, timeout: float) -> bool:
        ready, _, _ = select.select([self.master], [], [], timeout)
        if not ready:
            return True
        try:
            data = os.read(self.master, 65536)
        except OSError:  # the other end closed: the process is gone
            return False
        self.output += data.decode("utf-8", "replace")
        return bool(data)

    def wait_until(self, done: Callable[[], bool], timeout: float = 120) -> None:
        deadline = time.monotonic() + timeout
        while not done():
            assert time.monotonic() < deadline, self.output[-2000:]
            assert self.read(0.2) or done(), f"kg ended early:\n{self.output[-2000:]}"

    def shown(self) -> int:
        """Articles the progress bar has said are loaded (the largest figure drawn so far)."""
        return max((int(m.group(1)) for m in _SHOWN.finditer(self.output)), default=0)

    def finish(self, timeout: float = 120) -> int:
        deadline = time.monotonic() + timeout
        while self.proc.poll() is None:
            assert time.monotonic() < deadline, self.output[-2000:]
            self.read(0.2)
        while self.read(0.1):
            pass
        os.close(self.master)
        return self.proc.returncode

    def group_gone(self, timeout: float = 30) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                os.killpg(self.proc.pid, 0)
            except ProcessLookupError:
                return True
            time.sleep(0.2)
        return False


def rerun(db: str, folder: Path, env: dict[str, str] | None = None) -> dict[str, object]:
    proc = subprocess.run([*KG, "--db", db, "ingest", str(folder), "--json", "--workers", "2"], cwd=ROOT,
                          capture_output=True, text=True, env={**os.environ, **(env or {})}, timeout=600)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


@pytest.fixture
def many(tmp_path: Path) -> Iterator[Path]:
    yield variants(tmp_path / "many", 600)


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGKILL], ids=["ctrl-c", "sigkill"])
def test_killed_run_keeps_whole_articles_and_a_rerun_completes(many: Path, tmp_path: Path, sig: int) -> None:
    db = tmp_path / "g.db"
    term = Terminal(["--db", str(db), "ingest", str(many), "--batch-size", "10", "--workers", "2"])
    term.wait_until(lambda: term.shown() >= 10)  # the first commit: stop early, far from the end
    if sig == signal.SIGINT:
        os.killpg(term.proc.pid, sig)  # what Ctrl-C does: the whole foreground group gets it
    else:
        term.proc.send_signal(sig)  # the main process alone: its workers must not outlive it
    code = term.finish()
    assert term.group_gone(), "worker processes outlived the run"
    stored = per_article_sqlite(db)
    shown = term.shown()
    assert shown <= len(stored) < 600, "the run was not stopped half way"
    assert set(stored.values()) == {PER_ARTICLE}, "an article was stored without all its statements"
    if sig == signal.SIGINT:
        assert code == 130
        said = re.search(r"ingested (\d+) articles, (\d+) statements", term.output)
        assert said and int(said.group(1)) == len(stored) and int(said.group(2)) == PER_ARTICLE * len(stored)
        assert "run the same command again" in term.output
    summary = rerun(str(db), many)
    assert summary["skipped"] == len(stored) and summary["articles"] == 600 - len(stored)
    final = per_article_sqlite(db)
    assert len(final) == 600 and set(final.values()) == {PER_ARTICLE}
    with sqlite3.connect(db) as c:
        assert c.execute("SELECT count(*) FROM statement").fetchone()[0] == 600 * PER_ARTICLE
        assert c.execute("SELECT count(*) FROM statement_fts").fetchone()[0] == 600 * PER_ARTICLE


def test_neo4j_going_away_mid_run_loses_nothing_reported(tmp_path: Path) -> None:
    """A second Neo4j of its own (the session one is shared) is SIGKILLed under a running ingest."""
    from kg.store.neo4j import Neo4jStore
    from tests.neo4j_server import start_server

    folder = variants(tmp_path / "many", 400)
    password = secrets.token_hex(12)
    env = {"NEO4J_USER": "neo4j", "NEO4J_PASSWORD": password}
    home = tmp_path / "neo4j"
    try:
        server = start_server(home, password)
    except Exception as exc:  # noqa: BLE001 - any start failure means the same thing here
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            raise
        pytest.skip(f"could not start a second Neo4j: {exc}")
    try:
        term = Terminal(["--db", server.uri, "ingest", str(folder), "--batch-size", "10"], env)
        term.wait_until(lambda: term.shown() >= 10)  # the first commit: stop early, far from the end
        server.process.kill()
        server.process.wait()
        code = term.finish(timeout=180)
        shown = term.shown()
        assert code == 1
        assert "Neo4j" in term.output and "run the same command again" in term.output
        assert password not in term.output
        server = start_server(home, password)  # the same data directory, after a crash
        old = {k: os.environ.get(k) for k in env}
        os.environ.update(env)
        try:
            store = Neo4jStore(server.uri)
            stored = per_article_neo4j(store)
            store.close()
            assert shown <= len(stored) < 400
            assert set(stored.values()) == {PER_ARTICLE}, "an article was stored without all its statements"
            summary = rerun(server.uri, folder, env)
            assert summary["skipped"] == len(stored) and summary["articles"] == 400 - len(stored)
            store = Neo4jStore(server.uri)
            final = per_article_neo4j(store)
            total = counts(store)["node:Statement"]
            store.close()
            assert len(final) == 400 and set(final.values()) == {PER_ARTICLE} and total == 400 * PER_ARTICLE
        finally:
            for k, v in old.items():
                if v is None:
                    os.environ.pop(k, None)
                else:
                    os.environ[k] = v
    finally:
        server.stop()
