"""Direct quotes: in every quotation style, over paragraphs, split when long, attributed to a verb."""

import polars as pl

from extract import facts
from extract.lexicon import languages
from extract.statements.common import (
    FACT_SCHEMA,
    MIN_QUOTE_WORDS,
    QUOTE_REGEX,
    SECTION,
    joined,
    without_quotes,
)


QUOTE_OPENERS = r"[“”„«»\"‚‘]|(?:^|[\s(\[—–-])'"
QUOTE_OPENING = r"^[\s(\[—–-]?[“”„«»\"‚‘'][\s\u00a0\u202f]*"
PARAGRAPH_OPENING = r"^[“„«\"]"  # a paragraph that opens a quote over several paragraphs
QUOTE_CLOSING = r"[\s\u00a0\u202f]*[”“»«\"‘’']$"
MIN_WORDS_BESIDE_REPORT = 5  # a shorter quote inside reported speech is part of that statement
MIN_UNATTRIBUTED_QUOTE_WORDS = 5  # a shorter quote needs a reporting verb beside it
MIN_QUOTE_PIECE_WORDS = 12  # a shorter sentence of a long quote stays with the one before
# An attribution between two parts of a quote: after the first part's closing mark (and a comma,
# unless the part ends in one), letters up to a comma before the second part's opening mark;
# no end of sentence and no other quote between them.
ATTRIBUTION_BETWEEN_PARTS = r"^[”“\"»«’‘']?\s*,?\s*\p{L}[^.!?;:“”\"«»„]{0,80},\s*[“\"«„‚‘']\s*$"
ATTRIBUTION_INSIDE_REACH = 60  # characters after the verb of an attribution inside a quote
PARTICIPLE_REACH = 30  # characters after a quote that hold its participle ("” ifadelerini kullanan")


def direct_quotes(sentences: pl.DataFrame) -> pl.DataFrame:
    """Quotes of at least two words, with offsets of their words (delimiters excluded); a quote
    broken by its attribution is one (`_with_inserted_attributions`)."""
    chunks = _paragraph_chunks(sentences)
    matches = facts.find_matches(chunks, "chunk_text", QUOTE_REGEX)
    if matches.is_empty():
        return pl.DataFrame(schema=FACT_SCHEMA)
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
        .with_columns(
            by_last_speaker=_pronoun_after_quote(),
            gap_to_next=pl.col("chunk_text").str.slice(
                pl.col("char_end") - pl.col("chunk_start"), pl.col("char_start").shift(-1).over("_chunk") - pl.col("char_end")
            ),
        )
        .select("article_id", "language", "char_start", "char_end", "text", "by_last_speaker", "gap_to_next")
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
    return _with_inserted_attributions(
        located.with_columns(
            statement_kind=pl.lit("direct_quote"),
            anchor_start=pl.col("char_start"),
            anchor_end=pl.col("char_end"),
            speaker_side=pl.lit("around_quote"),
            joint=pl.lit(False),
            by_mood=pl.lit(False),
        ).select(*FACT_SCHEMA.names(), "language", "gap_to_next")
    )


def _with_inserted_attributions(quotes: pl.DataFrame) -> pl.DataFrame:
    """Quotes broken by their attribution, each as one quote whose anchor is that attribution:
    a quote with an attribution between commas inside it (« La situation est grave, a déclaré
    Gabriel Attal, nous devons agir vite. »), and consecutive quotes of a sentence with only an
    attribution between them, the first ending in a comma (“The situation,” Lavrov said on
    Tuesday, “is extremely dangerous.”). Its speaker is named in the attribution, which says
    nothing itself; the quote's text runs over it, as the article's does."""
    return _joined_parts(_with_attribution_inside(quotes))


