"""Where input bytes come from: files, directory trees (walked lazily), .zip / .tar(.gz|.bz2|.xz)
archives (members streamed, nothing unpacked to disk), standard input ("-") and http(s) URLs,
including a file that is only a list of URLs.
"""

from __future__ import annotations

import gzip
import io
import os
import re
import sys
import tarfile
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import IO

from loaders.base import MAX_BYTES, BadInput, LoadError

STDIN = "-"
URL_LIST_MAX = 1024 * 1024  # a URL list bigger than this is not a URL list
_URL_LINE = re.compile(r"^\s*https?://\S+\s*$", re.I)


@dataclass
class Input:
    """One input's bytes and what to call it in articles and error lines."""

    name: str  # a path, "archive.zip [member]", a URL or "<stdin>"
    data: bytes
    url: str | None = None  # the address it was fetched from
    charset: str | None = None  # from an HTTP Content-Type


def is_url(p: str) -> bool:
    return p.lower().startswith(("http://", "https://"))


def iter_files(paths: Iterable[str | os.PathLike[str]]) -> Iterator[Path | LoadError]:
    """Files under the given paths, directories walked lazily in name order, hidden files skipped."""
    for p in paths:
        path = Path(p)
        if path.is_dir():
            yield from _walk(path)
        elif path.is_file():
            yield path
        else:
            yield LoadError(source=str(path), message="no such file or directory")


def _walk(top: Path) -> Iterator[Path | LoadError]:
    # One directory listed at a time; a tree of any size is never held whole.
    try:
        with os.scandir(top) as it:
            entries = sorted((e for e in it if not e.name.startswith(".")), key=lambda e: e.name)
    except OSError as exc:
        yield LoadError(source=str(top), message=f"cannot list directory: {exc.strerror or exc}")
        return
    for e in entries:
        try:
            if e.is_dir(follow_symlinks=False):
                yield from _walk(Path(e.path))
            elif e.is_file():
                yield Path(e.path)
        except OSError as exc:
            yield LoadError(source=e.path, message=f"cannot read: {exc.strerror or exc}")


def iter_inputs(paths: Iterable[str | os.PathLike[str]], *, max_bytes: int = MAX_BYTES,
                stdin: IO[bytes] | None = None) -> Iterator[Input | LoadError]:
    """Every input under the given paths, "-" (standard input) and URLs, archives opened member by member."""
    for p in paths:
        s = os.fspath(p)
        if s == STDIN:
            stream = stdin if stdin is not None else sys.stdin.buffer
            data = stream.read(max_bytes + 1)
            if len(data) > max_bytes:
                yield LoadError(source="<stdin>", message=f"too large (more than {max_bytes} bytes)")
                continue
            yield from _expand(Input("<stdin>", data), max_bytes, urls_ok=True)
        elif is_url(s):
            yield from _fetch(s, max_bytes)
        else:
            for item in iter_files([s]):
                if isinstance(item, LoadError):
                    yield item
                else:
                    yield from _file(item, max_bytes)


def _fetch(url: str, max_bytes: int) -> Iterator[Input | LoadError]:
    from loaders.http import fetch

    try:
        got = fetch(url, max_bytes=max_bytes)
    except BadInput as exc:
        yield LoadError(source=url, message=str(exc))
        return
    yield from _expand(Input(url, got.data, url=got.url, charset=got.charset), max_bytes, urls_ok=False)


def _file(path: Path, max_bytes: int) -> Iterator[Input | LoadError]:
    name = str(path)
    try:
        with path.open("rb") as fh:
            head = fh.read(512)
            kind = _archive_kind(head)
            if kind:
                fh.seek(0)
                yield from _archive(fh, name, kind, max_bytes)
                return
            size = os.fstat(fh.fileno()).st_size
            if size > max_bytes:
                # Refused from its size alone: a 500 MB file is never read into memory.
                yield LoadError(source=name, message=f"file too large ({size} bytes; limit {max_bytes})")
                return
            data = head + fh.read(max_bytes + 1 - len(head))
    except OSError as exc:
        yield LoadError(source=name, message=f"cannot read: {exc.strerror or exc}")
        return
    yield from _expand(Input(name, data), max_bytes, urls_ok=True)


def _archive_kind(head: bytes) -> str | None:
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return "zip"
    if head.startswith((b"\x1f\x8b", b"BZh", b"\xfd7zXZ\x00")):
        return "compressed"
    if len(head) >= 262 and head[257:262] == b"ustar":
        return "tar"
    return None


