"""A backfill of several partitions with the multiprocess executor, as the UI launches it.

Materialising assets ad hoc (the UI's `Materialize`, `dagster asset materialize`) runs the
implicit asset job of the code location with the default executor: every step in its own
process. The pool `duckdb_warehouse` (limit 1 in dagster_home/dagster.yaml) must keep the
writers of the one DuckDB file apart; it applies on a persistent instance (DAGSTER_HOME).
"""

import dagster as dg
import duckdb
import pytest
from dagster._core.definitions.reconstruct import ReconstructableJob, ReconstructableRepository

from orchestration.definitions import defs
from orchestration.jobs import DAILY_ASSETS, INGEST_ASSETS
from orchestration.partitions import partition_range_tags
from tests.conftest import REPO_ROOT
from tests.orchestration.backfill_articles import ARTICLES, expected_counts, write_articles

pytestmark = pytest.mark.slow  # scheduled first (tests/conftest.py)

FIRST_DAY, LAST_DAY = "2025-04-07", "2025-04-09"
# Each step in its own process, as in the UI; the processes fork from a server that has imported
# the definitions once (the UI spawns fresh interpreters: the same processes, slower to start).
MULTIPROCESS = {
    "execution": {
        "config": {
            "multiprocess": {
                "max_concurrent": 4,
                "start_method": {"forkserver": {"preload_modules": ["orchestration.definitions"]}},
            }
        }
    }
}
LOCK_ERROR = "Could not set lock"
POOL_BLOCKED = "blocked by limit for pool duckdb_warehouse"


def _keys(selection: dg.AssetSelection) -> list[dg.AssetKey]:
    return sorted(selection.resolve(defs.resolve_asset_graph()))


def _ui_asset_job(asset_keys: list[dg.AssetKey]) -> ReconstructableJob:
    """The implicit asset job for `asset_keys`, rebuilt in each step's process from the module."""
    job_name = defs.get_repository_def().get_implicit_job_def_for_assets(asset_keys).name
    repository = ReconstructableRepository.for_module(
        "orchestration.definitions", "defs", working_directory=str(REPO_ROOT)
    )
    return repository.get_reconstructable_job(job_name)


def _step_intervals(instance: dg.DagsterInstance, run_id: str) -> dict[str, tuple[float, float]]:
    """Start and end time of every step of a run, from its event log."""
    started, ended = {}, {}
    for record in instance.all_logs(run_id):
        event = record.dagster_event
        if event is None or event.step_key is None:
            continue
        if event.event_type == dg.DagsterEventType.STEP_START:
            started[event.step_key] = record.timestamp
        elif event.event_type in (
            dg.DagsterEventType.STEP_SUCCESS, dg.DagsterEventType.STEP_FAILURE
        ):
            ended[event.step_key] = record.timestamp
    return {step: (started[step], ended[step]) for step in started}


def _assert_one_at_a_time(intervals: dict[str, tuple[float, float]]) -> None:
    ordered = sorted(intervals.items(), key=lambda item: item[1])
    for (before, (_, end)), (after, (start, _)) in zip(ordered, ordered[1:]):
        assert end <= start, f"steps {before} and {after} ran at the same time"


def _messages(instance: dg.DagsterInstance, run_id: str) -> list[str]:
    return [record.message or "" for record in instance.all_logs(run_id)]


def _lock_errors(instance: dg.DagsterInstance, run_id: str) -> list[str]:
    """Messages and error payloads of a run's events that report DuckDB's file lock."""
    reports = [
        f"{record.message} {record.dagster_event and record.dagster_event.event_specific_data}"
        for record in instance.all_logs(run_id)
    ]
    return [report for report in reports if LOCK_ERROR in report]


def test_backfill_of_three_partitions_with_the_multiprocess_executor(
    tmp_path, warehouse_path, pooled_instance
):
    inputs = write_articles(tmp_path / "inputs")
    ingest_keys = _keys(INGEST_ASSETS)
    built_keys = _keys(DAILY_ASSETS)

    # raw_articles and actors have no upstream: without the pool their processes would both
    # open the warehouse for writing at once
    landing = dg.execute_job(
        _ui_asset_job(ingest_keys),
        instance=pooled_instance,
        asset_selection=ingest_keys,
        run_config={
            **MULTIPROCESS,
            "ops": {"raw_articles": {"config": {"paths": [str(inputs)]}}},
        },
    )
    assert landing.success
    landing_steps = _step_intervals(pooled_instance, landing.run_id)
    assert set(landing_steps) == {"raw_articles", "actors"}
    _assert_one_at_a_time(landing_steps)
    # both were ready at once: the second waited for the pool's one slot
    assert any(POOL_BLOCKED in message for message in _messages(pooled_instance, landing.run_id))

    backfill = dg.execute_job(
        _ui_asset_job(built_keys),
        instance=pooled_instance,
        asset_selection=built_keys,
        run_config=MULTIPROCESS,
        tags=partition_range_tags(FIRST_DAY, LAST_DAY),
    )
    assert backfill.success
    backfill_steps = _step_intervals(pooled_instance, backfill.run_id)
    assert {"extraction", "warehouse_models"} <= set(backfill_steps)
    _assert_one_at_a_time(backfill_steps)
    for run_id in (landing.run_id, backfill.run_id):
        assert _lock_errors(pooled_instance, run_id) == []

    with duckdb.connect(str(warehouse_path), read_only=True) as con:
        articles = dict(
            con.execute(
                "select partition_date::varchar, count(*) from dim_articles group by all"
            ).fetchall()
        )
        statements = dict(
            con.execute(
                "select a.partition_date::varchar, count(*) from fct_statements s "
                "join dim_articles a using (article_id) group by all"
            ).fetchall()
        )
        landed = con.execute("select count(*) from raw.articles").fetchone()[0]
    expected = expected_counts(FIRST_DAY, LAST_DAY)
    assert articles == {day: count for day, (count, _) in expected.items()}
    assert statements == {day: count for day, (_, count) in expected.items()}
    assert landed == len(ARTICLES)  # the fourth day is landed, not built
