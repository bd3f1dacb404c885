"""Statements: direct quotes and reported speech, each with its speaker(s), kind and date.

Direct quotes are found in every quotation style (“ ”, " ", « », » «, „ “, ‚ ‘, ‘ ’ and the
straight single quotes of Turkish papers) over paragraph chunks, so a quote that the sentence
splitter cut in two stays one statement. Reported speech is a sentence with a reporting verb
from `[statements] reported` ("said", "dedi", "sagte", "a déclaré", "afirmó") or an attribution
from `reported_after` ("according to", "laut", "selon", "según"); its text is the clause that
the verb reports. Silences (`silence`) and media attributions (`media`) are no statements.

The speaker is a named actor of the statement's sentence outside the quote, nearest the quote
or the verb (or the first actor, in languages that put the verb last); a pronoun subject or "he
added" takes the last named speaker of the article; a joint statement is given to every person
named in its sentence and the one before. Statements without a speaker are dropped.
"""

from functools import cache

import polars as pl

from extract import facts
from extract.lexicon import languages
from extract.schemas import STATEMENTS, conform, empty

SECTION = "statements"
QUOTE_STYLES = (
    r"„[^„“”\n]+[“”\"]",
    r"“[^“”\"\n]+[”“\"]",
    r'"[^"“”\n]+["”]',
    r"«[^«»\n]+»",
    r"»[^«»\n]+«",
    r"‚[^‚‘’\n]+[‘’]",
    r"‘(?:[^‘’\n]|\p{L}’\p{L})+’",
    r"(?:^|[\s(\[—–-])'(?:[^'\n]|\p{L}'\p{L})+'",
)
QUOTE_REGEX = "|".join(f"(?:{style})" for style in QUOTE_STYLES)
QUOTE_OPENERS = r"[“„«»\"‚‘]|(?:^|[\s(\[—–-])'"
QUOTE_OPENING = r"^[\s(\[—–-]?[“„«»\"‚‘'][\s\u00a0\u202f]*"
QUOTE_CLOSING = r"[\s\u00a0\u202f]*[”“»«\"‘’']$"
MIN_QUOTE_WORDS = 2
MIN_WORDS_BESIDE_REPORT = 5  # a shorter quote inside reported speech is part of that statement
SPEAKER_TYPE_PENALTY = {"person": 0, "government_body": 12, "organization": 18, "country": 45}
PREVIOUS_SENTENCE_PENALTY = 250
JOINT_LOOKBACK = 2  # a joint statement's parties may be named up to two sentences before
AFTER_VERB_PENALTY = 5  # "X said Y ..." names the speaker first
QUOTE_SHARE_WITHOUT_REPORT = 0.4

_FACT_SCHEMA = pl.Schema(
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
        "published_date": pl.Date,
    }
)


def extract_statements(sentences: pl.DataFrame, dates: pl.DataFrame, actors: pl.DataFrame) -> pl.DataFrame:
    """raw.statements: direct quotes and reported speech with speakers, kind and date."""
    if sentences.is_empty():
        return empty(STATEMENTS)
    quotes = _direct_quotes(sentences)
    reported = _reported_speech(sentences, quotes)
    quotes = _without_short_quotes_beside_reports(quotes, reported)
    statements = pl.concat([quotes.select(_FACT_SCHEMA.names()), reported.select(_FACT_SCHEMA.names())])
    if statements.is_empty():
        return empty(STATEMENTS)
    statements = statements.sort("article_id", "char_start").with_row_index("_fact")
    attributed = _attribute(statements, sentences, actors)
    dated = facts.attach_dates(
        attributed.with_columns(_anchor=pl.col("char_start")),
        dates,
        anchor="_anchor",
        lookback=1,
        not_after_publication=True,
    )
    return conform(
        dated.filter(pl.col("speaker_names").list.len() > 0)
        .sort("article_id", "char_start")
        .with_columns(
            statement_index=pl.int_range(pl.len()).over("article_id"),
            statement_date=pl.coalesce("date_start", "published_date"),
            date_precision=pl.when(pl.col("date_start").is_null() & pl.col("published_date").is_not_null())
            .then(pl.lit("day"))
            .otherwise(pl.col("date_precision")),
        ),
        STATEMENTS,
    )


