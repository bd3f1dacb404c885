"""Helpers shared by the event extractors (meetings, deployments, statements).

Patterns come from the lexicons as lists of regular-expression fragments (Rust `regex` syntax:
no look-around); they are joined per language once and cached. Positions are character offsets
(Python `str` indices), which polars' `str.len_chars` and `str.slice` use; `str.find` counts
bytes and is not used.
"""

import re
from collections.abc import Callable, Iterable, Sequence
from functools import cache

import polars as pl

from extract.lexicon import languages, section

ACTOR_TYPE_RANK = {"person": 0, "government_body": 1, "organization": 2, "country": 3, "place": 4}
SENTENCE_KEYS = ["article_id", "sentence_index"]
# The longest title between a body or state and its person ("IDF spokesperson Rear Adm. ").
TITLE_REACH = 60


@cache
def terms(language: str, section_name: str, key: str) -> tuple[str, ...]:
    """The regex fragments listed under `key` in a lexicon section (empty when absent)."""
    return tuple(section(language, section_name).get(key, ()))


# The regex engine's fast automaton has a cache of fixed size (2 MB per regex in the `regex`
# crate; polars sets no other): a search whose alternation has too many fragments with gaps
# overflows it and runs on a machine about 70 times slower. The 82 German reporting verbs and
# passives in one regex searched 4.1 MB of sentences in 0.70-0.89 s, 51 of them (the 27 with
# gaps) in 0.53 s; in parts of 30, 40 or 50, each part took 0.01 s, as the 70 English ones do in
# one. Alternations searched in every sentence go in parts of at most this many fragments.
MAX_FRAGMENTS_PER_SEARCH = 40
# The classes are case-sensitive: under (?i) the regex compiler would case-fold these large
# Unicode classes, which costs milliseconds per regex and changes nothing they match.
WORD_START = r"(?-i:^|[^\p{L}\p{N}_])"
WORD_END = r"(?-i:[^\p{L}\p{N}_]|$)"


def section_value(language: str, section_name: str, key: str) -> object:
    """A single value of a lexicon section (None when absent)."""
    return section(language, section_name).get(key)


def names_speaker_first(language: str) -> bool:
    """Whether the language names a speaker first and reports with the clause's last verb
    (`[statements] speaker_position = "first"`: verb-final, "X ... açıkladı")."""
    return section_value(language, "statements", "speaker_position") == "first"


def verbs_before_what_they_report(language: str) -> str | None:
    """The reporting verbs of a language that puts them before what they report ("X said on
    Thursday ...", "South Korea's spy agency said ..."), as one alternation; None for a
    verb-final language or one without them."""
    if names_speaker_first(language):
        return None
    return alternation(language, "statements", "reported")


@cache
def alternation(language: str, section_name: str, key: str) -> str | None:
    """The lexicon list `key` as one non-capturing alternation, longest fragment first.

    Longer fragments come first so that "held talks" wins over "talks"; None when the list is
    empty, so callers can skip a feature a language does not have.
    """
    fragments = _longest_first(terms(language, section_name, key))
    return "(?:" + "|".join(fragments) + ")" if fragments else None


def alternation_parts(fragments: Iterable[str]) -> tuple[str, ...]:
    """`fragments`, longest first as in `alternation`, cut into alternations of at most
    `MAX_FRAGMENTS_PER_SEARCH` each: searched one by one, they find what one search of them all
    would, at the pace of the engine's fast automaton (empty when there are no fragments)."""
    ordered = _longest_first(fragments)
    return tuple(
        "(?:" + "|".join(ordered[first : first + MAX_FRAGMENTS_PER_SEARCH]) + ")"
        for first in range(0, len(ordered), MAX_FRAGMENTS_PER_SEARCH)
    )


def _longest_first(fragments: Iterable[str]) -> list[str]:
    """`fragments` longest first, each a group with its classes unfolded."""
    return [f"(?:{unfolded_classes(fragment)})" for fragment in sorted(fragments, key=len, reverse=True)]