def _with_attribution_inside(quotes: pl.DataFrame) -> pl.DataFrame:
    """Anchor a quote at a reporting verb that opens a phrase between commas inside it, in the
    languages that write the attribution there (`attribution_inside_quotes`)."""
    inside = [language for language in languages() if facts.section_value(language, SECTION, "attribution_inside_quotes")]
    written_inside = pl.col("language").is_in(inside).fill_null(False)
    return pl.concat(
        [
            quotes.filter(~written_inside),
            *(_with_attribution_inside_of_language(quotes.filter(pl.col("language") == language), language) for language in inside),
        ]
    )


def _with_attribution_inside_of_language(quotes: pl.DataFrame, language: str) -> pl.DataFrame:
    speech = joined([facts.alternation(language, SECTION, key) for key in ("reported", "pronoun_speech")])
    if speech is None:
        return quotes
    parts = pl.col("text").str.extract_groups(
        rf"(?i)^(.*?,\s+)((?:{speech}){facts.WORD_END}[^,.;!?“”«»„]{{0,{ATTRIBUTION_INSIDE_REACH}}}?),\s"
    )
    before, attribution = parts.struct.field("1"), parts.struct.field("2")
    start = pl.col("char_start") + before.str.len_chars()
    return quotes.with_columns(
        anchor_start=pl.when(attribution.is_not_null()).then(start).otherwise("anchor_start").cast(pl.Int32),
        anchor_end=pl.when(attribution.is_not_null())
        .then(start + attribution.str.len_chars())
        .otherwise("anchor_end")
        .cast(pl.Int32),
    )


def _joined_parts(quotes: pl.DataFrame) -> pl.DataFrame:
    """Join each run of quotes that `ATTRIBUTION_BETWEEN_PARTS` links into one quote, anchored
    at the first attribution between them (`gap_to_next`: the article text up to the next quote)."""
    gap = pl.col("gap_to_next")
    joins_next = (
        (pl.col("sentence_index").shift(-1).over("article_id") == pl.col("last_sentence_index"))
        & gap.str.contains(ATTRIBUTION_BETWEEN_PARTS)
        & (pl.col("text").str.ends_with(",") | gap.str.contains(r"^[”“\"»«’‘']\s*,"))
    ).fill_null(False)
    runs = quotes.sort("article_id", "char_start").with_columns(_joins_next=joins_next)
    if not runs.get_column("_joins_next").any():
        return quotes.select(FACT_SCHEMA.names())
    runs = runs.with_columns(
        _run=(~pl.col("_joins_next").shift(1, fill_value=False)).cum_sum(),
        _gap_start=pl.col("char_end"),
        _gap_end=pl.col("char_start").shift(-1),
    )
    joined_first = pl.col("_joins_next").first()
    return (
        runs.group_by("_run", maintain_order=True)
        .agg(
            pl.col("article_id", "sentence_index", "char_start", "statement_kind", "speaker_side").first(),
            pl.col("by_last_speaker", "by_mood", "published_date").first(),
            pl.col("last_sentence_index", "char_end").last(),
            joint=pl.col("joint").any(),
            text=(pl.col("text") + pl.when("_joins_next").then(gap).otherwise(pl.lit(""))).str.join(""),
            anchor_start=pl.when(joined_first).then(pl.col("_gap_start").first()).otherwise(pl.col("anchor_start").first()),
            anchor_end=pl.when(joined_first).then(pl.col("_gap_end").first()).otherwise(pl.col("anchor_end").first()),
        )
        .select(FACT_SCHEMA.names())
        .cast(dict(FACT_SCHEMA))
    )


