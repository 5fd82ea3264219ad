"""The main job as a library call: load, skip what is stored, extract, write in batches, report.

Parsing and extraction can run in worker processes (``workers > 1``); the calling process alone
writes to the store, one transaction per batch, so a batch is stored whole or not at all. Counts in
the report only ever grow after a commit: what it says is loaded is in the store, whatever happens next.
"""

from __future__ import annotations

import multiprocessing
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from kg.extract import extract_or_error
from kg.models import Article, ExtractionResult, Statement
from kg.store import GraphStore, StoreError
from kg.store.rows import article_hash, prepare_mentions, remember_mentions
from loaders import LoadError, iter_files, load_paths

T = TypeVar("T")
TASK_BYTES = 512 * 1024  # input bytes parsed per worker task (bounds the articles in flight)
TASK_FILES = 16


@dataclass
class IngestReport:
    articles: int = 0  # written (committed)
    statements: int = 0
    skipped: int = 0  # already stored unchanged, or seen earlier in this run
    errors: list[LoadError] = field(default_factory=list)
    files: int = 0  # inputs read so far
    files_total: int = 0
    seconds: float = 0.0
    interrupted: str | None = None  # why the run stopped early, if it did

    @property
    def rate(self) -> float:
        """Articles handled (written or skipped) per second."""
        return (self.articles + self.skipped) / self.seconds if self.seconds else 0.0

    def summary(self) -> dict[str, Any]:
        return {"articles": self.articles, "statements": self.statements, "skipped": self.skipped,
                "errors": [e.model_dump() for e in self.errors], "files": self.files,
                "seconds": round(self.seconds, 3),
                "articles_per_second": round(self.articles / self.seconds, 1) if self.seconds else 0.0,
                "statements_per_second": round(self.statements / self.seconds, 1) if self.seconds else 0.0,
                "interrupted": self.interrupted}


def ingest(store: GraphStore, paths: Iterable[str], batch_size: int = 100,
           on_error: Callable[[LoadError], None] | None = None, *, workers: int = 1, force: bool = False,
           on_progress: Callable[[IngestReport], None] | None = None) -> IngestReport:
    """Load every input, extract what is new or changed, and write batch by batch (each all or nothing).

    Articles already stored with the same content hash are skipped without extraction unless ``force``.
    Ctrl-C or a store that goes away stops the run with ``report.interrupted`` set; everything counted
    in the report is committed, and running again picks up the rest.
    """
    report = IngestReport()
    started = time.perf_counter()
    # spawn: workers start clean, sharing no store connection or driver thread with this process
    pool: Executor = _Inline() if workers <= 1 else ProcessPoolExecutor(
        workers, mp_context=multiprocessing.get_context("spawn"), initializer=_worker_init)

    def error(e: LoadError) -> None:
        report.errors.append(e)
        if on_error:
            on_error(e)

    def tick() -> None:
        report.seconds = time.perf_counter() - started
        if on_progress:
            on_progress(report)

    try:
        units = _units(paths, report)
        articles = _articles(pool, units, workers, report, error, tick)
        groups = _new_only(store, _chunks(articles, batch_size), force, report, tick)
        # A worker extracts a whole write batch, and prepares the batch's entity mentions too.
        jobs = ((g, [pool.submit(_extract, g)]) for g in groups)
        for group, [(outcomes, prepared)] in _ordered(jobs, 2 if workers > 1 else 0):
            results = []
            for a, out in zip(group, outcomes, strict=True):
                if isinstance(out, LoadError):
                    error(out)
                else:
                    results.append(ExtractionResult.model_construct(article=a, statements=out))
            if results:
                remember_mentions(results, prepared)
                with _signals_deferred():  # a commit and its count go together, or neither
                    store.write(results)
                    report.articles += len(results)
                    report.statements += sum(len(r.statements) for r in results)
            tick()
    except KeyboardInterrupt:
        report.interrupted = "interrupted"
    except StoreError as exc:
        report.interrupted = str(exc)
    except BrokenProcessPool:
        report.interrupted = "a worker process died (out of memory or killed)"
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
        report.seconds = time.perf_counter() - started
    return report


