"""JSON Lines (streamed, one object per line) and JSON arrays of the same objects."""

import io
import json
import zlib
from collections.abc import Iterator
from typing import BinaryIO

from ingest.dates import parse_published
from ingest.decoding import decode, normalise_text
from ingest.fields import clean_string, normalise_language
from ingest.records import ArticleRecord, Quarantined, RecordError, preview, quarantine_from

SKIP_CHUNK = 1 << 20


def read_jsonl(
    stream: BinaryIO, source_uri: str, *, line_limit: int, encoding: str | None = None
) -> Iterator[ArticleRecord | Quarantined]:
    """One record per non-blank line; a bad line is quarantined and the next lines still load.

    Lines longer than `line_limit` bytes are skipped in chunks (bounded memory) and quarantined.
    A gzip stream cut short quarantines the line it cut.
    """
    number = 0
    while True:
        number += 1
        try:
            line = stream.readline(line_limit + 1)
        except (EOFError, OSError, zlib.error) as error:
            yield Quarantined(
                source_uri,
                f"line {number}",
                "jsonl",
                "truncated_gzip",
                f"input ends inside line {number}: {error}",
            )
            return
        if not line:
            return
        if len(line) > line_limit and not line.endswith(b"\n"):
            yield _skip_long_line(stream, line, source_uri, number, line_limit)
            continue
        if not line.strip():
            continue
        locator = f"line {number}"
        try:
            text, line_encoding = decode(line)
            value = json.loads(text)
        except (ValueError, UnicodeDecodeError) as error:
            yield Quarantined(
                source_uri,
                locator,
                "jsonl",
                "invalid_json",
                f"{type(error).__name__}: {error}"[:500],
                preview(line),
            )
            continue
        yield object_record(value, source_uri, locator, "jsonl", encoding or line_encoding, line)


def _skip_long_line(
    stream: BinaryIO, start: bytes, source_uri: str, number: int, line_limit: int
) -> Quarantined:
    size = len(start)
    try:
        while True:
            chunk = stream.readline(SKIP_CHUNK)
            size += len(chunk)
            if not chunk or chunk.endswith(b"\n"):
                break
    except (EOFError, OSError):
        pass
    return Quarantined(
        source_uri,
        f"line {number}",
        "jsonl",
        "too_large",
        f"line of {size} bytes exceeds the limit of {line_limit} bytes",
        preview(start),
    )


def read_json(data: bytes, source_uri: str) -> Iterator[ArticleRecord | Quarantined]:
    """A JSON array of article objects (or one object); falls back to JSON Lines content."""
    try:
        text, encoding = decode(data)
        value = json.loads(text)
    except json.JSONDecodeError as error:
        if error.msg == "Extra data":
            yield from read_jsonl(io.BytesIO(data), source_uri, line_limit=len(data) + 1)
            return
        yield Quarantined(
            source_uri, "file", "json", "invalid_json", f"{error}"[:500], preview(data)
        )
        return
    except (ValueError, UnicodeDecodeError) as error:
        yield Quarantined(
            source_uri, "file", "json", "invalid_json", f"{error}"[:500], preview(data)
        )
        return
    items = value if isinstance(value, list) else [value]
    for index, item in enumerate(items, start=1):
        yield object_record(
            item,
            source_uri,
            f"item {index}",
            "json",
            encoding,
            json.dumps(item, ensure_ascii=False)[:200],
        )


def object_record(
    value: object, source_uri: str, locator: str, source_format: str, encoding: str, raw
) -> ArticleRecord | Quarantined:
    """An article from one object with `url`, `title`, `published`, `outlet`, `language`, `text`."""
    if not isinstance(value, dict):
        return Quarantined(
            source_uri,
            locator,
            source_format,
            "invalid_json",
            f"expected an object, got {type(value).__name__}",
            preview(raw),
        )
    text = value.get("text")
    if not isinstance(text, str) or not text.strip():
        return Quarantined(
            source_uri,
            locator,
            source_format,
            "missing_text",
            "the record has no `text` string",
            preview(raw),
        )
    try:
        published = parse_published(value.get("published"))
    except RecordError as error:
        return quarantine_from(error, source_uri, locator, source_format, raw)
    return ArticleRecord(
        source_uri,
        locator,
        source_format,
        encoding,
        text=normalise_text(text),
        url=clean_string(value.get("url")),
        title=clean_string(value.get("title")),
        language=normalise_language(value.get("language")),
        published_date=published,
        published_date_source="input" if published else None,
        outlet=clean_string(value.get("outlet")),
    )
