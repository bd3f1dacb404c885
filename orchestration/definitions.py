"""The whole newsevents pipeline: every asset, check, job and resource, in one Definitions."""

import dagster as dg

from orchestration.assets.dbt import warehouse_models
from orchestration.assets.extract import actors, extraction
from orchestration.assets.ingest import raw_articles
from orchestration.assets.publish import published_warehouse
from orchestration.assets.search import search_index
from orchestration.checks import asset_checks
from orchestration.jobs import daily_job, ingest_job, publish_job
from orchestration.resources import resources
from orchestration.schedules import daily_partition_schedule, trailing_days_schedule
from orchestration.sensors import (
    inbox_sensor,
    landed_partitions_sensor,
    publish_after_daily_runs,
)

defs = dg.Definitions(
    assets=[
        raw_articles, actors, extraction, warehouse_models, search_index, published_warehouse,
    ],
    asset_checks=asset_checks,
    jobs=[ingest_job, daily_job, publish_job],
    schedules=[daily_partition_schedule, trailing_days_schedule],
    sensors=[inbox_sensor, landed_partitions_sensor, publish_after_daily_runs],
    resources=resources,
)
