"""WARC / WARC.gz captures: every HTML response with status 200 is read as a page.

Request, metadata, warcinfo and revisit records carry no page and are skipped; responses that
are not HTML (images, scripts, feeds) are skipped too (counted in the report); HTML responses
with another status are quarantined (`http_status`). Locator: `record <WARC-Record-ID>`.
warcio reads a cut-off archive silently (the last record just ends early), so each record is
checked against its Content-Length: a short one is quarantined (`truncated_gzip` or
`truncated_file`), and the records before it still land.
"""

import gzip
import zlib
from collections.abc import Iterator
from datetime import date
from email.utils import parsedate_to_datetime
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from ingest.readers.html import page_record
from ingest.records import ArticleRecord, Quarantined, Skipped, preview

HTML_TYPES = ("text/html", "application/xhtml+xml")
DRAIN_CHUNK = 1 << 16


class _CutTolerantStream:
    """Reads a (gzip) stream and turns a cut-off end into a plain end, remembering it."""

    def __init__(self, stream: BinaryIO) -> None:
        self.stream = stream
        self.cut = False
        self._read = getattr(stream, "read1", stream.read)

    def read(self, size: int = -1) -> bytes:
        if self.cut:
            return b""
        try:
            return self._read(size if size and size > 0 else DRAIN_CHUNK)
        except (EOFError, zlib.error, gzip.BadGzipFile):
            self.cut = True
            return b""


def read_warc(
    stream: BinaryIO, source_uri: str, *, max_bytes: int
) -> Iterator[ArticleRecord | Quarantined | Skipped]:
    limit = 10 * max_bytes + (1 << 20)
    reason = "truncated_gzip" if isinstance(stream, gzip.GzipFile) else "truncated_file"
    tolerant = _CutTolerantStream(stream)
    last, flagged = "start of file", False
    try:
        for record in ArchiveIterator(tolerant):
            record_id = record.rec_headers.get_header("WARC-Record-ID") or "without id"
            last = f"record {record_id}"
            if record.rec_type != "response" or record.http_headers is None:
                item: ArticleRecord | Quarantined | Skipped = Skipped(
                    f"warc_{record.rec_type}_record"
                )
            else:
                item = _response(record, source_uri, last, limit)
            if _is_short(record):
                flagged = True
                item = Quarantined(
                    source_uri, last, "warc", reason, "the archive ends inside this record"
                )
            yield item
    except ArchiveLoadFailed as error:
        yield Quarantined(source_uri, f"after {last}", "warc", "invalid_warc", str(error)[:500])
        return
    if tolerant.cut and not flagged:
        yield Quarantined(
            source_uri, f"after {last}", "warc", reason, "the archive ends inside a record header"
        )


def _is_short(record) -> bool:
    """Drain the record; True when its stream ended before its Content-Length."""
    raw = record.raw_stream
    while raw.read(DRAIN_CHUNK):
        pass
    return getattr(raw, "limit", 0) > 0


def _response(
    record, source_uri: str, locator: str, limit: int
) -> ArticleRecord | Quarantined | Skipped:
    content_type = (record.http_headers.get_header("Content-Type") or "").lower()
    if not content_type.startswith(HTML_TYPES):
        return Skipped("warc_non_html_response")
    url = record.rec_headers.get_header("WARC-Target-URI")
    status = record.http_headers.get_statuscode()
    if status != "200":
        return Quarantined(
            source_uri, locator, "warc", "http_status", f"HTTP {status} for {url}", None
        )
    payload = record.content_stream().read(limit + 1)
    if len(payload) > limit:
        return Quarantined(
            source_uri, locator, "warc", "too_large", f"page over {limit} bytes", preview(payload)
        )
    charset = content_type.partition("charset=")[2].strip(" \"';") or None
    page = page_record(payload, source_uri, locator, "warc", url=url, declared=charset)
    if isinstance(page, ArticleRecord):
        page.url = page.url or url
        if page.published_date is None:
            page.published_date = _capture_date(record)
            page.published_date_source = "warc" if page.published_date else None
    return page


def _capture_date(record) -> date | None:
    """HTTP Last-Modified, else the WARC capture date (only when the page states no date)."""
    last_modified = record.http_headers.get_header("Last-Modified")
    if last_modified:
        try:
            return parsedate_to_datetime(last_modified).date()
        except (TypeError, ValueError):
            pass
    captured = record.rec_headers.get_header("WARC-Date")
    try:
        return date.fromisoformat(captured[:10]) if captured else None
    except ValueError:
        return None
