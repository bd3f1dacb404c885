"""Invariants of the extraction over every bundled sample article processed together."""

import datetime as dt
import json
import re

import polars as pl
import pytest

from extract.pipeline import extract_all
from tests.conftest import SAMPLE_DIR

HEADER = re.compile(r"^date (\d{4}-\d{2}-\d{2})(?: \((.*)\))?\n")


def _sample_articles() -> pl.DataFrame:
    rows = []
    for path in sorted(SAMPLE_DIR.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        header = HEADER.match(text)
        published = dt.date.fromisoformat(header.group(1)) if header else None
        rows.append({"article_id": path.stem, "text": text[header.end():] if header else text,
                     "language": None, "published_date": published})
    for line in (SAMPLE_DIR / "wire.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        published = record.get("published")
        rows.append({"article_id": record["url"], "text": record["text"],
                     "language": record.get("language"),
                     "published_date": dt.date.fromisoformat(published[:10]) if published else None})
    return pl.DataFrame(rows, schema={"article_id": pl.String, "text": pl.String,
                                      "language": pl.String, "published_date": pl.Date})


@pytest.fixture(scope="module")
def frames() -> tuple[pl.DataFrame, dict[str, pl.DataFrame]]:
    articles = _sample_articles()
    return articles, extract_all(articles)


def test_events_after_publication_are_planned(frames):
    articles, extracted = frames
    published = articles.select("article_id", "published_date")
    for table, date_column in (("meeting_mentions", "meeting_date"),
                               ("deployment_mentions", "deployment_date")):
        late = extracted[table].join(published, on="article_id").filter(
            (pl.col(date_column) > pl.col("published_date")) & (pl.col("status") != "planned")
        )
        assert late.is_empty(), late


def test_statements_are_not_dated_after_publication(frames):
    articles, extracted = frames
    late = extracted["statements"].join(articles.select("article_id", "published_date"),
                                        on="article_id").filter(
        pl.col("statement_date") > pl.col("published_date")
    )
    assert late.is_empty(), late


def test_every_evidence_span_lies_in_its_article(frames):
    articles, extracted = frames
    lengths = articles.select("article_id", length=pl.col("text").str.len_chars())
    for name, frame in extracted.items():
        if "char_end" not in frame.columns:
            continue
        outside = frame.join(lengths, on="article_id").filter(
            (pl.col("char_start") < 0) | (pl.col("char_end") > pl.col("length"))
            | (pl.col("char_end") < pl.col("char_start"))
        )
        assert outside.is_empty(), f"{name}: {outside}"


def test_the_same_articles_in_any_order_give_the_same_rows(frames):
    articles, extracted = frames

    def comparable(tables: dict[str, pl.DataFrame]) -> dict[str, pl.DataFrame]:
        return {
            name: table.with_columns(pl.col(pl.List(pl.String)).list.join("|")).sort(pl.all())
            for name, table in tables.items()
        }

    expected = comparable(extracted)
    for seed in range(3):
        shuffled = comparable(extract_all(articles.sample(fraction=1.0, shuffle=True, seed=seed)))
        for name, table in expected.items():
            assert shuffled[name].equals(table), f"{name} depends on the order of the articles"