def split_long_quotes(statements: pl.DataFrame, sentences: pl.DataFrame) -> pl.DataFrame:
    """A quote of several sentences becomes one statement per sentence, each with the quote's
    speaker; a sentence of fewer than MIN_QUOTE_PIECE_WORDS words stays with its neighbour."""
    from extract.sentences import split_sentences

    quotes = statements.filter(
        (pl.col("statement_kind") == "direct_quote")
        & (pl.col("text").str.count_matches(r"\S+") >= 2 * MIN_QUOTE_PIECE_WORDS)
    )
    if quotes.is_empty():
        return statements
    languages_of = sentences.select("article_id", "sentence_index", "language")
    inner = split_sentences(
        quotes.join(languages_of, on=["article_id", "sentence_index"], how="left").select(
            article_id=pl.col("_fact").cast(pl.String), text="text", language="language"
        )
    )
    pieces = (
        inner.select(
            _fact=pl.col("article_id").cast(pl.UInt32),
            _index="sentence_index",
            _start="char_start",
            _end="char_end",
            _words=pl.col("text").str.count_matches(r"\S+"),
        )
        .sort("_fact", "_index")
        .with_columns(
            # A piece starts a statement when it and the piece before are both long enough.
            _chunk=(
                (pl.col("_index") == pl.col("_index").min().over("_fact"))
                | (
                    (pl.col("_words") >= MIN_QUOTE_PIECE_WORDS)
                    & (pl.col("_words").shift(1).over("_fact") >= MIN_QUOTE_PIECE_WORDS)
                )
            )
            .cast(pl.Int32)
            .cum_sum()
            .over("_fact")
        )
        .group_by("_fact", "_chunk", maintain_order=True)
        .agg(_start=pl.col("_start").min(), _end=pl.col("_end").max())
        .filter(pl.len().over("_fact") > 1)
    )
    if pieces.is_empty():
        return statements
    split = (
        quotes.join(pieces, on="_fact")
        .with_columns(
            text=pl.col("text").str.slice(pl.col("_start"), pl.col("_end") - pl.col("_start")),
            char_end=pl.col("char_start") + pl.col("_end"),
            char_start=pl.col("char_start") + pl.col("_start"),
        )
        .select(statements.columns)
    )
    split = split.join_asof(
        sentences.select("article_id", _sentence_start="char_start", _sentence="sentence_index").sort("_sentence_start"),
        left_on="char_start", right_on="_sentence_start", by="article_id", strategy="backward", check_sortedness=False,
    ).with_columns(sentence_index=pl.max_horizontal("sentence_index", "_sentence").cast(pl.Int32)).select(statements.columns)
    kept = statements.join(pieces.select("_fact").unique(), on="_fact", how="anti")
    return pl.concat([kept, split.cast(kept.schema)]).drop("_fact").sort("article_id", "char_start").with_row_index("_fact")


def _pronoun_after_quote() -> pl.Expr:
    """Whether the quote is followed by a pronoun attribution ("…,” he said"), per language."""
    following = pl.col("chunk_text").str.slice(pl.col("match_end"), 40)
    flags = [
        pl.when(pl.col("language") == language).then(following.str.contains(rf"(?i)^\W*{words}"))
        for language in languages()
        if (words := facts.alternation(language, SECTION, "pronoun_speech")) is not None
    ]
    return pl.coalesce(*flags, pl.lit(False)) if flags else pl.lit(False)


def without_short_quotes_beside_reports(
    quotes: pl.DataFrame, reported: pl.DataFrame, sentences: pl.DataFrame
) -> pl.DataFrame:
    """Drop quotes of a few words in sentences with reported speech, and quotes inside a reported
    clause ("said it “will not hesitate”"): the report contains them and is the statement. Not a
    quote its own participle of saying follows ("“...” diyen Güler, ... vurguladı": Güler, who
    said “...”, stressed ...)."""
    short = quotes.filter(pl.col("text").str.count_matches(r"\S+") < MIN_WORDS_BESIDE_REPORT)
    beside = short.join(reported.select(facts.SENTENCE_KEYS).unique(), on=facts.SENTENCE_KEYS, how="semi")
    inside = quotes.join(
        reported.select("article_id", _r_start="char_start", _r_end="char_end"), on="article_id"
    ).filter((pl.col("char_start") >= pl.col("_r_start")) & (pl.col("char_end") <= pl.col("_r_end") + 1))
    keys = ["article_id", "char_start"]
    dropped = pl.concat([beside.select(keys), inside.select(keys)]).join(
        _said_by_participle(quotes, sentences), on=keys, how="anti"
    )
    return quotes.join(dropped, on=keys, how="anti")


