"""Sentence splitting with polars expressions only.

Each article's text is cut by one regex into *pieces* that tile it exactly: a piece runs up to
and including a candidate terminator (".", "!", "?", "…" and any closing quotes or brackets
after it, a French closing guillemet after a space too) and the whitespace that follows, or up
to a line break. A full stop directly followed by a non-space ("3.5", "10.000", "z.B.", "a.m.")
is not a candidate at all. Then every piece end is judged a sentence boundary or not, with
vectorised rules:

* a line break always ends a sentence (paragraphs, headlines without final punctuation);
* a full stop after an abbreviation from the lexicon (plus CLDR month abbreviations), after an
  initial ("J. Biden", "M. Macron"), an initialism ("U.S."), or after a day-like number in
  languages that write ordinals with a dot ("1. Oktober", "27.-28. Oktober") is not a boundary;
* any terminator followed by a lowercase word is not a boundary ("¿Vienes? dijo", "etc. and");
* a terminator inside a quotation that closes within the same paragraph and is at most
  `MAX_QUOTE_CHARS` long is not a boundary: a quoted statement of a few sentences stays one
  sentence with its attribution; longer quotations, and quotation marks that do not balance
  within their paragraph, are split normally.

Pieces are numbered into sentences by a cumulative sum of the boundary flags; offsets are
character offsets into the article text (end exclusive) with surrounding whitespace excluded, so
that `text == article_text[char_start:char_end]`.
"""

import re
from functools import cache

import polars as pl

from extract import lexicon
from extract.dates import month_abbreviations
from extract.schemas import SENTENCES

TERMINATORS = ".!?…"
CLOSERS = "\"'”’»“)\\]"
# French sets a space before a closing guillemet ("... guerre. »"): one followed by a space or
# the end closes (an opening one, "Er ging. »Wir ...", is followed by its word).
SPACED_CLOSER = "(?:[ \u00a0\u202f]»(?:\\s|$))?"
PIECE_PATTERN = (
    rf"(?:[^{TERMINATORS}\n]|[{TERMINATORS}]+[^\s{TERMINATORS}{CLOSERS}])*"
    rf"(?:[{TERMINATORS}]+[{CLOSERS}]*{SPACED_CLOSER}\s*|\n\s*|$)"
)
LAST_TOKEN_PATTERN = (
    rf"([\p{{L}}\p{{N}}][\p{{L}}\p{{N}}.'’°º\-–]*?)[{TERMINATORS}]+[{CLOSERS}]*{SPACED_CLOSER}\s*$"
)
FINAL_TERMINATOR_PATTERN = rf"([{TERMINATORS}]+)[{CLOSERS}]*{SPACED_CLOSER}\s*$"
STARTS_LOWERCASE_PATTERN = r"^[\"'“„«‹(\[¿¡]*\p{Ll}"
INITIAL_PATTERN = r"^(?:\p{Lu}\.)*\p{Lu}$"
ORDINAL_PATTERN = r"^(?:\d{1,2}\.?[-–])?\d{1,2}$"
# A dateline opening an article: a place in capitals or capitalised, maybe a date, the agency in
# brackets and a dash ("CAIRO, March 15 (Reuters) -", "Pristina (dpa) -", "ANKARA (AA) -",
# "Bruselas, 14 mar (EFE).-").
DATELINE = r"^(\p{Lu}[\p{L}.'’/ -]{1,40}?,?[^()\n]{0,25}?\(\s*[\p{L}./ -]{1,25}\)\.?\s*[-–—])(?:\s|$)"
MAX_QUOTE_CHARS = 600
ENDING_CHARS = 32
OUTPUT_COLUMNS = [*SENTENCES.names(), "language", "published_date"]


@cache
def _abbreviation_keys() -> tuple[str, ...]:
    """'lang|abbreviation' keys (lowercase, no final dot) of every lexicon language.

    Articles in a language without a lexicon (or none identified) use every language's
    abbreviations, under the key '*'.
    """
    keys = set()
    for language in lexicon.languages():
        words = lexicon.section(language, "sentences").get("abbreviations", [])
        for word in [*words, *month_abbreviations(language)]:
            keys.add(f"{language}|{word.lower().rstrip('.')}")
            keys.add(f"*|{word.lower().rstrip('.')}")
    return tuple(sorted(keys))


@cache
def _languages_with(option: str) -> tuple[str, ...]:
    return tuple(
        language
        for language in lexicon.languages()
        if lexicon.section(language, "sentences").get(option, False)
    )


