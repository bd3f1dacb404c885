"""Warehouse layer: the dbt models, built for the partition window of the run."""

import os
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from datetime import date
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
    # dbt's unit tests check the SQL on fixed rows, not the data: the tests run them, runs do not
    args = ["build", "--exclude-resource-type", "unit_test"]
    if config.full_refresh:
        args.append("--full-refresh")
    with window_environment(first_day, last_day):  # dbt's environment is copied as it starts
        invocation = dbt.cli(args, context=context, target_path=build_target_path())
    yield from invocation.stream()


@contextmanager
def window_environment(first_day: date, last_day: date) -> Iterator[None]:
    """The window in the environment variables that the models read as they run.

    Not `--vars`: dbt parses the whole project again whenever its vars change, that is for every
    partition; the models read these variables only at run time (macros/partition_window.sql),
    so dbt's saved parse stays valid.
    """
    window = {
        "NEWSEVENTS_WINDOW_START": first_day.isoformat(),
        "NEWSEVENTS_WINDOW_END": last_day.isoformat(),
    }
    previous = {name: os.environ.get(name) for name in window}
    os.environ.update(window)
    try:
        yield
    finally:
        for name, value in previous.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
