"""`newsevents run` on the bundled samples: every contract table, a summary, idempotent reruns."""

import hashlib
import shutil
from pathlib import Path

import duckdb
import pytest

from tests.conftest import SAMPLE_DIR, SampleRun, newsevents_run, project_dagster_home

pytestmark = pytest.mark.slow  # scheduled first (tests/conftest.py)

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


def test_run_builds_every_contract_table_and_prints_a_summary(sample_run: SampleRun):
    assert sample_run.returncode == 0, sample_run.stdout + sample_run.stderr
    for label in ("articles:", "meetings:", "deployments:", "statements:", "checks:"):
        assert label in sample_run.stdout
    assert "0 failed" in sample_run.stdout
    with duckdb.connect(str(sample_run.warehouse), read_only=True) as con:
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
    assert f"by format: jsonl {sample_records - text_files}, text {text_files}" in sample_run.stdout
    assert all(count > 0 for count in facts)
    assert kinds == ["direct_quote", "reported"]


def test_rerun_on_the_same_inputs_leaves_the_same_rows(sample_run: SampleRun, tmp_path: Path):
    """Again on the built warehouse (a copy), on an ephemeral instance: the first run used the
    project's persistent one, and the rows do not depend on what Dagster keeps."""
    assert sample_run.returncode == 0
    warehouse = tmp_path / "warehouse.duckdb"
    shutil.copy(sample_run.warehouse, warehouse)
    before = _table_digests(warehouse)
    again = newsevents_run(warehouse, SAMPLE_DIR, dagster_home=None)
    assert again.returncode == 0, again.stdout + again.stderr
    assert _table_digests(warehouse) == before


def test_a_missing_input_is_a_clear_error(tmp_path):
    result = newsevents_run(
        tmp_path / "warehouse.duckdb", tmp_path / "no-such-folder",
        dagster_home=project_dagster_home(tmp_path),
    )
    assert result.returncode != 0
    assert "no-such-folder" in result.stderr
