"""Ingest layer: input files into the landing tables."""

import os
from datetime import UTC, datetime
from pathlib import Path

import dagster as dg
from dagster_duckdb import DuckDBResource
from pydantic import Field

from ingest.landing import land_inputs
from orchestration.project import REPO_ROOT
from orchestration.windows import WAREHOUSE_POOL

DEFAULT_INPUT = os.environ.get("NEWSEVENTS_INPUT", str(REPO_ROOT / "data" / "sample"))


class RawArticlesConfig(dg.Config):
    """Which files and folders to read."""

    paths: list[str] = Field(
        default=[DEFAULT_INPUT],
        description="Files and folders to ingest (folders recursively).",
    )
    max_bytes: int = Field(default=2_000_000, description="Records with more text are quarantined.")


@dg.asset(
    group_name="ingest",
    kinds={"python", "duckdb"},
    owners=["team:data-engineering"],
    pool=WAREHOUSE_POOL,
)
def raw_articles(
    context: dg.AssetExecutionContext, config: RawArticlesConfig, warehouse: DuckDBResource
) -> dg.MaterializeResult:
    """Articles read from input files, one row per article with all its sources; bad inputs quarantined."""
    with warehouse.get_connection() as con:
        report = land_inputs(
            [Path(path) for path in config.paths],
            con,
            ingested_at=datetime.now(UTC).replace(tzinfo=None),
            max_bytes=config.max_bytes,
        )
    context.log.info(
        f"{report.article_records} article records, {report.quarantined} quarantined; "
        f"partitions {report.partition_dates[:1]}..{report.partition_dates[-1:]}"
    )
    return dg.MaterializeResult(metadata=report.metadata())
