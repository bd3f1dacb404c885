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
# The fewest articles of a part cut out of one language's articles for its own thread (fewer:
# compiling that language's regexes twice costs more than the thread saves).
PARALLEL_MIN_ARTICLES = 2_500
# Parts end where the language changes when that is this close to an even cut: each part then
# compiles only its own languages' regexes (about 0.5 s of CPU per language), which outweighs
# this many articles of imbalance (about 1 ms each).
LANGUAGE_CUT_SLACK = 500
ARTICLE_COLUMNS = {
    "article_id": pl.String,
    "text": pl.String,
    "language": pl.String,
    "published_date": pl.Date,
    "title": pl.String,
}


def extract_all(
    articles: pl.DataFrame,
    gazetteer: pl.DataFrame | None = None,
    *,
    threads: int | None = None,
    article_languages: pl.DataFrame | None = None,
) -> dict[str, pl.DataFrame]:
    """Every extraction table for `articles` (article_id, text, language, published_date, title).

    `language` may be null (it is then identified); keys are the `raw.*` table names, and every
    frame has its contract schema, also when there are no articles. `article_languages` are the
    articles' rows of `language.identify_languages` where the caller has them already
    (`languages_in_order`, which orders the slices), so that they are not identified twice.

    The articles are cut into parts (at most `threads`, by default one per polars thread)
    extracted in parallel: polars releases the GIL, but one extraction keeps only about 1.3
    cores busy. An article's rows do not depend on the other articles extracted with it, so the
    parts give the rows of one call. The parts are cut from the articles in language order,
    where the language changes if that is near an even cut (`part_starts`): a part then holds
    few languages, and compiles only their lexicons' regexes (polars caches 32 regexes per
    thread; one language uses 230-270), so that even a small day's articles gain from a
    second thread.
    """
    gazetteer = actors.load_gazetteer() if gazetteer is None else gazetteer
    # the same articles in any order give the same rows: a warehouse scan has no fixed order
    articles = _with_article_columns(articles).sort("article_id")
    article_languages = _languages_of(articles, article_languages)
    articles = articles.drop("language").join(
        article_languages.select("article_id", "language"), on="article_id", how="left"
    )
    articles = articles.sort("language", "article_id", nulls_last=True)
    threads = pl.thread_pool_size() if threads is None else threads
    starts = part_starts(articles.get_column("language"), threads)
    ends = [*starts[1:], articles.height]
    parts = [articles.slice(start, end - start) for start, end in zip(starts, ends, strict=True)]
    if len(parts) == 1:
        tables = _extract(articles, gazetteer)
    else:
        with ThreadPoolExecutor(len(parts)) as pool:
            results = list(pool.map(lambda part: _extract(part, gazetteer), parts))
        tables = {name: pl.concat([result[name] for result in results]) for name in results[0]}
    tables["article_languages"] = article_languages
    return {name: conform(tables[name], schema) for name, schema in TABLE_SCHEMAS.items()}


def languages_in_order(articles: pl.DataFrame) -> pl.DataFrame:
    """The articles' `raw.article_languages` rows (given, else identified) sorted by language
    (unknown last), then article_id.

    Slices of articles cut in this order hold one or two languages each, and `extract_all`
    costs a fixed part per language it holds; it takes each slice's rows as
    `article_languages`. Needs article_id, language, title and the text's first
    `language.DETECTION_CHARS` characters (where no language is given).
    """
    return language.identify_languages(articles).sort("language", "article_id", nulls_last=True)


def _languages_of(articles: pl.DataFrame, article_languages: pl.DataFrame | None) -> pl.DataFrame:
    """The languages of `articles` (sorted by article_id): `article_languages` if given, which
    must hold the same articles, else identified."""
    if article_languages is None:
        return language.identify_languages(articles)
    article_languages = conform(article_languages, ARTICLE_LANGUAGES).sort("article_id")
    if not article_languages.get_column("article_id").equals(articles.get_column("article_id")):
        raise ValueError("article_languages must have one row for each article, and no others")
    return article_languages


def part_starts(languages: pl.Series, parts: int) -> list[int]:
    """The first row of each part of `parts` at most, for rows sorted by `languages`.

    Each cut is the change of language nearest to an even cut, if within `LANGUAGE_CUT_SLACK`
    rows of it; otherwise the even cut itself, if parts that size hold `PARALLEL_MIN_ARTICLES`;
    otherwise none.
    """
    changed = languages.ne_missing(languages.shift(1)).arg_true().to_list()
    changes = [row for row in changed if row > 0]
    starts = [0]
    for part in range(1, parts):
        even = part * languages.len() // parts
        nearest = min(changes, key=lambda change: abs(change - even), default=None)
        if nearest is not None and abs(nearest - even) <= LANGUAGE_CUT_SLACK:
            cut = nearest
        elif languages.len() // parts >= PARALLEL_MIN_ARTICLES:
            cut = even
        else:
            continue
        if cut > starts[-1]:
            starts.append(cut)
    return starts


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
