"""Date mentions: every date expression of every sentence, resolved against publication.

How it works (vectorised, per language group):

* Month and weekday names come from CLDR through Babel: every locale of the language written in
  Latin script (so "Sept", "Jänner", "setiembre" are known), format and stand-alone, wide and
  abbreviated. Each name becomes a regex that accepts it with or without accents and with
  dotted or dotless i, case-insensitively (English names must be capitalised: "may", "march").
  Relative words, prefixes and patterns come from the `[dates]` section of the language's lexicon.
* One alternation per language (cached), in priority order: phrases that are not dates, ISO
  dates, the lexicon's patterns (ranges and full dates first), weekdays, months with a
  preposition ("in June"), relative phrases ("yesterday", "last week"), years. Matches come from
  `str.extract_all` of it and their offsets from `str.split` after each match (the same regex,
  compiled once): each piece is "text before + date", so the cumulative lengths give the offsets.
* Components are read from each match (day numbers, month and weekday names mapped to numbers
  with `replace_strict`, years, relative phrases, "next"/"last" marks) and resolved with polars
  date arithmetic against the article's `published_date`.

Resolution rules (decided here, tested in tests/extract/test_dates.py):

* A day or month without a year takes the publication year, moved one year back when that puts it
  after publication; when the match or its clause (the sentence up to the nearest comma, colon,
  semicolon, bracket or complementiser of the `[statements]` lexicon on each side, or embedded
  clause of `clause_openers`; only the words before it right after a reporting verb: "said on
  Friday that troops will go", "said on Friday troops would go" are past) is future-marked
  ("next", future tense words of the lexicon) it takes the nearest such date on or after
  publication instead.
* A day with a weekday and no year ("mercredi 13 septembre") takes the year, among that one and
  the years just before and after, in which the day falls on that weekday.
* A weekday is the latest such day on or before publication (the publication weekday itself is
  that day); with a "next" word the first one after publication; with a "last" word the latest one
  strictly before; in a future-tense clause the first one on or after publication.
* Weeks ("last week") are Monday-Sunday ranges (`range`); months and years give `month`/`year`
  precision ("earlier this month" is the publication month).
* Without a publication date, expressions that need one get precision `unknown` and null dates;
  absolute dates with a year still resolve. The current date is never used.
* The date of an article's dateline ("CAIRO, March 15 (Reuters) -") is no mention: it is the
  publication's, and it would date the lead's events (the sentences leave datelines out).
* `is_future` is true when the resolved start lies after publication, or, without a publication
  date, when the expression itself points forward ("tomorrow", "next Tuesday").
"""

import re
import unicodedata
from functools import cache

import polars as pl
from babel import Locale, localedata

from extract import lexicon
from extract.facts import WORD_START, complementisers, verbs_before_what_they_report
from extract.schemas import DATE_MENTIONS, conform, empty

def _transliteration() -> dict[str, str]:
    """One-to-one map of Latin letters with diacritics (and typographic marks) to ASCII.

    Matching runs on a transliterated copy of each sentence: the same number of characters, so
    offsets found there are offsets in the original, and plain ASCII word boundaries (much faster
    in the regex engine than Unicode ones) are right for "Çarşamba", "août" or "Salı".
    """
    table = {}
    for code_point in range(0xC0, 0x250):
        character = chr(code_point)
        base = unicodedata.normalize("NFKD", character)[0]
        if base.isascii() and base.isalpha():
            table[character] = base
    table.update(
        {"ı": "i", "İ": "I", "ß": "s", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ł": "l",
         "Ł": "L", "æ": "a", "Æ": "A", "œ": "o", "Œ": "O", "’": "'", "‘": "'", "ʼ": "'",
         "–": "-", "—": "-",
         "‐": "-", "‑": "-", "\u00a0": " "}
    )
    return table


TRANSLITERATION = _transliteration()
TRANSLITERATION_TABLE = str.maketrans(TRANSLITERATION)
DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th|er|º|°)?\b"
NUMERIC_DAY = r"(?:3[01]|[12]\d|0?[1-9])"
NUMERIC_MONTH = r"(?:1[0-2]|0?[1-9])"
YEAR = r"(?:19|20)\d\d\b"
COUNTED_NOUN_REACH = 40  # "2000 soldiers": the text after a bare year read for what it counts
ISO_DATE = r"(?:19|20)\d\d-(?:1[0-2]|0[1-9])-(?:3[01]|[12]\d|0[1-9])\b"
OFFSET_KINDS = ("day", "week", "weekend", "month", "year")
NEVER = r"[^\s\S]"
ASCII_BOUNDARY = r"(?-u:\b)"
# The clause around a mention (for its tense) runs to the nearest punctuation on each side (not
# the comma of a number, "1,500 troops"), within CLAUSE_WINDOW characters.
CLAUSE_WINDOW = 120
CLAUSE_BEFORE = r"((?:[^,;:()\[\]]|\d,\d)*)$"
CLAUSE_AFTER = r"^((?:[^,;:()\[\]]|\d,\d)*)"


