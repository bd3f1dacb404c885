"""From a file to its records: open, sniff, pick the reader, quarantine file-level failures."""

import io
from collections.abc import Iterator
from pathlib import Path

from ingest.decoding import bom_encoding
from ingest.files import (
    STREAMED_FORMATS,
    looks_binary,
    open_input,
    read_bounded,
    read_head,
    sniff_format,
)
from ingest.readers.jsonl import read_json, read_jsonl
from ingest.readers.text import read_text
from ingest.records import ArticleRecord, Quarantined, Skipped, preview

WHOLE_FILE_READERS = {"text": read_text, "json": read_json}


def whole_file_limit(source_format: str, max_bytes: int) -> int:
    """Bytes read at most from a file parsed whole (markup and JSON weigh more than text)."""
    factor = {"text": 4, "html": 10, "feed": 50, "json": 100}.get(source_format, 10)
    return factor * max_bytes + (1 << 20)


def read_file(path: Path, *, max_bytes: int) -> Iterator[ArticleRecord | Quarantined | Skipped]:
    """Every record of one file; an unexpected reader failure quarantines the rest of the file."""
    last = None
    try:
        for item in _read_file(path, max_bytes=max_bytes):
            last = getattr(item, "record_locator", last)
            yield item
    except Exception as error:  # a reader bug or library failure: this file only, not the run
        yield Quarantined(
            str(path),
            f"after {last}" if last else "file",
            None,
            "reader_error",
            f"{type(error).__name__}: {error}"[:500],
        )


def _read_file(path: Path, *, max_bytes: int) -> Iterator[ArticleRecord | Quarantined | Skipped]:
    """Every record of one file, or one quarantined row for the whole file."""
    source_uri = str(path)
    try:
        head = read_head(path)
    except OSError as error:
        yield Quarantined(source_uri, "file", None, "unreadable_file", str(error))
        return
    if not head.data.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        if head.truncated_gzip:
            yield Quarantined(
                source_uri,
                "file",
                None,
                "truncated_gzip",
                "the gzip stream ends before any content",
            )
        else:
            yield Quarantined(
                source_uri,
                "file",
                None,
                "empty_file",
                "the file has no content",
                preview(head.data),
            )
        return
    if looks_binary(head.data):
        yield Quarantined(
            source_uri,
            "file",
            None,
            "binary_file",
            "the file is not text in any known encoding",
            preview(head.data),
        )
        return
    source_format = sniff_format(path, head.data)
    if source_format in STREAMED_FORMATS:
        yield from _read_streamed(path, source_uri, source_format, head.data, max_bytes=max_bytes)
        return
    limit = whole_file_limit(source_format, max_bytes)
    with open_input(path) as stream:
        content = read_bounded(stream, limit)
    if content.truncated_gzip:
        yield Quarantined(
            source_uri,
            "file",
            source_format,
            "truncated_gzip",
            "the gzip stream ends before its end marker",
            preview(content.data),
        )
        return
    if content.too_large:
        yield Quarantined(
            source_uri,
            "file",
            source_format,
            "too_large",
            f"the file is over {limit} bytes",
            preview(content.data),
        )
        return
    yield from _whole_file_reader(source_format)(content.data, source_uri)


def _whole_file_reader(source_format: str):
    if source_format in WHOLE_FILE_READERS:
        return WHOLE_FILE_READERS[source_format]
    if source_format == "html":
        from ingest.readers.html import read_html

        return read_html
    from ingest.readers.feeds import read_feed

    return read_feed


def _read_streamed(path: Path, source_uri: str, source_format: str, head: bytes, *, max_bytes: int):
    with open_input(path) as stream:
        if source_format == "warc":
            from ingest.readers.warc import read_warc

            yield from read_warc(stream, source_uri, max_bytes=max_bytes)
            return
        encoding = bom_encoding(head)
        if encoding in ("utf-16", "utf-32"):
            stream = _Utf8Lines(io.TextIOWrapper(stream, encoding=encoding))
        else:
            encoding = None
        yield from read_jsonl(
            stream, source_uri, line_limit=8 * max_bytes + (1 << 20), encoding=encoding
        )


class _Utf8Lines:
    """A UTF-16/32 text stream seen as UTF-8 lines (JSON Lines are split on bytes)."""

    def __init__(self, text: io.TextIOWrapper) -> None:
        self.text = text

    def readline(self, limit: int) -> bytes:
        return self.text.readline(limit).encode("utf-8")