def has_any(column: str, alternatives: Sequence[str]) -> pl.Expr:
    """Whether the column contains one of `alternatives` as whole words (case-insensitive, `.`
    across lines), one search each (false when there are none)."""
    regexes = [f"(?is){WORD_START}{alternative}{WORD_END}" for alternative in alternatives]
    searches = [pl.col(column).str.contains(regex) for regex in regexes]
    return pl.any_horizontal(searches) if searches else pl.lit(False)


def unfolded_classes(fragment: str) -> str:
    """`fragment` with its Unicode classes (`\\w`, `\\p{L}`, and bracket classes made only of
    escapes and punctuation, like `[\\p{L}-]`) made case-sensitive.

    They match the same under (?i) either way; case-folding them only costs compile time.
    """
    out, index = [], 0
    while index < len(fragment):
        character = fragment[index]
        if character == "[":
            end = _bracket_end(fragment, index)
            bracket = fragment[index : end + 1]
            letters = re.sub(r"\\(?:[pP]\{\w+\}|x[0-9a-fA-F]{2}|.)", "", bracket[1:-1])
            unfolded = end > index and not any(letter.isalpha() for letter in letters)
            out.append(f"(?-i:{bracket})" if unfolded else bracket)
            index = end + 1
        elif character == "\\" and index + 1 < len(fragment):
            if fragment[index + 1] == "w":
                out.append("(?-i:\\w)")
                index += 2
            elif fragment.startswith("\\p{L}", index):
                out.append("(?-i:\\p{L})")
                index += 5
            else:
                out.append(fragment[index : index + 2])
                index += 2
        else:
            out.append(character)
            index += 1
    return "".join(out)


def _bracket_end(fragment: str, start: int) -> int:
    """Index of the `]` closing the bracket class opened at `start` (itself if unclosed)."""
    index = start + 1
    if index < len(fragment) and fragment[index] == "^":
        index += 1
    if index < len(fragment) and fragment[index] == "]":
        index += 1
    while index < len(fragment):
        if fragment[index] == "\\":
            index += 2
            continue
        if fragment[index] == "]":
            return index
        index += 1
    return start


def regex_lookup(expression: pl.Expr, values: dict[str, object], *, default=None, flags: str = "") -> pl.Expr:
    """The value of the first regex key (in `values` order) that matches the whole text.

    One regex with a group per key instead of one per key: polars compiles each regex of an
    expression, and a compile costs far more than matching a few short texts.
    """
    items = list(values.items())
    if not items:
        return pl.lit(default)
    groups = "|".join(f"(?P<k{index}>{key})" for index, (key, _) in enumerate(items))
    matched = expression.str.extract_groups(f"{flags}^(?:{groups})$")
    return pl.coalesce(
        *[pl.when(matched.struct.field(f"k{index}").is_not_null()).then(pl.lit(value)) for index, (_, value) in enumerate(items)],
        pl.lit(default),
    )


def words(alternative: str) -> str:
    """Case-insensitive regex of `alternative` as whole words; group 1 is the words.

    The boundaries are character classes rather than `\b`: a Unicode `\b` keeps the regex
    engine off its fast automaton on non-ASCII text, which costs ten times more.
    """
    return f"(?i){WORD_START}({alternative}){WORD_END}"


@cache
def complementisers(language: str) -> str | None:
    """The complementisers of the `[statements]` lexicon ("that", "que", "qu'") as one
    alternation that ends with the word: a fragment ending in an apostrophe runs into the next
    word ("qu'il"). None for a language without them."""
    fragments = sorted(terms(language, "statements", "complementiser"), key=len, reverse=True)
    if not fragments:
        return None
    ending = [f"(?:{fragment})" if fragment.endswith(("'", "’", "’]")) else f"(?:{fragment}){WORD_END}" for fragment in fragments]
    return "(?:" + "|".join(ending) + ")"