def ascii_text(text: str) -> str:
    """`text` with every letter transliterated one-to-one to ASCII (same length)."""
    return text.translate(TRANSLITERATION_TABLE)


def ascii_expression(expression: pl.Expr) -> pl.Expr:
    """`ascii_text` of a string column."""
    return expression.str.replace_many(list(TRANSLITERATION), list(TRANSLITERATION.values()))


def fold(text: str) -> str:
    """Lookup key of a name or phrase: ASCII, lowercase, no dots, single spaces."""
    return " ".join(ascii_text(text).lower().replace(".", "").split())


def _fold_expression(expression: pl.Expr) -> pl.Expr:
    """`fold` for a column that is already ASCII."""
    lowered = expression.str.to_lowercase().str.replace_all(".", "", literal=True)
    return lowered.str.replace_all(r"\s+", " ").str.strip_chars()


def _pattern(text: str) -> str:
    """Regex source of a lexicon pattern, for matching against ASCII text."""
    return ascii_text(text).replace(r"\b", ASCII_BOUNDARY)


def _phrase(text: str) -> str:
    """Regex for a name or phrase of the lexicon or CLDR, for matching against ASCII text."""
    parts = []
    for character in fold(text):
        if character == " ":
            parts.append(r"\s+")
        elif character == "-":
            parts.append(r"-\s*")
        else:
            parts.append(re.escape(character))
    return "".join(parts)


def _alternation(items, capitalised: bool = False) -> str:
    """Longest-first alternation of `items` (case-sensitive, first letter capital, when asked)."""
    forms = sorted({_phrase(item) for item in items}, key=lambda form: (-len(form), form))
    if capitalised:
        forms = [f"(?-i:{form[0].upper()}){form[1:]}" for form in forms]
    return "(?:" + "|".join(forms) + ")"


@cache
def _locales(language: str) -> tuple[Locale, ...]:
    identifiers = [
        identifier
        for identifier in localedata.locale_identifiers()
        if identifier == language or identifier.startswith(f"{language}_")
    ]
    locales = [Locale.parse(identifier) for identifier in identifiers]
    return tuple(locale for locale in locales if locale.script is None)


@cache
def calendar_names(language: str) -> dict[str, dict[str, int]]:
    """CLDR names of `language`: 'wide'/'abbreviated' month name -> 1..12, 'weekdays' -> 1..7."""
    wide: dict[str, int] = {}
    abbreviated: dict[str, int] = {}
    weekdays: dict[str, int] = {}
    for locale in _locales(language):
        for context in ("format", "stand-alone"):
            for number, name in locale.months[context]["wide"].items():
                wide[name] = number
            for number, name in locale.months[context]["abbreviated"].items():
                abbreviated[name.rstrip(".")] = number
            for index, name in locale.days[context]["wide"].items():
                weekdays[name] = index + 1
    wide_keys = {fold(name) for name in wide}
    abbreviated = {
        name: number
        for name, number in abbreviated.items()
        if len(fold(name)) >= 3 and fold(name) not in wide_keys
    }
    return {"wide": wide, "abbreviated": abbreviated, "weekdays": weekdays}


@cache
def calendar_words(language: str) -> frozenset[str]:
    """Month and weekday names of the language (CLDR), lowercase: capitalised words that are no place."""
    names = calendar_names(language)
    return frozenset(name.lower() for kind in ("wide", "abbreviated", "weekdays") for name in names[kind])


@cache
def month_abbreviations(language: str) -> tuple[str, ...]:
    """CLDR abbreviated month names that differ from every wide name (for sentence splitting)."""
    return tuple(sorted({fold(name) for name in calendar_names(language)["abbreviated"]}))


def _words(words, required: bool) -> str:
    """Optional (or required) group of prefix words, each followed by spaces (not after - or ')."""
    if not words:
        return ""
    forms = []
    for word in sorted(set(words), key=lambda item: (-len(item), item)):
        tail = "" if word[-1] in "-'’" else r"\s+"
        forms.append(_phrase(word) + tail)
    group = "(?:" + "|".join(forms) + ")"
    return group if required else group + "?"


def _suffixes(words, required: bool) -> str:
    if not words:
        return ""
    group = r"(?:\s+" + _alternation(words) + r"\b)"
    return group if required else group + "?"


