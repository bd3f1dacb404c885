"""Daily partitions by publication date."""

import os

import dagster as dg

# Articles are partitioned by publication date; the first day is configurable.
PARTITION_START = os.environ.get("NEWSEVENTS_PARTITION_START", "2000-01-01")

daily_partitions = dg.DailyPartitionsDefinition(start_date=PARTITION_START)

# A range of partitions runs as one run (one dbt invocation), not one run per day.
single_run_backfill = dg.BackfillPolicy.single_run()


def partition_range_tags(first_day: str, last_day: str) -> dict[str, str]:
    """Run tags that make one run cover a range of daily partitions (inclusive)."""
    return {
        "dagster/asset_partition_range_start": first_day,
        "dagster/asset_partition_range_end": last_day,
    }
