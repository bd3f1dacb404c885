"""The sample warehouse, built once per session by `newsevents run`, and its published copy."""

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pytest

from newsevents.publish import published_path
from newsevents.search import load_fts
from tests.conftest import SampleRun

REPO_ROOT = Path(__file__).resolve().parents[2]
QUERIES_DIR = REPO_ROOT / "queries"


@dataclass(frozen=True)
class SampleWarehouse:
    """The warehouse that `newsevents run --input data/sample` builds, and its snapshot."""

    path: Path
    published: Path


@pytest.fixture(scope="session")
def sample_warehouse(sample_run: SampleRun) -> SampleWarehouse:
    """The warehouse of the session's `newsevents run` on the bundled samples (read only)."""
    assert sample_run.returncode == 0, sample_run.stdout + sample_run.stderr
    return SampleWarehouse(sample_run.warehouse, published_path(sample_run.warehouse))


@pytest.fixture
def published(sample_warehouse: SampleWarehouse) -> Iterator[duckdb.DuckDBPyConnection]:
    """A read-only connection to the published snapshot, with fts loaded, as analysts open it."""
    con = duckdb.connect(str(sample_warehouse.published), read_only=True)
    load_fts(con)
    try:
        yield con
    finally:
        con.close()


def rows(con: duckdb.DuckDBPyConnection, sql: str, params: dict | None = None) -> list[dict]:
    """The result of `sql` as a list of dicts, column name -> value."""
    result = con.execute(sql, params or {})
    names = [column[0] for column in result.description]
    return [dict(zip(names, row)) for row in result.fetchall()]
