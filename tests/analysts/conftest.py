"""The sample warehouse, built once per session by the real pipeline, and its published copy."""

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pytest
from filelock import FileLock

from newsevents.publish import published_path
from newsevents.search import load_fts
from tests.conftest import SAMPLE_DIR

REPO_ROOT = Path(__file__).resolve().parents[2]
QUERIES_DIR = REPO_ROOT / "queries"


@dataclass(frozen=True)
class SampleWarehouse:
    """The warehouse that `newsevents run --input data/sample` builds, and its snapshot."""

    path: Path
    published: Path


def _build_sample(folder: Path) -> SampleWarehouse:
    from newsevents.runner import run_pipeline

    warehouse = folder / "warehouse.duckdb"
    # the environment restored after the build (a session fixture has no `monkeypatch`)
    with pytest.MonkeyPatch.context() as environment:
        environment.setenv("NEWSEVENTS_WAREHOUSE", str(warehouse))  # as run_pipeline sets it
        environment.delenv("DAGSTER_HOME", raising=False)  # an ephemeral Dagster instance
        environment.delenv("NEWSEVENTS_PUBLISHED_WAREHOUSE", raising=False)  # the default snapshot
        outcome = run_pipeline([SAMPLE_DIR], warehouse)
    assert outcome.success, (outcome.failed_steps, outcome.checks_failed)
    return SampleWarehouse(warehouse, published_path(warehouse))


@pytest.fixture(scope="session")
def sample_warehouse(tmp_path_factory: pytest.TempPathFactory, worker_id: str) -> SampleWarehouse:
    """The bundled samples built into a temporary warehouse, once per test session.

    Building takes about a minute; under pytest-xdist the workers share one build (the first
    builds it under a file lock, the others wait and reuse it). Tests only read it: a test that
    writes works on a copy.
    """
    if worker_id == "master":
        return _build_sample(tmp_path_factory.mktemp("sample"))
    shared = tmp_path_factory.getbasetemp().parent / "analysts-sample"
    shared.mkdir(exist_ok=True)
    built = shared / "built"
    with FileLock(str(shared / "build.lock")):
        if not built.exists():
            _build_sample(shared)
            built.touch()
    warehouse = shared / "warehouse.duckdb"
    return SampleWarehouse(warehouse, published_path(warehouse))


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