def _said_by_participle(quotes: pl.DataFrame, sentences: pl.DataFrame) -> pl.DataFrame:
    """(article_id, char_start) of the quotes right before a word of the lexicon's
    `quote_participle` ("“...” diyen Güler")."""

    def of_language(part: pl.DataFrame, language: str) -> pl.DataFrame:
        participle = facts.alternation(language, SECTION, "quote_participle")
        if not participle:
            return part.clear()
        after = pl.col("_sentence").str.slice(pl.col("char_end") - pl.col("_sentence_start"), PARTICIPLE_REACH)
        return part.filter(after.str.contains(rf"(?i)^\S{{0,2}}\s*{participle}{facts.WORD_END}"))

    located = quotes.select("article_id", "sentence_index", "char_start", "char_end").join(
        sentences.select(
            *facts.SENTENCE_KEYS, "language", _sentence_start="char_start", _sentence="text"
        ),
        on=facts.SENTENCE_KEYS,
    )
    schema = pl.Schema({"article_id": pl.String, "char_start": pl.Int32})
    return facts.per_language(located, of_language, schema)


def attributed_quotes(quotes: pl.DataFrame, sentences: pl.DataFrame, verbs: pl.DataFrame) -> pl.DataFrame:
    """Drop quoted names ("Operation Iron Swords") and short quotes in sentences without a
    reporting verb outside the quote: scare quotes ("the so-called “grain initiative”"). A
    quote that is its whole sentence ("“Not one step.”", after "“...,” he said."), that a colon
    announces ("şöyle konuştu: “...”") or that its participle of saying follows ("“...” diyen
    Fidan") is speech, however short."""
    if quotes.is_empty():
        return quotes
    named = pl.col("text").str.replace_all(r"[^\p{L}\s-]", "").str.contains(r"^\s*(?:\p{Lu}[\p{L}-]*\s*)+$")
    quotes = quotes.filter(~named)
    verb_at = pl.col("_sentence_start") + pl.col("_verb_start")
    outside = (verb_at < pl.col("char_start")) | (verb_at >= pl.col("char_end"))
    keys = ["article_id", "char_start"]
    short = quotes.filter(pl.col("text").str.count_matches(r"\S+") < MIN_UNATTRIBUTED_QUOTE_WORDS)
    in_sentence = short.join(
        sentences.select(*facts.SENTENCE_KEYS, _sentence="text", _sentence_start="char_start"), on=facts.SENTENCE_KEYS
    )
    before_quote = pl.col("_sentence").str.slice(0, pl.col("char_start") - pl.col("_sentence_start"))
    speech = in_sentence.filter(
        # the whole sentence, or announced by a colon ("şöyle konuştu: “...”")
        ((pl.col("sentence_index") == pl.col("last_sentence_index")) & ~without_quotes("_sentence").str.contains(r"\p{L}"))
        | before_quote.str.contains(r":\s*\S?\s*$")
    ).select(keys)
    unattributed = (
        short.join(verbs, on=facts.SENTENCE_KEYS, how="left")
        .filter(~pl.col("by_last_speaker") & ~(pl.col("_verb_start").is_not_null() & outside).fill_null(False))
        .select(keys)
        .join(speech, on=keys, how="anti")
        .join(_said_by_participle(short, sentences), on=keys, how="anti")
    )
    quotes = quotes.join(unattributed, on=keys, how="anti")
    return _anchored_to_verb_before(quotes, sentences, verbs)


