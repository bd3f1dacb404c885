"""What the statement modules share: the lexicon section, quotation marks, the fact schema."""

from functools import cache

import polars as pl

from extract import facts
from extract.lexicon import languages


SECTION = "statements"
QUOTE_STYLES = (
    r"„[^„“”\n]+[“”\"]",
    r"“[^“”\"\n]+[”“\"]",
    r"”[^“”\"\n]+”",
    r'"[^"“”\n]+["”]',
    r"«[^«»\n]+»",
    r"»[^«»\n]+«",
    r"‚[^‚‘’\n]+[‘’]",
    r"‘(?:[^‘’\n]|\p{L}’\p{L})+’",
    r"(?:^|[\s(\[—–-])'(?:[^'\n]|\p{L}'\p{L})+'",
)
QUOTE_REGEX = "|".join(f"(?:{style})" for style in QUOTE_STYLES)
# a quote, or a reported clause after a complementiser, colon or comma ("warned that Moscow
# responds"), has at least this many words; other reported clauses MIN_REPORTED_WORDS ("said on
# Tuesday" says when, not what)
MIN_QUOTE_WORDS = 2

FACT_SCHEMA = pl.Schema(
    {
        "article_id": pl.String,
        "sentence_index": pl.Int32,
        "last_sentence_index": pl.Int32,
        "char_start": pl.Int32,
        "char_end": pl.Int32,
        "text": pl.String,
        "statement_kind": pl.String,
        "anchor_start": pl.Int32,
        "anchor_end": pl.Int32,
        "speaker_side": pl.String,
        "by_last_speaker": pl.Boolean,
        "joint": pl.Boolean,
        "by_mood": pl.Boolean,
        "published_date": pl.Date,
    }
)


def without_quotes(column: str) -> pl.Expr:
    """The text with its quotes blanked out: what the sentence says around them."""
    return pl.col(column).str.replace_all(QUOTE_REGEX, " ")


@cache
def all_terms(key: str) -> str | None:
    """A `[statements]` list of every language as one alternation (one regex to compile)."""
    return joined(facts.alternation(language, SECTION, key) for language in languages())


def joined(alternations) -> str | None:
    """Per-language alternations (None where a language has none) as one alternation."""
    present = [alternation for alternation in alternations if alternation]
    return "(?:" + "|".join(present) + ")" if present else None


def attribution_inside_quote() -> pl.Expr:
    """Whether a statement is a direct quote with its attribution inside it (“The situation,”
    Lavrov said, “is dangerous.”): its anchor, which then starts after the quote does."""
    return (pl.col("statement_kind") == "direct_quote") & (pl.col("anchor_start") > pl.col("char_start"))


def in_attribution_inside_quote(start: str, end: str) -> pl.Expr:
    """Whether the span (`start`, `end`) lies in the attribution inside a direct quote."""
    return attribution_inside_quote() & (pl.col(start) >= pl.col("anchor_start")) & (pl.col(end) <= pl.col("anchor_end"))
