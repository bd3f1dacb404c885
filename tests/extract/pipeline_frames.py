"""Invented test articles run through the whole extraction (real lexicons and gazetteer)."""

import datetime as dt

import polars as pl

from extract.pipeline import extract_all

PUBLISHED = dt.date(2025, 3, 12)  # a Wednesday


def extract(text: str, language: str, published: dt.date | None = PUBLISHED) -> dict[str, pl.DataFrame]:
    """Every extraction frame of one article."""
    articles = pl.DataFrame(
        {"article_id": ["a1"], "text": [text], "language": [language], "published_date": [published]},
        schema={"article_id": pl.String, "text": pl.String, "language": pl.String, "published_date": pl.Date},
    )
    return extract_all(articles)


def rows(frame: pl.DataFrame, *columns: str) -> list[tuple]:
    """The chosen columns of every row, in order."""
    return frame.select(columns).rows()