# --- direct quotes -------------------------------------------------------------------------


def _direct_quotes(sentences: pl.DataFrame) -> pl.DataFrame:
    """Quotes of at least two words, with offsets of their words (delimiters excluded)."""
    chunks = _paragraph_chunks(sentences)
    matches = facts.find_matches(chunks, "chunk_text", QUOTE_REGEX)
    if matches.is_empty():
        return pl.DataFrame(schema=_FACT_SCHEMA)
    opening = pl.col("match").str.extract(f"({QUOTE_OPENING})", 1).str.len_chars().fill_null(0)
    closing = pl.col("match").str.extract(f"({QUOTE_CLOSING})", 1).str.len_chars().fill_null(0)
    quotes = (
        matches.with_columns(
            char_start=(pl.col("chunk_start") + pl.col("match_start") + opening).cast(pl.Int32),
            char_end=(pl.col("chunk_start") + pl.col("match_end") - closing).cast(pl.Int32),
        )
        .with_columns(
            text=pl.col("chunk_text").str.slice(
                pl.col("char_start") - pl.col("chunk_start"), pl.col("char_end") - pl.col("char_start")
            )
        )
        .filter(pl.col("text").str.count_matches(r"\S+") >= MIN_QUOTE_WORDS)
        .with_columns(by_last_speaker=_pronoun_after_quote())
        .select("article_id", "char_start", "char_end", "text", "by_last_speaker")
        .sort("char_start")
    )
    starts = sentences.select(
        "article_id", "published_date", sentence_index="sentence_index", _sentence_start="char_start"
    ).sort("_sentence_start")
    located = quotes.join_asof(
        starts, left_on="char_start", right_on="_sentence_start", by="article_id", strategy="backward",
        check_sortedness=False,
    )
    ends = starts.select("article_id", last_sentence_index="sentence_index", _last_start="_sentence_start")
    located = (
        located.with_columns(_last_char=pl.col("char_end") - 1)
        .sort("_last_char")
        .join_asof(
            ends,
            left_on="_last_char",
            right_on="_last_start",
            by="article_id",
            strategy="backward",
            check_sortedness=False,
        )
    )
    return located.with_columns(
        statement_kind=pl.lit("direct_quote"),
        anchor_start=pl.col("char_start"),
        anchor_end=pl.col("char_end"),
        speaker_side=pl.lit("around_quote"),
        joint=pl.lit(False),
    ).select(_FACT_SCHEMA.names())


def _pronoun_after_quote() -> pl.Expr:
    """Whether the quote is followed by a pronoun attribution ("…,” he said"), per language."""
    following = pl.col("chunk_text").str.slice(pl.col("match_end"), 40)
    flags = [
        pl.when(pl.col("language") == language).then(following.str.contains(rf"(?i)^\W*{words}"))
        for language in languages()
        if (words := facts.alternation(language, SECTION, "pronoun_speech")) is not None
    ]
    return pl.coalesce(*flags, pl.lit(False)) if flags else pl.lit(False)


def _without_short_quotes_beside_reports(quotes: pl.DataFrame, reported: pl.DataFrame) -> pl.DataFrame:
    """Drop quotes of a few words in sentences with reported speech (the report contains them)."""
    short = quotes.filter(pl.col("text").str.count_matches(r"\S+") < MIN_WORDS_BESIDE_REPORT)
    beside = short.join(reported.select(facts.SENTENCE_KEYS).unique(), on=facts.SENTENCE_KEYS, how="semi")
    return quotes.join(beside.select("article_id", "char_start"), on=["article_id", "char_start"], how="anti")


