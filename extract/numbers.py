"""Numbers written with digits or words, in every language of the lexicons.

"12,000", "12.000", "12 000", "12 bin", "4 bin 800", "üç bin", "seven hundred", "dreitausend", "trois mille",
"tres mil": the words and their values are data (`[numbers]` of each lexicon): additive `units`,
`hundreds` that multiply what precedes them, and `scales` ("thousand") that close a group; and
`approximate` collective numbers, whole phrases that give a round value ("une centaine", "un
millar").
"""

from functools import cache

import polars as pl

from extract.casing import dotted_i_insensitive, lowercase
from extract.facts import regex_lookup
from extract.lexicon import section

DIGITS = r"\d{1,3}(?:[.,\u00a0\u202f ]\d{3})+|\d+"


@cache
def _words(language: str, kind: str) -> dict[str, int]:
    """The number words of one kind and their values (read, not changed, by the callers); the
    words are regexes, in either case of a dotted or dotless i where the language pairs them
    ("İki")."""
    words = section(language, "numbers").get(kind, {})
    return {dotted_i_insensitive(word, language): value for word, value in words.items()}


@cache
def word_regex(language: str) -> str | None:
    """Alternation of every number word of the language (regex keys), longest first."""
    keys = [*_words(language, "units"), *_words(language, "hundreds"), *_words(language, "scales")]
    if not keys:
        return None
    return "|".join(f"(?:{key})" for key in sorted(keys, key=len, reverse=True))


@cache
def approximate_regex(language: str) -> str | None:
    """Alternation of the language's approximate collective numbers ("une centaine"), or None."""
    keys = sorted(_words(language, "approximate"), key=len, reverse=True)
    return "|".join(f"(?:{key})" for key in keys) if keys else None


@cache
def number_regex(language: str) -> str:
    """A number in digits (with an optional scale word), an approximate collective number ("une
    centaine") or a number in words (case-insensitive)."""
    words = word_regex(language)
    if words is None:
        return rf"\b(?:{DIGITS})\b"
    scales = "|".join(f"(?:{key})" for key in _words(language, "scales"))
    connectors = "|".join(section(language, "numbers").get("connectors", ()))
    suffix = section(language, "numbers").get("suffix", "")
    # a scale may be followed by the digits of the next group ("4 bin 800": 4,800)
    digits = rf"(?:{DIGITS})(?:\s?(?:{scales}){suffix}(?:\s+\d{{1,3}}\b)?)?" if scales else rf"(?:{DIGITS})"
    joined = rf"|\s+(?:{connectors})\s+(?:{words})" if connectors else ""
    spelled = rf"(?:{words})(?:[\s-]*(?:{words}){joined})*{suffix}"
    approximate = approximate_regex(language)
    # before the spelled numbers: "une centaine" is no "une" followed by another word
    spelled = f"{approximate}|{spelled}" if approximate else spelled
    return rf"(?i)\b(?:{digits}|{spelled})\b"


def parse_numbers(frame: pl.DataFrame, column: str, language: str, output: str) -> pl.DataFrame:
    """Add `output` (Int64): the value of the number written in `column` (null if it is none).

    Written-out numbers are cut into words, each word valued from the lexicon, and summed per
    group closed by a scale word, with "hundred" multiplying what precedes it in its group.
    A lone word listed in `alone_not_count` ("a", "one") is no count.
    """
    if frame.is_empty():
        return frame.with_columns(pl.lit(None, dtype=pl.Int64).alias(output))
    frame = frame.with_row_index("_number_row")
    scales = _words(language, "scales")
    scale_regex = "|".join(f"(?:{key})" for key in scales)
    lowered = lowercase(pl.col(column), language)
    digit_value = (
        pl.col(column).str.extract(rf"^((?:{DIGITS}))", 1).str.replace_all(r"\D", "").cast(pl.Int64, strict=False)
    )
    digit_scale = _value_of(
        lowered.str.extract(f"({scale_regex})", 1) if scales else pl.lit(None),
        scales,
        default=1,
    )
    # the digits of the next group after a scale ("4 bin 800")
    remainder = (
        lowered.str.extract(rf"(?:{scale_regex})\S*\s+(\d{{1,3}})$", 1).cast(pl.Int64).fill_null(0)
        if scales
        else pl.lit(0, dtype=pl.Int64)
    )
    # digits, or an approximate collective number: valued without adding up words
    direct = pl.coalesce(
        digit_value * digit_scale + remainder, approximate_value(pl.col(column), language)
    )
    numbers = frame.with_columns(direct.alias("_direct"))
    words = word_regex(language)
    if words is None:
        return numbers.rename({"_direct": output}).drop("_number_row")
    connectors = "|".join(section(language, "numbers").get("connectors", ()))
    spelled_text = lowered
    if connectors:
        spelled_text = spelled_text.str.replace_all(rf"\b(?:{connectors})\b", " ")
    tokens = (
        numbers.filter(pl.col("_direct").is_null())
        .select("_number_row", _token=spelled_text.str.extract_all(f"(?:{words})"))
        .explode("_token")
        .drop_nulls("_token")
        .with_columns(
            _unit=_value_of(pl.col("_token"), _words(language, "units"), default=0),
            _is_hundred=_value_of(pl.col("_token"), _words(language, "hundreds"), default=0) > 0,
            _scale=_value_of(pl.col("_token"), scales, default=0),
            _position=pl.int_range(pl.len()).over("_number_row"),
        )
        .with_columns(_group=(pl.col("_scale") > 0).cast(pl.Int32).cum_sum().over("_number_row") - (pl.col("_scale") > 0))
    )
    first_hundred = pl.col("_position").filter(pl.col("_is_hundred")).min()
    groups = tokens.group_by("_number_row", "_group").agg(
        _before=pl.col("_unit").filter(pl.col("_position") < first_hundred).sum(),
        _after=pl.col("_unit").filter(pl.col("_position") > first_hundred).sum(),
        _sum=pl.col("_unit").sum(),
        _has_hundred=pl.col("_is_hundred").any(),
        _scale=pl.col("_scale").max(),
        _tokens=pl.len(),
        _lone=pl.col("_token").first(),
    )
    small = (
        pl.when(pl.col("_has_hundred"))
        .then(pl.max_horizontal(pl.col("_before"), 1) * 100 + pl.col("_after"))
        .otherwise(pl.col("_sum"))
    )
    value = pl.when(pl.col("_scale") > 0).then(pl.max_horizontal(small, 1) * pl.col("_scale")).otherwise(small)
    alone = [word.lower() for word in section(language, "numbers").get("alone_not_count", ())]
    spelled = (
        groups.group_by("_number_row")
        .agg(
            _words=value.sum(),
            _single=(pl.col("_tokens").sum() == 1) & pl.col("_lone").first().is_in(alone),
        )
        .with_columns(_words=pl.when(pl.col("_single")).then(None).otherwise(pl.col("_words")))
        .select("_number_row", "_words")
    )
    return (
        numbers.join(spelled, on="_number_row", how="left")
        .with_columns(pl.coalesce("_direct", "_words").cast(pl.Int64).alias(output))
        .drop("_number_row", "_direct", "_words")
    )


def _value_of(token: pl.Expr, values: dict[str, int], *, default: int) -> pl.Expr:
    """The value of the first regex key that matches the whole token."""
    return regex_lookup(token, values, default=default).cast(pl.Int64)


def approximate_value(number: pl.Expr, language: str) -> pl.Expr:
    """The value of the written `number` if it is an approximate collective number ("une
    centaine": 100), else null."""
    return regex_lookup(number, _words(language, "approximate"), flags="(?i)").cast(pl.Int64)