def _anchored_to_verb_before(
    quotes: pl.DataFrame, sentences: pl.DataFrame, verbs: pl.DataFrame
) -> pl.DataFrame:
    """A quote after the reporting verb of its sentence, in a language whose speaker comes
    before the verb, is what the verb reports ("Stoltenberg betonte, das Bündnis sei „keine
    Konfliktpartei“"): the verb's subject says it, not a party named in the quote's clause ("das
    Bündnis"). Its anchor becomes the verb, if the verb comes before every quote of the sentence."""
    verb_first = [language for language in languages() if not facts.names_speaker_first(language)]
    verb_start = pl.col("_sentence_start") + pl.col("_verb_start")
    verb_end = verb_start + pl.col("_verb").str.len_chars()
    before = (
        quotes.select("article_id", "sentence_index", "char_start")
        .join(verbs, on=facts.SENTENCE_KEYS)
        .join(sentences.select(*facts.SENTENCE_KEYS, "language"), on=facts.SENTENCE_KEYS)
        # before every quote of the sentence ("« ... », a déclaré Macron, indiquant que ...
        # « ... »": the verb follows a quote, whose parties are no speakers of the next one)
        .filter(
            pl.col("language").is_in(verb_first)
            & (verb_end <= pl.col("char_start").min().over(facts.SENTENCE_KEYS))
        )
        .select(
            "article_id", "char_start", _verb_anchor_start=verb_start, _verb_anchor_end=verb_end
        )
    )
    if before.is_empty():
        return quotes
    found = pl.col("_verb_anchor_start").is_not_null()
    return (
        quotes.join(before, on=["article_id", "char_start"], how="left")
        .with_columns(
            anchor_start=pl.coalesce("_verb_anchor_start", "anchor_start").cast(pl.Int32),
            anchor_end=pl.coalesce("_verb_anchor_end", "anchor_end").cast(pl.Int32),
            speaker_side=pl.when(found).then(pl.lit("around_verb")).otherwise("speaker_side"),
        )
        .drop("_verb_anchor_start", "_verb_anchor_end")
    )


def _paragraph_chunks(sentences: pl.DataFrame, *, quoted_only: bool = True) -> pl.DataFrame:
    """Runs of sentences not separated by a line break, as one text each with its start offset.

    The whitespace between sentences comes from `gap_after` (added by the pipeline from the
    article text); without it, each sentence is its own chunk. With `quoted_only`, only runs
    with a quotation mark are kept: the others hold no direct quote.
    """
    gap = pl.col("gap_after") if "gap_after" in sentences.columns else pl.lit(None, dtype=pl.String)
    ordered = facts.in_article_order(sentences).with_columns(_gap=gap)
    starts_chunk = (pl.col("_gap").is_null() | pl.col("_gap").str.contains("\n")).shift(1, fill_value=True) | (
        pl.col("article_id") != pl.col("article_id").shift(1)
    )
    chunked = ordered.with_columns(_chunk=starts_chunk.cast(pl.Int32).cum_sum())
    if quoted_only:
        quoted = chunked.filter(pl.col("text").str.contains(QUOTE_OPENERS)).get_column("_chunk").unique()
        chunked = chunked.filter(pl.col("_chunk").is_in(quoted.implode()))
    return chunked.group_by("_chunk", maintain_order=True).agg(
        article_id=pl.col("article_id").first(),
        chunk_start=pl.col("char_start").first(),
        sentence_index=pl.col("sentence_index").first(),
        last_sentence_index=pl.col("sentence_index").last(),
        published_date=pl.col("published_date").first(),
        language=pl.col("language").first(),
        chunk_text=(pl.col("text") + pl.col("_gap").fill_null("")).str.join(""),
    )