def _expand(item: Input, max_bytes: int, *, urls_ok: bool) -> Iterator[Input | LoadError]:
    """An input as is, or the members of the archive it is, or the URLs it lists."""
    kind = _archive_kind(item.data[:512])
    if kind:
        yield from _archive(io.BytesIO(item.data), item.name, kind, max_bytes)
        return
    if urls_ok and len(item.data) <= URL_LIST_MAX:
        urls = _url_list(item.data)
        if urls:
            for url in urls:
                yield from _fetch(url, max_bytes)
            return
    yield item


def _url_list(data: bytes) -> list[str] | None:
    """The URLs of a file that holds nothing else (one a line, # comments allowed), or None."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None
    lines = [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    if lines and all(_URL_LINE.match(ln) for ln in lines):
        return lines
    return None


def _unsafe(name: str) -> bool:
    """A member path that would land outside the folder it were unpacked to."""
    n = name.replace("\\", "/")
    return n.startswith("/") or bool(re.match(r"^[A-Za-z]:", n)) or ".." in PurePosixPath(n).parts


def _hidden(name: str) -> bool:
    return any(part.startswith(".") or part == "__MACOSX" for part in PurePosixPath(name).parts)


def _archive(fh: IO[bytes], name: str, kind: str, max_bytes: int) -> Iterator[Input | LoadError]:
    if kind == "zip":
        yield from _zip(fh, name, max_bytes)
        return
    try:
        tar = tarfile.open(fileobj=fh, mode="r|*")  # noqa: SIM115 - closed by the with below; a stream, no seeking
    except (tarfile.TarError, OSError, EOFError):
        yield from _single_compressed(fh, name, max_bytes)
        return
    with tar:
        try:
            for member in tar:
                m = member.name
                if _unsafe(m):
                    yield LoadError(source=name, item=m, message="unsafe path in archive ('..' or absolute): refused")
                    continue
                if member.isdir() or _hidden(m):
                    continue
                if not member.isfile():
                    yield LoadError(source=name, item=m, message="not a regular file (link or device): skipped")
                    continue
                if member.size > max_bytes:
                    yield LoadError(source=name, item=m, message=f"too large ({member.size} bytes; limit {max_bytes})")
                    continue
                f = tar.extractfile(member)
                if f is None:
                    continue
                yield Input(f"{name} [{m}]", f.read(max_bytes + 1))
        except (tarfile.TarError, OSError, EOFError, zlib.error) as exc:
            yield LoadError(source=name, message=f"broken or truncated archive ({exc or type(exc).__name__})")


def _single_compressed(fh: IO[bytes], name: str, max_bytes: int) -> Iterator[Input | LoadError]:
    """A .gz / .bz2 / .xz file that is not a tar: one compressed document."""
    import bz2
    import lzma

    fh.seek(0)
    head = fh.read(6)
    fh.seek(0)
    opener = gzip.GzipFile if head.startswith(b"\x1f\x8b") else bz2.BZ2File if head.startswith(b"BZh") \
        else lzma.LZMAFile
    try:
        with opener(fh) as z:  # type: ignore[operator]
            data = z.read(max_bytes + 1)
    except (OSError, EOFError, lzma.LZMAError, zlib.error) as exc:
        yield LoadError(source=name, message=f"broken compressed file ({exc or type(exc).__name__})")
        return
    if len(data) > max_bytes:
        yield LoadError(source=name, message=f"too large once decompressed (more than {max_bytes} bytes)")
        return
    yield Input(name, data)


def _zip(fh: IO[bytes], name: str, max_bytes: int) -> Iterator[Input | LoadError]:
    try:
        zf = zipfile.ZipFile(fh)
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        yield LoadError(source=name, message=f"broken or truncated zip archive ({exc})")
        return
    with zf:
        for info in zf.infolist():
            m = info.filename
            if _unsafe(m):
                yield LoadError(source=name, item=m, message="unsafe path in archive ('..' or absolute): refused")
                continue
            if info.is_dir() or _hidden(m):
                continue
            if info.flag_bits & 0x1:
                yield LoadError(source=name, item=m, message="encrypted member: skipped")
                continue
            if info.file_size > max_bytes:
                yield LoadError(source=name, item=m, message=f"too large ({info.file_size} bytes; limit {max_bytes})")
                continue
            try:
                with zf.open(info) as f:
                    data = f.read(max_bytes + 1)
            except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError, zlib.error) as exc:
                yield LoadError(source=name, item=m, message=f"cannot read member ({exc})")
                continue
            yield Input(f"{name} [{m}]", data)
