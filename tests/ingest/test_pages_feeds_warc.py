"""HTML pages, RSS/Atom feeds and WARC captures."""

import gzip
from datetime import date

from ingest.article_text import article_problem
from ingest.readers.feeds import fragment_text, read_feed
from ingest.readers.html import read_html
from ingest.readers.warc import read_warc
from ingest.records import ArticleRecord, Quarantined, Skipped
from tests.ingest import articles as a
from tests.ingest.builders import atom, atom_entry, rss, rss_item, warc_bytes


def test_html_page_gives_main_text_and_metadata_without_boilerplate():
    page = a.article_page(
        a.ORCHESTRA_DE,
        title="Neue Dirigentin",
        lang="de-AT",
        published="2024-09-06",
        canonical="https://kultur.example/dirigentin",
    )
    [record] = read_html(page.encode(), "/in/p.html")
    assert isinstance(record, ArticleRecord)
    assert (record.title, record.language, record.url, record.outlet) == (
        "Neue Dirigentin",
        "de",
        "https://kultur.example/dirigentin",
        "Example Courier",
    )
    assert (record.published_date, record.published_date_source) == (date(2024, 9, 6), "html_meta")
    assert "Das Stadtorchester von Bergfeld" in record.text
    assert "Accept" not in record.text and "Other story" not in record.text


def test_html_page_in_a_declared_turkish_code_page():
    page = a.article_page(a.BRIDGE_TR, title="Köprü", lang="tr", charset="windows-1254")
    [record] = read_html(page.encode("cp1254"), "/in/p.html")
    assert record.encoding == "windows-1254" and "kıyısındaki Yeşilköprü" in record.text


def test_page_without_article_is_quarantined_as_no_article_text():
    [item] = read_html(a.NAVIGATION_ONLY.encode(), "/in/home.html")
    assert isinstance(item, Quarantined) and item.reason == "no_article_text"


def test_article_problem_accepts_prose_and_rejects_link_lists_and_fragments():
    assert article_problem(a.HARBOUR_EN) is None
    link_lines = "\n".join(f"Story number {n} about the town." for n in range(40))
    assert "short" in article_problem(link_lines)
    assert article_problem("Home\nNews\nWe use cookies. Accept all cookies to continue.")
    no_sentences = " ".join(["word"] * 80)
    assert "sentence" in article_problem(no_sentences)


def test_rss_prefers_full_content_and_keeps_paragraphs_as_lines():
    feed = rss(
        [
            rss_item(
                "Ferry",
                "https://g.example/f",
                "Wed, 01 May 2024 08:00:00 GMT",
                content=a.paragraphs_html(a.FERRY_EN),
                summary="Short.",
            )
        ],
        language="en-GB",
    )
    [record] = read_feed(feed.encode(), "/in/f.rss")
    assert (record.source_format, record.url, record.language, record.outlet) == (
        "rss",
        "https://g.example/f",
        "en",
        "Island Gazette",
    )
    assert (record.published_date, record.published_date_source) == (date(2024, 5, 1), "feed")
    assert record.text == a.FERRY_EN.replace("\n\n", "\n")


def test_atom_entries_and_bad_dates():
    feed = atom(
        [
            atom_entry(
                "B", "https://v.example/b", "2024-05-02T09:00:00Z", a.paragraphs_html(a.LIBRARY_ES)
            ),
            atom_entry("C", "https://v.example/c", "someday", a.paragraphs_html(a.LIBRARY_ES)),
        ]
    )
    first, second = read_feed(feed.encode(), "/in/f.atom")
    assert (first.source_format, first.language, first.record_locator) == ("atom", "es", "item 1")
    assert (second.reason, second.record_locator) == ("bad_published_date", "item 2")


def test_not_a_feed_is_quarantined():
    [item] = read_feed(b"<rss><channel><oops", "/in/f.rss")
    assert item.reason in ("invalid_feed", "empty_file")


def test_fragment_text_strips_markup():
    assert (
        fragment_text("<p>One &amp; two</p><p>Three<br>four</p><script>x()</script>")
        == "One & two\nThree\nfour"
    )


def capture() -> bytes:
    return warc_bytes(
        [
            ("request", "https://r.example/a", 0, "", b""),
            (
                "response",
                "https://r.example/a",
                200,
                "text/html; charset=utf-8",
                a.article_page(a.RIVER_DE, title="Pegel").encode(),
            ),
            ("response", "https://r.example/b", 301, "text/html", b"<html></html>"),
            ("response", "https://r.example/c.css", 200, "text/css", b"body{}"),
        ],
        gz=False,
    )


def test_warc_reads_html_responses_and_dates_them_by_capture():
    items = list(read_warc(__import__("io").BytesIO(capture()), "/in/c.warc", max_bytes=100_000))
    kinds = [type(item).__name__ for item in items]
    assert kinds == ["Skipped", "ArticleRecord", "Quarantined", "Skipped"]
    page = items[1]
    assert page.url == "https://r.example/a" and page.record_locator.startswith("record <urn:uuid:")
    assert page.published_date_source == "warc"
    assert items[2].reason == "http_status"


def test_truncated_warc_gz_keeps_the_records_before_the_cut():
    whole = warc_bytes(
        [
            (
                "response",
                "https://r.example/a",
                200,
                "text/html",
                a.article_page(a.RIVER_DE, title="Pegel").encode(),
            ),
            (
                "response",
                "https://r.example/b",
                200,
                "text/html",
                a.article_page(a.SCHOOL_EN * 20, title="School").encode(),
            ),
        ]
    )
    cut = gzip.GzipFile(fileobj=__import__("io").BytesIO(whole[:-200]))
    items = list(read_warc(cut, "/in/c.warc.gz", max_bytes=100_000))
    assert isinstance(items[0], ArticleRecord)
    assert items[-1].reason == "truncated_gzip"
    assert not any(isinstance(item, Skipped) for item in items)
