"""HTML article pages: trafilatura's main text, title, date, canonical URL and site name."""

import re
from collections.abc import Iterator

import trafilatura

from ingest.article_text import article_problem
from ingest.decoding import bom_encoding, decode, normalise_text
from ingest.fields import clean_string, normalise_language
from ingest.records import ArticleRecord, Quarantined, preview

HTML_LANG = re.compile(
    rb"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)*)", re.I
)
META_CHARSET = re.compile(rb"<meta\b[^>]*?charset\s*=\s*[\"']?([A-Za-z0-9_:.-]+)", re.I)
# WHATWG: browsers read these labels as the Windows code pages.
CHARSET_ALIASES = {
    "iso-8859-1": "cp1252",
    "latin1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "iso-8859-9": "cp1254",
}
DATE_PARAMS = {"extensive_search": False, "original_date": True}


def decode_html(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """The page as text: BOM, else the declared charset (HTTP or meta), else detection."""
    labels = [bom_encoding(data), declared]
    match = META_CHARSET.search(data[:4096])
    if match:
        labels.append(match.group(1).decode("ascii"))
    for label in labels:
        if not label:
            continue
        name = CHARSET_ALIASES.get(label.lower(), label)
        try:
            return data.decode(name), name
        except (LookupError, UnicodeDecodeError):
            continue
    return decode(data)


def page_record(
    data: bytes,
    source_uri: str,
    locator: str,
    source_format: str,
    *,
    url: str | None = None,
    declared: str | None = None,
) -> ArticleRecord | Quarantined:
    """One page: an article record, or `no_article_text` when the page carries no article."""
    try:
        html, encoding = decode_html(data, declared)
    except (ValueError, UnicodeDecodeError) as error:
        return Quarantined(
            source_uri, locator, source_format, "undecodable_text", str(error), preview(data)
        )
    try:
        document = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            date_extraction_params=DATE_PARAMS,
        )
    except Exception as error:  # trafilatura/lxml on malformed markup: one page, not the run
        return Quarantined(
            source_uri,
            locator,
            source_format,
            "unparseable_html",
            f"{type(error).__name__}: {error}"[:300],
            preview(data),
        )
    text = normalise_text(document.text or "").strip() if document else ""
    problem = article_problem(text)
    if problem:
        return Quarantined(
            source_uri, locator, source_format, "no_article_text", problem, preview(text or data)
        )
    language = HTML_LANG.search(data[:8192])
    published = _date(document.date)
    return ArticleRecord(
        source_uri,
        locator,
        source_format,
        encoding,
        text=text,
        url=clean_string(document.url) or url,
        title=clean_string(document.title),
        language=normalise_language(language.group(1).decode("ascii") if language else None),
        published_date=published,
        published_date_source="html_meta" if published else None,
        outlet=clean_string(document.sitename),
    )


def _date(value: str | None):
    from datetime import date

    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def read_html(data: bytes, source_uri: str) -> Iterator[ArticleRecord | Quarantined]:
    yield page_record(data, source_uri, "file", "html")
