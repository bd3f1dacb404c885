"""The plain text and JSON readers."""

import gzip
import io
import json
from datetime import date

from ingest.readers.jsonl import read_json, read_jsonl
from ingest.readers.text import headline, read_text
from ingest.records import ArticleRecord, Quarantined

BODY = "The council met on Monday.\nIt approved the budget for the coming year."


def only(items):
    items = list(items)
    assert len(items) == 1
    return items[0]


def test_date_header_on_the_first_line_gives_date_and_outlet_and_is_not_text():
    record = only(read_text(f" date 2024-10-30 (Valley Times) {BODY}".encode(), "/in/a.txt"))
    assert (record.published_date, record.published_date_source, record.outlet) == (
        date(2024, 10, 30),
        "header",
        "Valley Times",
    )
    assert record.text == BODY


def test_date_header_on_its_own_line():
    record = only(read_text(f"date 2024-01-02 (X)\n\n{BODY}\n".encode(), "/in/a.txt"))
    assert record.text == BODY and record.published_date == date(2024, 1, 2)


def test_key_value_header_block():
    data = (
        f"url: https://n.example/1\npublished: 2023-11-15\nlanguage: de\ntitle: Rat tagt\n\n{BODY}"
    )
    record = only(read_text(data.encode(), "/in/a.txt"))
    assert (record.url, record.language, record.title, record.published_date) == (
        "https://n.example/1",
        "de",
        "Rat tagt",
        date(2023, 11, 15),
    )
    assert record.text == BODY


def test_text_without_header_is_all_text():
    record = only(
        read_text(b"url is not a header here: the council met.\n\nMore text.", "/in/a.txt")
    )
    assert record.published_date is None and record.text.startswith("url is not")


def test_impossible_header_date_is_quarantined():
    item = only(read_text(f"date 2024-02-30 (X) {BODY}".encode(), "/in/a.txt"))
    assert isinstance(item, Quarantined) and item.reason == "bad_published_date"


def test_headline_is_a_short_first_line_without_a_full_stop():
    assert headline("Council approves budget\n\nThe council met.") == "Council approves budget"
    assert headline("The council met on Monday.\nMore.") is None
    assert headline("Only one line") is None


def jsonl_stream(lines: list[str]) -> io.BytesIO:
    return io.BytesIO("".join(line + "\n" for line in lines).encode())


def test_jsonl_bad_lines_do_not_lose_good_ones():
    lines = [
        json.dumps({"text": "first", "published": "2024-05-01T23:30:00Z", "language": "tr-TR"}),
        "{oops",
        "",
        json.dumps({"text": "third", "language": "German"}),
    ]
    items = list(read_jsonl(jsonl_stream(lines), "/in/a.jsonl", line_limit=10_000))
    assert [type(item).__name__ for item in items] == [
        "ArticleRecord",
        "Quarantined",
        "ArticleRecord",
    ]
    assert (items[0].published_date, items[0].language, items[0].record_locator) == (
        date(2024, 5, 1),
        "tr",
        "line 1",
    )
    assert (items[1].reason, items[1].record_locator) == ("invalid_json", "line 2")
    assert (items[2].language, items[2].record_locator) == ("de", "line 4")


def test_an_overlong_line_is_skipped_in_bounded_reads_and_quarantined():
    lines = [json.dumps({"text": "x" * 50_000}), json.dumps({"text": "after"})]
    items = list(read_jsonl(jsonl_stream(lines), "/in/a.jsonl", line_limit=1000))
    assert (items[0].reason, items[0].record_locator) == ("too_large", "line 1")
    assert isinstance(items[1], ArticleRecord) and items[1].text == "after"


def test_a_cut_gzip_keeps_the_lines_before_the_cut():
    whole = gzip.compress(
        b"".join(json.dumps({"text": f"t{n}" * 3000}).encode() + b"\n" for n in range(3))
    )
    stream = gzip.GzipFile(fileobj=io.BytesIO(whole[: len(whole) * 2 // 3]))
    items = list(read_jsonl(stream, "/in/a.jsonl.gz", line_limit=1 << 20))
    assert isinstance(items[0], ArticleRecord)
    assert items[-1].reason == "truncated_gzip"


def test_json_array_and_json_file_holding_json_lines():
    items = list(
        read_json(json.dumps([{"text": "a"}, 3, {"title": "no text"}]).encode(), "/in/a.json")
    )
    assert [getattr(item, "reason", "ok") for item in items] == [
        "ok",
        "invalid_json",
        "missing_text",
    ]
    assert [item.record_locator for item in items] == ["item 1", "item 2", "item 3"]
    lines = b'{"text": "a"}\n{"text": "b"}\n'
    assert [item.record_locator for item in read_json(lines, "/in/b.json")] == ["line 1", "line 2"]


def test_utf16_json_lines_and_invalid_unicode(con, tmp_path, ingested_at):
    from ingest.landing import land_inputs

    lines = (
        '{"text": "Erste Zeile, grüne Wiese."}\n'
        '{"text": "broken \\ud800 surrogate", "title": "x"}\n'
    )
    (tmp_path / "a.jsonl").write_bytes(lines.encode("utf-16"))
    report = land_inputs([tmp_path], con, ingested_at=ingested_at)
    assert (report.article_records, report.quarantined_by_reason) == (1, {"invalid_text": 1})
    assert con.execute(
        "select encoding, text from raw.article_sources join raw.articles using (article_id)"
    ).fetchall() == [("utf-16", "Erste Zeile, grüne Wiese.")]


def test_placeholder_dates_mean_no_date():
    record = only(
        read_text(b"url: https://n.example/2\npublished: unknown\n\nThe council met.", "/in/a.txt")
    )
    assert (record.published_date, record.published_date_source) == (None, None)