@contextmanager
def _signals_deferred() -> Iterator[None]:
    """Hold Ctrl-C and SIGTERM until the block ends, then act on them as usual.

    Without this a signal landing between the store's commit and the report's count would leave the
    store holding a batch the summary does not mention.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught: list[tuple[int, Any]] = []
    saved = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM)}
    for sig in saved:
        signal.signal(sig, lambda signum, frame: caught.append((signum, frame)))
    try:
        yield
    finally:
        for sig, handler in saved.items():
            signal.signal(sig, handler)
        for signum, frame in caught[:1]:
            handler = saved[signum]
            if callable(handler):
                handler(signum, frame)
            elif handler == signal.SIG_DFL and signum == signal.SIGINT:
                raise KeyboardInterrupt


def _units(paths: Iterable[str], report: IngestReport) -> list[Path | str | LoadError]:
    """What to read: local files (parsed in workers), and other arguments (stdin, URLs) read here."""
    units: list[Path | str | LoadError] = []
    for p in paths:
        local = Path(p)
        if p != "-" and (local.is_dir() or local.is_file()):
            units.extend(iter_files([local]))
        else:
            units.append(p)
    report.files_total = len(units)
    return units


def _articles(pool: Executor, units: list[Path | str | LoadError], workers: int, report: IngestReport,
              error: Callable[[LoadError], None], tick: Callable[[], None]) -> Iterator[Article]:
    """Articles in input order; load errors are reported as they come, with the count of files read."""
    here = _Inline()

    def jobs() -> Iterator[tuple[int, list[Future[list[Article | LoadError]]]]]:
        files: list[str] = []
        size = 0
        for u in units:
            if isinstance(u, Path):
                files.append(str(u))
                size += _size(u)
                if workers <= 1 or size >= TASK_BYTES or len(files) >= TASK_FILES:
                    yield len(files), [pool.submit(_load, files)]
                    files, size = [], 0
                continue
            if files:
                yield len(files), [pool.submit(_load, files)]
                files, size = [], 0
            yield 1, [here.submit(_load, u)]  # stdin and URLs are read in this process
        if files:
            yield len(files), [pool.submit(_load, files)]

    for done, parts in _ordered(jobs(), 2 * workers if workers > 1 else 0):
        for item in (x for part in parts for x in part):
            if isinstance(item, LoadError):
                error(item)
            else:
                yield item
        report.files += done
        tick()


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _load(files: list[str] | str | LoadError) -> list[Article | LoadError]:
    if isinstance(files, LoadError):
        return [files]
    return list(load_paths([files] if isinstance(files, str) else files))


def _chunks(items: Iterator[Article], size: int) -> Iterator[list[Article]]:
    chunk: list[Article] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _new_only(store: GraphStore, groups: Iterator[list[Article]], force: bool, report: IngestReport,
              tick: Callable[[], None]) -> Iterator[list[Article]]:
    """Each group without the articles stored unchanged or already seen in this run (by id or text)."""
    seen: set[str] = set()
    for group in groups:
        known = {} if force else store.known_articles([a.id for a in group])
        fresh = []
        for a in group:
            text_key = getattr(a, "content_hash", "") or ""
            if known.get(a.id) == article_hash(a) or a.id in seen or (text_key and text_key in seen):
                report.skipped += 1
                continue
            seen.add(a.id)
            if text_key:
                seen.add(text_key)
            fresh.append(a)
        if fresh:
            yield fresh
        else:
            tick()


def _extract(articles: list[Article]) -> tuple[list[list[Statement] | LoadError], Any]:
    out: list[list[Statement] | LoadError] = []
    results: list[ExtractionResult] = []
    for a in articles:
        r = extract_or_error(a)
        if isinstance(r, LoadError):
            out.append(r)
            continue
        out.append(r.statements)
        results.append(r)
    return out, prepare_mentions(results) if results else None


K = TypeVar("K")


def _ordered(jobs: Iterator[tuple[K, list[Future[T]]]], ahead: int) -> Iterator[tuple[K, list[T]]]:
    """Keep up to ``ahead`` submitted jobs running beyond the one consumed; results in input order."""
    pending: deque[tuple[K, list[Future[T]]]] = deque()
    for job in jobs:
        pending.append(job)
        while len(pending) > ahead:
            key, futures = pending.popleft()
            yield key, [f.result() for f in futures]
    while pending:
        key, futures = pending.popleft()
        yield key, [f.result() for f in futures]


def _worker_init() -> None:
    # Ctrl-C reaches the whole process group: the parent alone decides how the run ends.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if sys.platform.startswith("linux"):  # and a killed parent takes its workers with it
        try:
            import ctypes

            ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
        except OSError:
            pass


class _Inline(Executor):
    """Runs each task at once in this process (workers=1): the same pipeline, no pool."""

    _max_workers = 0

    def submit(self, fn: Callable[..., T], /, *args: Any, **kwargs: Any) -> Future[T]:
        f: Future[T] = Future()
        try:
            f.set_result(fn(*args, **kwargs))
        except BaseException as exc:
            if isinstance(exc, KeyboardInterrupt):
                raise
            f.set_exception(exc)
        return f