@cache
def _quote_characters() -> dict[str, tuple[tuple[str, str], ...]]:
    """For each quotation mark, the (language, 'open'|'close') pairs that use it."""
    marks: dict[str, list[tuple[str, str]]] = {}
    for language in lexicon.languages():
        section = lexicon.section(language, "sentences")
        for role in ("open", "close"):
            for mark in section.get(f"{role}_quotes", ""):
                marks.setdefault(mark, []).append((language, role))
    return {mark: tuple(uses) for mark, uses in marks.items()}


def _quote_class() -> str:
    """Regex class of every quotation mark that some language uses, and the straight one."""
    return "[" + re.escape("".join(sorted({*_quote_characters(), '"'}))) + "]"


def _quote_balance(marks: pl.Expr) -> pl.Expr:
    """Per piece: quotation marks opened minus closed, by the conventions of its language."""
    balance = pl.lit(0, pl.Int32)
    for mark, uses in _quote_characters().items():
        count = marks.list.count_matches(mark).cast(pl.Int32)
        opening = [language for language, role in uses if role == "open"]
        closing = [language for language, role in uses if role == "close"]
        sign = (
            pl.when(pl.col("language").is_in(opening))
            .then(1)
            .when(pl.col("language").is_in(closing))
            .then(-1)
            .otherwise(0)
        )
        balance = balance + count * sign
    return balance


def _segmented_cumsum(value: pl.Expr, segment_start: pl.Expr) -> pl.Expr:
    """Cumulative sum of `value` restarting where `segment_start` is true (linear, no windows)."""
    total = value.cum_sum()
    return total - pl.when(segment_start).then(total - value).forward_fill()


def _per_article_cumsum(column: str) -> pl.Expr:
    """Cumulative sum of `column` restarting at each article (rows are grouped by article)."""
    return _segmented_cumsum(pl.col(column), pl.col("first_of_article"))


def _pieces(articles: pl.DataFrame) -> pl.DataFrame:
    frame = articles.select(
        pl.col("language"),
        pl.col("text").fill_null("").str.extract_all(PIECE_PATTERN).alias("piece"),
    ).with_row_index("article_row")
    frame = frame.explode("piece").filter(pl.col("piece").str.len_bytes() > 0)
    row = pl.col("article_row")
    return frame.with_columns(
        pl.col("piece").str.len_chars().cast(pl.Int32).alias("length"),
        (row != row.shift(1)).fill_null(True).alias("first_of_article"),
        (row != row.shift(-1)).fill_null(True).alias("last_of_article"),
    )


def _boundaries(pieces: pl.DataFrame) -> pl.DataFrame:
    piece = pl.col("piece")
    # The end of a piece is enough to read its last word and terminator (and much cheaper).
    ending = piece.str.tail(ENDING_CHARS)
    marks = pl.col("quote_marks")
    pieces = pieces.with_columns(piece.str.extract_all(_quote_class()).alias("quote_marks"))
    frame = pieces.with_columns(
        ending.str.contains("\n", literal=True).alias("line_break"),
        ending.str.extract(FINAL_TERMINATOR_PATTERN, 1).alias("terminator"),
        ending.str.extract(LAST_TOKEN_PATTERN, 1).alias("token"),
        _quote_balance(marks).alias("quote_balance"),
        (marks.list.count_matches('"') % 2).cast(pl.Int32).alias("straight_quotes"),
        piece.str.contains(STARTS_LOWERCASE_PATTERN)
        .shift(-1)
        .fill_null(False)
        .alias("next_starts_lowercase"),
    )
    full_stop = pl.col("terminator") == "."
    key_language = (
        pl.when(pl.col("language").is_in(lexicon.languages()))
        .then(pl.col("language"))
        .otherwise(pl.lit("*"))
    )
    abbreviation = (key_language + "|" + pl.col("token").str.to_lowercase()).is_in(
        _abbreviation_keys()
    )
    initial = pl.col("token").str.contains(INITIAL_PATTERN)
    ordinal = pl.col("language").is_in(_languages_with("ordinal_dot")) & pl.col(
        "token"
    ).str.contains(ORDINAL_PATTERN)
    not_final = (full_stop & (abbreviation | initial | ordinal).fill_null(False)) | (
        pl.col("next_starts_lowercase") & ~pl.col("last_of_article")
    )
    frame = frame.with_columns(
        not_final.fill_null(False).alias("not_final"),
        (pl.col("first_of_article") | pl.col("line_break").shift(1).fill_null(True)).alias(
            "paragraph_start"
        ),
        (pl.col("line_break") | pl.col("last_of_article")).alias("paragraph_end"),
    )
    # Quotation depth is followed within a paragraph only.
    depth = _segmented_cumsum(pl.col("quote_balance"), pl.col("paragraph_start"))
    straight = _segmented_cumsum(pl.col("straight_quotes"), pl.col("paragraph_start")) % 2
    frame = frame.with_columns(depth.alias("depth"), straight.alias("straight_open"))
    paragraph_balanced = (
        pl.when(pl.col("paragraph_end"))
        .then((pl.col("depth") == 0) & (pl.col("straight_open") == 0))
        .backward_fill()
    )
    inside = (pl.col("depth") > 0) | (pl.col("straight_open") == 1)
    frame = frame.with_columns(paragraph_balanced.alias("balanced"), inside.alias("inside_quote"))
    inside = pl.col("inside_quote")
    span_start = inside & (pl.col("paragraph_start") | ~inside.shift(1).fill_null(False))
    span_end = inside & (pl.col("paragraph_end") | ~inside.shift(-1).fill_null(False))
    span_chars = _segmented_cumsum(
        pl.when(inside).then(pl.col("length")).otherwise(0), span_start
    )
    quote_chars = pl.when(span_end).then(span_chars).backward_fill()
    in_short_quote = inside & pl.col("balanced") & (quote_chars <= MAX_QUOTE_CHARS)
    boundary = (
        pl.col("last_of_article")
        | pl.col("line_break")
        | (pl.col("terminator").is_not_null() & ~pl.col("not_final") & ~in_short_quote)
    )
    return frame.with_columns(boundary.alias("boundary"))


