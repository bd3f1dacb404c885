"""RSS 2.0 and Atom feeds (feedparser): one article per item, from its full content or summary."""

import re
from collections.abc import Iterator
from datetime import date

import feedparser
from lxml import etree
from lxml import html as lxml_html

from ingest.article_text import article_problem
from ingest.decoding import normalise_text
from ingest.fields import clean_string, normalise_language
from ingest.records import ArticleRecord, Quarantined, preview

TAG = re.compile(r"<[^>]*>")
BLOCK_TAGS = (
    "p",
    "div",
    "br",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "tr",
    "section",
    "article",
)


def fragment_text(fragment: str) -> str:
    """Text of an HTML fragment: one line per block element, whitespace collapsed."""
    try:
        root = lxml_html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        text = TAG.sub(" ", fragment)
    else:
        for element in list(root.iter("script", "style")):
            element.drop_tree()
        for element in root.iter(*BLOCK_TAGS):
            element.tail = "\n" + (element.tail or "")
        text = root.text_content()
    lines = (" ".join(line.split()) for line in normalise_text(text).split("\n"))
    return "\n".join(line for line in lines if line)


def read_feed(data: bytes, source_uri: str) -> Iterator[ArticleRecord | Quarantined]:
    parsed = feedparser.parse(data)
    source_format = "atom" if parsed.version.startswith("atom") else "rss"
    if not parsed.entries:
        reason, detail = (
            ("invalid_feed", f"not a feed: {parsed.get('bozo_exception')}")
            if parsed.bozo
            else ("empty_file", "the feed has no items")
        )
        yield Quarantined(source_uri, "file", source_format, reason, detail[:500], preview(data))
        return
    feed = parsed.feed
    feed_language = normalise_language(feed.get("language"))
    outlet = clean_string(feed.get("title"))
    for index, entry in enumerate(parsed.entries, start=1):
        yield _entry_record(
            entry,
            source_uri,
            f"item {index}",
            source_format,
            parsed.get("encoding"),
            feed_language,
            outlet,
        )


def _entry_record(
    entry, source_uri, locator, source_format, encoding, feed_language, outlet
) -> ArticleRecord | Quarantined:
    contents = entry.get("content") or []
    body = max(
        (content.get("value", "") for content in contents), key=len, default=""
    ) or entry.get("summary", "")
    text = fragment_text(body) if body else ""
    if not text:
        return Quarantined(
            source_uri,
            locator,
            source_format,
            "missing_text",
            "the item has neither content nor summary",
            preview(entry.get("title")),
        )
    problem = article_problem(text)
    if problem:
        return Quarantined(
            source_uri, locator, source_format, "no_article_text", problem, preview(text)
        )
    parsed_date = entry.get("published_parsed") or entry.get("updated_parsed")
    given_date = entry.get("published") or entry.get("updated")
    if given_date and not parsed_date:
        return Quarantined(
            source_uri,
            locator,
            source_format,
            "bad_published_date",
            f"unparseable item date {given_date!r}"[:200],
            preview(text),
        )
    published = date(*parsed_date[:3]) if parsed_date else None
    return ArticleRecord(
        source_uri,
        locator,
        source_format,
        encoding,
        text=text,
        url=clean_string(entry.get("link")),
        title=clean_string(entry.get("title")),
        language=normalise_language(entry.get("language")) or feed_language,
        published_date=published,
        published_date_source="feed" if published else None,
        outlet=outlet,
    )
