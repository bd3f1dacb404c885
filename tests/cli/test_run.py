"""`newsevents run` on the bundled samples: every contract table, a summary, idempotent reruns."""

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from tests.conftest import REPO_ROOT, SAMPLE_DIR, project_dagster_home

CONTRACT_COLUMNS = {
    "dim_articles": {
        "article_id", "url", "title", "language", "published_date", "published_date_source",
        "outlet", "text",
    },
    "dim_actors": {"actor_id", "canonical_name", "actor_type"},
    "fct_meetings": {
        "meeting_id", "meeting_date", "date_precision", "location_name", "participant_names",
        "source_article_count",
    },
    "fct_deployments": {
        "deployment_id", "actor_name", "destination_name", "troop_count", "count_qualifier",
        "deployment_date", "date_precision", "status", "source_article_count",
    },
    "fct_statements": {
        "statement_id", "article_id", "speaker_names", "text", "statement_kind",
        "statement_date", "date_precision", "char_start", "char_end",
    },
    "fct_event_mentions": {"event_type", "event_id", "article_id", "char_start", "char_end"},
    "quarantined_inputs": {"source_uri", "reason"},
}
NEWSEVENTS = Path(sys.executable).parent / "newsevents"


def _run(warehouse: Path, *inputs: Path) -> subprocess.CompletedProcess:
    """`newsevents run` on a persistent Dagster instance of its own beside the warehouse (with
    the project's pool settings), never the developer's `dagster_home`."""
    return subprocess.run(
        [str(NEWSEVENTS), "run", "--input", *map(str, inputs), "--warehouse", str(warehouse)],
        cwd=REPO_ROOT,
        env={**os.environ, "DAGSTER_HOME": str(project_dagster_home(warehouse.parent))},
        capture_output=True,
        text=True,
        timeout=600,
    )


def _table_digests(warehouse: Path) -> dict[str, tuple[int, str]]:
    """Row count and a digest of the sorted rows of every contract table."""
    digests = {}
    with duckdb.connect(str(warehouse), read_only=True) as con:
        for table in CONTRACT_COLUMNS:
            columns = [
                name for (name,) in con.execute(
                    "select column_name from information_schema.columns "
                    "where table_name = ? and column_name not in ('ingested_at')",
                    [table],
                ).fetchall()
            ]
            rows = sorted(map(repr, con.execute(f"select {', '.join(columns)} from {table}").fetchall()))
            digests[table] = (len(rows), hashlib.sha256("\n".join(rows).encode()).hexdigest())
    return digests


@pytest.fixture(scope="module")
def sample_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, subprocess.CompletedProcess]:
    warehouse = tmp_path_factory.mktemp("cli") / "warehouse.duckdb"
    return warehouse, _run(warehouse, SAMPLE_DIR)


def test_run_builds_every_contract_table_and_prints_a_summary(sample_run):
    warehouse, result = sample_run
    assert result.returncode == 0, result.stdout + result.stderr
    for label in ("articles:", "meetings:", "deployments:", "statements:", "checks:"):
        assert label in result.stdout
    assert "0 failed" in result.stdout
    with duckdb.connect(str(warehouse), read_only=True) as con:
        for table, columns in CONTRACT_COLUMNS.items():
            present = {
                name for (name,) in con.execute(
                    "select column_name from information_schema.columns where table_name = ?",
                    [table],
                ).fetchall()
            }
            assert columns <= present, f"{table} lacks {columns - present}"
        articles = con.execute("select count(*), count(distinct language) from dim_articles").fetchone()
        facts = [
            con.execute(f"select count(*) from {table}").fetchone()[0]
            for table in ("fct_meetings", "fct_deployments", "fct_statements")
        ]
        kinds = con.execute("select list(distinct statement_kind order by statement_kind) from fct_statements").fetchone()[0]
    sample_records = len(list(SAMPLE_DIR.glob("*.txt"))) + sum(
        1 for line in (SAMPLE_DIR / "wire.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()
    )
    assert articles == (sample_records, 5)
    text_files = len(list(SAMPLE_DIR.glob("*.txt")))
    assert f"by format: jsonl {sample_records - text_files}, text {text_files}" in result.stdout
    assert all(count > 0 for count in facts)
    assert kinds == ["direct_quote", "reported"]


def test_rerun_on_the_same_inputs_leaves_the_same_rows(sample_run):
    warehouse, first = sample_run
    assert first.returncode == 0
    before = _table_digests(warehouse)
    again = _run(warehouse, SAMPLE_DIR)
    assert again.returncode == 0, again.stdout + again.stderr
    assert _table_digests(warehouse) == before


def test_a_missing_input_is_a_clear_error(tmp_path):
    result = _run(tmp_path / "warehouse.duckdb", tmp_path / "no-such-folder")
    assert result.returncode != 0
    assert "no-such-folder" in result.stderr