@cache
def _rules(language: str) -> dict:
    """Compiled patterns and lookup tables of one language (built once)."""
    section = lexicon.section(language, "dates")
    names = calendar_names(language) if language in lexicon.languages() else {
        "wide": {}, "abbreviated": {}, "weekdays": {}
    }
    capitalised = bool(section.get("capitalised_names", False))
    wide = _alternation(names["wide"], capitalised) if names["wide"] else NEVER
    abbreviated = _alternation(names["abbreviated"], capitalised) if names["abbreviated"] else None
    month = rf"(?:{wide}\b|{abbreviated}\b\.?)" if abbreviated else rf"(?:{wide}\b)"
    ambiguous = {fold(name) for name in section.get("ambiguous_weekdays", [])}
    weekday_names = list(names["weekdays"])
    plain_weekdays = [name for name in weekday_names if fold(name) not in ambiguous]
    ambiguous_weekdays = [name for name in weekday_names if fold(name) in ambiguous]
    # German writes parts of the day into the weekday: "Mittwochabend", "Dienstagmorgen".
    compound = section.get("weekday_compounds", [])
    compound = ("(?:" + _alternation(compound) + ")?") if compound else ""
    weekday = NEVER
    if weekday_names:
        weekday = _alternation(weekday_names, capitalised) + compound + r"\b"
    name_suffix = _pattern(section.get("name_suffix", ""))
    placeholders = {
        "{D}": DAY,
        "{DN}": NUMERIC_DAY,
        "{MN}": NUMERIC_MONTH,
        "{Y}": YEAR,
        "{M}": month,
        "{MW}": wide,
        "{W}": weekday,
        "{MP}": _words(section.get("month_prefixes", []), required=False),
        "{DP}": _words(
            [*section.get("day_prefixes", []), *section.get("month_prefixes", [])], required=False
        ),
        "{WP}": _words(section.get("weekday_prefixes", []), required=False),
        "{WS}": _suffixes(section.get("weekday_suffixes", []), required=False),
        "{TS}": name_suffix,
    }

    def fill(pattern: str) -> str:
        for placeholder, regex in placeholders.items():
            pattern = pattern.replace(placeholder, regex)
        return pattern

    relative: dict[str, tuple[str, int]] = {}
    for kind in OFFSET_KINDS:
        for phrase, offset in section.get(f"{kind}_offsets", {}).items():
            relative[fold(phrase)] = (kind, int(offset))
    exact = {phrase: int(offset) for phrase, offset in section.get("day_offsets_exact", {}).items()}
    for phrase, offset in exact.items():
        relative[fold(phrase)] = ("day", offset)
    relative_phrases = [
        phrase for kind in OFFSET_KINDS for phrase in section.get(f"{kind}_offsets", {})
    ]
    relative_regex = _alternation(relative_phrases) if relative_phrases else None
    if exact:
        exact_forms = sorted((re.escape(ascii_text(word)) for word in exact), key=len, reverse=True)
        exact_regex = "(?-i:" + "|".join(exact_forms) + ")"
        relative_regex = f"(?:{relative_regex}|{exact_regex})" if relative_regex else exact_regex

    alternatives = []
    not_dates = section.get("not_dates", [])
    if not_dates:
        alternatives.append(_alternation(not_dates) + r"\b")
    alternatives.append(ISO_DATE)
    alternatives += [fill(_pattern(pattern)) for pattern in section.get("patterns", [])]
    if plain_weekdays:
        alternatives.append(
            placeholders["{WP}"]
            + _alternation(plain_weekdays, capitalised)
            + compound
            + r"\b"
            + name_suffix
            + placeholders["{WS}"]
        )
    if ambiguous_weekdays:
        names_regex = _alternation(ambiguous_weekdays, capitalised) + compound + r"\b" + name_suffix
        prefix = _words(section.get("weekday_prefixes", []), required=True)
        alternative = f"{prefix}{names_regex}{placeholders['{WS}']}"
        if section.get("ambiguous_weekday_suffixes"):
            suffix = _suffixes(section["ambiguous_weekday_suffixes"], required=True)
            alternative = f"(?:{alternative}|{names_regex}{suffix})"
        alternatives.append(alternative)
    if section.get("month_prefixes"):
        alternatives.append(_words(section["month_prefixes"], required=True) + wide + r"\b")
    numbers = {fold(word): int(value) for word, value in section.get("number_words", {}).items()}
    number = r"(?:\d{1,3}" + ("|" + _alternation(numbers) if numbers else "") + ")"
    ago, ahead = (
        {unit: fill(_pattern(pattern)).replace("{N}", number) for unit, pattern in section.get(key, {}).items()}
        for key in ("ago_patterns", "ahead_patterns")
    )
    alternatives += [regex + r"\b" for regex in (*ago.values(), *ahead.values())]
    # a year with its prefix before the phrases: "Ende des Jahres 2022" is 2022, not this year
    alternatives.append(
        _words(section.get("year_prefixes", []), required=False)
        + YEAR
        + _pattern(section.get("year_suffix", ""))
    )
    if relative_regex:
        alternatives.append(relative_regex + r"\b")
    mention = "(?i:" + "|".join(rf"\b(?:{alternative})" for alternative in alternatives) + ")"

    def marker(words) -> str | None:
        return (r"(?i)\b" + _alternation(words) + r"\b") if words else None

    # "2000 soldiers" is a count, not a year: the troops and units of `[deployments]`, and `count_nouns`
    deployments = lexicon.section(language, "deployments") if language in lexicon.languages() else {}
    counted = [*deployments.get("personnel", []), *deployments.get("units", []), *section.get("count_nouns", [])]
    future = section.get("future_markers", [])
    regexes = {
        "mention": mention,
        "month_component": r"(?i)\b(?:"
        + (wide if not abbreviated else f"{abbreviated}\\b|{wide}")
        + ")",
        "weekday_component": r"(?i)\b" + (_alternation(weekday_names) if weekday_names else NEVER),
        "relative_component": ("(?i)\\b" + relative_regex + r"\b") if relative_regex else None,
        "next": marker(section.get("next_words", [])),
        "last": marker(section.get("last_words", [])),
    }
    return {
        # Tense is read from the original clause, where accents matter ("hablará").
        "future": "(?i)(?:" + "|".join(future) + ")" if future else None,
        "subordinators": _subordinators(language, section.get("clause_openers", [])),
        "said_before": _said_before(language),
        **{name: regex and regex.replace(r"\b", ASCII_BOUNDARY) for name, regex in regexes.items()},
        "months": {
            fold(name): number for name, number in {**names["abbreviated"], **names["wide"]}.items()
        },
        "weekdays": {fold(name): number for name, number in names["weekdays"].items()},
        "relative": relative,
        "not_dates": [fold(phrase) for phrase in not_dates],
        "counted_after": rf"(?i)^\s+(?:{'|'.join(counted)})(?:[^\p{{L}}]|$)" if counted else None,
        "ago": {unit: "(?i)" + regex.replace(r"\b", ASCII_BOUNDARY) for unit, regex in ago.items()},
        "ahead": {unit: "(?i)" + regex.replace(r"\b", ASCII_BOUNDARY) for unit, regex in ahead.items()},
        "number": "(?i)" + ASCII_BOUNDARY + number + ASCII_BOUNDARY,
        "numbers": numbers,
    }


