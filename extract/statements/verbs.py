"""Reporting verbs and attributions: the one of each sentence that reports, with its offset."""

from functools import cache

import polars as pl

from extract import facts
from extract.statements.common import SECTION, without_quotes


VERB_SCHEMA = pl.Schema(
    {
        "article_id": pl.String,
        "sentence_index": pl.Int32,
        "_sentence_start": pl.Int32,
        "_verb_start": pl.Int32,
        "_verb": pl.String,
    }
)


def verbs_of_language(part: pl.DataFrame, language: str) -> pl.DataFrame:
    """The reporting verb or attribution of each sentence that has one, with its offset: the
    first one, or the last in verb-final languages."""
    verb_parts = reporting_word_parts(language)
    if not verb_parts:
        return pl.DataFrame(schema=VERB_SCHEMA)

    # Verb-final languages report with the sentence's last verb ("... açıklamasında ... dedi").
    verb_final = facts.names_speaker_first(language)
    group = pl.col("_match").struct.field
    nouns = facts.alternation(language, SECTION, "statement_nouns")
    passive_parts = facts.alternation_parts(facts.terms(language, SECTION, "passive")) if nouns else ()
    # Only sentences with a verb (or a passive report) are searched for where it stands.
    part = part.filter(facts.has_any("text", [*verb_parts, *passive_parts]))
    # Silences and things declared, not said ("declared war"), report nothing; a silence inside
    # a quote is what is said ("“We will not stay silent,” she said").
    silence = facts.alternation(language, SECTION, "silence")
    if silence:
        part = part.filter(~without_quotes("text").str.contains(facts.words(silence)))
    found = part.select("article_id", "sentence_index", "text", _sentence_start="char_start")
    found = _with_word_of(found, verb_parts, "_match", last=verb_final)
    if passive_parts:
        found = _with_word_of(found, passive_parts, "_passive", last=verb_final).with_columns(
            _passive=pl.when(facts.has("text", nouns)).then("_passive")
        )
        passive_at = pl.col("_passive").struct.field("1").str.len_chars()
        later = group("2").is_null() | (passive_at > group("1").str.len_chars()).fill_null(False)
        found = found.with_columns(_match=pl.when(later & passive_at.is_not_null()).then("_passive").otherwise("_match"))
    # A fragment may reach back over the word before a comma to find its start (", so Fidan"):
    # the verb starts at the comma.
    word_before_comma = group("2").str.extract(r"^([^\s,]*),", 1).str.len_chars().fill_null(0)
    verb_start = group("1").str.len_chars() + word_before_comma
    verb = group("2").str.slice(word_before_comma)
    ending = facts.alternation(language, SECTION, "attribution_ending")
    if ending:
        # An attribution ending the sentence reports (searched from the end: a pattern anchored
        # there is cheap, unlike a long gap inside the verbs' alternation).
        tail = pl.col("text").str.extract(f"(?is)((?:{ending})[^\\p{{L}}\\p{{N}}]*)$", 1)
        attribution = tail.str.replace(r"[^\p{L}\p{N}]*$", "")
        verb_start = pl.when(tail.is_not_null()).then(pl.col("text").str.len_chars() - tail.str.len_chars()).otherwise(verb_start)
        verb = pl.coalesce(attribution, verb)
    return found.filter(group("2").is_not_null()).select(
        "article_id", "sentence_index", "_sentence_start", _verb_start=verb_start.cast(pl.Int32), _verb=verb
    )


def _with_word_of(frame: pl.DataFrame, alternatives: tuple[str, ...], name: str, *, last: bool) -> pl.DataFrame:
    """Add struct `name`: groups "1" (the text before) and "2" (the match) of the first, or the
    `last`, word of `alternatives` (the parts of one alternation, in its order) standing as a
    word in `text` (null without one).

    Each part is searched on its own (`facts.alternation_parts`); at the same start the earlier
    part's match wins, as in one alternation. For the first, a search without groups finds where
    it starts and the groups come from a match anchored there: a search with groups through the
    whole sentence is several times slower.
    """
    text = pl.col("text")
    if last:
        found = [f"_{name}{index}" for index in range(len(alternatives))]
        frame = frame.with_columns(
            text.str.extract_groups(f"(?is)^(.*{facts.WORD_START})({alternative}){facts.WORD_END}").alias(column)
            for column, alternative in zip(found, alternatives, strict=True)
        )
        starts = [pl.col(column).struct.field("1").str.len_chars() for column in found]
        latest = pl.max_horizontal(starts)
        chosen = [pl.when(start == latest).then(column) for start, column in zip(starts, found, strict=True)]
        return frame.with_columns(pl.coalesce(chosen).alias(name)).drop(found)
    match = f"((?:{'|'.join(alternatives)})){facts.WORD_END}"
    found_at = pl.min_horizontal(
        text.str.find(f"(?is){facts.WORD_START}{alternative}{facts.WORD_END}") for alternative in alternatives
    )  # in bytes
    located = frame.with_columns(_at=text.cast(pl.Binary).bin.slice(0, found_at).cast(pl.String).str.len_chars())
    # Groups: 1 the word's start boundary, 2 the match. Past the sentence's first character, the
    # character before is kept, so that the boundary sees what the search saw.
    located = located.with_columns(
        _groups=pl.when(pl.col("_at") == 0)
        .then(text.str.extract_groups(f"(?is)^({facts.WORD_START}){match}"))
        .otherwise(text.str.slice(pl.col("_at") - 1).str.extract_groups(f"(?is)^.({facts.WORD_START}){match}"))
    )
    boundary, word = pl.col("_groups").struct.field("1"), pl.col("_groups").struct.field("2")
    before = text.str.slice(0, pl.col("_at") + boundary.str.len_chars())
    return located.with_columns(
        pl.when(word.is_not_null()).then(pl.struct(before.alias("1"), word.alias("2"))).alias(name)
    ).drop("_at", "_groups")


@cache
def reporting_word_parts(language: str) -> tuple[str, ...]:
    """Reporting verbs and attributions of a language, as the parts of one alternation searched
    one by one (`facts.alternation_parts`)."""
    return facts.alternation_parts(
        [
            *facts.terms(language, SECTION, "reported"),
            *facts.terms(language, SECTION, "participles"),
            *facts.terms(language, SECTION, "reported_after"),
        ]
    )


@cache
def reporting_words(language: str) -> str | None:
    """Reporting verbs and attributions of a language, as one alternation (None without them)."""
    parts = reporting_word_parts(language)
    return "(?:" + "|".join(parts) + ")" if parts else None
