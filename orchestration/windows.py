"""The window of publication days a run covers, as inclusive dates."""

from datetime import date, timedelta

import dagster as dg

# Without partitions or a window tag, a step covers every date.
ALL_DATES = (date(1900, 1, 1), date(2999, 12, 31))

# An unpartitioned run over a window of days, for spans too long for partition ranges: Dagster
# records one event per partition and asset, which costs tens of seconds over years of days.
WINDOW_TAG = "newsevents/window"

# Every asset and check that writes or reads the warehouse file runs in this pool; the instance
# allows one step of it at a time (dagster.yaml), because DuckDB admits one writing process.
WAREHOUSE_POOL = "duckdb_warehouse"


def window_tags(first_day: date, last_day: date) -> dict[str, str]:
    """Run tags for an unpartitioned run over `first_day`..`last_day`."""
    return {WINDOW_TAG: f"{first_day.isoformat()}..{last_day.isoformat()}"}


def partition_window(
    context: dg.AssetExecutionContext | dg.AssetCheckExecutionContext,
) -> tuple[date, date]:
    """First and last day (inclusive) of the publication days that this step covers."""
    if context.has_partition_key_range:
        window = context.partition_time_window
        return window.start.date(), (window.end - timedelta(days=1)).date()
    tagged = context.run.tags.get(WINDOW_TAG)
    if tagged:
        first, last = tagged.split("..")
        return date.fromisoformat(first), date.fromisoformat(last)
    return ALL_DATES