def _mentions_of_language(sentences: pl.DataFrame, language: str | None) -> pl.DataFrame:
    """Matches with their offsets and raw components, for sentences of one language."""
    rules = _rules(language or "")
    hits = sentences.select(
        "article_id",
        "sentence_index",
        pl.col("char_start").alias("sentence_start"),
        "published_date",
        pl.col("text").alias("sentence"),
        ascii_expression(pl.col("text")).alias("ascii_sentence"),
    )
    hits = hits.with_columns(pl.col("ascii_sentence").str.extract_all(rules["mention"]).alias("match"))
    hits = hits.filter(pl.col("match").list.len() > 0)
    if hits.height == 0:
        return pl.DataFrame()
    # Split after each mention, a sentence's pieces end where its mentions (in order) end.
    chunks = pl.col("ascii_sentence").str.split(rules["mention"], inclusive=True, literal=False)
    hits = hits.with_columns(chunks.list.head(pl.col("match").list.len()).alias("chunk"))
    hits = hits.with_row_index("sentence_row").explode("chunk", "match")
    hits = hits.with_columns(
        pl.col("chunk").str.len_chars().cast(pl.Int64).alias("chunk_length"),
        (pl.col("sentence_row") != pl.col("sentence_row").shift(1)).fill_null(True).alias("first"),
    )
    running = pl.col("chunk_length").cum_sum()
    hits = hits.with_columns(
        (running - pl.when(pl.col("first")).then(running - pl.col("chunk_length")).forward_fill())
        .alias("chunk_end")
    )
    length = pl.col("match").str.len_chars().cast(pl.Int64)
    local_start = pl.col("chunk_end") - length
    hits = hits.with_columns(
        (pl.col("sentence_start") + local_start).alias("char_start"),
        (pl.col("sentence_start") + pl.col("chunk_end")).alias("char_end"),
        pl.col("sentence").str.slice(local_start, length).alias("text"),
        _fold_expression(pl.col("match")).alias("key"),
    ).filter(~pl.col("key").is_in(rules["not_dates"]))
    if rules["counted_after"]:
        counted = pl.col("match").str.contains(r"^\d{4}$") & pl.col("sentence").str.slice(
            pl.col("chunk_end"), COUNTED_NOUN_REACH
        ).str.contains(rules["counted_after"])
        hits = hits.filter(~counted)
    text = pl.col("match")
    no_years = text.str.replace_all(r"\d{4}", "")
    days = no_years.str.extract_all(r"\d{1,2}")
    months = text.str.extract_all(rules["month_component"])
    weekdays = text.str.extract_all(rules["weekday_component"])
    relative = (
        _fold_expression(text.str.extract(rules["relative_component"], 0))
        if rules["relative_component"]
        else pl.lit(None, pl.String)
    )
    relative_kind = relative.replace_strict(
        {key: kind for key, (kind, _) in rules["relative"].items()},
        default=None,
        return_dtype=pl.String,
    )
    ago_unit = ahead_unit = pl.lit(None, pl.String)
    for unit, regex in rules["ago"].items():
        ago_unit = pl.when(text.str.contains(regex)).then(pl.lit(unit)).otherwise(ago_unit)
    for unit, regex in rules["ahead"].items():
        ahead_unit = pl.when(text.str.contains(regex)).then(pl.lit(unit)).otherwise(ahead_unit)
    offset_number = _fold_expression(text.str.extract(rules["number"], 0))
    offset_count = pl.coalesce(
        offset_number.str.to_integer(strict=False).cast(pl.Int32),
        offset_number.replace_strict(rules["numbers"], default=None, return_dtype=pl.Int32),
    )
    relative_offset = relative.replace_strict(
        {key: offset for key, (_, offset) in rules["relative"].items()},
        default=None,
        return_dtype=pl.Int32,
    )

    def lookup(names: pl.Expr, table: dict[str, int]) -> pl.Expr:
        return _fold_expression(names).replace_strict(table, default=None, return_dtype=pl.Int32)

    numeric = text.str.extract_groups(
        r"(?P<nd>\d{1,2})[./](?P<nm>\d{1,2})[./](?P<ny>\d{4})"
        r"|(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2})"
    )
    hits = hits.select(
        "article_id",
        "sentence_index",
        "char_start",
        "char_end",
        "text",
        "published_date",
        "match",
        "sentence",
        "sentence_start",
    )
    # Components depend on the matched text only: read them once per distinct match.
    components = hits.select(pl.col("match").unique()).select(
        "match",
        days.list.first().cast(pl.Int32).alias("day_1"),
        days.list.last().cast(pl.Int32).alias("day_2"),
        lookup(months.list.first(), rules["months"]).alias("month_1"),
        lookup(months.list.last(), rules["months"]).alias("month_2"),
        text.str.extract_all(r"\b(?:19|20)\d\d\b").list.first().cast(pl.Int32).alias("year_1"),
        text.str.extract_all(r"\b(?:19|20)\d\d\b").list.last().cast(pl.Int32).alias("year_2"),
        lookup(weekdays.list.first(), rules["weekdays"]).alias("weekday_1"),
        lookup(weekdays.list.last(), rules["weekdays"]).alias("weekday_2"),
        pl.coalesce(relative_kind, ago_unit, ahead_unit).alias("relative_kind"),
        pl.coalesce(
            relative_offset,
            pl.when(ago_unit.is_not_null()).then(-offset_count),
            pl.when(ahead_unit.is_not_null()).then(offset_count),
        ).alias("relative_offset"),
        ahead_unit.is_not_null().alias("ahead"),
        numeric.struct.field("nd").cast(pl.Int32).alias("numeric_day"),
        numeric.struct.field("nm").cast(pl.Int32).alias("numeric_month"),
        numeric.struct.field("ny").cast(pl.Int32).alias("numeric_year"),
        numeric.struct.field("iy").cast(pl.Int32).alias("iso_year"),
        numeric.struct.field("im").cast(pl.Int32).alias("iso_month"),
        numeric.struct.field("id").cast(pl.Int32).alias("iso_day"),
        (text.str.contains(rules["next"]) if rules["next"] else pl.lit(False)).alias("next_marked"),
        (text.str.contains(rules["last"]) if rules["last"] else pl.lit(False)).alias("last_marked"),
    )
    mentions = hits.join(components, on="match", how="left", maintain_order="left").drop("match")
    return _with_future_clause(mentions, rules["future"], rules["subordinators"], rules["said_before"]).drop(
        "sentence", "sentence_start"
    )