def has(column: str, alternative: str | None) -> pl.Expr:
    """Whether the column contains `alternative` as whole words (false when it is None)."""
    return pl.col(column).str.contains(words(alternative)) if alternative else pl.lit(False)


def first_position(column: str | pl.Expr, alternative: str | None, *, whole_words: bool = True) -> pl.Expr:
    """Character offset of the first match in the column or expression (null without a match)."""
    if alternative is None:
        return pl.lit(None, dtype=pl.Int32)
    regex = (
        f"(?is)^(.*?{WORD_START})(?:{alternative}){WORD_END}"
        if whole_words
        else f"(?is)^(.*?)(?:{alternative})"
    )
    text = pl.col(column) if isinstance(column, str) else column
    return text.str.extract(regex, 1).str.len_chars().cast(pl.Int32)


def first_match(column: str, alternative: str | None, *, whole_words: bool = True) -> pl.Expr:
    """The text of the first match in the column (null without a match)."""
    if alternative is None:
        return pl.lit(None, dtype=pl.String)
    regex = words(alternative) if whole_words else f"(?i)({alternative})"
    return pl.col(column).str.extract(regex, 1)


def find_matches(frame: pl.DataFrame, column: str, regex: str) -> pl.DataFrame:
    """One row per non-overlapping match of `regex` in `column`, with match_start/match_end/match.

    `str.split` after each match cuts the text into consecutive pieces that end where the
    matches (`str.extract_all`, one per piece) end, so the running sum of piece lengths gives
    each match's end; the piece after the last match is dropped. Both passes use the one regex
    (compiled once: polars caches it). No group is captured: a capture pass over each piece is
    several times slower.
    """
    piece_end = pl.col("_piece").str.len_chars().cum_sum().over("_row")
    return (
        frame.with_row_index("_row")
        .with_columns(match=pl.col(column).str.extract_all(regex))
        .with_columns(
            _piece=pl.col(column)
            .str.split(regex, inclusive=True, literal=False)
            .list.head(pl.col("match").list.len())
        )
        .explode("_piece", "match")
        .drop_nulls("_piece")
        .with_columns(match_end=piece_end.cast(pl.Int32))
        .with_columns(match_start=(pl.col("match_end") - pl.col("match").str.len_chars()).cast(pl.Int32))
        .drop("_row", "_piece")
    )


def per_language(
    frame: pl.DataFrame, build: Callable[[pl.DataFrame, str], pl.DataFrame], schema: pl.Schema
) -> pl.DataFrame:
    """Apply `build(part, language)` to each language's rows (lexicons differ) and stack the results.

    Rows of a language without a lexicon are skipped. The loop is over languages, not rows.
    """
    known = set(languages())
    parts = [
        build(part, language)
        for (language,), part in frame.partition_by("language", as_dict=True).items()
        if language in known and part.height
    ]
    parts = [part for part in parts if part.height]
    if not parts:
        return pl.DataFrame(schema=schema)
    return pl.concat([part.select(schema.names()).cast(dict(schema)) for part in parts], how="vertical")


def in_article_order(sentences: pl.DataFrame) -> pl.DataFrame:
    """The sentences ordered by article and sentence index (sorted only if they are not yet)."""
    same_article = pl.col("article_id") == pl.col("article_id").shift(1)
    checks = sentences.select(
        backwards=(same_article & (pl.col("sentence_index") <= pl.col("sentence_index").shift(1))).any(),
        runs=(~same_article).sum(),
        articles=pl.col("article_id").n_unique(),
    ).row(0, named=True)
    if checks["backwards"] or checks["runs"] != checks["articles"]:
        return sentences.sort("article_id", "sentence_index")
    return sentences


