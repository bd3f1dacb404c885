"""End to end through the real Dagster webserver and its GraphQL client."""

from pathlib import Path

import duckdb
import pytest
from dagster import DagsterRunStatus

from tests.orchestration.dagster_server import run_job

pytestmark = pytest.mark.slow  # scheduled first (tests/conftest.py)

ARTICLE = (
    "date 2025-03-05 (Test Wire)\n"
    "Defence Minister Lena Hartmann met Foreign Minister Paulo Reyes in Lisbon on Tuesday. "
    '"We agreed to deepen our cooperation," Hartmann told reporters after the talks.\n'
)


@pytest.fixture
def server_inputs(tmp_path: Path) -> Path:
    """One article of our own, published on 2025-03-05."""
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    (inputs / "article.txt").write_text(ARTICLE, encoding="utf-8")
    return inputs


def test_materialise_a_partition_through_the_webserver(dagster_server):
    client, warehouse = dagster_server.client, dagster_server.warehouse
    assert run_job(client, "ingest_job") == DagsterRunStatus.SUCCESS
    assert (
        run_job(client, "daily_job", tags={"dagster/partition": "2025-03-05"})
        == DagsterRunStatus.SUCCESS
    )

    with duckdb.connect(str(warehouse), read_only=True) as con:
        articles = con.execute(
            "select published_date::varchar, partition_date::varchar from dim_articles"
        ).fetchall()
        statements = con.execute("select count(*) from fct_statements").fetchone()[0]
    assert articles == [("2025-03-05", "2025-03-05")]
    assert statements >= 1