def _paragraph_chunks(sentences: pl.DataFrame) -> pl.DataFrame:
    """Runs of sentences not separated by a line break, as one text each with its start offset.

    The whitespace between sentences comes from `gap_after` (added by the pipeline from the
    article text); without it, each sentence is its own chunk. Only runs with a quotation mark
    are kept: the others hold no direct quote.
    """
    gap = pl.col("gap_after") if "gap_after" in sentences.columns else pl.lit(None, dtype=pl.String)
    ordered = facts.in_article_order(sentences).with_columns(_gap=gap)
    starts_chunk = (pl.col("_gap").is_null() | pl.col("_gap").str.contains("\n")).shift(1, fill_value=True) | (
        pl.col("article_id") != pl.col("article_id").shift(1)
    )
    chunked = ordered.with_columns(_chunk=starts_chunk.cast(pl.Int32).cum_sum())
    quoted = chunked.filter(pl.col("text").str.contains(QUOTE_OPENERS)).get_column("_chunk").unique()
    return (
        chunked.filter(pl.col("_chunk").is_in(quoted.implode()))
        .group_by("_chunk", maintain_order=True)
        .agg(
            article_id=pl.col("article_id").first(),
            chunk_start=pl.col("char_start").first(),
            language=pl.col("language").first(),
            chunk_text=(pl.col("text") + pl.col("_gap").fill_null("")).str.join(""),
        )
    )


# --- reported speech -----------------------------------------------------------------------


def _reported_speech(sentences: pl.DataFrame, quotes: pl.DataFrame) -> pl.DataFrame:
    """Sentences with a reporting verb, minus silences, media reports, and those whose reported
    clause is mostly a direct quote or whose verb stands inside a quote."""
    reported = facts.per_language(sentences, _reported_of_language, _FACT_SCHEMA)
    if reported.is_empty() or quotes.is_empty():
        return reported
    quoted = (
        reported.select("article_id", "sentence_index", "char_start", "char_end")
        .join(quotes.select("article_id", q_start="char_start", q_end="char_end"), on="article_id")
        .with_columns(
            _overlap=pl.min_horizontal("char_end", "q_end") - pl.max_horizontal("char_start", "q_start")
        )
        .filter(pl.col("_overlap") >= QUOTE_SHARE_WITHOUT_REPORT * (pl.col("char_end") - pl.col("char_start")))
        .select(facts.SENTENCE_KEYS)
    )
    inside_quote = (
        reported.select("article_id", "sentence_index", "anchor_start")
        .join(quotes.select("article_id", q_start="char_start", q_end="char_end"), on="article_id")
        .filter(pl.col("anchor_start").is_between(pl.col("q_start"), pl.col("q_end"), closed="left"))
        .select("article_id", "sentence_index")
    )
    return reported.join(quoted.unique(), on=facts.SENTENCE_KEYS, how="anti").join(
        inside_quote.unique(), on=facts.SENTENCE_KEYS, how="anti"
    )


def _reported_of_language(part: pl.DataFrame, language: str) -> pl.DataFrame:
    """Reported statements of one language: the clause the reporting verb governs."""
    attribution = facts.alternation(language, SECTION, "reported_after")
    either = _either(language)
    if either is None:
        return pl.DataFrame(schema=_FACT_SCHEMA)
    found = (
        part.filter(facts.has("text", either))
        .filter(
            ~facts.has("text", facts.alternation(language, SECTION, "silence"))
            & ~facts.has("text", facts.alternation(language, SECTION, "media"))
        )
    ).with_columns(
        _verb_start=facts.first_position("text", either),
        _verb=facts.first_match("text", either),
        _length=pl.col("text").str.len_chars(),
    )
    found = found.with_columns(
        _verb_end=(pl.col("_verb_start") + pl.col("_verb").str.len_chars()).cast(pl.Int32),
        _is_attribution=pl.col("_verb").str.contains(f"(?i)^{attribution}$") if attribution else pl.lit(False),
    )
    verb_early = pl.col("_verb_start") < 0.45 * pl.col("_length")
    content_start = (
        pl.when(pl.col("_is_attribution") & verb_early)
        .then(_after_first_comma())
        .when(verb_early & (language != "tr"))
        .then(_after_verb(language))
        .otherwise(0)
    )
    content_end = pl.when(verb_early & (language != "tr")).then(pl.col("_length")).otherwise(pl.col("_verb_start"))
    side = (
        pl.when(pl.col("_is_attribution"))
        .then(pl.lit("after_verb"))
        .when(pl.lit(facts.section_value(language, SECTION, "speaker_position") == "first"))
        .then(pl.lit("first"))
        .otherwise(pl.lit("around_verb"))
    )
    reported = found.with_columns(_content_start=content_start.cast(pl.Int32), _content_end=content_end.cast(pl.Int32))
    reported = reported.with_columns(
        _content=pl.col("text").str.slice(pl.col("_content_start"), pl.col("_content_end") - pl.col("_content_start"))
    ).with_columns(
        _lead=pl.col("_content").str.extract(r"^([\s,:;–—-]*)", 1).str.len_chars(),
        _trail=pl.col("_content").str.extract(r"([\s,:;–—-]*)$", 1).str.len_chars(),
    )
    start = pl.col("char_start") + pl.col("_content_start") + pl.col("_lead")
    end = pl.col("char_start") + pl.col("_content_end") - pl.col("_trail")
    return (
        reported.with_columns(
            text=pl.col("text").str.slice(
                pl.col("_content_start") + pl.col("_lead"),
                pl.col("_content_end") - pl.col("_trail") - pl.col("_content_start") - pl.col("_lead"),
            ),
            char_start=start.cast(pl.Int32),
            char_end=end.cast(pl.Int32),
            last_sentence_index=pl.col("sentence_index"),
            statement_kind=pl.lit("reported"),
            anchor_start=(pl.col("char_start") + pl.col("_verb_start")).cast(pl.Int32),
            anchor_end=(pl.col("char_start") + pl.col("_verb_end")).cast(pl.Int32),
            speaker_side=side,
            by_last_speaker=facts.has("text", facts.alternation(language, SECTION, "pronoun_speech")),
            joint=facts.has("text", facts.alternation(language, SECTION, "joint")),
        )
        .filter(pl.col("text").str.count_matches(r"\S+") >= 3)
        .select(_FACT_SCHEMA.names())
    )


