"""WAL checkpoints for the embedded store, mostly off the writing thread.

A checkpoint copies the write-ahead log into the database file and fsyncs it. SQLite's automatic
checkpoint does that inside the COMMIT that crosses its threshold, so a big ingest waits on the disk
every few batches; on this machine that cost about as much time again as the writes themselves.
Here a thread with its own connection runs PASSIVE checkpoints, which go on alongside the writer
(WAL allows one checkpointer next to one writer). While the writer keeps committing, the log cannot
start over, so once it holds WAL_LIMIT frames the writer catches up itself before its next batch:
most frames are in the database file by then, and the log restarts at that batch.

Durability is SQLite's WAL with synchronous=NORMAL either way: a committed batch survives the
process being killed, and the fsync that guards against a power cut still happens.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
import time

MIN_INTERVAL = 0.2  # seconds between background checkpoints: each costs an fsync
WAL_LIMIT = 32768  # frames (128 MB of 4 KB pages) before the writer catches up itself


class Checkpointer:
    def __init__(self, path: str) -> None:
        self.path = path
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._lock = threading.Lock()  # one checkpoint at a time: a second would only get SQLITE_BUSY
        self._thread: threading.Thread | None = None
        self.log = 0  # frames in the log at the last checkpoint

    def committed(self) -> None:
        """Called after each write commit: a checkpoint follows soon, in the background."""
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="kg-sqlite-checkpoint", daemon=True)
            self._thread.start()
        self._wake.set()

    def before_write(self, conn: sqlite3.Connection) -> None:
        """Called by the writer outside a transaction: bound the log when it has grown too long."""
        if self.log >= WAL_LIMIT:
            with self._lock:
                self._checkpoint(conn)

    def close(self) -> None:
        """Stop the thread after its current checkpoint; the last connection to close does the rest."""
        if self._thread is None:
            return
        self._stop.set()
        self._wake.set()
        self._thread.join()
        self._thread = None

    def _checkpoint(self, conn: sqlite3.Connection) -> None:
        # Busy or closing: the next commit brings another try, and the last close checkpoints.
        with contextlib.suppress(sqlite3.Error):
            [(_, log, done)] = conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
            self.log = 0 if log == done else max(log, 0)  # all copied: the next write restarts the log

    def _run(self) -> None:
        conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        try:
            while True:
                self._wake.wait()
                self._wake.clear()
                if self._stop.is_set():
                    return
                started = time.monotonic()
                with self._lock:
                    self._checkpoint(conn)
                self._stop.wait(MIN_INTERVAL - (time.monotonic() - started))
        finally:
            conn.close()
