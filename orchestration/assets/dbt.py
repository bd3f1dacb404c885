"""Warehouse layer: the dbt models, built for the partition window of the run."""

import json
from collections.abc import Iterator, Mapping
from typing import Any

import dagster as dg
from dagster_dbt import DagsterDbtTranslator, DbtCliResource, dbt_assets
from pydantic import Field

from orchestration.partitions import daily_partitions, single_run_backfill
from orchestration.project import build_target_path, dbt_project
from orchestration.windows import ALL_DATES, WAREHOUSE_POOL, partition_window


class WarehouseTranslator(DagsterDbtTranslator):
    """dbt models in the `warehouse` group; sources map to the Python assets that write them."""

    def get_group_name(self, dbt_resource_props: Mapping[str, Any]) -> str | None:
        return "warehouse"


class WarehouseBuildConfig(dg.Config):
    full_refresh: bool = Field(
        default=False,
        description="Rebuild the incremental models from every extracted partition.",
    )


@dbt_assets(
    manifest=dbt_project.manifest_path,
    project=dbt_project,
    dagster_dbt_translator=WarehouseTranslator(),
    partitions_def=daily_partitions,
    backfill_policy=single_run_backfill,
    pool=WAREHOUSE_POOL,
)
def warehouse_models(
    context: dg.AssetExecutionContext, dbt: DbtCliResource, config: WarehouseBuildConfig
) -> Iterator:
    """Staging views, intermediate events and the fact and dimension marts."""
    first_day, last_day = ALL_DATES if config.full_refresh else partition_window(context)
    window = {"min_date": first_day.isoformat(), "max_date": last_day.isoformat()}
    args = ["build", "--vars", json.dumps(window)]
    if config.full_refresh:
        args.append("--full-refresh")
    yield from dbt.cli(args, context=context, target_path=build_target_path()).stream()
