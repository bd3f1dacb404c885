"""The whole extraction: articles in, one frame per warehouse table out."""

import polars as pl

from extract import actors, dates, deployments, language, meetings, sentences, statements


def extract_all(articles: pl.DataFrame, gazetteer: pl.DataFrame | None = None) -> dict[str, pl.DataFrame]:
    """Every extraction table for `articles` (article_id, text, language, published_date, title).

    `language` may be null (it is then identified); keys are the `raw.*` table names.
    """
    gazetteer = actors.load_gazetteer() if gazetteer is None else gazetteer
    article_languages = language.identify_languages(articles)
    articles = articles.drop("language", strict=False).join(
        article_languages.select("article_id", "language"), on="article_id", how="left"
    )
    article_sentences = sentences.split_sentences(articles)
    date_mentions = dates.extract_dates(article_sentences, articles)
    actor_mentions = actors.extract_actors(article_sentences, gazetteer)
    return {
        "article_languages": article_languages,
        "sentences": article_sentences.select(
            "article_id", "sentence_index", "char_start", "char_end", "text"
        ),
        "date_mentions": date_mentions,
        "actor_mentions": actor_mentions,
        "meeting_mentions": meetings.extract_meetings(article_sentences, date_mentions, actor_mentions),
        "deployment_mentions": deployments.extract_deployments(
            article_sentences, date_mentions, actor_mentions
        ),
        "statements": statements.extract_statements(article_sentences, date_mentions, actor_mentions),
    }
