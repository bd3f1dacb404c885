"""Input files: walking folders, opening (.gz too), sniffing the format, bounded reads."""

import gzip
import io
import os
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from ingest.decoding import bom_encoding, detect_encoding

GZIP_MAGIC = b"\x1f\x8b"
HEAD_BYTES = 8192
BINARY_MAGICS = (
    b"%PDF",
    b"\x89PNG",
    b"PK\x03\x04",
    b"GIF8",
    b"\xff\xd8\xff",
    b"\x7fELF",
    b"BZh",
    b"\xfd7zXZ",
)
EXTENSION_FORMATS = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".rss": "feed",
    ".atom": "feed",
    ".xml": "feed",
    ".warc": "warc",
}
STREAMED_FORMATS = {"jsonl", "warc"}


@dataclass
class WalkResult:
    """The files to read, in a stable order, and what the walk skipped."""

    files: list[Path] = field(default_factory=list)
    skipped: dict[str, int] = field(default_factory=dict)

    def skip(self, why: str) -> None:
        self.skipped[why] = self.skipped.get(why, 0) + 1


def walk_inputs(paths: Sequence[Path]) -> WalkResult:
    """Files under `paths` (folders recursively, sorted by name, hidden entries skipped).

    A symlink is followed only when its target lies inside the input root it was found under;
    each real file is read once however many paths reach it.
    """
    result = WalkResult()
    seen_files: set[Path] = set()
    for given in paths:
        path = Path(given)
        if not path.exists():
            raise FileNotFoundError(f"input path does not exist: {path}")
        root = path.resolve()
        if root.is_file():
            _add_file(root, seen_files, result)
        else:
            _walk_dir(root, root, set(), seen_files, result)
    return result


def _add_file(path: Path, seen: set[Path], result: WalkResult) -> None:
    if path in seen:
        result.skip("already_read")
        return
    seen.add(path)
    result.files.append(path)


def _walk_dir(
    directory: Path, root: Path, visited: set[Path], seen: set[Path], result: WalkResult
) -> None:
    if directory in visited:
        result.skip("already_read")
        return
    visited.add(directory)
    for entry in sorted(os.scandir(directory), key=lambda item: item.name):
        if entry.name.startswith("."):
            result.skip("hidden")
            continue
        target = Path(entry.path).resolve()
        if entry.is_symlink() and not target.is_relative_to(root):
            result.skip("symlink_outside_root")
            continue
        if target.is_dir():
            _walk_dir(target, root, visited, seen, result)
        elif target.is_file():
            _add_file(target, seen, result)
        else:
            result.skip("not_a_file")


def is_gzip(path: Path) -> bool:
    with open(path, "rb") as handle:
        return handle.read(2) == GZIP_MAGIC


def open_input(path: Path) -> BinaryIO:
    """The file's bytes as a stream, decompressed when it is gzip (multi-member too)."""
    if is_gzip(path):
        return gzip.open(path, "rb")  # type: ignore[return-value]
    return open(path, "rb")


@dataclass
class BoundedRead:
    data: bytes
    truncated_gzip: bool = False
    too_large: bool = False


def read_bounded(stream: BinaryIO, limit: int) -> BoundedRead:
    """Up to `limit` bytes; flags a gzip stream cut short and content beyond the limit."""
    chunks, size = [], 0
    read = getattr(stream, "read1", stream.read)  # read1 keeps what a cut gzip gave before failing
    try:
        while size <= limit:
            chunk = read(min(1 << 20, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    except (EOFError, OSError, zlib.error):  # cut or damaged gzip stream
        return BoundedRead(b"".join(chunks), truncated_gzip=True)
    data = b"".join(chunks)
    if size > limit:
        return BoundedRead(data[:limit], too_large=True)
    return BoundedRead(data)


def looks_binary(head: bytes) -> bool:
    """Known binary signatures, NUL bytes outside UTF-16/32, control bytes, or no encoding fits."""
    if head.startswith(BINARY_MAGICS) or head.startswith(GZIP_MAGIC):
        return True
    if bom_encoding(head):
        return False
    controls = sum(1 for byte in head if byte < 9 or 13 < byte < 32 and byte != 27)
    if b"\x00" not in head and controls <= len(head) * 0.02:
        return False
    encoding = detect_encoding(head)
    return encoding is None or not encoding.startswith(("utf_16", "utf_32", "utf-16", "utf-32"))


def head_text(head: bytes) -> str:
    """The head decoded loosely, for sniffing only."""
    encoding = bom_encoding(head)
    if encoding is None and b"\x00" in head:
        encoding = detect_encoding(head) or "latin-1"
    return head.decode(encoding or "utf-8", errors="replace").lstrip("\ufeff \t\r\n")


def sniff_format(path: Path, head: bytes) -> str:
    """`text`, `jsonl`, `json`, `html`, `feed` or `warc`, from the content and the extension."""
    suffixes = [suffix.lower() for suffix in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    by_extension = EXTENSION_FORMATS.get(suffixes[-1] if suffixes else "")
    text = head_text(head)
    lowered = text[:4096].lower()
    if lowered.startswith("warc/"):
        return "warc"
    if text[:1] in "{[" and text and by_extension in (None, "jsonl", "json", "text"):
        if by_extension in ("jsonl", "json"):
            return by_extension
        return "json" if text[0] == "[" else "jsonl"
    if text[:1] == "<":
        if "<rss" in lowered or "<rdf:rdf" in lowered or "<feed" in lowered:
            return "feed"
        if (
            "<html" in lowered
            or "<!doctype html" in lowered
            or "<body" in lowered
            or "<head" in lowered
        ):
            return "html"
    return by_extension or "text"


def read_head(path: Path) -> BoundedRead:
    with open_input(path) as stream:
        return read_bounded(stream, HEAD_BYTES)


def text_stream(stream: BinaryIO, encoding: str) -> io.TextIOWrapper:
    return io.TextIOWrapper(stream, encoding=encoding, newline="")
