"""Plain text articles, with an optional `date YYYY-MM-DD (OUTLET)` header or `key: value` block."""

import re
from collections.abc import Iterator

from ingest.dates import parse_published
from ingest.decoding import decode, normalise_text
from ingest.fields import clean_string, normalise_language
from ingest.records import ArticleRecord, Quarantined, RecordError, quarantine_from

DATE_HEADER = re.compile(
    r"^[ \t]*date[ \t]+(\d{2,4}[-/.]\d{1,2}[-/.]\d{1,4})[ \t]*(?:\(([^)\n]{1,120})\))?"
)
HEADER_FIELD = re.compile(r"^([A-Za-z_]{2,20}):[ \t]*(.*)$")
HEADER_KEYS = {"url", "published", "date", "language", "lang", "title", "outlet", "source"}
MAX_HEADER_LINES = 12
HEADLINE_MAX_CHARS = 160
HEADLINE_MAX_WORDS = 24


def read_text(data: bytes, source_uri: str) -> Iterator[ArticleRecord | Quarantined]:
    """One article per file; the header (if any) gives date and outlet, the rest is the text."""
    try:
        text, encoding = decode(data)
    except (ValueError, UnicodeDecodeError) as error:
        yield Quarantined(
            source_uri, "file", "text", "undecodable_text", str(error), data[:200].decode("latin-1")
        )
        return
    try:
        yield parse_text(normalise_text(text), source_uri, encoding)
    except RecordError as error:
        yield quarantine_from(error, source_uri, "file", "text", text)


def parse_text(text: str, source_uri: str, encoding: str | None) -> ArticleRecord:
    record = ArticleRecord(source_uri, "file", "text", encoding, text="")
    body = _parse_date_header(text, record)
    if body is None:
        body = _parse_field_block(text, record)
    if body is None:
        body = text
    record.text = body.strip()
    if record.title is None:
        record.title = headline(record.text)
    return record


def _parse_date_header(text: str, record: ArticleRecord) -> str | None:
    match = DATE_HEADER.match(text)
    if not match:
        return None
    record.published_date = parse_published(match.group(1))
    record.published_date_source = "header"
    record.outlet = clean_string(match.group(2))
    return text[match.end() :]


def _parse_field_block(text: str, record: ArticleRecord) -> str | None:
    block, separator, rest = text.partition("\n\n")
    lines = block.split("\n")
    if not separator or len(lines) > MAX_HEADER_LINES:
        return None
    fields = {}
    for line in lines:
        match = HEADER_FIELD.match(line.strip())
        if not match or match.group(1).lower() not in HEADER_KEYS:
            return None
        fields[match.group(1).lower()] = match.group(2).strip()
    published = fields.get("published") or fields.get("date")
    record.published_date = parse_published(published)
    record.published_date_source = "header" if record.published_date else None
    record.url = clean_string(fields.get("url"))
    record.title = clean_string(fields.get("title"))
    record.language = normalise_language(fields.get("language") or fields.get("lang"))
    record.outlet = clean_string(fields.get("outlet") or fields.get("source"))
    return rest


def headline(text: str) -> str | None:
    """The first line when it reads as a headline: short, more text follows, no final stop."""
    first, newline, rest = text.partition("\n")
    first = first.strip()
    if (
        not newline
        or not rest.strip()
        or not first
        or len(first) > HEADLINE_MAX_CHARS
        or len(first.split()) > HEADLINE_MAX_WORDS
        or first[-1] in ".,;:!"
    ):
        return None
    return first
