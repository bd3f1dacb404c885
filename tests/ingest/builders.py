"""Input folders for the ingest tests: every format and every kind of bad input."""

import gzip
import io
import json
from dataclasses import dataclass, field
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from tests.ingest import articles as a


def write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def rewrap(text: str, width: int = 60) -> str:
    """The same words, wrapped differently (as a copy of an article would be)."""
    lines, line = [], ""
    for word in text.replace("\n\n", " ").split():
        if len(line) + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return "\n".join([*lines, line])


def rss(items: list[str], language: str = "en") -> str:
    return (
        "<?xml version='1.0' encoding='utf-8'?><rss version='2.0' "
        "xmlns:content='http://purl.org/rss/1.0/modules/content/'><channel>"
        f"<title>Island Gazette</title><link>https://gazette.example/</link><language>{language}</language>"
        f"<description>News</description>{''.join(items)}</channel></rss>"
    )


def rss_item(
    title: str, link: str, date: str, *, content: str | None = None, summary: str = ""
) -> str:
    encoded = f"<content:encoded><![CDATA[{content}]]></content:encoded>" if content else ""
    return (
        f"<item><title>{title}</title><link>{link}</link><pubDate>{date}</pubDate>"
        f"<description><![CDATA[{summary}]]></description>{encoded}</item>"
    )


def atom(entries: list[str]) -> str:
    return (
        "<?xml version='1.0' encoding='utf-8'?>"
        "<feed xmlns='http://www.w3.org/2005/Atom' xml:lang='es'>"
        "<title>Valley Wire</title><id>urn:example:valley</id>"
        "<updated>2024-05-02T10:00:00Z</updated>"
        f"{''.join(entries)}</feed>"
    )


def atom_entry(title: str, link: str, published: str, content_html: str) -> str:
    return (
        f"<entry><title>{title}</title><link href='{link}'/><id>{link}</id>"
        f"<published>{published}</published><updated>{published}</updated>"
        f"<content type='html'><![CDATA[{content_html}]]></content></entry>"
    )


WARC_CAPTURE_DATE = "2024-10-30T08:00:00Z"


def warc_bytes(records: list[tuple[str, str, int, str, bytes]], *, gz: bool = True) -> bytes:
    """A WARC of (kind, url, status, content type, payload) records, written with warcio.

    Every record carries a fixed capture date, so the result does not depend on the clock."""
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gz)
    for kind, url, status, content_type, payload in records:
        if kind == "response":
            headers = StatusAndHeaders(
                f"{status} {'OK' if status == 200 else 'Error'}",
                [("Content-Type", content_type)],
                protocol="HTTP/1.1",
            )
            record = writer.create_warc_record(
                url,
                "response",
                payload=io.BytesIO(payload),
                http_headers=headers,
                warc_headers_dict={"WARC-Date": WARC_CAPTURE_DATE},
            )
        elif kind == "request":
            headers = StatusAndHeaders(
                "GET / HTTP/1.1", [("Host", "example.org")], is_http_request=True
            )
            record = writer.create_warc_record(
                url, "request", payload=io.BytesIO(b""), http_headers=headers
            )
        else:
            record = writer.create_warc_record(
                url, "metadata", payload=io.BytesIO(payload), warc_content_type="application/json"
            )
        writer.write_record(record)
    return buffer.getvalue()


def jsonl(objects: list) -> str:
    return "".join(
        (obj if isinstance(obj, str) else json.dumps(obj, ensure_ascii=False)) + "\n"
        for obj in objects
    )


@dataclass
class Expected:
    """What landing the mixed folder must produce."""

    articles: int
    sources: int
    quarantined: dict[str, int]
    records_by_format: dict[str, int]
    skipped: dict[str, int] = field(default_factory=dict)


MAX_BYTES = 20_000