def sentence_actors(actors: pl.DataFrame, sentences: pl.DataFrame) -> pl.DataFrame:
    """Actor mentions with their offsets relative to their sentence, and a type rank."""
    return actors.join(
        sentences.select(*SENTENCE_KEYS, sentence_start=pl.col("char_start")), on=SENTENCE_KEYS
    ).with_columns(
        actor_start=(pl.col("char_start") - pl.col("sentence_start")).cast(pl.Int32),
        actor_end=(pl.col("char_end") - pl.col("sentence_start")).cast(pl.Int32),
        type_rank=pl.col("actor_type").replace_strict(ACTOR_TYPE_RANK, default=9, return_dtype=pl.Int32),
    )


def with_sentence_range(frame: pl.DataFrame, *, first: pl.Expr, last: pl.Expr, name: str) -> pl.DataFrame:
    """One row per sentence index from `first` to `last` (inclusive), in column `name`.

    Joining on (article_id, `name`) then pairs each fact with the mentions of those sentences
    only, instead of every mention of its article.
    """
    return frame.with_columns(
        pl.int_ranges(pl.max_horizontal(first, 0), last + 1, dtype=pl.Int32).alias(name)
    ).explode(name)


def attach_dates(
    facts: pl.DataFrame,
    dates: pl.DataFrame,
    *,
    anchor: str,
    lookback: int,
    not_after_publication: bool = False,
    unresolved: bool = False,
    outside: tuple[str, str] | None = None,
    planned: str | None = None,
) -> pl.DataFrame:
    """Add date_start/date_end/date_precision/date_text from the best date mention of each fact.

    `facts` has article_id, sentence_index, `anchor` (article offset of the fact's trigger) and
    a `_fact` id. The best mention is in the fact's sentence (nearest the anchor), else in the
    nearest of the `lookback` preceding sentences; mentions without a resolved date are ignored
    (with `unresolved` they count, and the fact keeps their text without a date), and with
    `not_after_publication` so are those after the article's publication date, and with
    `outside` (the fact's start and end columns) those inside that span: the dates a statement
    speaks of are not when it was said; with `planned` (a boolean column of the facts), a fact
    not planned takes no date after publication from a sentence before its own: a meeting told
    in the past tense is not on the day something told before is to happen.
    """
    usable = (dates if unresolved else dates.filter(pl.col("date_start").is_not_null())).select(
        "article_id",
        date_sentence=pl.col("sentence_index").cast(pl.Int32),
        date_offset=pl.col("char_start"),
        date_start=pl.col("date_start"),
        date_end=pl.col("date_end"),
        date_precision=pl.col("precision"),
        date_text=pl.col("text"),
    )
    candidates = with_sentence_range(
        facts.select("_fact", "article_id", "sentence_index", anchor, "published_date", *(outside or ()), *([planned] if planned else [])),
        first=pl.col("sentence_index") - lookback,
        last=pl.col("sentence_index"),
        name="date_sentence",
    ).join(usable, on=["article_id", "date_sentence"])
    if outside is not None:
        start, end = outside
        candidates = candidates.filter((pl.col("date_offset") < pl.col(start)) | (pl.col("date_offset") >= pl.col(end)))
    not_after_publication_day = (pl.col("date_start") <= pl.col("published_date")).fill_null(True)
    if not_after_publication:
        candidates = candidates.filter(pl.col("published_date").is_null() | not_after_publication_day)
    if planned is not None:
        own_sentence = pl.col("date_sentence") == pl.col("sentence_index")
        candidates = candidates.filter(pl.col(planned) | own_sentence | not_after_publication_day)
    best = (
        candidates.sort(
            "_fact",
            pl.col("sentence_index") - pl.col("date_sentence"),
            (pl.col("date_offset") - pl.col(anchor)).abs(),
        )
        .unique("_fact", keep="first", maintain_order=True)
        .select("_fact", "date_start", "date_end", "date_precision", "date_text", "date_sentence")
    )
    return facts.join(best, on="_fact", how="left")