def split_sentences(articles: pl.DataFrame) -> pl.DataFrame:
    """raw.sentences columns plus `language` and `published_date` carried from the article."""
    schema = {**SENTENCES, "language": pl.String, "published_date": pl.Date}
    if articles.height == 0:
        return pl.DataFrame(schema=schema)
    if "published_date" not in articles.columns:
        articles = articles.with_columns(pl.lit(None, pl.Date).alias("published_date"))
    pieces = _boundaries(_pieces(articles))
    pieces = pieces.with_columns(
        (_per_article_cumsum("length") - pl.col("length")).alias("piece_start"),
        (pl.col("first_of_article") | pl.col("boundary").shift(1).fill_null(True)).alias(
            "sentence_start"
        ),
    )
    # Each sentence has one first piece and one boundary piece, in the same order.
    starts = pieces.filter(pl.col("sentence_start")).select(
        "article_row", pl.col("piece_start").alias("start")
    )
    ends = pieces.filter(pl.col("boundary")).select(
        (pl.col("piece_start") + pl.col("length")).alias("end")
    )
    sentences = pl.concat([starts, ends], how="horizontal")
    row = pl.col("article_row")
    start, end = sentences.get_column("start"), sentences.get_column("end")
    raw = (
        articles.get_column("text")
        .fill_null("")
        .gather(sentences.get_column("article_row"))
        .str.slice(start, end - start)
    )
    # An article's dateline ("CAIRO, March 15 (Reuters) -") belongs to no sentence: its place
    # and date are the publication's, and its lead sentence starts after it.
    opening = pl.when((row != row.shift(1)).fill_null(True)).then(pl.col("raw"))  # null elsewhere: not searched
    dateline = opening.str.strip_chars_start().str.extract(DATELINE, 1).str.len_chars().fill_null(0)
    sentences = sentences.with_columns(raw.alias("raw")).with_columns(
        pl.col("raw").str.strip_chars().alias("text"),
        (
            pl.col("raw").str.len_chars() - pl.col("raw").str.strip_chars_start().str.len_chars()
        ).alias("lead"),
        dateline.alias("_dateline"),
    )
    # (null but after a dateline: the slices are not computed for other sentences)
    after_dateline = (
        pl.when(pl.col("_dateline") > 0).then(pl.col("text")).str.slice(pl.col("_dateline")).str.strip_chars_start()
    )
    sentences = sentences.with_columns(
        pl.coalesce(after_dateline, "text").alias("text"),
        (pl.col("lead") + (pl.col("text").str.len_chars() - after_dateline.str.len_chars()).fill_null(0)).alias("lead"),
    ).filter(pl.col("text").str.len_bytes() > 0)
    sentences = sentences.with_columns(
        (pl.col("start") + pl.col("lead")).alias("char_start"),
        (pl.col("start") + pl.col("lead") + pl.col("text").str.len_chars()).alias("char_end"),
        (row != row.shift(1)).fill_null(True).alias("first_of_article"),
        pl.lit(1, pl.Int32).alias("one"),
    )
    sentences = sentences.with_columns((_per_article_cumsum("one") - 1).alias("sentence_index"))
    carried = articles.select("article_id", "language", "published_date")
    sentences = pl.concat(
        [sentences, carried[sentences.get_column("article_row")]], how="horizontal"
    )
    return sentences.select([pl.col(name).cast(dtype) for name, dtype in schema.items()])