def _subordinators(language: str, clause_openers: list[str]) -> tuple[str, str] | None:
    """Regexes that cut a clause before and after the complementisers of the language ("that",
    "que", "qu'", "dass") and the embedded clauses of `clause_openers`: "said on Friday that
    troops will go" is said in the past tense, and so is "salı günü Türkiye'nin asker
    göndereceğini söyledi"."""
    present = [alternative for alternative in (complementisers(language), *clause_openers) if alternative]
    if not present:
        return None
    alternation = "(?:" + "|".join(present) + ")"
    return rf"(?is)^.*{WORD_START}{alternation}", rf"(?is){WORD_START}{alternation}.*$"


def _said_before(language: str) -> str | None:
    """A regex for a reporting verb right before a mention, in a language that puts the verb
    before what it reports: "X said on Thursday the group would ..." was said on Thursday, so the
    words after the mention do not give its tense."""
    verbs = verbs_before_what_they_report(language)
    return rf"(?i){WORD_START}(?:{verbs})\s+$" if verbs else None


def _with_future_clause(
    mentions: pl.DataFrame, future: str | None, subordinators: tuple[str, str] | None, said_before: str | None
) -> pl.DataFrame:
    """Add `future_clause`: whether the clause around the mention is future-marked.

    The tense decides only days and months without a year, weekdays, and whether "in two weeks"
    is a date: only their clauses are read (the others are false), as a regex over every clause
    is the costliest step of the dates.
    """
    if future is None:
        return mentions.with_columns(pl.lit(False).alias("future_clause"))
    month = pl.coalesce("numeric_month", "iso_month", "month_1")
    year = pl.coalesce("numeric_year", "iso_year", "year_1")
    decided_by_tense = (
        (month.is_not_null() & year.is_null())
        | (month.is_null() & pl.col("weekday_1").is_not_null())
        | pl.col("ahead")
        | (pl.col("relative_kind") == "weekend").fill_null(False)
    )
    decided = mentions.filter(decided_by_tense).with_columns(_clause_parts(subordinators)).with_columns(
        future_clause=pl.concat_str("_before", "text", "_after").str.contains(future)
    )
    if said_before:
        # right after a reporting verb, only the words before it give its tense (read only where
        # the whole clause is future-marked: the regex is dear)
        marked = decided.filter("future_clause")
        decided = pl.concat(
            [
                decided.filter(~pl.col("future_clause")),
                marked.with_columns(
                    future_clause=pl.when(pl.col("_before").str.contains(said_before))
                    .then(pl.concat_str("_before", "text").str.contains(future))
                    .otherwise(True)
                ),
            ]
        )
    return pl.concat(
        [
            decided.drop("_before", "_after"),
            mentions.filter(~decided_by_tense).with_columns(pl.lit(False).alias("future_clause")),
        ],
        how="vertical",
    )


