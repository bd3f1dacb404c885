"""The extraction reads a window's articles in slices, one language after another."""

from collections.abc import Iterator
from datetime import date

import duckdb
import polars as pl
import pytest

from ingest.landing import ensure_landing_tables
from orchestration.assets import extract as extract_assets

MARCH_1, MARCH_2, MARCH_3 = date(2025, 3, 1), date(2025, 3, 2), date(2025, 3, 3)
# article_id -> (given language, partition day)
ARTICLES = {
    "a1": ("tr", MARCH_1), "a2": (None, MARCH_1), "a3": ("en", MARCH_2), "a4": ("de", MARCH_1),
    "a5": ("en", MARCH_1), "a6": (None, MARCH_2), "a7": ("tr", MARCH_2), "a8": ("en", MARCH_3),
}
# the articles without a language: one identified from its text, one that cannot be
UNLABELLED_TEXTS = {
    "a2": "Die Bundesregierung hat am Dienstag angekündigt, dass sie weitere Soldaten nach "
    "Litauen entsenden wird, wie ein Sprecher des Verteidigungsministeriums in Berlin sagte.",
    "a6": "2025-03-02 12:00 +++ 4711 / 0815",
}


@pytest.fixture
def con(tmp_path) -> Iterator[duckdb.DuckDBPyConnection]:
    connection = duckdb.connect(str(tmp_path / "warehouse.duckdb"))
    ensure_landing_tables(connection)
    landed = pl.DataFrame(
        {
            "article_id": list(ARTICLES),
            "text": [UNLABELLED_TEXTS.get(article_id, f"Text of {article_id}.") for article_id in ARTICLES],
            "language": [language for language, _ in ARTICLES.values()],
            "partition_date": [day for _, day in ARTICLES.values()],
        }
    ).with_columns(published_date=pl.col("partition_date"))
    connection.execute("insert into raw.articles by name select * from landed")
    yield connection
    connection.close()


def test_slices_hold_each_article_of_the_window_once_in_language_order(con, monkeypatch):
    monkeypatch.setattr(extract_assets, "SLICE_ARTICLES", 3)

    slices = list(extract_assets.article_slices(con, (MARCH_1, MARCH_2)))

    # de (a2 identified, a4 given), en, tr, then a6, whose language is unknown
    assert [languages.rows() for _, languages in slices] == [
        [("a2", "de", "detected"), ("a4", "de", "input"), ("a3", "en", "input")],
        [("a5", "en", "input"), ("a1", "tr", "input"), ("a7", "tr", "input")],
        [("a6", None, "detected")],
    ]
    assert [set(frame.get_column("article_id")) for frame, _ in slices] == [
        {"a2", "a4", "a3"}, {"a5", "a1", "a7"}, {"a6"},
    ]
    first, _ = slices[0]
    assert {"text", "title", "language", "published_date", "partition_date"} <= set(first.columns)
    assert first.filter(pl.col("article_id") == "a2").get_column("text").item() == UNLABELLED_TEXTS["a2"]


def test_an_empty_window_is_one_empty_slice(con):
    slices = list(extract_assets.article_slices(con, (date(2024, 1, 1), date(2024, 1, 2))))

    assert [(frame.height, languages.height) for frame, languages in slices] == [(0, 0)]
    assert "text" in slices[0][0].columns
