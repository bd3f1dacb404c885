"""The window of publication days a run covers, as inclusive dates."""

from datetime import date, timedelta

import dagster as dg

# Without partitions, a step covers every date.
ALL_DATES = (date(1900, 1, 1), date(2999, 12, 31))

# Every asset and check that writes or reads the warehouse file runs in this pool; the instance
# allows one step of it at a time (dagster.yaml), because DuckDB admits one writing process.
WAREHOUSE_POOL = "duckdb_warehouse"


def partition_window(
    context: dg.AssetExecutionContext | dg.AssetCheckExecutionContext,
) -> tuple[date, date]:
    """First and last day (inclusive) of the publication days that this step covers."""
    if context.has_partition_key or context.has_partition_key_range:
        window = context.partition_time_window
        return window.start.date(), (window.end - timedelta(days=1)).date()
    return ALL_DATES