def _clause_parts(subordinators: tuple[str, str] | None) -> list[pl.Expr]:
    """`_before` and `_after`: the sentence before and after the mention up to the nearest
    punctuation or complementiser on each side, within CLAUSE_WINDOW characters."""
    sentence = pl.col("sentence")
    start = pl.col("char_start") - pl.col("sentence_start")
    end = pl.col("char_end") - pl.col("sentence_start")
    before = (
        sentence.str.slice((start - CLAUSE_WINDOW).clip(lower_bound=0), start.clip(upper_bound=CLAUSE_WINDOW))
        .str.extract(CLAUSE_BEFORE, 1)
        .fill_null("")
    )
    after = sentence.str.slice(end, CLAUSE_WINDOW).str.extract(CLAUSE_AFTER, 1).fill_null("")
    if subordinators:
        before, after = before.str.replace(subordinators[0], ""), after.str.replace(subordinators[1], "")
    return [before.alias("_before"), after.alias("_after")]


def _make_date(year: pl.Expr, month: pl.Expr, day: pl.Expr) -> pl.Expr:
    """A date from components; null when any is null or the day does not exist (31 June).

    Integer arithmetic (days from the civil date, H. Hinnant's algorithm) instead of `pl.date`,
    which is slow on columns and raises on impossible days.
    """
    year, month, day = (part.cast(pl.Int64) for part in (year, month, day))
    shifted_year = year - (month <= 2).cast(pl.Int64)
    era = shifted_year.floordiv(400)
    year_of_era = shifted_year - era * 400
    march_based_month = month + pl.when(month > 2).then(-3).otherwise(9)
    day_of_year = (153 * march_based_month + 2).floordiv(5) + day - 1
    leap_days = year_of_era.floordiv(4) - year_of_era.floordiv(100)
    day_of_era = year_of_era * 365 + leap_days + day_of_year
    candidate = (era * 146097 + day_of_era - 719468).cast(pl.Int32).cast(pl.Date)
    valid = month.is_between(1, 12) & day.is_between(1, 31) & (candidate.dt.month() == month)
    return pl.when(valid).then(candidate)


def _days(expression: pl.Expr) -> pl.Expr:
    return pl.duration(days=expression)


