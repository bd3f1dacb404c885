"""The whole extraction: articles in, one frame per warehouse table out."""

from concurrent.futures import ThreadPoolExecutor

import polars as pl

from extract import actors, dates, deployments, language, meetings, sentences, statements
from extract.schemas import (
    ACTOR_MENTIONS,
    ARTICLE_LANGUAGES,
    DATE_MENTIONS,
    DEPLOYMENT_MENTIONS,
    MEETING_MENTIONS,
    SENTENCES,
    STATEMENTS,
    conform,
)

TABLE_SCHEMAS = {
    "article_languages": ARTICLE_LANGUAGES,
    "sentences": SENTENCES,
    "date_mentions": DATE_MENTIONS,
    "actor_mentions": ACTOR_MENTIONS,
    "meeting_mentions": MEETING_MENTIONS,
    "deployment_mentions": DEPLOYMENT_MENTIONS,
    "statements": STATEMENTS,
}
# The fewest articles of a part extracted in its own thread (fewer: the thread costs more than
# it saves).
PARALLEL_MIN_ARTICLES = 2_500
ARTICLE_COLUMNS = {
    "article_id": pl.String,
    "text": pl.String,
    "language": pl.String,
    "published_date": pl.Date,
    "title": pl.String,
}


def extract_all(
    articles: pl.DataFrame, gazetteer: pl.DataFrame | None = None, *, threads: int | None = None
) -> dict[str, pl.DataFrame]:
    """Every extraction table for `articles` (article_id, text, language, published_date, title).

    `language` may be null (it is then identified); keys are the `raw.*` table names, and every
    frame has its contract schema, also when there are no articles.

    Large inputs are cut into parts of whole articles (at most `threads`, by default one per
    polars thread) extracted in parallel: polars releases the GIL, but one extraction keeps only
    about 1.3 cores busy. An article's rows do not depend on the other articles extracted with
    it, so the parts give the rows of one call. The parts are cut from the articles in language
    order: a part then holds few languages, and compiles only their lexicons' regexes (polars
    caches 32 regexes per thread; one language uses about 90).
    """
    gazetteer = actors.load_gazetteer() if gazetteer is None else gazetteer
    # the same articles in any order give the same rows: a warehouse scan has no fixed order
    articles = _with_article_columns(articles).sort("article_id")
    article_languages = language.identify_languages(articles)
    articles = articles.drop("language").join(
        article_languages.select("article_id", "language"), on="article_id", how="left"
    )
    threads = pl.thread_pool_size() if threads is None else threads
    parts = max(1, min(threads, articles.height // PARALLEL_MIN_ARTICLES))
    if parts == 1:
        tables = _extract(articles, gazetteer)
    else:
        articles = articles.sort("language", "article_id", nulls_last=True)
        size = -(-articles.height // parts)
        with ThreadPoolExecutor(parts) as pool:
            results = list(
                pool.map(
                    lambda first: _extract(articles.slice(first, size), gazetteer),
                    range(0, articles.height, size),
                )
            )
        tables = {name: pl.concat([result[name] for result in results]) for name in results[0]}
    tables["article_languages"] = article_languages
    return {name: conform(tables[name], schema) for name, schema in TABLE_SCHEMAS.items()}


def _extract(articles: pl.DataFrame, gazetteer: pl.DataFrame) -> dict[str, pl.DataFrame]:
    """Every extraction table except `article_languages`, for articles of identified language."""
    article_sentences = with_gaps(sentences.split_sentences(articles), articles)
    date_mentions = dates.extract_dates(article_sentences, articles)
    actor_mentions = actors.extract_actors(article_sentences, gazetteer)
    return {
        "sentences": article_sentences,
        "date_mentions": date_mentions,
        "actor_mentions": actor_mentions,
        "meeting_mentions": meetings.extract_meetings(article_sentences, date_mentions, actor_mentions),
        "deployment_mentions": deployments.extract_deployments(
            article_sentences, date_mentions, actor_mentions
        ),
        "statements": statements.extract_statements(article_sentences, date_mentions, actor_mentions),
    }


def _with_article_columns(articles: pl.DataFrame) -> pl.DataFrame:
    """The article columns the extraction reads, typed (missing optional ones are null)."""
    return articles.with_columns(
        pl.lit(None, dtype=dtype).alias(name) for name, dtype in ARTICLE_COLUMNS.items() if name not in articles.columns
    ).with_columns(pl.col(name).cast(dtype) for name, dtype in ARTICLE_COLUMNS.items())


def with_gaps(article_sentences: pl.DataFrame, articles: pl.DataFrame) -> pl.DataFrame:
    """Add `gap_after`: the article text between a sentence and the next (null after the last).

    Statements use it to join a quotation that runs over several sentences of a paragraph.
    """
    following = pl.col("char_start").shift(-1).over("article_id", order_by="sentence_index")
    return (
        article_sentences.join(articles.select("article_id", _article_text="text"), on="article_id", how="left")
        .with_columns(
            gap_after=pl.when(following.is_not_null()).then(
                pl.col("_article_text").str.slice(pl.col("char_end"), following - pl.col("char_end"))
            )
        )
        .drop("_article_text")
    )
