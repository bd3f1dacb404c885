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


@pytest.fixture
def con(tmp_path) -> Iterator[duckdb.DuckDBPyConnection]:
    connection = duckdb.connect(str(tmp_path / "warehouse.duckdb"))
    ensure_landing_tables(connection)
    landed = pl.DataFrame(
        {
            "article_id": list(ARTICLES),
            "text": [f"Text of {article_id}." for article_id in ARTICLES],
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

    assert [frame.height for frame in slices] == [3, 3, 1]
    in_order = pl.concat(frame.sort("language", "article_id", nulls_last=True) for frame in slices)
    assert in_order.get_column("article_id").to_list() == ["a4", "a3", "a5", "a1", "a7", "a2", "a6"]
    assert {"text", "title", "published_date", "partition_date"} <= set(in_order.columns)


def test_an_empty_window_is_one_empty_slice(con):
    slices = list(extract_assets.article_slices(con, (date(2024, 1, 1), date(2024, 1, 2))))

    assert [frame.height for frame in slices] == [0]
    assert "text" in slices[0].columns
