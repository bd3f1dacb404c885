"""A failing ERROR check stops the marts: bad extraction output is fed in by a stand-in asset."""

from collections.abc import Sequence
from datetime import date
from pathlib import Path

import dagster as dg
import duckdb
import polars as pl
from dagster_duckdb import DuckDBResource

from extract import schemas
from ingest.landing import ensure_landing_tables
from orchestration.assets.dbt import warehouse_models
from orchestration.assets.extract import EXTRACTION_TABLES
from orchestration.checks import asset_checks
from orchestration.partitions import daily_partitions, partition_range_tags, single_run_backfill
from orchestration.resources import dbt, warehouse_resource
from orchestration.warehouse import replace_window
from orchestration.windows import partition_window

DAY = date(2025, 3, 5)
TEXT = 'The minister said: "Troops will stay." Nothing more.'
EMPTY_TABLES = {
    "article_languages": schemas.ARTICLE_LANGUAGES,
    "sentences": schemas.SENTENCES,
    "date_mentions": schemas.DATE_MENTIONS,
    "actor_mentions": schemas.ACTOR_MENTIONS,
    "meeting_mentions": schemas.MEETING_MENTIONS,
    "deployment_mentions": schemas.DEPLOYMENT_MENTIONS,
}


def _statement_without_speaker() -> pl.DataFrame:
    quote = "Troops will stay."
    start = TEXT.index(quote)
    return pl.DataFrame(
        [{
            "article_id": "a1", "statement_index": 0, "sentence_index": 0, "char_start": start,
            "char_end": start + len(quote), "text": quote, "speaker_names": [],
            "speaker_ids": [], "speaker_role": None, "statement_kind": "direct_quote",
            "statement_date": None, "date_precision": "unknown", "date_text": None,
        }],
        schema=schemas.STATEMENTS,
    )


@dg.multi_asset(
    specs=[dg.AssetSpec(name, group_name="extract") for name in EXTRACTION_TABLES],
    partitions_def=daily_partitions,
    backfill_policy=single_run_backfill,
    name="extraction",
)
def bad_extraction(context: dg.AssetExecutionContext, warehouse: DuckDBResource):
    """Stands in for the extraction and writes a statement that has no speaker."""
    frames = {name: schemas.empty(schema) for name, schema in EMPTY_TABLES.items()}
    frames["statements"] = _statement_without_speaker()
    with_partition = {
        name: frame.with_columns(partition_date=pl.lit(DAY)) for name, frame in frames.items()
    }
    with warehouse.get_connection() as con:
        replace_window(con, with_partition, partition_window(context))
    for name in EXTRACTION_TABLES:
        yield dg.MaterializeResult(asset_key=name)


def build_with_bad_extraction(
    warehouse_path: Path, downstream: Sequence[dg.AssetsDefinition] = ()
) -> tuple[dict[str, bool], set[str]]:
    """Land one article, build DAY with the bad extraction, the dbt models, the checks and
    `downstream`; return the check verdicts and the assets materialised."""
    with duckdb.connect(str(warehouse_path)) as con:
        ensure_landing_tables(con)
        con.execute(
            "insert into raw.articles (article_id, text, published_date, "
            "published_date_source, partition_date) values ('a1', ?, ?, 'header', ?)",
            [TEXT, DAY, DAY],
        )
    result = dg.materialize(
        [bad_extraction, warehouse_models, *downstream, *asset_checks],
        resources={"warehouse": warehouse_resource(str(warehouse_path)), "dbt": dbt},
        tags=partition_range_tags(DAY.isoformat(), DAY.isoformat()),
        raise_on_error=False,
    )
    verdicts = {e.check_name: e.passed for e in result.get_asset_check_evaluations()}
    built = {
        event.asset_key.to_user_string() for event in result.get_asset_materialization_events()
    }
    return verdicts, built


def test_failing_statement_check_blocks_the_marts(warehouse_path):
    verdicts, built = build_with_bad_extraction(warehouse_path)
    assert verdicts["statement_attribution"] is False
    assert "statements" in built
    assert not built & {"fct_statements", "fct_meetings", "dim_articles"}
    with duckdb.connect(str(warehouse_path), read_only=True) as con:
        marts = con.execute(
            "select table_name from information_schema.tables where table_schema = 'main'"
        ).fetchall()
    assert ("fct_statements",) not in marts
