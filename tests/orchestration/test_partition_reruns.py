"""Rerunning a partition replaces its rows: a second run of a day leaves identical tables."""

import hashlib
from pathlib import Path

import dagster as dg
import duckdb
import pytest

from orchestration.assets import extract as extract_assets
from orchestration.definitions import defs
from orchestration.partitions import partition_range_tags
from tests.orchestration.backfill_articles import expected_counts, write_articles

pytestmark = pytest.mark.slow  # scheduled first (tests/conftest.py)

DAY = "2025-04-08"  # two of the articles; the other days are landed but not built
MARTS = ("dim_articles", "fct_meetings", "fct_deployments", "fct_statements", "fct_event_mentions")


def _mart_digests(warehouse: Path, tables: tuple[str, ...] = MARTS) -> dict[str, tuple[int, str]]:
    """Row count and a digest of the sorted rows of each table (the marts by default)."""
    digests = {}
    with duckdb.connect(str(warehouse), read_only=True) as con:
        for table in tables:
            rows = sorted(map(repr, con.execute(f"select * from {table}").fetchall()))
            digests[table] = (len(rows), hashlib.sha256("\n".join(rows).encode()).hexdigest())
    return digests


@pytest.fixture
def landed(tmp_path: Path, warehouse_path: Path) -> dg.DagsterInstance:
    """The articles of four days landed in a fresh warehouse; the instance that ran the ingest."""
    instance = dg.DagsterInstance.ephemeral()
    inputs = write_articles(tmp_path / "inputs")
    result = defs.resolve_job_def("ingest_job").execute_in_process(
        run_config={"ops": {"raw_articles": {"config": {"paths": [str(inputs)]}}}},
        instance=instance,
    )
    assert result.success
    return instance


def test_a_rerun_of_one_partition_leaves_identical_marts(landed, warehouse_path):
    daily_job = defs.resolve_job_def("daily_job")
    digests = []
    for _ in range(2):
        result = daily_job.execute_in_process(
            instance=landed, tags=partition_range_tags(DAY, DAY), raise_on_error=False
        )
        assert result.success
        digests.append(_mart_digests(warehouse_path))

    assert digests[0] == digests[1]
    ((articles, statements),) = expected_counts(DAY, DAY).values()
    assert digests[0]["dim_articles"][0] == articles
    assert digests[0]["fct_statements"][0] == statements
    assert digests[0]["fct_meetings"][0] >= 1


def test_a_run_of_one_partition_key_builds_only_its_day(landed, warehouse_path):
    result = defs.resolve_job_def("daily_job").execute_in_process(
        instance=landed, partition_key=DAY, raise_on_error=False
    )
    assert result.success
    with duckdb.connect(str(warehouse_path), read_only=True) as con:
        days = con.execute(
            "select distinct partition_date::varchar from dim_articles order by 1"
        ).fetchall()
    assert days == [(DAY,)]


def test_a_range_extracted_one_article_at_a_time_has_the_rows_of_one_slice(
    landed, warehouse_path, monkeypatch
):
    extraction = [dg.AssetKey(name) for name in extract_assets.EXTRACTION_TABLES]
    raw_tables = tuple(f"raw.{name}" for name in extract_assets.EXTRACTION_TABLES)
    first, last = "2025-04-07", "2025-04-10"
    digests = []
    for slice_articles in (extract_assets.SLICE_ARTICLES, 1):
        monkeypatch.setattr(extract_assets, "SLICE_ARTICLES", slice_articles)
        result = defs.resolve_job_def("daily_job").execute_in_process(
            instance=landed, tags=partition_range_tags(first, last), asset_selection=extraction
        )
        assert result.success
        digests.append(_mart_digests(warehouse_path, raw_tables))

    assert digests[0] == digests[1]
    articles = sum(count for count, _ in expected_counts(first, last).values())
    assert digests[0]["raw.article_languages"][0] == articles
    assert digests[0]["raw.statements"][0] >= articles
