"""Extraction layer: the polars extraction of one partition window, written to `raw.*`."""

from collections.abc import Iterator
from datetime import date
from time import perf_counter

import dagster as dg
import duckdb
import polars as pl
from dagster_duckdb import DuckDBResource

from extract.actors import actor_table, load_gazetteer
from extract.language import DETECTION_CHARS
from extract.pipeline import extract_all, languages_in_order
from ingest.landing import ensure_landing_tables
from orchestration.partitions import daily_partitions, single_run_backfill
from orchestration.warehouse import replace_table, replace_window_in_chunks
from orchestration.windows import WAREHOUSE_POOL, partition_window

EXTRACTION_TABLES = {
    "article_languages": "Language of each article: given by the input, else identified.",
    "sentences": "Sentences of each article with their character offsets.",
    "date_mentions": "Date expressions resolved to calendar dates with a precision.",
    "actor_mentions": "Mentions of people, states and organisations, normalised to actors.",
    "meeting_mentions": "Meetings, visits and calls as reported by one article.",
    "deployment_mentions": "Troop deployments as reported by one article.",
    "statements": "Direct quotes and reported speech with their speakers.",
}

# Articles extracted at once: a daily partition is one slice, and a long range run (a backfill)
# holds the frames of one slice at a time, not of the whole window (about 0.8 GB per 10,000
# articles of 4 KB). Slices follow the articles' language (given, else identified from the title
# and the text's start: `languages_in_order`, whose rows `extract_all` then takes), then
# article_id: each `extract_all` call compiles
# the regexes of the languages it holds and runs their steps, a fixed cost of about 0.7-1.3 s of
# CPU per language, so that a slice of one language costs about a third of a slice of five
# (40,000 bench articles, alternating: 1,169 and 1,322 articles/s against 881 and 1,102 in
# article_id order; 50,000 with a fifth unlabelled: 78.4 and 79.2 s against 89.3 and 87.9 s when
# the unlabelled articles came last, in slices of every language).
SLICE_ARTICLES = 10_000
ARTICLE_KEYS_OF_WINDOW = """
    -- the start of a text is what identifies its language
    select article_id, language, title, left(text, ?) as text
    from raw.articles
    where partition_date between ? and ?
"""
ARTICLES_OF_SLICE = """
    select article_id, title, text, language, published_date, partition_date
    from raw.articles
    where partition_date between ? and ? and article_id in (select article_id from slice_keys)
"""


def _fact_preview(frame: pl.DataFrame, columns: list[str], rows: int = 10) -> dg.MetadataValue:
    """A markdown table of the first facts, for the asset's page in the UI."""
    shown = frame.select(columns).head(rows).with_columns(
        pl.col(name).list.join(", ") if frame.schema[name] == pl.List(pl.String)
        else pl.col(name).cast(pl.String)
        for name in columns
    )
    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    lines += ["| " + " | ".join(str(value) for value in row) + " |" for row in shown.rows()]
    return dg.MetadataValue.md("\n".join(lines))


PREVIEW_COLUMNS = {
    "meeting_mentions": ["participant_names", "meeting_date", "location_name", "mode", "status"],
    "deployment_mentions": [
        "actor_name", "destination_name", "troop_count", "count_qualifier", "status",
    ],
    "statements": ["speaker_names", "statement_kind", "text"],
}


@dg.asset(group_name="extract", kinds={"python", "duckdb"}, pool=WAREHOUSE_POOL)
def actors(warehouse: DuckDBResource) -> dg.MaterializeResult:
    """Canonical actors of the gazetteer: people, states, organisations, with English names."""
    table = actor_table(load_gazetteer())
    with warehouse.get_connection() as con:
        replace_table(con, "actors", table)
    counts = table.group_by("actor_type").len().sort("actor_type")
    return dg.MaterializeResult(
        metadata={
            "dagster/row_count": table.height,
            **{f"actors_{kind}": count for kind, count in counts.rows()},
        }
    )