def with_joint_sentences(quotes: pl.DataFrame, sentences: pl.DataFrame) -> pl.DataFrame:
    """Mark quotes in a sentence of a joint statement ("the two leaders ... “...”") as joint."""

    def joint_of_language(part: pl.DataFrame, language: str) -> pl.DataFrame:
        return part.filter(facts.has("_unquoted", facts.alternation(language, SECTION, "joint"))).select(facts.SENTENCE_KEYS)

    # the two leaders named inside a quote do not say it ("“... the two leaders agreed,” he said")
    quoted = sentences.join(quotes.select(facts.SENTENCE_KEYS).unique(), on=facts.SENTENCE_KEYS, how="semi").with_columns(
        _unquoted=without_quotes("text")
    )
    joint = facts.per_language(
        quoted, joint_of_language, pl.Schema({"article_id": pl.String, "sentence_index": pl.Int32})
    ).with_columns(_joint_sentence=pl.lit(True))
    return (
        quotes.join(joint, on=facts.SENTENCE_KEYS, how="left")
        .with_columns(joint=pl.col("joint") | pl.col("_joint_sentence").fill_null(False))
        .drop("_joint_sentence")
    )


def multi_paragraph_quotes(sentences: pl.DataFrame) -> pl.DataFrame:
    """Quotes over several paragraphs: opened at the start of one paragraph and closed at the
    end of a later one. Each paragraph is a statement; those after the first continue its
    speaker."""
    # Only articles with a sentence that opens a quote can have a paragraph that does.
    quoting = sentences.filter(pl.col("text").str.contains(PARAGRAPH_OPENING)).select("article_id")
    candidates = sentences.join(quoting.unique(), on="article_id", how="semi")
    paragraphs = _paragraph_chunks(candidates, quoted_only=False).with_columns(
        _text=pl.col("chunk_text").str.strip_chars_end()
    )
    marks = pl.col("_text").str.count_matches(r"[“”„«»\"]")
    opens = pl.col("_text").str.contains(PARAGRAPH_OPENING) & (marks % 2 == 1)
    closes = pl.col("_text").str.contains(r"[”“»\"][.!?]?$") & (marks % 2 == 1)
    flagged = paragraphs.with_columns(_opens=opens, _closes=closes).with_columns(
        _open_count=pl.col("_opens").cast(pl.Int32).cum_sum().over("article_id"),
        _closed_before=(pl.col("_closes").cast(pl.Int32).cum_sum() - pl.col("_closes").cast(pl.Int32)).over("article_id"),
    )
    inside = flagged.filter(
        (pl.col("_open_count") - pl.col("_closed_before") == 1)
        & (pl.col("_closes").cast(pl.Int32).sum().over("article_id") >= pl.col("_opens").cast(pl.Int32).sum().over("article_id"))
    ).with_columns(_span=pl.col("_open_count"))
    inside = inside.filter(
        (pl.len().over("article_id", "_span") > 1) & ~(pl.col("_opens") & pl.col("_closes"))
    )
    if inside.is_empty():
        return pl.DataFrame(schema=FACT_SCHEMA)
    lead = pl.col("_text").str.extract(r"^([“„«\"]\s*)", 1).str.len_chars().fill_null(0)
    trail = pl.col("_text").str.extract(r"(\s*[”“»\"])[.!?]?$", 1).str.len_chars().fill_null(0)
    return inside.with_columns(
        char_start=(pl.col("chunk_start") + lead).cast(pl.Int32),
        char_end=(pl.col("chunk_start") + pl.col("_text").str.len_chars() - trail).cast(pl.Int32),
        text=pl.col("_text").str.slice(lead, pl.col("_text").str.len_chars() - trail - lead),
        statement_kind=pl.lit("direct_quote"),
        speaker_side=pl.lit("around_quote"),
        by_last_speaker=~pl.col("_opens"),
        joint=pl.lit(False),
        by_mood=pl.lit(False),
    ).with_columns(
        anchor_start=pl.col("char_start"),
        anchor_end=pl.col("char_end"),
        sentence_index=pl.col("sentence_index").cast(pl.Int32),
        last_sentence_index=pl.col("last_sentence_index").cast(pl.Int32),
    ).select(FACT_SCHEMA.names())
