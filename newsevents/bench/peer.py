"""The peer: dateparser's `search_dates` against our date resolver, on the same articles."""

import time
from datetime import datetime

import polars as pl


def our_dates(articles: pl.DataFrame) -> tuple[float, pl.DataFrame]:
    """Seconds and `raw.date_mentions` of our sentence splitting and date resolution."""
    from extract.dates import extract_dates
    from extract.sentences import split_sentences

    extract_dates(split_sentences(articles.head(5)), articles.head(5))  # lexicons compiled
    started = time.perf_counter()
    mentions = extract_dates(split_sentences(articles), articles)
    return time.perf_counter() - started, mentions


def peer_dates(articles: pl.DataFrame) -> tuple[float, pl.DataFrame]:
    """Seconds and the dates dateparser finds (article_id, char_start, char_end, text, date)."""
    from dateparser.search import search_dates

    rows = []
    started = time.perf_counter()
    for article_id, text, language, published in articles.select(
        "article_id", "text", "language", "published_date"
    ).iter_rows():
        base = datetime.combine(published, datetime.min.time())
        found = search_dates(text, languages=[language], settings={"RELATIVE_BASE": base}) or []
        position = 0
        for phrase, moment in found:
            start = text.find(phrase, position)
            if start < 0:
                continue
            position = start + len(phrase)
            rows.append((article_id, start, position, phrase, moment.date()))
    seconds = time.perf_counter() - started
    schema = {"article_id": pl.String, "char_start": pl.Int64, "char_end": pl.Int64,
              "text": pl.String, "date": pl.Date}
    return seconds, pl.DataFrame(rows, schema=schema, orient="row")


def compare_dates(peer: pl.DataFrame, ours: pl.DataFrame) -> dict:
    """How often the two find the same expressions and, where both do, resolve them alike.

    A peer date agrees with ours when it falls in our resolved span, or in the same month
    (year) when ours has month (year) precision: dateparser fills a missing day with the base's.
    """
    overlapping = peer.join(
        ours.select("article_id", o_start="char_start", o_end="char_end",
                    date_start="date_start", date_end="date_end", precision="precision"),
        on="article_id",
    ).filter((pl.col("char_start") < pl.col("o_end")) & (pl.col("o_start") < pl.col("char_end")))
    end = pl.coalesce("date_end", "date_start")
    same = (
        pl.col("date").is_between(pl.col("date_start"), end)
        | ((pl.col("precision") == "month")
           & (pl.col("date").dt.year() == pl.col("date_start").dt.year())
           & (pl.col("date").dt.month() == pl.col("date_start").dt.month()))
        | ((pl.col("precision") == "year") & (pl.col("date").dt.year() == pl.col("date_start").dt.year()))
    )
    judged = overlapping.with_columns(agrees=same.fill_null(False)).group_by(
        "article_id", "char_start"
    ).agg(pl.col("agrees").any())
    both = judged.height
    agreeing = judged.get_column("agrees").sum() if both else 0
    return {
        "peer_mentions": peer.height,
        "our_mentions": ours.height,
        "our_resolved_mentions": ours.filter(pl.col("date_start").is_not_null()).height,
        "found_by_both": both,
        "agreement": agreeing / both if both else None,
        "peer_mentions_we_miss": peer.height - both,
    }
