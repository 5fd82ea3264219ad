"""Start a real Neo4j Community server for tests, without Docker.

The server is the tiny embedded launcher in ``neo4j-server/`` (Neo4j 5.26 from pinned Maven Central
artifacts), started with exactly the java command line that ``scripts/neo4j.sh`` uses (obtained from
``scripts/neo4j.sh java-cmd``). It listens on 127.0.0.1 only, with auth enabled for user ``neo4j``.

Usage from a pytest session fixture::

    server = start_server(tmp_path_factory.mktemp("neo4j"), password)
    try:
        yield server.uri            # bolt://127.0.0.1:PORT
    finally:
        server.stop()

This module imports nothing from pytest and nothing from the neo4j driver at import time.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

__all__ = [
    "FAST_START_JAVA_OPTS",
    "ROOT",
    "SCRIPT",
    "ServerHandle",
    "ServerStartError",
    "build_server",
    "clean_database",
    "java_command",
    "start_server",
]

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "scripts" / "neo4j.sh"

# Tests run short queries on a small machine: C1 only roughly halves the JVM's CPU time to READY.
# Pass java_opts=() to start_server for the same flags as scripts/neo4j.sh start.
FAST_START_JAVA_OPTS: tuple[str, ...] = ("-XX:TieredStopAtLevel=1",)

_BIND_ERRORS = ("Address already in use", "BindException", "PortBindException")


class ServerStartError(RuntimeError):
    """The server could not be built or did not print READY in time."""


@dataclass
class ServerHandle:
    """A running server started by :func:`start_server`."""

    uri: str
    """Bolt URI, ``bolt://127.0.0.1:PORT``."""
    http_uri: str
    """HTTP base URI, ``http://127.0.0.1:PORT``; Neo4j Browser is at ``browser_url``."""
    workdir: Path
    """Neo4j home: data/, logs/debug.log, server.log (stdout+stderr of the JVM)."""
    process: subprocess.Popen[bytes] = field(repr=False)
    startup_seconds: float = 0.0
    """Wall time from launching the JVM to READY."""

    @property
    def bolt_port(self) -> int:
        return int(self.uri.rsplit(":", 1)[1])

    @property
    def http_port(self) -> int:
        return int(self.http_uri.rsplit(":", 1)[1])

    @property
    def browser_url(self) -> str:
        return f"{self.http_uri}/browser/"

    @property
    def log_path(self) -> Path:
        return self.workdir / "server.log"

    @property
    def pid(self) -> int:
        return self.process.pid

    def is_running(self) -> bool:
        return self.process.poll() is None

    def stop(self, timeout: float = 60.0) -> None:
        """Shut down cleanly (SIGTERM, Neo4j's shutdown hook); SIGKILL after ``timeout`` s. Idempotent."""
        _stop_process(self.process, timeout)
        atexit.unregister(self.stop)

    def __enter__(self) -> ServerHandle:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def build_server() -> None:
    """Run ``scripts/neo4j.sh build`` (fast no-op when already built; first build downloads ~140 MB)."""
    proc = subprocess.run(["bash", str(SCRIPT), "build"], cwd=ROOT, capture_output=True, text=True)
    if proc.returncode != 0:
        raise ServerStartError(f"scripts/neo4j.sh build failed:\n{proc.stdout}{proc.stderr}")


