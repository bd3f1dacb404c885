"""Ingest layer: input files into the landing tables."""

import os
from collections.abc import Iterator
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


LANDING_TABLES = {
    "raw_articles": "Articles read from input files, one row per article, with its text.",
    "raw_article_sources": "Every input record that yielded an article: file, locator, format.",
    "raw_quarantined_inputs": "Input records that could not become an article, and why.",
}


@dg.multi_asset(
    specs=[
        dg.AssetSpec(
            key,
            description=description,
            group_name="ingest",
            kinds={"python", "duckdb"},
            owners=["team:data-engineering"],
        )
        for key, description in LANDING_TABLES.items()
    ],
    pool=WAREHOUSE_POOL,
)
def raw_articles(
    context: dg.AssetExecutionContext, config: RawArticlesConfig, warehouse: DuckDBResource
) -> Iterator[dg.MaterializeResult]:
    """Land the input files: articles with all their sources; bad inputs quarantined."""
    with warehouse.get_connection() as con:
        report = land_inputs(
            [Path(path) for path in config.paths],
            con,
            ingested_at=datetime.now(UTC).replace(tzinfo=None),
            max_bytes=config.max_bytes,
        )
        source_rows = con.sql("select count(*) from raw.article_sources").fetchone()[0]
        quarantined_rows = con.sql("select count(*) from raw.quarantined_inputs").fetchone()[0]
    context.log.info(
        f"{report.article_records} article records, {report.quarantined} quarantined; "
        f"partitions {report.partition_dates[:1]}..{report.partition_dates[-1:]}"
    )
    yield dg.MaterializeResult(asset_key="raw_articles", metadata=report.metadata())
    yield dg.MaterializeResult(
        asset_key="raw_article_sources",
        metadata={
            "dagster/row_count": source_rows,
            "records_by_format": report.article_records_by_format,
        },
    )
    yield dg.MaterializeResult(
        asset_key="raw_quarantined_inputs",
        metadata={
            "dagster/row_count": quarantined_rows,
            "quarantined_this_run": report.quarantined,
            "quarantined_by_reason": report.quarantined_by_reason,
        },
    )
