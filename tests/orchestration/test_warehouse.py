"""Writing a window in chunks: one replacement at the end, the old rows until then, no leftovers."""

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import duckdb
import polars as pl
import pytest

from orchestration.warehouse import replace_window_in_chunks

MARCH_1, MARCH_2, MARCH_3 = date(2025, 3, 1), date(2025, 3, 2), date(2025, 3, 3)


def _rows(ids: list[str], day: date) -> dict[str, pl.DataFrame]:
    return {"sentences": pl.DataFrame({"article_id": ids, "partition_date": [day] * len(ids)})}


def _sentences(con: duckdb.DuckDBPyConnection) -> list[tuple]:
    return con.execute("select article_id, partition_date from raw.sentences order by 1").fetchall()


@pytest.fixture
def staging(tmp_path) -> Path:
    return tmp_path / "warehouse.duckdb.staging"


@pytest.fixture
def con(tmp_path) -> Iterator[duckdb.DuckDBPyConnection]:
    connection = duckdb.connect(str(tmp_path / "warehouse.duckdb"))
    replace_window_in_chunks(
        connection, [_rows(["old-1"], MARCH_1), _rows(["old-2"], MARCH_2)], (MARCH_1, MARCH_2)
    )
    yield connection
    connection.close()


def test_the_chunks_replace_the_window_rows_at_the_end(con, staging):
    seen_while_writing = []

    def chunks() -> Iterator[dict[str, pl.DataFrame]]:
        yield _rows(["new-1"], MARCH_2)
        # the first chunk is staged beside the warehouse, not yet in raw
        seen_while_writing.append((_sentences(con), len(list(staging.iterdir()))))
        yield _rows(["new-2", "new-3"], MARCH_2)

    replace_window_in_chunks(con, chunks(), (MARCH_2, MARCH_3))
    assert seen_while_writing == [([("old-1", MARCH_1), ("old-2", MARCH_2)], 1)]
    assert _sentences(con) == [
        ("new-1", MARCH_2), ("new-2", MARCH_2), ("new-3", MARCH_2), ("old-1", MARCH_1),
    ]
    assert not staging.exists()


def test_a_failing_chunk_leaves_the_window_as_it_was(con, staging):
    def chunks() -> Iterator[dict[str, pl.DataFrame]]:
        yield _rows(["new-1"], MARCH_2)
        raise RuntimeError("extraction failed")

    with pytest.raises(RuntimeError, match="extraction failed"):
        replace_window_in_chunks(con, chunks(), (MARCH_2, MARCH_2))
    assert _sentences(con) == [("old-1", MARCH_1), ("old-2", MARCH_2)]
    assert not staging.exists()


def test_chunks_a_killed_write_left_staged_are_not_read(con, staging):
    staging.mkdir()
    _rows(["left-by-a-killed-run"], MARCH_2)["sentences"].write_parquet(staging / "sentences-000001.parquet")

    replace_window_in_chunks(con, [_rows(["new-1"], MARCH_2)], (MARCH_2, MARCH_2))
    assert _sentences(con) == [("new-1", MARCH_2), ("old-1", MARCH_1)]
    assert not staging.exists()


def test_an_in_memory_warehouse_is_written_through_a_temporary_folder():
    connection = duckdb.connect()
    replace_window_in_chunks(
        connection, [_rows(["new-1"], MARCH_1), _rows(["new-2"], MARCH_1)], (MARCH_1, MARCH_1)
    )
    assert _sentences(connection) == [("new-1", MARCH_1), ("new-2", MARCH_1)]
