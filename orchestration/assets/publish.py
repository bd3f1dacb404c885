"""Analysts' layer: the read-only snapshot of the warehouse that analysts open."""

from pathlib import Path

import dagster as dg
from dagster_duckdb import DuckDBResource

from newsevents.publish import publish_warehouse, published_path
from orchestration.assets.search import search_index
from orchestration.windows import WAREHOUSE_POOL

MARTS = [
    "dim_articles", "dim_actors", "fct_meetings", "fct_deployments", "fct_statements",
    "fct_event_mentions", "quarantined_inputs",
]


@dg.asset(
    group_name="analysts",
    deps=[search_index, *(dg.AssetKey(name) for name in MARTS)],
    kinds={"duckdb"},
    owners=["team:data-engineering"],
    pool=WAREHOUSE_POOL,
)
def published_warehouse(
    context: dg.AssetExecutionContext, warehouse: DuckDBResource
) -> dg.MaterializeResult:
    """The warehouse copied into a read-only snapshot file, published by an atomic rename."""
    target = published_path(Path(warehouse.database))
    with warehouse.get_connection() as con:
        size = publish_warehouse(con, target)
    context.log.info(f"published {target} ({size} bytes)")
    return dg.MaterializeResult(
        metadata={"path": dg.MetadataValue.path(str(target)), "bytes": size}
    )