def verbs_of_saying_around_dates(language: str, window: int) -> tuple[pl.Expr, pl.Expr] | None:
    """For date mentions located in their sentence (char_start/char_end, sentence_text,
    sentence_start): the verb of saying right before one, with at most three words after it
    (its speaker: "said on Tuesday", "dijo Fidan el martes"), and the one right after it ("Salı
    günü açıkladı"), each null where there is none, looked for `window` characters around the
    date. In a language whose verb of saying ends its clause (`[statements]
    telling_verb_ends_clause`: "wie Pistorius am Montag in Vilnius ankündigte."), up to three
    words may stand between the date and that verb. The date is then that of a telling. None in
    a language without verbs of saying."""
    speech = alternation(language, "statements", "reported")
    if speech is None:
        return None
    start = pl.col("char_start") - pl.col("sentence_start")
    before = pl.col("sentence_text").str.slice(pl.max_horizontal(start - window, 0), pl.min_horizontal(start, window))
    after = pl.col("sentence_text").str.slice(pl.col("char_end") - pl.col("sentence_start"), window)
    verb_after = (
        f"(?i)^(?:\\s+[\\p{{L}}.'’-]+){{0,3}}?\\s+({speech})\\s*(?:[,;:.!?]|$)"
        if section_value(language, "statements", "telling_verb_ends_clause")
        else f"(?i)^\\s+({speech}){WORD_END}"
    )
    return (
        before.str.extract(f"(?i){WORD_START}((?:{speech})(?:\\s+[\\p{{L}}.'’-]+){{0,3}})\\s+$", 1),
        after.str.extract(verb_after, 1),
    )


def without_days_of_telling(dates: pl.DataFrame, sentences: pl.DataFrame, window: int) -> pl.DataFrame:
    """The date mentions that are not the day something was said (`verbs_of_saying_around_dates`):
    "Germany said on Monday it would send troops in May" sends them in May, not on Monday."""

    def told_of_language(part: pl.DataFrame, language: str) -> pl.DataFrame:
        verbs = verbs_of_saying_around_dates(language, window)
        if verbs is None:
            return part.clear()
        return part.filter(pl.any_horizontal(verb.is_not_null() for verb in verbs))

    return dates_without(dates, sentences, told_of_language)


def dates_without(
    dates: pl.DataFrame, sentences: pl.DataFrame, left_out: Callable[[pl.DataFrame, str], pl.DataFrame]
) -> pl.DataFrame:
    """`dates` without the mentions that `left_out(part, language)` keeps of each language's
    mentions, located in their sentence (a `_date` row id, language, sentence_text and
    sentence_start)."""
    numbered = dates.with_row_index("_date")
    located = numbered.join(
        sentences.select(*SENTENCE_KEYS, "language", sentence_text="text", sentence_start="char_start"),
        on=SENTENCE_KEYS,
    )
    found = per_language(located, left_out, pl.Schema({"_date": pl.UInt32}))
    return numbered.join(found, on="_date", how="anti").drop("_date")


def sorted_unique(column: str) -> pl.Expr:
    """A list column's distinct non-null values, sorted."""
    return pl.col(column).list.drop_nulls().list.unique().list.sort()


@cache
def states_of_actors() -> pl.DataFrame:
    """actor_id -> the state it belongs to (country_name, country_id), from the gazetteer.

    A person or a ministry deploys, meets or speaks for its state; the gazetteer's
    country_code links them to the country entry with the same code.
    """
    try:
        from extract import actors
    except ImportError:
        return pl.DataFrame(schema={"actor_id": pl.String, "country_name": pl.String, "country_id": pl.String})
    table = actors.actor_table(actors.load_gazetteer())
    countries = table.filter(pl.col("actor_type") == "country").select(
        "country_code", country_name="canonical_name", country_id="actor_id"
    )
    return (
        table.filter(pl.col("country_code").is_not_null())
        .join(countries.unique("country_code"), on="country_code")
        .select("actor_id", "country_name", "country_id")
    )


