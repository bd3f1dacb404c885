"""Writing extraction frames into the warehouse, one partition window at a time."""

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import date

import duckdb
import polars as pl

RAW_SCHEMA = "raw"
# Chunks of a window wait here until the window is replaced in one transaction.
STAGING_SCHEMA = "raw_staging"
# The name under which a frame being written is visible to SQL.
FRAME = "incoming_frame"


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
    """`replace_window` for frames that arrive in chunks: one transaction replaces the window.

    Each chunk is committed to staging tables as it arrives, in one transaction (DuckDB keeps
    the appends of an open transaction in memory, so one transaction over every chunk would
    hold the whole window; one per insert writes each through the log, 2.6 times slower); then
    one transaction deletes the window's rows of each `raw.<table>` and moves the staged rows
    in, so readers see the old rows or all the new ones.
    """
    start, end = window
    con.execute(f"create schema if not exists {RAW_SCHEMA}")
    con.execute(f"create schema if not exists {STAGING_SCHEMA}")
    staged: list[str] = []
    try:
        for tables in chunks:
            with _transaction(con):
                for table, frame in tables.items():
                    if table not in staged:
                        staged.append(table)
                        _create_like(con, f"{STAGING_SCHEMA}.{table}", frame)
                    _append(con, f"{STAGING_SCHEMA}.{table}", frame)
        with _transaction(con):
            for table in staged:
                con.execute(
                    f"create table if not exists {RAW_SCHEMA}.{table} as "
                    f"select * from {STAGING_SCHEMA}.{table} limit 0"
                )
                con.execute(
                    f"delete from {RAW_SCHEMA}.{table} where partition_date between ? and ?",
                    [start, end],
                )
                con.execute(
                    f"insert into {RAW_SCHEMA}.{table} by name select * from {STAGING_SCHEMA}.{table}"
                )
    finally:
        for table in staged:
            con.execute(f"drop table if exists {STAGING_SCHEMA}.{table}")


@contextmanager
def _transaction(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """Commit the statements of the block together, or none of them."""
    con.execute("begin transaction")
    try:
        yield
    except Exception:
        con.execute("rollback")
        raise
    con.execute("commit")


def _create_like(con: duckdb.DuckDBPyConnection, table: str, frame: pl.DataFrame) -> None:
    """(Re)create `table`, empty, with the columns of `frame`."""
    _execute_on_frame(
        con, frame, f"create or replace table {table} as select * from {FRAME} limit 0"
    )


def _append(con: duckdb.DuckDBPyConnection, table: str, frame: pl.DataFrame) -> None:
    """Insert the rows of `frame` into `table`, by column name."""
    _execute_on_frame(con, frame, f"insert into {table} by name select * from {FRAME}")


def replace_table(con: duckdb.DuckDBPyConnection, table: str, frame: pl.DataFrame) -> None:
    """Replace the whole `raw.<table>` with `frame` (for small reference tables)."""
    con.execute(f"create schema if not exists {RAW_SCHEMA}")
    _execute_on_frame(
        con, frame, f"create or replace table {RAW_SCHEMA}.{table} as select * from {FRAME}"
    )


def _execute_on_frame(con: duckdb.DuckDBPyConnection, frame: pl.DataFrame, statement: str) -> None:
    """Run `statement`, which reads `frame` as the view `FRAME`."""
    con.register(FRAME, frame.to_arrow())
    try:
        con.execute(statement)
    finally:
        con.unregister(FRAME)


def read_window_batches(
    con: duckdb.DuckDBPyConnection, query: str, window: tuple[date, date], rows: int
) -> Iterator[pl.DataFrame]:
    """Run `query` (parameters `$1` and `$2`: the window's start and end) into polars frames of
    at most `rows` rows, so that a long window is never held whole; at least one (maybe empty).
    """
    batches = con.execute(query, list(window)).fetch_record_batch(rows)
    empty = True
    for batch in batches:
        empty = False
        yield pl.from_arrow(batch)
    if empty:
        yield pl.from_arrow(batches.schema.empty_table())
