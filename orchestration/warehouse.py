"""Writing extraction frames into the warehouse, one partition window at a time."""

from collections.abc import Iterable, Iterator
from datetime import date

import duckdb
import polars as pl

RAW_SCHEMA = "raw"


def replace_window(
    con: duckdb.DuckDBPyConnection,
    tables: dict[str, pl.DataFrame],
    window: tuple[date, date],
) -> None:
    """Replace the rows of each `raw.<table>` whose partition_date lies in `window`, atomically.

    Each frame must already carry `partition_date`; tables are created on first write from the
    frame's schema, so an empty frame still creates a correctly typed table.
    """
    replace_window_in_chunks(con, [tables], window)


def replace_window_in_chunks(
    con: duckdb.DuckDBPyConnection,
    chunks: Iterable[dict[str, pl.DataFrame]],
    window: tuple[date, date],
) -> None:
    """`replace_window` for frames that arrive in chunks: one transaction for all of them.

    The window's rows of a table are deleted when its first chunk arrives, so a window can be
    extracted a slice of articles at a time while readers see the old rows or all the new ones.
    """
    start, end = window
    con.execute(f"create schema if not exists {RAW_SCHEMA}")
    con.execute("begin transaction")
    try:
        cleared: set[str] = set()
        for tables in chunks:
            for table, frame in tables.items():
                con.register("incoming_frame", frame.to_arrow())
                if table not in cleared:
                    con.execute(
                        f"create table if not exists {RAW_SCHEMA}.{table} as "
                        "select * from incoming_frame limit 0"
                    )
                    con.execute(
                        f"delete from {RAW_SCHEMA}.{table} where partition_date between ? and ?",
                        [start, end],
                    )
                    cleared.add(table)
                con.execute(
                    f"insert into {RAW_SCHEMA}.{table} by name select * from incoming_frame"
                )
                con.unregister("incoming_frame")
        con.execute("commit")
    except Exception:
        con.execute("rollback")
        raise


def replace_table(con: duckdb.DuckDBPyConnection, table: str, frame: pl.DataFrame) -> None:
    """Replace the whole `raw.<table>` with `frame` (for small reference tables)."""
    con.execute(f"create schema if not exists {RAW_SCHEMA}")
    con.register("incoming_frame", frame.to_arrow())
    try:
        con.execute(
            f"create or replace table {RAW_SCHEMA}.{table} as select * from incoming_frame"
        )
    finally:
        con.unregister("incoming_frame")


def read_window_batches(
    con: duckdb.DuckDBPyConnection, query: str, window: tuple[date, date], rows: int
) -> Iterator[pl.DataFrame]:
    """Run `query` (two `?` placeholders: the window's start and end) into polars frames of at
    most `rows` rows, so that a long window is never held whole; at least one (maybe empty) frame.
    """
    batches = con.execute(query, list(window)).fetch_record_batch(rows)
    empty = True
    for batch in batches:
        empty = False
        yield pl.from_arrow(batch)
    if empty:
        yield pl.from_arrow(batches.schema.empty_table())