@cache
def _either(language: str) -> str | None:
    """Reporting verbs and attributions of a language, as one alternation."""
    fragments = [*facts.terms(language, SECTION, "reported"), *facts.terms(language, SECTION, "reported_after")]
    if not fragments:
        return None
    return "(?:" + "|".join(f"(?:{fragment})" for fragment in sorted(fragments, key=len, reverse=True)) + ")"


def _after_first_comma() -> pl.Expr:
    """Offset just after the first comma following the attribution (its speaker comes first)."""
    rest = pl.col("text").str.slice(pl.col("_verb_end"))
    comma = rest.str.extract(r"^([^,]*,)", 1).str.len_chars()
    return pl.col("_verb_end") + comma.fill_null(0)


def _after_verb(language: str) -> pl.Expr:
    """Offset after the verb and a following complementiser ("that", "dass", "que")."""
    complementiser = facts.alternation(language, SECTION, "complementiser")
    rest = pl.col("text").str.slice(pl.col("_verb_end"))
    if complementiser is None:
        return pl.col("_verb_end")
    skipped = rest.str.extract(rf"(?i)^(\W*(?:{complementiser}{facts.WORD_END})?)", 1).str.len_chars().fill_null(0)
    return pl.col("_verb_end") + skipped


# --- speakers ------------------------------------------------------------------------------


