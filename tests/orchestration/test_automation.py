"""Schedules and sensors, evaluated for real against their definitions."""

import os
from datetime import datetime, timezone

import dagster as dg

from orchestration.definitions import defs
from orchestration.schedules import TRAILING_DAYS, trailing_days_schedule
from orchestration.sensors import (
    InboxCursor,
    inbox_sensor,
    landed_partitions_sensor,
    new_inbox_files,
    publish_after_daily_runs,
)


def _touch(path, mtime_ns):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("date 2025-03-05 (Wire)\nText.", encoding="utf-8")
    os.utime(path, ns=(mtime_ns, mtime_ns))


def test_new_inbox_files_sees_each_file_once(tmp_path):
    _touch(tmp_path / "a.txt", 1_000)
    _touch(tmp_path / "sub" / "b.txt", 2_000)
    first, cursor = new_inbox_files(tmp_path, InboxCursor())
    assert [path.name for path in first] == ["a.txt", "b.txt"]
    assert new_inbox_files(tmp_path, cursor) == ([], cursor)

    _touch(tmp_path / "c.txt", 2_000)  # same mtime as the newest seen file: still new
    _touch(tmp_path / "d.txt", 3_000)
    second, cursor = new_inbox_files(tmp_path, InboxCursor.parse(cursor.serialize()))
    assert [path.name for path in second] == ["c.txt", "d.txt"]
    assert new_inbox_files(tmp_path, cursor)[0] == []


def test_inbox_sensor_requests_an_ingest_run_with_a_cursor(tmp_path, monkeypatch):
    monkeypatch.setattr("orchestration.sensors.INBOX", tmp_path)
    _touch(tmp_path / "a.txt", 1_000)
    with dg.build_sensor_context(definitions=defs) as context:
        result = inbox_sensor(context)
    assert isinstance(result, dg.SensorResult)
    (request,) = result.run_requests
    assert request.run_config["ops"]["raw_articles"]["config"]["paths"] == [
        str(tmp_path / "a.txt")
    ]
    with dg.build_sensor_context(cursor=result.cursor, definitions=defs) as context:
        assert isinstance(inbox_sensor(context), dg.SkipReason)


def test_trailing_days_schedule_requests_one_range_run():
    scheduled = datetime(2025, 3, 10, 2, 30, tzinfo=timezone.utc)
    with dg.build_schedule_context(scheduled_execution_time=scheduled) as context:
        request = trailing_days_schedule(context)
    assert request.tags["dagster/asset_partition_range_end"] == "2025-03-09"
    assert request.tags["dagster/asset_partition_range_start"] == (
        f"2025-03-{9 - TRAILING_DAYS + 1:02d}"
    )


def test_daily_schedule_targets_yesterdays_partition():
    schedule = defs.resolve_schedule_def("daily_partition_schedule")
    scheduled = datetime(2025, 3, 10, 0, 30, tzinfo=timezone.utc)
    with dg.build_schedule_context(scheduled_execution_time=scheduled) as context:
        requests = list(schedule.evaluate_tick(context).run_requests)
    assert [request.partition_key for request in requests] == ["2025-03-09"]


@dg.op
def _builds_nothing() -> None:
    """Stands in for the daily job's steps: the sensor only reads the runs' statuses."""


@dg.job(name="daily_job")
def _stand_in_daily_job() -> None:
    _builds_nothing()


def _succeeded_daily_run(instance: dg.DagsterInstance) -> dg.RunStatusSensorContext:
    result = _stand_in_daily_job.execute_in_process(instance=instance)
    return dg.build_run_status_sensor_context(
        sensor_name="publish_after_daily_runs",
        dagster_instance=instance,
        dagster_run=result.dagster_run,
        dagster_event=result.get_run_success_event(),
    )


def test_publish_waits_for_the_last_daily_run_of_a_batch():
    with dg.instance_for_test() as instance:
        context = _succeeded_daily_run(instance)
        waiting = instance.create_run_for_job(
            _stand_in_daily_job, status=dg.DagsterRunStatus.NOT_STARTED
        )
        skipped = publish_after_daily_runs(context)
        assert isinstance(skipped, dg.SkipReason) and waiting.run_id in skipped.skip_message

        instance.report_run_canceled(waiting)
        request = publish_after_daily_runs(_succeeded_daily_run(instance))
        assert isinstance(request, dg.RunRequest)
        assert request.run_key.startswith("publish-after-")


# 30 days, then 89 days between landed days: MAX_RANGE_GAP_DAYS (45) lies between
LANDED_DAYS = ["2025-01-01", "2025-01-02", "2025-02-01", "2025-05-01"]


@dg.asset(name="raw_articles")
def _stand_in_raw_articles() -> dg.MaterializeResult:
    """Stands in for the ingest: the sensor reads only the days it reports."""
    return dg.MaterializeResult(metadata={"partition_dates": LANDED_DAYS})


def _landed_ranges(instance: dg.DagsterInstance) -> list[tuple[str, str]]:
    assert dg.materialize([_stand_in_raw_articles], instance=instance).success
    context = dg.build_sensor_context(instance=instance, definitions=defs)
    requests = landed_partitions_sensor.evaluate_tick(context).run_requests
    return [
        (request.tags["dagster/asset_partition_range_start"],
         request.tags["dagster/asset_partition_range_end"])
        for request in requests
    ]


def test_landed_days_become_range_runs_split_where_far_apart():
    with dg.instance_for_test() as instance:
        assert _landed_ranges(instance) == [
            ("2025-01-01", "2025-02-01"), ("2025-05-01", "2025-05-01"),
        ]