def in_person_titles(actors: pl.DataFrame, sentences: pl.DataFrame) -> pl.DataFrame:
    """(article_id, char_start) of the parties named inside the title of a person right after
    them: "NATO Secretary General Ana Ruiz", "IDF spokesperson Rear Adm. Dan Levi", "the
    Colombian president, Ana Ruiz", "le porte-parole du Kremlin, Ivan Sokolov", "el presidente
    colombiano, Juan Pérez", "Erdoğan'ın sözcüsü İbrahim Kalın", or in an
    apposition with a role right after the person: "Ana Ruiz, the NATO secretary general,". Such
    a party speaks and meets through the person.

    `actors` are actor mentions (article offsets), `sentences` the sentences with their language.
    """
    from extract.actors import person_title_patterns

    located = actors.select(
        "article_id", pl.col("sentence_index").cast(pl.Int32), "char_start", "char_end", "actor_type"
    ).join(
        sentences.select(
            "article_id", pl.col("sentence_index").cast(pl.Int32), "language",
            _sentence_start="char_start", _sentence="text",
        ),
        on=SENTENCE_KEYS,
    )
    people = located.filter(pl.col("actor_type") == "person").select(
        *SENTENCE_KEYS, _person_start="char_start", _person_end="char_end"
    )
    in_sentence = pl.col("char_start") - pl.col("_sentence_start")
    before_start = pl.max_horizontal(in_sentence - TITLE_REACH, 0)
    person_after = pl.col("_person_start").is_between(pl.col("char_end") + 1, pl.col("char_end") + TITLE_REACH)
    person_before = pl.col("char_start").is_between(pl.col("_person_end") + 1, pl.col("_person_end") + TITLE_REACH)
    pairs = (
        located.join(people, on=SENTENCE_KEYS)
        .filter(person_after | person_before)
        .with_columns(
            _gap=pl.when(person_after).then(
                pl.col("_sentence").str.slice(
                    pl.col("char_end") - pl.col("_sentence_start"), pl.col("_person_start") - pl.col("char_end")
                )
            ),
            _preceding=pl.col("_sentence").str.slice(before_start, in_sentence - before_start),
            # after the person: its apposition, up to the comma that closes it
            _apposition=pl.when(person_before).then(
                pl.col("_sentence")
                .str.slice(pl.col("_person_end") - pl.col("_sentence_start"), 2 * TITLE_REACH)
                .str.extract(r"^(\s*,[^,;:()]*)", 1)
            ),
        )
    )

    def in_titles_of_language(part: pl.DataFrame, language: str) -> pl.DataFrame:
        gap, before, before_gap, apposition = person_title_patterns(language)
        in_title = pl.col("_gap").str.contains(gap) if gap else pl.lit(False)
        if before:
            # "le porte-parole du Kremlin, Dmitri Peskov" and, without the comma, "le porte-parole
            # du Kremlin Dmitri Peskov"
            in_title = in_title | (pl.col("_gap").str.contains(before_gap) & pl.col("_preceding").str.contains(before))
        if apposition:
            inside = (pl.col("char_end") - pl.col("_person_end")) <= pl.col("_apposition").str.len_chars()
            in_title = in_title | (inside & pl.col("_apposition").str.contains(apposition))
        return part.filter(in_title.fill_null(False))

    schema = pl.Schema({"article_id": pl.String, "char_start": actors.schema["char_start"]})
    return per_language(pairs, in_titles_of_language, schema).unique()


