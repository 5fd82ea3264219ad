"""The main job as a library call: load, extract, write in batches, report."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from kg.extract import extract
from kg.models import ExtractionResult
from kg.store import GraphStore
from loaders import LoadError, load_paths


@dataclass
class IngestReport:
    articles: int = 0
    statements: int = 0
    errors: list[LoadError] = field(default_factory=list)


def ingest(store: GraphStore, paths: Iterable[str], batch_size: int = 100,
           on_error: Callable[[LoadError], None] | None = None) -> IngestReport:
    """Load every input, extract, and write batch by batch (each batch all or nothing)."""
    report = IngestReport()
    batch: list[ExtractionResult] = []

    def flush() -> None:
        if batch:
            store.write(batch)
            report.articles += len(batch)
            report.statements += sum(len(r.statements) for r in batch)
            batch.clear()

    for item in load_paths(paths):
        if isinstance(item, LoadError):
            report.errors.append(item)
            if on_error:
                on_error(item)
            continue
        try:
            batch.append(extract(item))
        except Exception as exc:  # an extractor bug must not sink the run: report it against the file
            err = LoadError(source=item.source_file or item.id, message=f"extraction failed: {exc!r}")
            report.errors.append(err)
            if on_error:
                on_error(err)
        if len(batch) >= batch_size:
            flush()
    flush()
    return report