def _resolve(mentions: pl.DataFrame) -> pl.DataFrame:
    """Dates, precision and future flag of each mention (in stages: every step reads columns)."""
    published = pl.col("published_date")
    col = pl.col
    frame = mentions.with_columns(
        pl.coalesce("numeric_day", "iso_day", "day_1").alias("day_1"),
        pl.coalesce("numeric_day", "iso_day", "day_2").alias("day_2"),
        pl.coalesce("numeric_month", "iso_month", "month_1").alias("month_1"),
        pl.coalesce("numeric_month", "iso_month", "month_2").alias("month_2"),
        pl.coalesce("numeric_year", "iso_year", "year_1").alias("year_1"),
        pl.coalesce("numeric_year", "iso_year", "year_2").alias("year_2"),
        (col("next_marked") | col("future_clause")).alias("forward"),
        published.dt.year().cast(pl.Int32).alias("publication_year"),
        published.dt.month().cast(pl.Int32).alias("publication_month"),
        published.dt.weekday().cast(pl.Int32).alias("publication_weekday"),
    )
    kind = (
        pl.when(col("day_1").is_not_null() & col("month_1").is_not_null()).then(pl.lit("day"))
        .when(col("month_1").is_not_null()).then(pl.lit("month"))
        .when(col("weekday_1").is_not_null()).then(pl.lit("weekday"))
        # a year the mention names outweighs a phrase that names it from publication
        .when(col("year_1").is_not_null()).then(pl.lit("year"))
        .when(col("relative_kind").is_not_null()).then(pl.lit("relative"))
        .otherwise(pl.lit("none"))
    )
    frame = frame.with_columns(
        kind.alias("kind"),
        _make_date(col("publication_year"), col("month_1"), col("day_1").fill_null(1)).alias(
            "candidate"
        ),
    )

    # Days and months without a year: the publication year, one back when that lies after
    # publication (one ahead when the mention is future-marked and that lies before).
    is_day = col("kind") == "day"
    later = pl.when(is_day).then(col("candidate") > published).otherwise(
        col("month_1") > col("publication_month")
    )
    earlier = pl.when(is_day).then(col("candidate") < published).otherwise(
        col("month_1") < col("publication_month")
    )
    frame = frame.with_columns(
        pl.when(col("forward") & earlier).then(col("publication_year") + 1)
        .when(~col("forward") & later).then(col("publication_year") - 1)
        .otherwise(col("publication_year"))
        .alias("inferred_year")
    )
    # With a weekday ("Wednesday, Nov. 15"), the neighbouring year where the day fits it.
    frame = frame.with_columns(
        [
            (
                _make_date(col("inferred_year") + delta, col("month_1"), col("day_1"))
                .dt.weekday()
                .cast(pl.Int32)
                == col("weekday_1")
            ).alias(f"fits_{index}")
            for index, delta in enumerate((0, 1, -1))
        ]
    )
    consistent_year = (
        pl.when(col("weekday_1").is_null() | col("fits_0")).then(col("inferred_year"))
        .when(col("forward") & col("fits_1")).then(col("inferred_year") + 1)
        .when(col("fits_2")).then(col("inferred_year") - 1)
        .when(col("fits_1")).then(col("inferred_year") + 1)
        .otherwise(col("inferred_year"))
    )
    frame = frame.with_columns(pl.coalesce(col("year_1"), consistent_year).alias("year"))
    frame = frame.with_columns(pl.coalesce(col("year_2"), col("year")).alias("end_year"))
    frame = frame.with_columns(
        _make_date(col("year"), col("month_1"), col("day_1")).alias("day_start"),
        _make_date(col("end_year"), col("month_2"), col("day_2")).alias("day_end_same_year"),
        _make_date(col("end_year") + 1, col("month_2"), col("day_2")).alias("day_end_next_year"),
        _make_date(col("year"), col("month_1"), pl.lit(1)).alias("month_start"),
        _make_date(col("end_year"), col("month_2"), pl.lit(1)).dt.month_end().alias("month_end"),
    )

    # Weekdays: on or before publication unless marked.
    weekday, publication_weekday = col("weekday_1"), col("publication_weekday")
    weekday_shift = (
        pl.when(col("next_marked")).then(((weekday - publication_weekday + 6) % 7) + 1)
        .when(col("last_marked")).then(-(((publication_weekday - weekday + 6) % 7) + 1))
        .when(col("future_clause")).then((weekday - publication_weekday + 7) % 7)
        .otherwise(-((publication_weekday - weekday + 7) % 7))
    )
    frame = frame.with_columns((published + _days(weekday_shift)).alias("weekday_start"))
    frame = frame.with_columns(
        (col("weekday_start") + _days((col("weekday_2") - weekday + 7) % 7)).alias("weekday_end")
    )

    # Relative phrases: days, Monday-Sunday weeks, months, years.
    offset, relative_kind = col("relative_offset"), col("relative_kind")
    frame = frame.with_columns(
        (published - _days(publication_weekday - 1) + _days(offset * 7)).alias("week_start"),
        published.dt.truncate("1mo")
        .dt.offset_by(pl.format("{}mo", offset))
        .alias("relative_month"),
        (col("publication_year") + offset).alias("relative_year"),
    )
    # Weekends: the last one before publication (-1), the next one after it (1), or by the
    # clause's tense the one on or before publication or the coming one (0).
    this_saturday = published - _days(publication_weekday - 1) + _days(pl.lit(5))
    past_saturday = pl.when(publication_weekday >= 6).then(this_saturday).otherwise(this_saturday - _days(pl.lit(7)))
    coming_saturday = pl.when(publication_weekday < 6).then(this_saturday).otherwise(this_saturday + _days(pl.lit(7)))
    frame = frame.with_columns(
        pl.when(offset < 0).then(this_saturday - _days(pl.lit(7)))
        .when(offset > 0).then(coming_saturday)
        .when(col("future_clause")).then(coming_saturday)
        .otherwise(past_saturday)
        .alias("weekend_start")
    )
    frame = frame.with_columns(
        pl.when(relative_kind == "day").then(published + _days(offset))
        .when(relative_kind == "week").then(col("week_start"))
        .when(relative_kind == "weekend").then(col("weekend_start"))
        .when(relative_kind == "month").then(col("relative_month"))
        .when(relative_kind == "year").then(_make_date(col("relative_year"), pl.lit(1), pl.lit(1)))
        .alias("relative_start"),
        pl.when(relative_kind == "day").then(published + _days(offset))
        .when(relative_kind == "week").then(col("week_start") + _days(pl.lit(6)))
        .when(relative_kind == "weekend").then(col("weekend_start") + _days(pl.lit(1)))
        .when(relative_kind == "month").then(col("relative_month").dt.month_end())
        .when(relative_kind == "year")
        .then(_make_date(col("relative_year"), pl.lit(12), pl.lit(31)))
        .alias("relative_end"),
    )

    kind = col("kind")
    is_range_day = (col("day_1") != col("day_2")) | (col("month_1") != col("month_2"))
    day_end = (
        pl.when(col("day_end_same_year") < col("day_start"))
        .then(col("day_end_next_year"))
        .otherwise(col("day_end_same_year"))
    )
    date_start = (
        pl.when(kind == "day").then(col("day_start"))
        .when(kind == "month").then(col("month_start"))
        .when(kind == "weekday").then(col("weekday_start"))
        .when(kind == "relative").then(col("relative_start"))
        .when(kind == "year").then(_make_date(col("year_1"), pl.lit(1), pl.lit(1)))
    )
    date_end = (
        pl.when(kind == "day").then(pl.when(is_range_day).then(day_end).otherwise(col("day_start")))
        .when(kind == "month").then(col("month_end"))
        .when(kind == "weekday").then(col("weekday_end"))
        .when(kind == "relative").then(col("relative_end"))
        .when(kind == "year").then(_make_date(col("year_2"), pl.lit(12), pl.lit(31)))
    )

    def single_or_range(first: str, last: str, single: str) -> pl.Expr:
        return pl.when(col(first) != col(last)).then(pl.lit("range")).otherwise(pl.lit(single))

    precision = (
        pl.when(kind == "day")
        .then(pl.when(is_range_day).then(pl.lit("range")).otherwise(pl.lit("day")))
        .when(kind == "month").then(single_or_range("month_1", "month_2", "month"))
        .when(kind == "weekday").then(single_or_range("weekday_1", "weekday_2", "day"))
        .when(kind == "relative")
        .then(pl.when(relative_kind.is_in(["week", "weekend"])).then(pl.lit("range")).otherwise(relative_kind))
        .when(kind == "year").then(single_or_range("year_1", "year_2", "year"))
        .otherwise(pl.lit("unknown"))
    )
    frame = frame.with_columns(
        date_start.alias("date_start"), date_end.alias("date_end"), precision.alias("precision")
    )
    unresolved = col("date_start").is_null()
    points_forward = col("next_marked") | (col("relative_offset").fill_null(0) > 0)
    return frame.with_columns(
        pl.when(unresolved).then(pl.lit("unknown")).otherwise(col("precision")).alias("precision"),
        pl.when(unresolved).then(None).otherwise(col("date_end")).alias("date_end"),
        pl.when(published.is_not_null() & col("date_start").is_not_null())
        .then(col("date_start") > published)
        .otherwise(points_forward)
        .alias("is_future"),
    )