def person_descriptions(actors: pl.DataFrame, sentences: pl.DataFrame, *, to_sentence_end: bool = False) -> pl.DataFrame:
    """(article_id, description_start, description_end): each apposition that describes a
    person, from the end of the name to the comma that closes it (or, `to_sentence_end`, the
    end of the sentence), with a lowercase word, not opened by a party ("Jan Becker|, a professor
    at Leeds University,|", "Juan Pérez|, profesor de la Universidad de Sevilla,|"; not a list
    of names: "Rutte, Scholz and Meloni, who ..."). Offsets are the article's.
    """
    closing = r"(?:,|[.!?…]?[\s\"”»’]*$)" if to_sentence_end else ","
    people = actors.filter(pl.col("actor_type") == "person").select(
        "article_id", pl.col("sentence_index").cast(pl.Int32), description_start="char_end"
    )
    text_after = pl.col("_sentence").str.slice(pl.col("description_start") - pl.col("_sentence_start"))
    spans = (
        people.join(
            sentences.select("article_id", pl.col("sentence_index").cast(pl.Int32), _sentence_start="char_start", _sentence="text"),
            on=SENTENCE_KEYS,
        )
        .with_columns(_description=text_after.str.extract(rf"^(\s*,(?:[^,;:()]*\s)?\p{{Ll}}[^,;:()]*{closing})", 1))
        .drop_nulls("_description")
        .select(
            "article_id",
            "description_start",
            description_end=pl.col("description_start") + pl.col("_description").str.len_chars(),
            _opening_end=pl.col("description_start") + text_after.str.extract(r"^(\s*,\s*)", 1).str.len_chars(),
        )
    )
    opened = spans.join(actors.select("article_id", _opening_end="char_start"), on=["article_id", "_opening_end"], how="semi")
    return spans.join(opened, on=["article_id", "description_start"], how="anti").select(
        "article_id", "description_start", "description_end"
    ).unique()


def in_person_descriptions(actors: pl.DataFrame, sentences: pl.DataFrame) -> pl.DataFrame:
    """(article_id, char_start) of the parties inside an apposition that describes a person
    (`person_descriptions`): what the person says is not theirs (the person may meet them:
    "Biden, who met Scholz in Berlin, said ...")."""
    return inside_descriptions(actors, person_descriptions(actors, sentences))


def inside_descriptions(mentions: pl.DataFrame, descriptions: pl.DataFrame) -> pl.DataFrame:
    """(article_id, char_start) of the `mentions` (article offsets) that lie wholly inside one
    of the `descriptions` (from `person_descriptions`)."""
    return (
        mentions.select("article_id", "char_start", "char_end")
        .join(descriptions, on="article_id")
        .filter((pl.col("char_start") >= pl.col("description_start")) & (pl.col("char_end") <= pl.col("description_end")))
        .select("article_id", "char_start")
        .unique()
    )


@cache
def adjective_aliases() -> pl.DataFrame:
    """(language, mention_text) of the gazetteer's demonyms and adjectives ("Turkish", "Sırp").

    A demonym names who troops or people belong to, never where they go.
    """
    from extract import actors

    return (
        actors.load_gazetteer()
        .filter(pl.col("kind") == "adjective")
        .select("language", mention_text="alias")
        .unique()
    )


LEAD_SENTENCES = 3


def lead_dates(dates: pl.DataFrame, sentences: pl.DataFrame) -> pl.DataFrame:
    """article_id -> _lead_date/_lead_text: the first day named in the article's lead (its first
    sentences), on or before publication. News statements without a date of their own are
    mostly from the day of the event the lead reports, which is often not the publication day.
    """
    published = sentences.select("article_id", "published_date").unique("article_id")
    return (
        dates.filter(
            (pl.col("sentence_index") < LEAD_SENTENCES)
            & (pl.col("precision") == "day")
            & pl.col("date_start").is_not_null()
        )
        .join(published, on="article_id")
        .filter(pl.col("date_start") <= pl.col("published_date"))
        .sort("article_id", "sentence_index", "char_start")
        .unique("article_id", keep="first", maintain_order=True)
        .select("article_id", _lead_date="date_start", _lead_text="text")
    )
