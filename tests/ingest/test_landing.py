"""The landing invariant on a folder mixing every format with every kind of bad input."""

from datetime import datetime
from pathlib import Path

import pytest

from ingest.landing import land_inputs
from tests.ingest.builders import MAX_BYTES, build_mixed_inputs

TABLES = [
    "raw.articles",
    "raw.article_sources",
    "raw.quarantined_inputs",
    "raw.article_signatures",
    "raw.article_lsh_bands",
    "raw.article_revisions",
]


def snapshot(con) -> dict[str, list[tuple]]:
    return {
        table: sorted(con.execute(f"select * from {table}").fetchall(), key=repr)
        for table in TABLES
    }


@pytest.fixture
def mixed(tmp_path: Path):
    root, outside = tmp_path / "inbox", tmp_path / "elsewhere"
    return root, build_mixed_inputs(root, outside)


def test_every_record_lands_once_and_a_rerun_changes_nothing(con, mixed, ingested_at):
    root, expected = mixed
    report = land_inputs([root], con, ingested_at=ingested_at, max_bytes=MAX_BYTES)

    assert report.article_records_by_format == expected.records_by_format
    assert report.quarantined_by_reason == expected.quarantined
    assert report.skipped == expected.skipped
    assert report.articles_new == expected.articles
    assert report.metadata()["dagster/row_count"] == expected.articles
    assert report.article_records == expected.sources
    assert report.duplicate_records == expected.sources - expected.articles
    assert con.execute("select count(*) from raw.articles").fetchone()[0] == expected.articles
    sources = con.execute(
        "select count(*), count(distinct (source_uri, record_locator)) from raw.article_sources"
    ).fetchone()
    assert sources == (expected.sources, expected.sources)
    quarantined = con.execute(
        "select count(*), count(distinct quarantine_id) from raw.quarantined_inputs"
    ).fetchone()
    assert quarantined == (sum(expected.quarantined.values()),) * 2
    # no record is both an article source and quarantined; every article has a source
    assert (
        con.execute("""
        select count(*) from raw.article_sources
        join raw.quarantined_inputs using (source_uri, record_locator)
    """).fetchone()[0]
        == 0
    )
    assert (
        con.execute("""
        select count(*) from raw.articles
        where article_id not in (select article_id from raw.article_sources)
    """).fetchone()[0]
        == 0
    )
    assert report.partition_dates == sorted(
        str(day)
        for (day,) in con.execute("select distinct partition_date from raw.articles").fetchall()
    )

    before = snapshot(con)
    rerun = land_inputs([root], con, ingested_at=datetime(2026, 11, 23, 9, 0), max_bytes=MAX_BYTES)
    assert snapshot(con) == before
    assert (rerun.articles_new, rerun.articles_updated, rerun.articles_unchanged) == (
        0,
        0,
        expected.articles,
    )
    assert rerun.partition_dates == report.partition_dates
    assert rerun.changed_partition_dates == []


def test_known_pairs_become_one_article_with_all_sources(con, mixed, ingested_at):
    root, _ = mixed
    land_inputs([root], con, ingested_at=ingested_at, max_bytes=MAX_BYTES)
    rows = con.execute("""
        select list(source_format order by source_format), any_value(a.url),
               any_value(a.published_date)::varchar,
               any_value(a.published_date_source)
        from raw.article_sources join raw.articles as a using (article_id)
        group by article_id having count(*) > 1 order by 1
    """).fetchall()
    assert rows == [
        (["html", "text"], "https://post.example/harbour", "2024-03-04", "header"),
        (["jsonl", "rss"], "https://copy.example/ferry", "2024-05-01", "input"),
    ]


def test_turkish_and_utf16_text_is_decoded_and_its_encoding_recorded(con, mixed, ingested_at):
    root, _ = mixed
    land_inputs([root], con, ingested_at=ingested_at, max_bytes=MAX_BYTES)
    rows = dict(
        con.execute("""
        select regexp_extract(source_uri, '[^/]+$'), encoding from raw.article_sources
    """).fetchall()
    )
    assert rows["kopru.txt"] == "cp1254"
    assert rows["hasat.txt"] in ("iso8859_9", "cp1254")  # identical bytes for these letters
    assert rows["orchester.txt"] == "utf-16"
    assert rows["klinik.txt"] == "utf-8-sig"
    texts = [text for (text,) in con.execute("select text from raw.articles").fetchall()]
    assert any("konuş" not in text and "Karadeniz kıyısındaki Yeşilköprü" in text for text in texts)
    assert any("İzmir'deki fabrikalara" in text for text in texts)
    assert not any(char in text for text in texts for char in "ţýþð\r\ufeff")


def test_articles_have_no_boilerplate_and_files_keep_their_header_out_of_the_text(
    con, mixed, ingested_at
):
    root, _ = mixed
    land_inputs([root], con, ingested_at=ingested_at, max_bytes=MAX_BYTES)
    texts = [text for (text,) in con.execute("select text from raw.articles").fetchall()]
    for fragment in ("Accept", "Imprint", "Other story one", "This site uses cookies", "date 2024"):
        assert not any(fragment in text for text in texts), fragment


def test_a_failing_reader_quarantines_its_file_and_the_run_goes_on(con, tmp_path, ingested_at):
    import gzip

    (tmp_path / "a.txt").write_text("A short article that lands.")
    damaged = bytearray(gzip.compress(b'{"text": "x"}\n' * 1000))
    damaged[20:40] = b"\xff" * 20
    (tmp_path / "b.jsonl.gz").write_bytes(bytes(damaged))
    report = land_inputs([tmp_path], con, ingested_at=ingested_at)
    assert report.article_records == 1
    assert report.quarantined == 1