def extract_dates(sentences: pl.DataFrame, articles: pl.DataFrame) -> pl.DataFrame:
    """raw.date_mentions: date expressions of `sentences`, resolved against publication dates."""
    if sentences.height == 0:
        return empty(DATE_MENTIONS)
    if "published_date" not in sentences.columns or "language" not in sentences.columns:
        carried = [name for name in ("published_date", "language") if name in articles.columns]
        sentences = sentences.drop(carried, strict=False).join(
            articles.select("article_id", *carried), on="article_id", how="left"
        )
    for name, dtype in (("published_date", pl.Date), ("language", pl.String)):
        if name not in sentences.columns:
            sentences = sentences.with_columns(pl.lit(None, dtype).alias(name))
    found = []
    for (language,), group in sentences.group_by("language", maintain_order=True):
        mentions = _mentions_of_language(group, language)
        if mentions.height:
            found.append(mentions)
    if not found:
        return empty(DATE_MENTIONS)
    resolved = _resolve(pl.concat(found, how="vertical"))
    # "in two weeks" is a date only in a clause about the future ("Russia lost 1,000 soldiers in
    # two weeks" is a duration)
    resolved = resolved.filter(~pl.col("ahead") | pl.col("future_clause"))
    return conform(resolved.sort("article_id", "sentence_index", "char_start"), DATE_MENTIONS)