def java_command(home: Path, bolt_port: int, http_port: int, java_opts: Sequence[str] = ()) -> list[str]:
    """The java argv that ``scripts/neo4j.sh`` runs for this home and these ports (plus ``java_opts``)."""
    env = dict(os.environ)
    env["NEO4J_JAVA_OPTS"] = " ".join([env.get("NEO4J_JAVA_OPTS", ""), *java_opts]).strip()
    proc = subprocess.run(
        ["bash", str(SCRIPT), "java-cmd", str(home), str(bolt_port), str(http_port)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=env,
    )
    if proc.returncode != 0:
        raise ServerStartError(f"scripts/neo4j.sh java-cmd failed: {proc.stderr.strip()}")
    return proc.stdout.splitlines()


def start_server(
    workdir: Path,
    password: str,
    *,
    timeout: float = 120.0,
    java_opts: Sequence[str] = FAST_START_JAVA_OPTS,
    build: bool = True,
    attempts: int = 3,
) -> ServerHandle:
    """Start Neo4j with its home in ``workdir`` on two free loopback ports and wait for READY.

    ``password`` (>= 8 characters) becomes the password of user ``neo4j``. Builds first when needed
    (``build=True``). Retries on other ports when a port was taken in the meantime. Raises
    :class:`ServerStartError` with the tail of the server log on failure. The server is also stopped at
    interpreter exit, and (on Linux, via PR_SET_PDEATHSIG) when the thread that called this dies, so a
    killed test run leaves no JVM behind: call it from a thread that outlives the server (pytest's is).
    """
    if len(password) < 8:
        raise ValueError("Neo4j requires a password of at least 8 characters")
    workdir = Path(workdir).resolve()
    workdir.mkdir(parents=True, exist_ok=True)
    if build:
        build_server()
    last_error: ServerStartError | None = None
    for _ in range(max(1, attempts)):
        bolt_port, http_port = _free_ports(2)
        try:
            return _launch(workdir, password, bolt_port, http_port, timeout, java_opts)
        except _PortTaken as exc:
            last_error = ServerStartError(str(exc))
    assert last_error is not None
    raise last_error


def clean_database(driver: Any, database: str | None = None) -> None:
    """Delete every node and relationship (in batches); indexes, constraints and users stay."""
    with driver.session(database=database) as session:
        session.run("MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()


class _PortTaken(Exception):
    pass


def _launch(
    workdir: Path, password: str, bolt_port: int, http_port: int, timeout: float, java_opts: Sequence[str]
) -> ServerHandle:
    argv = java_command(workdir, bolt_port, http_port, java_opts)
    env = dict(os.environ)
    env["NEO4J_PASSWORD"] = password
    env.pop("NEO4J_AUTH", None)
    log_path = workdir / "server.log"
    with contextlib.suppress(FileNotFoundError):
        log_path.replace(workdir / "server.log.1")
    started = time.monotonic()
    with open(log_path, "wb") as log:
        # stdout carries only the READY line, stderr Neo4j's log: both go to server.log.
        process = subprocess.Popen(
            argv,
            cwd=workdir,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            preexec_fn=_die_with_parent if sys.platform.startswith("linux") else None,
        )
    deadline = started + timeout
    while True:
        ready = _ready_line(log_path)
        if ready is not None:
            _, uri, http_uri = ready.split()[:3]
            handle = ServerHandle(
                uri=uri, http_uri=http_uri, workdir=workdir, process=process, startup_seconds=time.monotonic() - started
            )
            atexit.register(handle.stop)
            return handle
        if process.poll() is not None:
            tail = _tail(log_path)
            if any(marker in tail for marker in _BIND_ERRORS):
                raise _PortTaken(f"ports {bolt_port}/{http_port} taken:\n{tail}")
            raise ServerStartError(f"Neo4j exited with {process.returncode} before READY:\n{tail}")
        if time.monotonic() > deadline:
            _stop_process(process, 30.0)
            raise ServerStartError(f"Neo4j not READY within {timeout:.0f} s:\n{_tail(log_path)}")
        time.sleep(0.1)


def _ready_line(log_path: Path) -> str | None:
    try:
        data = log_path.read_bytes()
    except FileNotFoundError:
        return None
    for line in data.splitlines():
        if line.startswith(b"READY ") and line.count(b" ") >= 2:
            return line.decode()
    return None


def _tail(path: Path, lines: int = 40) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except FileNotFoundError:
        return "(no log)"


def _free_ports(n: int) -> list[int]:
    sockets = []
    try:
        for _ in range(n):
            s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            s.bind(("127.0.0.1", 0))
            sockets.append(s)
        return [s.getsockname()[1] for s in sockets]
    finally:
        for s in sockets:
            s.close()


def _stop_process(process: subprocess.Popen[bytes], timeout: float) -> None:
    if process.poll() is not None:
        return
    with contextlib.suppress(ProcessLookupError):
        process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def _die_with_parent() -> None:  # pragma: no cover - runs in the child before exec
    """SIGTERM the server when the Python process that started it dies (Linux prctl PR_SET_PDEATHSIG)."""
    try:
        import ctypes

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)
    except Exception:  # noqa: BLE001 - best effort only
        pass
