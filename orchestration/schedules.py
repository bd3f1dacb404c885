"""Schedules: the latest daily partition, and a nightly re-run of the trailing days."""

import os
from datetime import timedelta

import dagster as dg

from orchestration.jobs import daily_job
from orchestration.partitions import partition_range_tags

# Reports of a day keep arriving for days: every night the trailing days are rebuilt.
TRAILING_DAYS = int(os.environ.get("NEWSEVENTS_TRAILING_DAYS", "3"))

daily_partition_schedule = dg.build_schedule_from_partitioned_job(
    daily_job,
    name="daily_partition_schedule",
    description="Build yesterday's partition shortly after midnight UTC.",
    hour_of_day=0,
    minute_of_hour=30,
)


@dg.schedule(
    job=daily_job,
    cron_schedule="30 2 * * *",
    name="trailing_days_schedule",
    description=f"Rebuild the trailing {TRAILING_DAYS} days (NEWSEVENTS_TRAILING_DAYS) nightly.",
)
def trailing_days_schedule(context: dg.ScheduleEvaluationContext) -> dg.RunRequest:
    last_day = context.scheduled_execution_time.date() - timedelta(days=1)
    first_day = last_day - timedelta(days=TRAILING_DAYS - 1)
    return dg.RunRequest(
        run_key=f"trailing-{first_day}-{last_day}",
        tags=partition_range_tags(first_day.isoformat(), last_day.isoformat()),
    )