def build_mixed_inputs(root: Path, outside: Path) -> Expected:
    """Good files of every format (with duplicates) and every kind of bad input, under `root`."""
    # text: header line; its HTML page (re-wrapped, headline prepended) is the same article
    write(root / "en/harbour.txt", "date 2024-03-04 (Lindenhaven Post) " + a.HARBOUR_EN)
    write(
        root / "en/pages/harbour.html",
        a.article_page(
            rewrap(a.HARBOUR_EN),
            title="Container terminal to open in spring",
            published="2024-03-04",
            canonical="https://post.example/harbour",
        ),
    )
    write(
        root / "tr/kopru.txt",
        ("Yeni köprü için tarih belli oldu\n\n" + a.BRIDGE_TR).encode("cp1254"),
    )
    write(root / "tr/hasat.txt", a.HARVEST_TR.encode("iso8859_9"))
    write(root / "de/orchester.txt", a.ORCHESTRA_DE.encode("utf-16"))
    write(root / "misc/klinik.txt", "\ufeff" + a.CLINIC_EN.replace("\n", "\r\n"))
    write(
        root / "fr/marche.txt.gz",
        gzip.compress(("date 2024-04-16 (Valbrune Info)\n" + a.MARKET_FR).encode()),
    )
    write(
        root / "feeds/islands.rss",
        rss(
            [
                rss_item(
                    "Ferry line to open",
                    "https://gazette.example/ferry",
                    "Wed, 01 May 2024 08:00:00 GMT",
                    content=a.paragraphs_html(a.FERRY_EN),
                    summary="A new ferry line.",
                ),
                rss_item(
                    "Short note",
                    "https://gazette.example/note",
                    "Wed, 01 May 2024 09:00:00 GMT",
                    summary="<p>Read more on our website.</p>",
                ),
                rss_item(
                    "Tomorrow's paper",
                    "https://gazette.example/future",
                    "Mon, 01 Jan 2035 08:00:00 GMT",
                    content=a.paragraphs_html(a.SCHOOL_EN.replace("Pinecrest", "Hollow Creek")),
                ),
            ]
        ),
    )
    write(
        root / "feeds/valley.atom",
        atom(
            [
                atom_entry(
                    "Nueva escuela",
                    "https://valley.example/school",
                    "2024-05-02T08:00:00Z",
                    a.paragraphs_html(a.SCHOOL_EN),
                ),
                atom_entry(
                    "Biblioteca",
                    "https://valley.example/library",
                    "2024-05-02T09:00:00Z",
                    a.paragraphs_html(a.LIBRARY_ES),
                ),
                atom_entry(
                    "Sin fecha",
                    "https://valley.example/undated",
                    "the day after tomorrow",
                    a.paragraphs_html(a.MUSEUM_ES * 3),
                ),
            ]
        ),
    )
    write(
        root / "crawl/capture.warc.gz",
        warc_bytes(
            [
                ("request", "https://talheim.example/flut", 0, "", b""),
                (
                    "response",
                    "https://talheim.example/flut",
                    200,
                    "text/html; charset=utf-8",
                    a.article_page(
                        a.RIVER_DE, title="Pegel steigen in Talheim", lang="de-DE"
                    ).encode(),
                ),
                (
                    "response",
                    "https://talheim.example/missing",
                    404,
                    "text/html",
                    b"<html><body><p>Not found</p></body></html>",
                ),
                (
                    "response",
                    "https://talheim.example/logo.png",
                    200,
                    "image/png",
                    b"\x89PNG\r\n\x1a\n0000",
                ),
                (
                    "response",
                    "https://talheim.example/",
                    200,
                    "text/html",
                    a.NAVIGATION_ONLY.encode(),
                ),
                ("metadata", "https://talheim.example/flut", 0, "", b'{"crawler": "test"}'),
            ]
        ),
    )
    write(
        root / "data/articles.jsonl",
        jsonl(
            [
                {
                    "url": "https://riolindo.example/museo",
                    "title": "Museo nocturno",
                    "published": "2024-06-10",
                    "outlet": "Diario de Riolindo",
                    "language": "es-ES",
                    "text": a.MUSEUM_ES,
                },
                "{not json at all",
                {"url": "https://example.org/empty", "title": "No text here"},
                {"title": "Huge", "text": "word " * (MAX_BYTES // 4)},
                {"title": "Bad date", "published": "32/13/2024", "text": a.GARDEN_FR},
                {"title": "Future", "published": "2031-01-01T10:00:00Z", "text": a.GARDEN_FR},
                "",
                {
                    "url": "https://copy.example/ferry",
                    "title": "Ferry (copy)",
                    "published": "2024-05-01",
                    "text": rewrap("\u201cFerry\u201d line news: " + a.FERRY_EN, 45),
                },
                ["an", "array", "not", "an", "object"],
            ]
        ),
    )
    write(
        root / "data/more.json",
        json.dumps(
            [
                {
                    "url": "https://clairmont.example/jardin",
                    "published": "2024-05-20",
                    "text": a.GARDEN_FR,
                    "language": "fr",
                },
                "just a string",
            ]
        ),
    )
    first = jsonl([{"text": a.BAKERY_EN}, {"text": a.STADIUM_DE}])
    last = gzip.compress(jsonl([{"text": "Cut file, third record " * 200}]).encode())
    write(root / "data/cut.jsonl.gz", gzip.compress(first.encode()) + last[: len(last) // 2])
    write(root / "bad/cut.txt.gz", gzip.compress(a.FERRY_EN.encode() * 5)[:-40])
    write(root / "bad/empty.txt", b"")
    write(root / "bad/blank.txt", "  \n\n \t\n")
    write(root / "bad/photo.jpg", b"\xff\xd8\xff\xe0" + bytes(range(256)) * 4)
    write(root / "bad/blob.txt", bytes(range(256)) * 8)
    write(root / "bad/menu.html", a.NAVIGATION_ONLY)
    write(root / "bad/long.txt", "A very long text. " * (MAX_BYTES // 10))
    write(root / "bad/header-date.txt", "date 2024-02-30 (Nowhere Times) " + a.CLINIC_EN)
    write(root / ".hidden.txt", "hidden notes are not inputs")
    write(outside / "secret.txt", "outside the input root")
    (root / "link-outside.txt").symlink_to(outside / "secret.txt")
    (root / "link-inside.txt").symlink_to(root / "en/harbour.txt")
    return Expected(
        # harbour (txt+html), kopru, hasat, orchester, klinik, marche, ferry (rss+jsonl), school,
        # library, river (warc), museo, jardin, two records of the cut jsonl.gz
        articles=14,
        sources=16,
        quarantined={
            "bad_published_date": 3,
            "binary_file": 2,
            "empty_file": 2,
            "future_published_date": 2,
            "http_status": 1,
            "invalid_json": 3,
            "missing_text": 1,
            "no_article_text": 3,
            "too_large": 2,
            "truncated_gzip": 2,
        },
        records_by_format={
            "atom": 2,
            "html": 1,
            "json": 1,
            "jsonl": 4,
            "rss": 1,
            "text": 6,
            "warc": 1,
        },
        skipped={
            "already_read": 1,
            "hidden": 1,
            "symlink_outside_root": 1,
            "warc_metadata_record": 1,
            "warc_non_html_response": 1,
            "warc_request_record": 1,
        },
    )