@dg.multi_asset(
    specs=[
        dg.AssetSpec(
            name,
            description=description,
            group_name="extract",
            deps=["raw_articles"],
            kinds={"polars", "duckdb"},
            owners=["team:data-engineering"],
        )
        for name, description in EXTRACTION_TABLES.items()
    ],
    partitions_def=daily_partitions,
    backfill_policy=single_run_backfill,
    pool=WAREHOUSE_POOL,
)
def extraction(context: dg.AssetExecutionContext, warehouse: DuckDBResource):
    """Extract languages, sentences, dates, actors, meetings, deployments and statements."""
    window = partition_window(context)
    gazetteer = load_gazetteer()
    articles, seconds = 0, 0.0
    rows: dict[str, int] = dict.fromkeys(EXTRACTION_TABLES, 0)
    previews: dict[str, pl.DataFrame] = {}
    languages: list[pl.DataFrame] = []

    def extracted_slices(con: duckdb.DuckDBPyConnection) -> Iterator[dict[str, pl.DataFrame]]:
        nonlocal articles, seconds
        for window_articles, article_languages in article_slices(con, window):
            started = perf_counter()
            tables = _partitioned_tables(window_articles, article_languages, gazetteer)
            seconds += perf_counter() - started
            articles += window_articles.height
            for name, frame in tables.items():
                rows[name] += frame.height
                if name in PREVIEW_COLUMNS:
                    previews[name] = pl.concat([previews.get(name, frame.head(0)), frame.head(10)]).head(10)
            languages.append(tables["article_languages"].group_by("language").len())
            yield tables
            # the writer has staged this slice: free its frames before extracting the next one
            tables.clear()

    with warehouse.get_connection() as con:
        ensure_landing_tables(con)
        replace_window_in_chunks(con, extracted_slices(con), window)

    context.log.info(f"extracted {articles} articles in {seconds:.2f} s for {window}")
    language_counts = (
        pl.concat(languages).group_by("language").agg(pl.col("len").sum()).sort("language")
    )
    for name in EXTRACTION_TABLES:
        metadata: dict[str, object] = {
            "dagster/row_count": rows[name],
            "articles": articles,
            "window": f"{window[0]}..{window[1]}",
        }
        if name == "article_languages":
            metadata.update({f"articles_{lang}": count for lang, count in language_counts.rows()})
            metadata["articles_per_second"] = round(articles / seconds, 1) if seconds else 0.0
            metadata["extraction_seconds"] = round(seconds, 3)
        if name in previews:
            metadata["preview"] = _fact_preview(previews[name], PREVIEW_COLUMNS[name])
        yield dg.MaterializeResult(asset_key=name, metadata=metadata)


def _partitioned_tables(
    articles: pl.DataFrame, article_languages: pl.DataFrame, gazetteer: pl.DataFrame
) -> dict[str, pl.DataFrame]:
    """The extraction tables of a slice of articles, each row with its article's partition."""
    partition_of_article = articles.select("article_id", "partition_date")
    tables = extract_all(
        articles.drop("partition_date"), gazetteer, article_languages=article_languages
    )
    return {
        name: frame.join(partition_of_article, on="article_id", how="left")
        for name, frame in tables.items()
    }


def article_slices(
    con: duckdb.DuckDBPyConnection, window: tuple[date, date]
) -> Iterator[tuple[pl.DataFrame, pl.DataFrame]]:
    """The window's articles, `SLICE_ARTICLES` at a time in language order, each slice with its
    articles' languages (`languages_in_order`; always one slice, maybe empty)."""
    languages = languages_in_order(
        con.execute(ARTICLE_KEYS_OF_WINDOW, [DETECTION_CHARS, *window]).pl()
    )
    try:
        for first in range(0, max(languages.height, 1), SLICE_ARTICLES):
            slice_languages = languages.slice(first, SLICE_ARTICLES)
            con.register("slice_keys", slice_languages.select("article_id"))
            yield con.execute(ARTICLES_OF_SLICE, [*window]).pl(), slice_languages
    finally:
        con.unregister("slice_keys")
