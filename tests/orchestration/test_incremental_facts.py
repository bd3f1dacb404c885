"""The incremental marts: a later day's report joins the fact of an earlier day; reruns replace.

Mentions are written straight into the raw tables, so the test exercises the dbt models alone
(real dbt through the Dagster assets) on a temporary warehouse.
"""

import json
from datetime import date
from pathlib import Path

import dagster as dg
import duckdb
import polars as pl
import pytest

from extract import schemas
from ingest.landing import ensure_landing_tables
from orchestration.assets.dbt import warehouse_models
from orchestration.partitions import partition_range_tags
from orchestration.project import build_target_path
from orchestration.resources import dbt, warehouse_resource
from orchestration.warehouse import replace_table, replace_window

pytestmark = pytest.mark.slow  # scheduled first (tests/conftest.py)

MONDAY, TUESDAY = date(2025, 3, 3), date(2025, 3, 4)
PARTICIPANTS = ["Ana Costa", "Jan Berg"]
EXTRACTION_TABLES = {
    "article_languages": schemas.ARTICLE_LANGUAGES,
    "sentences": schemas.SENTENCES,
    "date_mentions": schemas.DATE_MENTIONS,
    "actor_mentions": schemas.ACTOR_MENTIONS,
    "meeting_mentions": schemas.MEETING_MENTIONS,
    "deployment_mentions": schemas.DEPLOYMENT_MENTIONS,
    "statements": schemas.STATEMENTS,
}


def _land_article(con: duckdb.DuckDBPyConnection, article_id: str, day: date, language: str) -> None:
    """An article of `day` whose extraction found one report of the same meeting on MONDAY."""
    con.execute(
        "insert into raw.articles (article_id, text, language, published_date, "
        "published_date_source, partition_date) values (?, 'Costa met Berg.', ?, ?, 'header', ?)",
        [article_id, language, day, day],
    )
    frames = {name: schemas.empty(schema) for name, schema in EXTRACTION_TABLES.items()}
    frames["meeting_mentions"] = pl.DataFrame(
        [{
            "article_id": article_id, "sentence_index": 0, "char_start": 0, "char_end": 15,
            "participant_names": PARTICIPANTS, "participant_ids": [], "location_name": "Oslo",
            "meeting_date": MONDAY, "date_end": None, "date_precision": "day",
            "date_text": "on Monday", "mode": "in_person", "status": "held",
        }],
        schema=schemas.MEETING_MENTIONS,
    )
    replace_window(
        con,
        {name: frame.with_columns(partition_date=pl.lit(day)) for name, frame in frames.items()},
        (day, day),
    )


def _build(warehouse_path, day: date) -> str:
    result = dg.materialize(
        [warehouse_models],
        resources={"warehouse": warehouse_resource(str(warehouse_path)), "dbt": dbt},
        tags=partition_range_tags(day.isoformat(), day.isoformat()),
    )
    assert result.success
    return result.run_id


def _facts(warehouse_path) -> tuple[list, list]:
    with duckdb.connect(str(warehouse_path), read_only=True) as con:
        meetings = con.execute(
            "select meeting_date, participant_names, source_article_count, languages, "
            "first_reported_date, last_reported_date from fct_meetings"
        ).fetchall()
        mentions = con.execute(
            "select event_type, article_id from fct_event_mentions order by article_id"
        ).fetchall()
    return meetings, mentions


def test_a_later_report_joins_the_fact_and_reruns_replace(warehouse_path):
    with duckdb.connect(str(warehouse_path)) as con:
        ensure_landing_tables(con)
        replace_table(con, "actors", schemas.empty(schemas.ACTORS))
        _land_article(con, "monday-en", MONDAY, "en")
    _build(warehouse_path, MONDAY)
    meetings, _ = _facts(warehouse_path)
    assert meetings == [(MONDAY, PARTICIPANTS, 1, ["en"], MONDAY, MONDAY)]

    with duckdb.connect(str(warehouse_path)) as con:
        _land_article(con, "tuesday-tr", TUESDAY, "tr")
    _build(warehouse_path, TUESDAY)
    merged = _facts(warehouse_path)
    assert merged[0] == [(MONDAY, PARTICIPANTS, 2, ["en", "tr"], MONDAY, TUESDAY)]
    assert merged[1] == [("meeting", "monday-en"), ("meeting", "tuesday-tr")]

    rerun_id = _build(warehouse_path, MONDAY)  # rerunning the earlier day keeps the later report
    assert _facts(warehouse_path) == merged

    # every build of this warehouse wrote dbt's files into its one target folder, beside it
    target = build_target_path()
    assert target.parent == warehouse_path.parent
    assert (target / "run_results.json").is_file()
    assert not list((Path(dbt.project_dir) / "target").glob(f"warehouse_models-{rerun_id[:7]}-*"))
    # and the builds of other windows reused dbt's saved parse of the project
    assert _parse_verdicts(target / "dbt.log")[1:] == ["PartialParsingSkipParsing"] * 2


PARSE_VERDICTS = {"PartialParsingSkipParsing", "PartialParsingEnabled", "UnableToPartialParse"}


def _parse_verdicts(log: Path) -> list[str]:
    """How each dbt invocation in `log` (dbt's JSON log) parsed the project, in order."""
    verdicts: list[str] = []
    for line in log.read_text(encoding="utf-8").splitlines():
        event = json.loads(line)["info"]["name"]
        if event == "MainReportVersion":  # the first line of an invocation
            verdicts.append("")
        elif event in PARSE_VERDICTS:
            verdicts[-1] = event
    return verdicts