def _attribute(statements: pl.DataFrame, sentences: pl.DataFrame, actors: pl.DataFrame) -> pl.DataFrame:
    """Add speaker_names, speaker_ids and speaker_role to every statement."""
    speakers = actors.filter(pl.col("actor_type").is_in(list(SPEAKER_TYPE_PENALTY))).select(
        "article_id",
        actor_sentence=pl.col("sentence_index").cast(pl.Int32),
        actor_start="char_start",
        actor_end="char_end",
        name="canonical_name",
        speaker_id="actor_id",
        actor_type="actor_type",
        role="role",
    )
    candidates = (
        facts.with_sentence_range(
            statements.select(
                "_fact", "article_id", "sentence_index", "last_sentence_index", "char_start", "char_end",
                "anchor_start", "anchor_end", "speaker_side", "statement_kind",
            ),
            first=pl.col("sentence_index") - 1,
            last=pl.col("last_sentence_index"),
            name="actor_sentence",
        )
        .join(speakers, on=["article_id", "actor_sentence"])
        .filter(
            ~(
                (pl.col("statement_kind") == "direct_quote")
                & (pl.col("actor_start") < pl.col("char_end"))
                & (pl.col("actor_end") > pl.col("char_start"))
            )
        )
        .with_columns(_score=_speaker_score().cast(pl.Int64))
    )
    best = (
        candidates.filter(pl.col("_score").is_not_null())
        .sort("_fact", "_score")
        .unique("_fact", keep="first", maintain_order=True)
        .select("_fact", _name="name", _id="speaker_id", _role="role")
    )
    joint = (
        facts.with_sentence_range(
            statements.filter(pl.col("joint")).select("_fact", "article_id", "sentence_index"),
            first=pl.col("sentence_index") - JOINT_LOOKBACK,
            last=pl.col("sentence_index"),
            name="actor_sentence",
        )
        .join(speakers.filter(pl.col("actor_type") == "person"), on=["article_id", "actor_sentence"])
        .sort("_fact", "actor_start")
        .group_by("_fact", maintain_order=True)
        .agg(_joint_names=pl.col("name").unique(maintain_order=True), _joint_ids=pl.col("speaker_id").unique(maintain_order=True))
        .filter(pl.col("_joint_names").list.len() >= 2)
    )
    named = statements.join(best, on="_fact", how="left").join(joint, on="_fact", how="left")
    own = pl.col("_name").is_not_null() & ~pl.col("by_last_speaker")
    named = named.sort("article_id", "char_start").with_columns(
        _own_name=pl.when(own).then(pl.col("_name")),
        _own_id=pl.when(own).then(pl.col("_id")),
        _own_role=pl.when(own).then(pl.col("_role")),
        _has_own=own,
    )
    last = pl.col("_own_name").forward_fill().over("article_id")
    last_id = pl.when(pl.col("_has_own").cum_sum().over("article_id") > 0).then(
        pl.col("_own_id").forward_fill().over("article_id")
    )
    name = pl.when(own).then(pl.col("_name")).otherwise(pl.coalesce(last, pl.col("_name")))
    actor_id = pl.when(own).then(pl.col("_id")).when(last.is_not_null()).then(last_id).otherwise(pl.col("_id"))
    role = pl.when(own).then(pl.col("_role")).otherwise(pl.col("_own_role").forward_fill().over("article_id"))
    return named.with_columns(
        speaker_names=pl.when(pl.col("_joint_names").is_not_null())
        .then(pl.col("_joint_names"))
        .otherwise(pl.concat_list(name).list.drop_nulls()),
        speaker_ids=pl.when(pl.col("_joint_names").is_not_null())
        .then(pl.col("_joint_ids"))
        .otherwise(pl.concat_list(actor_id)),
        speaker_role=pl.when(pl.col("_joint_names").is_not_null()).then(pl.lit("joint statement")).otherwise(role),
    )


def _speaker_score() -> pl.Expr:
    """Lower is better: distance of the actor to the quote or verb, plus a penalty by type.

    `after_verb` attributions ("according to X") want the actor after the verb; `first` (verb-final
    languages) wants the first actor before the verb; otherwise the nearest actor on either side.
    """
    before = pl.col("anchor_start") - pl.col("actor_end")
    after = pl.col("actor_start") - pl.col("anchor_end")
    in_previous = pl.col("actor_sentence") < pl.col("sentence_index")
    penalty = pl.col("actor_type").replace_strict(SPEAKER_TYPE_PENALTY, default=99, return_dtype=pl.Int32)
    distance = (
        pl.when(pl.col("speaker_side") == "after_verb")
        .then(pl.when(after >= 0).then(after).otherwise(before.abs() + 60))
        .when(pl.col("speaker_side") == "first")
        .then(pl.when(before >= 0).then((pl.col("actor_start") - pl.col("char_start")).abs()).otherwise(after.abs() + 400))
        .when(pl.col("speaker_side") == "around_verb")
        .then(pl.when(after >= 0).then(after + AFTER_VERB_PENALTY).otherwise(before.abs()))
        .otherwise(pl.when(after >= 0).then(after).otherwise(before.abs()))
    )
    previous = pl.when(in_previous).then(PREVIOUS_SENTENCE_PENALTY).otherwise(0)
    return pl.when(in_previous & (pl.col("statement_kind") == "reported")).then(None).otherwise(distance + penalty + previous)
