"""Daily partitions by publication date."""

import os

import dagster as dg

# Articles are partitioned by publication date; the first day is configurable.
PARTITION_START = os.environ.get("NEWSEVENTS_PARTITION_START", "2000-01-01")

daily_partitions = dg.DailyPartitionsDefinition(start_date=PARTITION_START)

# A range of partitions runs as one run (one dbt invocation), not one run per day.
single_run_backfill = dg.BackfillPolicy.single_run()
