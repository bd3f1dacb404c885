"""Analysts' layer: the full-text search index over sentences and statements."""

import dagster as dg
from dagster_duckdb import DuckDBResource

from newsevents.search import build_search_index
from orchestration.windows import WAREHOUSE_POOL


@dg.asset(
    group_name="analysts",
    deps=[
        dg.AssetKey("sentences"),
        dg.AssetKey("dim_articles"),
        dg.AssetKey("fct_statements"),
    ],
    kinds={"duckdb"},
    owners=["team:data-engineering"],
    pool=WAREHOUSE_POOL,
)
def search_index(
    context: dg.AssetExecutionContext, warehouse: DuckDBResource
) -> dg.MaterializeResult:
    """Full-text indexes per language over sentences and statements, and the search macros."""
    with warehouse.get_connection() as con:
        build = build_search_index(con)
    context.log.info(f"search index: rebuilt {build.rebuilt or 'nothing'}, dropped {build.dropped}")
    return dg.MaterializeResult(
        metadata={
            "dagster/row_count": sum(build.documents.values()),
            "documents_per_index": build.documents,
            "rebuilt": ", ".join(build.rebuilt) or "none (unchanged)",
            "dropped": ", ".join(build.dropped) or "none",
        }
    )
