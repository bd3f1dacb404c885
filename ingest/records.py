"""What readers yield: article records and quarantined records."""

from dataclasses import dataclass
from datetime import date

FIRST_BYTES = 200


@dataclass
class ArticleRecord:
    """One article as one input record gives it (before identity and validation)."""

    source_uri: str
    record_locator: str
    source_format: str
    encoding: str | None
    text: str
    url: str | None = None
    title: str | None = None
    language: str | None = None
    published_date: date | None = None
    published_date_source: str | None = None
    outlet: str | None = None


@dataclass
class Quarantined:
    """One input record (or a whole file) that cannot become an article, and why."""

    source_uri: str
    record_locator: str
    source_format: str | None
    reason: str
    detail: str
    first_bytes: str | None = None


class RecordError(Exception):
    """A record-level problem: the reader turns it into a `Quarantined` row."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(detail)
        self.reason = reason
        self.detail = detail


def preview(data: bytes | str | None, limit: int = FIRST_BYTES) -> str | None:
    """The first bytes of a record, readable (binary shown escaped)."""
    if data is None:
        return None
    if isinstance(data, str):
        return data[:limit].encode("utf-8", errors="backslashreplace").decode("utf-8")
    return data[:limit].decode("utf-8", errors="backslashreplace")


def quarantine_from(
    error: RecordError, source_uri: str, locator: str, source_format: str | None, raw
) -> Quarantined:
    return Quarantined(source_uri, locator, source_format, error.reason, error.detail, preview(raw))


@dataclass
class Skipped:
    """A record that is no article candidate (e.g. a WARC request record): counted, not stored."""

    why: str
