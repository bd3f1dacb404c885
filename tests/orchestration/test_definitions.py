"""The Definitions load, and show every layer with descriptions, groups and checks."""

import os

import dagster as dg
import duckdb

from orchestration.definitions import defs
from orchestration.resources import warehouse_resource

CONTRACT_MARTS = {
    "dim_articles", "dim_actors", "fct_meetings", "fct_deployments", "fct_statements",
    "fct_event_mentions", "quarantined_inputs",
}
EXTRACTION_ASSETS = {
    "article_languages", "sentences", "date_mentions", "actor_mentions", "meeting_mentions",
    "deployment_mentions", "statements",
}


def _asset_graph():
    return defs.resolve_asset_graph()


def test_every_layer_is_an_asset_with_a_group_and_description():
    graph = _asset_graph()
    keys = {key.to_user_string() for key in graph.get_all_asset_keys()}
    assert {"raw_articles", "actors"} | EXTRACTION_ASSETS | CONTRACT_MARTS <= keys
    groups = {
        key.to_user_string(): graph.get(key).group_name for key in graph.materializable_asset_keys
    }
    assert groups["raw_articles"] == "ingest"
    assert all(groups[name] == "extract" for name in EXTRACTION_ASSETS)
    assert all(groups[name] == "warehouse" for name in CONTRACT_MARTS)
    for key in graph.materializable_asset_keys:
        assert graph.get(key).description, f"{key.to_user_string()} has no description"


def test_dbt_sources_map_to_the_python_assets_that_write_them():
    graph = _asset_graph()
    staging_parents = {
        parent.to_user_string()
        for key in graph.materializable_asset_keys
        if key.to_user_string().startswith("stg_")
        for parent in graph.get(key).parent_keys
    }
    assert {"raw_articles", "statements", "meeting_mentions", "actors"} <= staging_parents


def test_great_expectations_checks_block_the_marts():
    graph = _asset_graph()
    checks = {
        key.name: graph.get_check_spec(key)
        for key in graph.asset_check_keys
        if key.name.startswith(("statement_", "meeting_", "deployment_", "date_", "event_"))
    }
    assert {
        "statement_attribution", "statement_dates", "meeting_dates", "deployment_dates",
        "date_mentions", "event_mention_integrity",
    } <= set(checks)
    assert all(spec.blocking for spec in checks.values())


def test_partitioned_assets_backfill_in_one_run():
    graph = _asset_graph()
    for name in EXTRACTION_ASSETS | CONTRACT_MARTS:
        node = graph.get(dg.AssetKey(name))
        assert node.partitions_def is not None, name
        assert node.backfill_policy == dg.BackfillPolicy.single_run(), name


def _job_assets(name: str) -> set[str]:
    return {key.to_user_string() for key in defs.resolve_job_def(name).asset_layer.selected_asset_keys}


def test_jobs_are_defined():
    assert defs.resolve_job_def("ingest_job")
    assert defs.resolve_job_def("daily_job").partitions_def is not None


def test_publishing_runs_after_the_partitions_not_in_them():
    publishing = {"search_index", "published_warehouse"}
    assert _job_assets("publish_job") == publishing
    assert defs.resolve_job_def("publish_job").partitions_def is None
    daily = _job_assets("daily_job")
    assert CONTRACT_MARTS | EXTRACTION_ASSETS <= daily and not daily & publishing
    assert defs.resolve_sensor_def("publish_after_daily_runs")


def test_the_warehouse_resource_bounds_duckdb_memory(warehouse_path):
    with warehouse_resource(str(warehouse_path)).get_connection() as con:
        limit = con.execute("select current_setting('memory_limit')").fetchone()[0]
    expected = duckdb.connect(config={"memory_limit": os.environ["NEWSEVENTS_DUCKDB_MEMORY_LIMIT"]})
    assert limit == expected.execute("select current_setting('memory_limit')").fetchone()[0]
    assert limit != duckdb.connect().execute("select current_setting('memory_limit')").fetchone()[0]
