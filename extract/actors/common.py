"""What the actor modules share: the mention frame and the text around a mention."""

import polars as pl


# characters of text on each side of a mention that its context rules read
WINDOW = 60
SENTENCE_COLUMNS = ["article_id", "sentence_index", "sentence_start", "text"]
SENTENCE_KEYS_AND_START = ["article_id", "sentence_index", "start"]
MENTION_SCHEMA = {
    "article_id": pl.String, "sentence_index": pl.Int32, "sentence_start": pl.Int32, "text": pl.String,
    "start": pl.Int32, "end": pl.Int32, "actor_id": pl.String, "canonical_name": pl.String,
    "actor_type": pl.String, "role": pl.String,
}


def state_code() -> pl.Expr:
    """The ISO code of a state's mention ("country:PL" -> "PL")."""
    return pl.col("actor_id").str.strip_prefix("country:")


def text_before(start: str) -> pl.Expr:
    """Up to WINDOW characters of the sentence before the offset in column `start`."""
    return pl.col("text").str.slice(pl.max_horizontal(pl.col(start) - WINDOW, 0), pl.min_horizontal(pl.col(start), WINDOW))


def text_after(end: str) -> pl.Expr:
    """Up to WINDOW characters of the sentence after the offset in column `end`."""
    return pl.col("text").str.slice(pl.col(end), WINDOW)


def mention_text() -> pl.Expr:
    """The words of a mention: the sentence between `start` and `end`."""
    return pl.col("text").str.slice(pl.col("start"), pl.col("end") - pl.col("start"))
