"""The project's Dagster instance writes its event log through pooled engines, and Dagster's
batches of events in one transaction per file (orchestration/event_log.py): what Dagster records
and reads back is as with its own storage."""

import os
import sqlite3
from pathlib import Path

import dagster as dg
import pytest

from orchestration.event_log import EVENT_BATCH_SIZE, MAX_OPEN_FILES, PooledSqliteEventLogStorage
from orchestration.partitions import partition_range_tags
from tests.conftest import project_dagster_home

daily = dg.DailyPartitionsDefinition(start_date="2025-01-01")


@dg.asset(partitions_def=daily)
def days_seen(context: dg.AssetExecutionContext) -> dg.MaterializeResult:
    return dg.MaterializeResult(metadata={"days": len(context.partition_keys)})


@dg.asset(partitions_def=daily, deps=[days_seen])
def fails_on_the_fifth(context: dg.AssetExecutionContext) -> None:
    if "2025-01-05" in context.partition_keys:
        raise RuntimeError("the fifth")


job = dg.Definitions(
    assets=[days_seen, fails_on_the_fifth],
    jobs=[dg.define_asset_job("both", partitions_def=daily)],
).resolve_job_def("both")


def _range_run(instance: dg.DagsterInstance, first: str, last: str) -> dg.ExecuteInProcessResult:
    return job.execute_in_process(
        instance=instance,
        tags=partition_range_tags(first, last),
        raise_on_error=False,
    )


def _open_event_files(folder: Path) -> set[str]:
    """The files of `folder` that this process holds open."""
    targets = {os.path.realpath(f"/proc/self/fd/{fd}") for fd in os.listdir("/proc/self/fd")}
    return {target for target in targets if target.startswith(str(folder))}


def test_range_runs_record_every_partition_and_a_failure(pooled_instance):
    assert isinstance(pooled_instance.event_log_storage, PooledSqliteEventLogStorage)
    assert _range_run(pooled_instance, "2025-01-01", "2025-01-03").success
    assert not _range_run(pooled_instance, "2025-01-04", "2025-01-06").success

    # another instance, as the webserver's process has, reads what this one wrote
    with dg.DagsterInstance.get() as reader:
        assert reader.get_materialized_partitions(days_seen.key) == {
            f"2025-01-0{day}" for day in range(1, 7)
        }
        assert reader.get_materialized_partitions(fails_on_the_fifth.key) == {
            "2025-01-01", "2025-01-02", "2025-01-03"
        }
        statuses = reader.get_status_by_partition(
            fails_on_the_fifth.key, [f"2025-01-0{day}" for day in range(1, 7)], daily
        )
    assert {key for key, status in statuses.items() if status.value == "FAILED"} == {
        "2025-01-04", "2025-01-05", "2025-01-06"
    }


def test_open_files_are_bounded_and_closed_with_the_instance(pooled_instance):
    folder = Path(os.environ["DAGSTER_HOME"]) / "history" / "runs"
    for day in range(1, MAX_OPEN_FILES + 3):
        assert _range_run(pooled_instance, f"2025-02-{day:02d}", f"2025-02-{day:02d}").success
        # each run's file, and the index
        databases = {path for path in _open_event_files(folder) if path.endswith(".db")}
        assert folder / "index.db" in {Path(path) for path in databases}
        assert len(databases) <= MAX_OPEN_FILES
    assert len(list(folder.glob("*.db"))) == MAX_OPEN_FILES + 3  # a file per run and the index

    pooled_instance.dispose()
    assert _open_event_files(folder) == set()
    # closing the last connection to a file moves its write-ahead log into it
    assert list(folder.glob("*.db-wal")) == []


def test_a_batch_of_events_is_stored_whole_or_not_at_all(
    pooled_instance, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    assert os.environ["DAGSTER_EVENT_BATCH_SIZE"] == EVENT_BATCH_SIZE  # Dagster sends batches
    assert _range_run(pooled_instance, "2025-03-01", "2025-03-03").success
    (run,) = pooled_instance.get_runs()
    events = pooled_instance.all_logs(run.run_id)
    materialised = [event for event in events if event.asset_materialization]
    assert len(materialised) == 6  # two assets, three days

    monkeypatch.setenv("DAGSTER_HOME", str(project_dagster_home(tmp_path / "other")))
    with dg.DagsterInstance.get() as other:
        storage = other.event_log_storage
        with pytest.raises(Exception):  # the third is no event: the first two go back too
            storage.store_event_batch([*materialised[:2], "not an event"])
        assert other.all_logs(run.run_id) == []
        assert other.get_materialized_partitions(days_seen.key) == set()

        storage.store_event_batch(events)
        assert len(other.all_logs(run.run_id)) == len(events)
        assert other.get_materialized_partitions(days_seen.key) == {
            "2025-03-01", "2025-03-02", "2025-03-03"
        }
        assert other.get_materialized_partitions(fails_on_the_fifth.key) == {
            "2025-03-01", "2025-03-02", "2025-03-03"
        }


def test_the_index_tables_are_looked_up_until_they_are_there(pooled_instance):
    storage = pooled_instance.event_log_storage
    assert storage.has_table("event_logs")
    assert not storage.has_table("table_of_a_later_migration")
    index = Path(os.environ["DAGSTER_HOME"]) / "history" / "runs" / "index.db"
    with sqlite3.connect(index) as migration:
        migration.execute("create table table_of_a_later_migration (id integer)")
    assert storage.has_table("table_of_a_later_migration")
