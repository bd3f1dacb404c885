"""Near-duplicate identity, revisions, updates across runs, and batch-size independence."""

import json
from datetime import date, datetime
from pathlib import Path

import pytest
from datasketch import MinHash

from ingest import identity
from ingest.landing import land_inputs
from tests.ingest import articles as a
from tests.ingest.articles import article_page
from tests.ingest.builders import MAX_BYTES, build_mixed_inputs, rewrap, write
from tests.ingest.test_landing import snapshot


def test_a_copy_with_headline_rewrapped_and_other_quotes_is_above_the_threshold():
    copy = "Terminal to open in spring\n\n" + rewrap(a.HARBOUR_EN.replace("'", "\u2019"), 50)
    assert identity.jaccard(a.HARBOUR_EN, copy) >= 0.9
    assert (
        identity.similarity(identity.signature(a.HARBOUR_EN), identity.signature(copy))
        >= identity.THRESHOLD
    )


@pytest.mark.parametrize("other", [a.FERRY_EN, a.SCHOOL_EN, a.BRIDGE_TR])
def test_different_articles_are_far_below_the_threshold(other):
    assert identity.similarity(identity.signature(a.HARBOUR_EN), identity.signature(other)) < 0.2


def test_the_estimate_follows_the_exact_jaccard():
    sentences = [s + "." for s in a.SCHOOL_EN.replace("\n", " ").split(". ")]
    for keep in range(1, len(sentences)):
        edited = " ".join(sentences[:keep] + [s.upper()[::-1] for s in sentences[keep:]])
        exact = identity.jaccard(a.SCHOOL_EN, edited)
        estimate = identity.similarity(identity.signature(a.SCHOOL_EN), identity.signature(edited))
        assert abs(exact - estimate) < 0.15, (keep, exact, estimate)


def test_lsh_bands_make_every_pair_above_the_threshold_a_candidate():
    copy = rewrap(a.RIVER_DE, 40) + "\nDer Text wurde ergänzt."
    first, second = identity.signature(a.RIVER_DE), identity.signature(copy)
    assert identity.similarity(first, second) >= identity.THRESHOLD
    assert set(identity.band_hashes(first)) & set(identity.band_hashes(second))


def test_a_record_shares_a_band_only_with_another_record_that_has_one_of_its_keys():
    copy = rewrap(a.RIVER_DE, 40) + "\nDer Text wurde ergänzt."
    texts = [a.RIVER_DE, a.HARBOUR_EN, copy, a.BRIDGE_TR]

    def sharing(texts: list[str]) -> list[bool]:
        return identity.shares_a_band(identity.band_hashes(identity.signatures(texts))).tolist()

    assert sharing(texts) == [True, False, True, False]
    assert sharing([a.RIVER_DE]) == [False]
    assert sharing([]) == []


def test_signatures_are_datasketch_minhashes_of_the_shingles():
    # the last text repeats its shingles: a signature is over the distinct ones
    repeated = "The talks ended early. The talks ended early. The talks ended early."
    for text in (a.HARBOUR_EN, a.BRIDGE_TR, "two words", repeated):
        sketch = MinHash(num_perm=identity.NUM_PERM, seed=1, scheme="affine32", hashfunc=int)
        sketch.update_batch(identity.shingle_hashes(text).tolist())
        assert identity.signature(text).tolist() == sketch.hashvalues.tolist()


def test_a_batch_gives_each_text_the_signature_it_has_alone():
    texts = [a.HARBOUR_EN, "", "one", a.RIVER_DE, "two words", a.BRIDGE_TR, a.HARBOUR_EN]
    batch = identity.signatures(texts)
    assert batch.shape == (len(texts), identity.NUM_PERM)
    for text, values in zip(texts, batch, strict=True):
        assert values.tolist() == identity.signature(text).tolist()
    assert batch[0].tolist() == batch[-1].tolist()
    assert identity.similarity(batch[0], batch[3]) < 0.2


def test_words_are_case_folded_and_split_at_punctuation():
    assert identity.jaccard("Die STRASSE, sagte er: „Gut“.", "die Straße sagte er gut") == 1.0


def jsonl_file(path: Path, records: list[dict]) -> Path:
    return write(path, "".join(json.dumps(record) + "\n" for record in records))


def test_changed_text_at_the_same_url_is_a_new_revision(con, tmp_path, ingested_at):
    url = "https://n.example/ferry"
    jsonl_file(
        tmp_path / "one/a.jsonl", [{"url": url, "published": "2024-05-01", "text": a.FERRY_EN}]
    )
    changed = a.FERRY_EN.split("\n\n")[0] + "\n\n" + a.SCHOOL_EN
    jsonl_file(tmp_path / "two/a.jsonl", [{"url": url, "published": "2024-05-02", "text": changed}])
    land_inputs([tmp_path / "one"], con, ingested_at=ingested_at)
    report = land_inputs([tmp_path / "two"], con, ingested_at=ingested_at)
    assert (report.articles_new, report.revisions) == (1, 1)
    rows = con.execute(
        "select article_id from raw.articles where url = ? order by published_date", [url]
    ).fetchall()
    assert len(rows) == 2
    revision = con.execute(
        "select article_id, revision, supersedes_article_id from raw.article_revisions"
    ).fetchall()
    assert revision == [(rows[1][0], 2, rows[0][0])]


def test_a_later_copy_joins_the_article_fills_its_fields_and_moves_its_partition(
    con, tmp_path, ingested_at
):
    write(tmp_path / "one/harbour.txt", a.HARBOUR_EN)
    first = land_inputs([tmp_path / "one"], con, ingested_at=ingested_at)
    assert first.partition_dates == ["2026-11-22"]
    page = article_page(
        rewrap(a.HARBOUR_EN),
        title="Terminal to open",
        published="2024-03-04",
        canonical="https://post.example/harbour",
    )
    write(tmp_path / "two/harbour.html", page)
    later = datetime(2026, 11, 24, 8, 0)
    second = land_inputs([tmp_path / "two"], con, ingested_at=later)
    assert (second.articles_new, second.articles_updated, second.duplicate_records) == (0, 1, 1)
    assert second.changed_partition_dates == ["2024-03-04", "2026-11-22"]
    article = con.execute("""
        select url, title, published_date, published_date_source, partition_date, ingested_at, text
        from raw.articles
    """).fetchall()
    assert article == [
        (
            "https://post.example/harbour",
            "Terminal to open",
            date(2024, 3, 4),
            "html_meta",
            date(2024, 3, 4),
            datetime(2026, 11, 22, 14, 30),
            a.HARBOUR_EN,
        )
    ]
    sources = con.execute(
        "select source_format, partition_date, ingested_at from raw.article_sources order by 1"
    ).fetchall()
    assert sources == [("html", date(2024, 3, 4), later), ("text", date(2024, 3, 4), ingested_at)]


def test_results_do_not_depend_on_the_batch_size(tmp_path, ingested_at):
    import duckdb

    root = tmp_path / "inbox"
    build_mixed_inputs(root, tmp_path / "elsewhere")
    tables = []
    for batch_size in (1, 3, 5000):
        with duckdb.connect() as con:
            land_inputs(
                [root], con, ingested_at=ingested_at, max_bytes=MAX_BYTES, batch_size=batch_size
            )
            tables.append(snapshot(con))
    assert tables[0] == tables[1] == tables[2]
