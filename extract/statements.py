"""Statements: direct quotes and reported speech, each with its speaker(s), kind and date.

Direct quotes are found in every quotation style (“ ”, " ", « », » «, „ “, ‚ ‘, ‘ ’ and the
straight single quotes of Turkish papers) over paragraph chunks, so a quote that the sentence
splitter cut in two stays one statement. Reported speech is a sentence with a reporting verb
from `[statements] reported` ("said", "dedi", "sagte", "a déclaré", "afirmó") or an attribution
from `reported_after` ("according to", "laut", "selon", "según"); its text is the clause that
the verb reports ("<content>, the minister said ..." reports what stands before the comma,
unless it is a preface that sets the scene: "Speaking to reporters in Brussels, ...", `preface`).
Silences and things declared that are not said (`silence`: "declined to comment", "declared
war"), media attributions (`media` next to the verb: "Reuters reported") and sentences that
introduce a quote ("... said:") are no statements. In verb-final languages the sentence's last
verb reports, and passive reports ("açıklamada ... belirtildi") count when they name the
statement. Quotes over several paragraphs give one statement per paragraph, long quotes one per
sentence; short quotes without a reporting verb beside them (scare quotes) and quoted names
are no statements, and quotes inside a reported clause are part of it, unless the clause is the
quote and its speaker ("“...,” Jane Doe, the defence minister, said"). A verb followed by
"that" or a colon reports the clause after it, wherever it stands in the sentence, and the date
of the saying between them is no part of it ("said on Tuesday that"); in German the clause opens
after the comma behind the verb and its subject ("sagte der Minister am Montag, ..."). Sentences
after a statement that report by their mood alone (German Konjunktiv I, `reported_mood`: "Es
gebe keine Einigung.") go on reporting it, each a statement of the last speaker.

The speaker is a named actor of the statement's sentence outside the quote or the reported
clause, nearest the quote or the verb (or the first actor, in languages that put the verb last,
where the statement then starts after the speaker and its comma), else the subject of the
sentence before a quote (a person or office, not a state); a demonym speaks only before an
official noun ("Turkish officials"), and a body or state inside a person's title speaks through
the person ("NATO Secretary General Ana Ruiz", "le porte-parole du Kremlin, Ivan Sokolov"); a
state named as a place ("in Kosovo", "Kosova'da") speaks only through officials named before it
("officials in Kosovo"). A pronoun subject or "he added" takes the last speakers of the article,
and so does a quote without a speaker of its own (a reported clause whose subject is no actor,
"Diplomatic sources said ...", has none); a joint statement is given to every person named in
its sentence and the two before. Statements without a speaker are dropped. A statement is dated
by a date of its own sentence outside what it says (the dates it speaks of are not when it was
said), else by the day the article's lead names, else by the publication.
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
    r"”[^“”\"\n]+”",
    r'"[^"“”\n]+["”]',
    r"«[^«»\n]+»",
    r"»[^«»\n]+«",
    r"‚[^‚‘’\n]+[‘’]",
    r"‘(?:[^‘’\n]|\p{L}’\p{L})+’",
    r"(?:^|[\s(\[—–-])'(?:[^'\n]|\p{L}'\p{L})+'",
)
QUOTE_REGEX = "|".join(f"(?:{style})" for style in QUOTE_STYLES)
QUOTE_OPENERS = r"[“”„«»\"‚‘]|(?:^|[\s(\[—–-])'"
QUOTE_OPENING = r"^[\s(\[—–-]?[“”„«»\"‚‘'][\s\u00a0\u202f]*"
PARAGRAPH_OPENING = r"^[“„«\"]"  # a paragraph that opens a quote over several paragraphs
QUOTE_CLOSING = r"[\s\u00a0\u202f]*[”“»«\"‘’']$"
# a quote, or a reported clause after a complementiser, colon or comma ("warned that Moscow
# responds"), has at least this many words; other reported clauses MIN_REPORTED_WORDS ("said on
# Tuesday" says when, not what)
MIN_QUOTE_WORDS = 2
MIN_REPORTED_WORDS = 3
MIN_WORDS_BESIDE_REPORT = 5  # a shorter quote inside reported speech is part of that statement
MIN_UNATTRIBUTED_QUOTE_WORDS = 5  # a shorter quote needs a reporting verb beside it
MIN_QUOTE_PIECE_WORDS = 12  # a shorter sentence of a long quote stays with the one before
SPEAKER_TYPE_PENALTY = {"person": 0, "government_body": 12, "organization": 18, "country": 45}
PREVIOUS_SENTENCE_PENALTY = 250
MAX_CONJUNCTION_GAP = 6  # "X and Y", "X ve Y", "X, sowie Y": the words between two joined parties
SUBJECT_REACH = 60  # a sentence's subject starts this close to its start (after role words)
JOINT_LOOKBACK = 2  # a joint statement's parties may be named up to two sentences before
AFTER_VERB_PENALTY = 5  # "X said Y ..." names the speaker first
QUOTE_SHARE_WITHOUT_REPORT = 0.4
QUOTE_SHARE_VERB_FINAL = 0.75
QUOTE_BEFORE_VERB = 8  # '“...” diye konuştu': at most the closing mark and a word between
QUOTE_OPENING_REACH = 3  # a quote opens its sentence when at most its mark and a space come before
MEDIA_REACH = 40  # a media outlet this close to the verb makes the sentence a media report
MIN_CONTENT_WORDS = 5  # "<content>, the ministry said": the content before the comma has this many words
MAX_SUBJECT_WORDS = 7  # ... and the subject between the comma and the verb this short
SUBJECT_CHUNK = rf"(?:[^\s,]+\s+){{0,{MAX_SUBJECT_WORDS - 1}}}[^\s,]+"  # a subject or its apposition, between commas
MAX_WORDS_BEFORE_DATE_OF_SAYING = 3  # "told the BBC on Monday that": at most this many words before the date
MAX_WORDS_BEFORE_CLAUSE_COMMA = 10  # "sagte <subject and adverbials>, <clause>": at most this many words
MAX_WORDS_BEFORE_COMPLEMENTISER = 8  # "said in a speech at the Sorbonne that": at most this many words after the first
ABBREVIATION = r"(?:\([^()]{1,12}\)\s*)"  # "Milli Savunma Bakanlığı (MSB)"
# "nach Angaben des |Kremls", "nach Ansicht von Außenministerin |X": at most an article or a role
# (two words) between attribution and speaker
ATTRIBUTED_SPEAKER_GAP = r"^\s*(?:[^\s,;:.]+\s+){0,2}$"
SETTING_REACH = 60  # "X, <Twitter hesabından yaptığı> paylaşımda, ...": words before the setting's own
LEADING_SPEAKER_REACH = 80  # "<role> <name>, <statement> söyledi": the speaker ends this close to the start
QUOTE_SPEAKER_REACH = 60  # “...,” <speaker and apposition>, said: at most this many characters
INVERTED_SUBJECT = r"^\s+(?:[^\s,.;]+\s+){0,4}[^\s,.;]+\s*(?:[,.;]|$)"  # "..., said the minister."

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
        "by_mood": pl.Boolean,
        "published_date": pl.Date,
    }
)


def extract_statements(sentences: pl.DataFrame, dates: pl.DataFrame, actors: pl.DataFrame) -> pl.DataFrame:
    """raw.statements: direct quotes and reported speech with speakers, kind and date."""
    if sentences.is_empty():
        return empty(STATEMENTS)
    quotes = _direct_quotes(sentences)
    quotes = pl.concat(
        [part.select(_FACT_SCHEMA.names()).cast(dict(_FACT_SCHEMA)) for part in (quotes, _multi_paragraph_quotes(sentences))]
    )
    quotes = _with_joint_sentences(quotes, sentences)
    verbs = facts.per_language(sentences, _verbs_of_language, _VERB_SCHEMA)
    reported = _after_date_of_saying(_reported_speech(sentences, quotes, verbs), dates)
    quotes = _attributed_quotes(_without_short_quotes_beside_reports(quotes, reported), sentences, verbs)
    statements = pl.concat([quotes.select(_FACT_SCHEMA.names()), reported.select(_FACT_SCHEMA.names())])
    statements = pl.concat([statements, _reported_by_mood(sentences, statements)])
    if statements.is_empty():
        return empty(STATEMENTS)
    statements = statements.sort("article_id", "char_start").with_row_index("_fact")
    attributed = _split_long_quotes(_attribute(statements, sentences, actors), sentences)
    dated = facts.attach_dates(
        attributed.with_columns(_anchor=pl.col("char_start")),
        dates,
        anchor="_anchor",
        lookback=0,
        not_after_publication=True,
        outside=("char_start", "char_end"),
    )
    lead = facts.lead_dates(dates, sentences)
    fallback = pl.coalesce("_lead_date", "published_date")
    return conform(
        dated.filter(pl.col("speaker_names").list.len() > 0)
        .join(lead, on="article_id", how="left")
        .sort("article_id", "char_start")
        .with_columns(
            statement_index=pl.int_range(pl.len()).over("article_id"),
            statement_date=pl.coalesce("date_start", fallback),
            date_precision=pl.when(pl.col("date_start").is_null() & fallback.is_not_null())
            .then(pl.lit("day"))
            .otherwise(pl.col("date_precision")),
            date_text=pl.when(pl.col("date_start").is_null()).then("_lead_text").otherwise("date_text"),
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
        by_mood=pl.lit(False),
    ).select(_FACT_SCHEMA.names())


def _split_long_quotes(statements: pl.DataFrame, sentences: pl.DataFrame) -> pl.DataFrame:
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


def _without_short_quotes_beside_reports(quotes: pl.DataFrame, reported: pl.DataFrame) -> pl.DataFrame:
    """Drop quotes of a few words in sentences with reported speech, and quotes inside a reported
    clause ("said it “will not hesitate”"): the report contains them and is the statement."""
    short = quotes.filter(pl.col("text").str.count_matches(r"\S+") < MIN_WORDS_BESIDE_REPORT)
    beside = short.join(reported.select(facts.SENTENCE_KEYS).unique(), on=facts.SENTENCE_KEYS, how="semi")
    inside = quotes.join(
        reported.select("article_id", _r_start="char_start", _r_end="char_end"), on="article_id"
    ).filter((pl.col("char_start") >= pl.col("_r_start")) & (pl.col("char_end") <= pl.col("_r_end") + 1))
    dropped = pl.concat([beside.select("article_id", "char_start"), inside.select("article_id", "char_start")])
    return quotes.join(dropped, on=["article_id", "char_start"], how="anti")


def _attributed_quotes(quotes: pl.DataFrame, sentences: pl.DataFrame, verbs: pl.DataFrame) -> pl.DataFrame:
    """Drop quoted names ("Operation Iron Swords") and short quotes in sentences without a
    reporting verb outside the quote: scare quotes ("the so-called “grain initiative”")."""
    if quotes.is_empty():
        return quotes
    named = pl.col("text").str.replace_all(r"[^\p{L}\s-]", "").str.contains(r"^\s*(?:\p{Lu}[\p{L}-]*\s*)+$")
    quotes = quotes.filter(~named)
    verb_at = pl.col("_sentence_start") + pl.col("_verb_start")
    outside = (verb_at < pl.col("char_start")) | (verb_at >= pl.col("char_end"))
    unattributed = (
        quotes.filter(pl.col("text").str.count_matches(r"\S+") < MIN_UNATTRIBUTED_QUOTE_WORDS)
        .join(verbs, on=facts.SENTENCE_KEYS, how="left")
        .filter(~pl.col("by_last_speaker") & ~(pl.col("_verb_start").is_not_null() & outside).fill_null(False))
        .select("article_id", "char_start")
    )
    return quotes.join(unattributed, on=["article_id", "char_start"], how="anti")


_VERB_SCHEMA = pl.Schema(
    {
        "article_id": pl.String,
        "sentence_index": pl.Int32,
        "_sentence_start": pl.Int32,
        "_verb_start": pl.Int32,
        "_verb": pl.String,
    }
)


def _verbs_of_language(part: pl.DataFrame, language: str) -> pl.DataFrame:
    """The reporting verb or attribution of each sentence that has one, with its offset: the
    first one, or the last in verb-final languages."""
    either = _either(language)
    if either is None:
        return pl.DataFrame(schema=_VERB_SCHEMA)

    # Verb-final languages report with the sentence's last verb ("... açıklamasında ... dedi").
    verb_final = facts.section_value(language, SECTION, "speaker_position") == "first"
    group = pl.col("_match").struct.field
    passive = facts.alternation(language, SECTION, "passive")
    nouns = facts.alternation(language, SECTION, "statement_nouns")
    # Only sentences with a verb (or a passive report) are searched for where it stands.
    anywhere = f"(?:{either}|{passive})" if passive and nouns else either
    part = part.filter(pl.col("text").str.contains(f"(?is){facts.WORD_START}{anywhere}{facts.WORD_END}"))
    # Silences and things declared, not said ("declared war"), report nothing; a silence inside
    # a quote is what is said ("“We will not stay silent,” she said").
    silence = facts.alternation(language, SECTION, "silence")
    if silence:
        part = part.filter(~_without_quotes("text").str.contains(facts.words(silence)))
    found = part.select("article_id", "sentence_index", "text", _sentence_start="char_start")
    found = _with_word_of(found, either, "_match", last=verb_final)
    if passive and nouns:
        found = _with_word_of(found, passive, "_passive", last=verb_final).with_columns(
            _passive=pl.when(facts.has("text", nouns)).then("_passive")
        )
        passive_at = pl.col("_passive").struct.field("1").str.len_chars()
        later = group("2").is_null() | (passive_at > group("1").str.len_chars()).fill_null(False)
        found = found.with_columns(_match=pl.when(later & passive_at.is_not_null()).then("_passive").otherwise("_match"))
    # A fragment may reach back over the word before a comma to find its start (", so Fidan"):
    # the verb starts at the comma.
    word_before_comma = group("2").str.extract(r"^([^\s,]*),", 1).str.len_chars().fill_null(0)
    return found.filter(group("2").is_not_null()).select(
        "article_id", "sentence_index", "_sentence_start",
        _verb_start=(group("1").str.len_chars() + word_before_comma).cast(pl.Int32),
        _verb=group("2").str.slice(word_before_comma),
    )


def _with_word_of(frame: pl.DataFrame, alternative: str, name: str, *, last: bool) -> pl.DataFrame:
    """Add struct `name`: groups "1" (the text before) and "2" (the match) of the first, or the
    `last`, `alternative` standing as a word in `text` (null without one).

    For the first, a search without groups finds where it starts and the groups come from a
    match anchored there: a search with groups through the whole sentence is several times slower.
    """
    text = pl.col("text")
    match = f"({alternative}){facts.WORD_END}"
    if last:
        return frame.with_columns(text.str.extract_groups(f"(?is)^(.*{facts.WORD_START}){match}").alias(name))
    found_at = text.str.find(f"(?is){facts.WORD_START}{match}")  # in bytes
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


def _with_joint_sentences(quotes: pl.DataFrame, sentences: pl.DataFrame) -> pl.DataFrame:
    """Mark quotes in a sentence of a joint statement ("the two leaders ... “...”") as joint."""

    def joint_of_language(part: pl.DataFrame, language: str) -> pl.DataFrame:
        return part.filter(facts.has("_unquoted", facts.alternation(language, SECTION, "joint"))).select(facts.SENTENCE_KEYS)

    # the two leaders named inside a quote do not say it ("“... the two leaders agreed,” he said")
    quoted = sentences.join(quotes.select(facts.SENTENCE_KEYS).unique(), on=facts.SENTENCE_KEYS, how="semi").with_columns(
        _unquoted=_without_quotes("text")
    )
    joint = facts.per_language(
        quoted, joint_of_language, pl.Schema({"article_id": pl.String, "sentence_index": pl.Int32})
    ).with_columns(_joint_sentence=pl.lit(True))
    return (
        quotes.join(joint, on=facts.SENTENCE_KEYS, how="left")
        .with_columns(joint=pl.col("joint") | pl.col("_joint_sentence").fill_null(False))
        .drop("_joint_sentence")
    )


def _without_quotes(column: str) -> pl.Expr:
    """The text with its quotes blanked out: what the sentence says around them."""
    return pl.col(column).str.replace_all(QUOTE_REGEX, " ")


def _multi_paragraph_quotes(sentences: pl.DataFrame) -> pl.DataFrame:
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
        return pl.DataFrame(schema=_FACT_SCHEMA)
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
    ).select(_FACT_SCHEMA.names())


# --- reported speech -----------------------------------------------------------------------


def _reported_speech(sentences: pl.DataFrame, quotes: pl.DataFrame, verbs: pl.DataFrame) -> pl.DataFrame:
    """Sentences with a reporting verb, minus silences, media reports, and those whose reported
    clause is mostly a direct quote or whose verb stands inside a quote."""
    with_verbs = sentences.join(verbs.drop("_sentence_start"), on=facts.SENTENCE_KEYS)
    reported = facts.per_language(with_verbs, _reported_of_language, _FACT_SCHEMA)
    if reported.is_empty() or quotes.is_empty():
        return reported
    # In verb-final languages a report often spans quotes of a few words ("‘...’ olduğu
    # söylendi"): it gives way only to a quote that is nearly all of it.
    # A quote right before the verb ("“...” dedi", "“...,” said Jane Doe, who ...") is what the
    # verb reports, though.
    verb_final = pl.col("speaker_side") == "first"
    share = pl.when(verb_final).then(QUOTE_SHARE_VERB_FINAL).otherwise(QUOTE_SHARE_WITHOUT_REPORT)
    # “<quote>,” <speaker, with an apposition>, said ...: the clause opens with a quote closed
    # by a comma and goes on only with whoever says it.
    quote_then_speaker = (
        (pl.col("q_start") - pl.col("char_start")).is_between(0, 1)
        & (pl.col("char_end") - pl.col("q_end")).is_between(0, QUOTE_SPEAKER_REACH)
        & pl.col("text").str.slice(pl.col("q_end") - pl.col("char_start") - 1, 4).str.contains(",")
    )
    # “<quote>,” <speaker> said after meeting ...: what follows the verb of a quote that opens
    # the sentence is where or when it was said, unless a complementiser opens a clause there
    complementiser = _all_complementisers()
    after_quote_and_speaker = (
        pl.col("q_opens")
        & (pl.col("q_sentence") == pl.col("sentence_index"))
        & (pl.col("anchor_start") - pl.col("q_end")).is_between(0, QUOTE_SPEAKER_REACH)
        & (pl.col("char_start") >= pl.col("anchor_start"))
    )
    if complementiser:
        after_quote_and_speaker = after_quote_and_speaker & ~pl.col("text").str.contains(
            rf"(?i){facts.WORD_START}{complementiser}"
        )
    # (a quote that opens its sentence: one inside it may be part of the subject, "a report,
    # citing a “senior official,” said ...")
    opening = quotes.join(
        sentences.select(*facts.SENTENCE_KEYS, _sentence_start="char_start"), on=facts.SENTENCE_KEYS, how="left"
    ).select(
        "article_id", q_start="char_start", q_end="char_end", q_sentence="sentence_index",
        q_opens=(pl.col("char_start") - pl.col("_sentence_start")) <= QUOTE_OPENING_REACH,
    )
    quoted = (
        reported.select("article_id", "sentence_index", "char_start", "char_end", "speaker_side", "anchor_start", "text")
        .join(opening, on="article_id")
        .with_columns(
            _overlap=pl.min_horizontal("char_end", "q_end") - pl.max_horizontal("char_start", "q_start")
        )
        .filter(
            (pl.col("_overlap") >= share * (pl.col("char_end") - pl.col("char_start")))
            | (
                pl.when(verb_final).then(pl.col("_overlap") > 0).otherwise(pl.col("q_opens"))
                & (pl.col("anchor_start") - pl.col("q_end")).is_between(0, QUOTE_BEFORE_VERB)
            )
            | quote_then_speaker
            | after_quote_and_speaker
        )
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
    """Reported statements of one language: the clause the reporting verb governs (`part` holds
    the sentences with a verb, `_verb`/`_verb_start`)."""
    attribution = facts.alternation(language, SECTION, "reported_after")
    either = _either(language)
    if either is None:
        return pl.DataFrame(schema=_FACT_SCHEMA)
    verb_first = facts.section_value(language, SECTION, "speaker_position") != "first"
    inverted = facts.section_value(language, SECTION, "clause_after_comma")
    found = (
        # "In its written statement:" introduces the quote that follows; the quote is the statement.
        part.filter(~pl.col("text").str.contains(r"[:;]\s*$"))
    ).with_columns(_length=pl.col("text").str.len_chars())
    scene = facts.alternation(language, SECTION, "preface")
    found = found.with_columns(
        _verb_end=(pl.col("_verb_start") + pl.col("_verb").str.len_chars()).cast(pl.Int32),
        _is_attribution=pl.col("_verb").str.contains(f"(?i)^{attribution}$") if attribution else pl.lit(False),
        # a preface sets the scene ("Speaking to reporters in Brussels, Jane Doe said ...")
        _sets_scene=pl.col("text").str.contains(rf"(?i)^\W*(?:{scene}){facts.WORD_END}") if scene else pl.lit(False),
    )
    # ... or stands between the subject and the verb ("Jane Doe, speaking in Ankara, said ...")
    found = found.with_columns(
        _scene_aside=pl.col("text").str.slice(0, pl.col("_verb_start")).str.contains(
            rf"(?i)^[^,]+,\s*(?:{scene}){facts.WORD_END}[^,]*,\s*$"
        )
        if scene
        else pl.lit(False)
    )
    # ... or the subject stands with its apposition before the verb, which reports the clause
    # after it ("The Polish president, Jan Nowak, said the border ...", "Jan Nowak, NATO's
    # secretary general, said ...")
    found = found.with_columns(
        _apposition=pl.col("text").str.slice(0, pl.col("_verb_start")).str.contains(
            rf"^\s*{SUBJECT_CHUNK}\s*,\s*{SUBJECT_CHUNK}\s*,\s*$"
        )
        & (pl.col("text").str.slice(pl.col("_verb_start")).str.count_matches(r"\S+") > MIN_QUOTE_WORDS)
    )
    # the press in a preface is the audience ("S'exprimant devant la presse, ..."), not the speaker
    found = found.filter(pl.col("_sets_scene") | pl.col("_scene_aside") | ~_media_near_verb(language))
    # Parts used by several conditions below are columns, so that each is computed once.
    # "<content>, the ministry said ...": a short subject (or none: "..., agregó el funcionario")
    # between the last comma and the verb, or a subject and its apposition ("<content>, Jan
    # Nowak, the Polish president, said").
    before_verb = pl.col("text").str.slice(0, pl.col("_verb_start"))
    complementiser = facts.complementisers(language)
    # what opens the words after the verb: a colon, a comma or a complementiser ("said that")
    clause_mark = rf"(?i)^\s*([:,]|{complementiser})" if complementiser else r"^\s*([:,])"
    found = found.with_columns(
        _last_comma=pl.coalesce(
            before_verb.str.extract(rf"^(.*\S)\s*,\s*{SUBJECT_CHUNK}\s*,\s*{SUBJECT_CHUNK}\s*,\s*$", 1),
            before_verb.str.extract(r"^(.*)[,:]", 1),
        ).str.len_chars(),
        _clause_mark=pl.col("text").str.slice(pl.col("_verb_end")).str.extract(clause_mark, 1),
    )
    last_comma = pl.col("_last_comma")
    subject_words = before_verb.str.slice(last_comma + 1).str.count_matches(r"\S+")
    introduces_clause = (
        pl.col("_clause_mark").is_not_null() & (pl.col("_clause_mark") != ",")
        if complementiser
        else pl.lit(False)
    )
    participles = facts.alternation(language, SECTION, "participles")
    if participles:
        introduces_clause = introduces_clause | pl.col("_verb").str.contains(f"(?i)^(?:{participles})$")
    content_words = before_verb.str.slice(0, last_comma).str.count_matches(r"\S+")
    comma_subject = (
        pl.lit(verb_first)
        & ~pl.col("_is_attribution")
        & ~pl.col("_sets_scene")
        & ~pl.col("_scene_aside")
        & ~pl.col("_apposition")
        & ~introduces_clause
        & (
            (content_words >= MIN_CONTENT_WORDS)
            & (
                subject_words.is_between(1, MAX_SUBJECT_WORDS)
                # no subject before the verb: it follows it ("..., agregó el funcionario, que ...")
                | ((subject_words == 0) & pl.col("text").str.slice(pl.col("_verb_end")).str.contains(INVERTED_SUBJECT))
            )
            # German inverts only after what is said ("Moskau werde reagieren, erklärte Sprecherin X
            # in ihrer Pressekonferenz"): a verb right after a comma reports what precedes it
            | (pl.lit(bool(inverted)) & (subject_words == 0) & (content_words >= MIN_QUOTE_WORDS))
        )
    ).fill_null(False)
    # "In a statement, the ministry said ...": too few words before the comma to be what is
    # said (or a preface that sets the scene), a short subject after it: the verb reports what
    # follows it
    preface = (
        pl.lit(verb_first)
        & ~pl.col("_is_attribution")
        & ((content_words < MIN_CONTENT_WORDS) | pl.col("_sets_scene"))
        & subject_words.is_between(1, MAX_SUBJECT_WORDS)
    ).fill_null(False)
    found = found.with_columns(_comma_subject=comma_subject, _preface=preface)
    comma_subject = pl.col("_comma_subject")
    no_comma_before = last_comma.is_null()
    # a verb followed by "that" or a colon reports what follows it, wherever it stands
    early = (
        (pl.col("_verb_start") < 0.45 * pl.col("_length"))
        | (no_comma_before & ~pl.col("_is_attribution"))
        | (introduces_clause & ~pl.col("_is_attribution"))
        | pl.col("_preface")
        | pl.col("_scene_aside")
        | pl.col("_apposition")
    )
    found = found.with_columns(_verb_early=early & ~comma_subject)
    verb_early = pl.col("_verb_early")
    content_start = (
        pl.when(pl.col("_is_attribution") & verb_early)
        .then(_after_first_comma())
        .when(verb_early & verb_first)
        .then(_after_verb(language))
        .otherwise(0)
    )
    content_end = (
        pl.when(comma_subject)
        .then(last_comma)
        .when(verb_early & (pl.lit(verb_first) | pl.col("_is_attribution")))
        .then(pl.col("_length"))
        .otherwise(pl.col("_verb_start"))
    )
    side = (
        pl.when(pl.col("_is_attribution"))
        # "according to X" names X after the attribution; "X'e göre" before it.
        .then(pl.lit("after_verb" if verb_first else "before_verb"))
        .when(pl.lit(facts.section_value(language, SECTION, "speaker_position") == "first"))
        .then(pl.lit("first"))
        .otherwise(pl.lit("around_verb"))
    )
    reported = found.with_columns(_content_start=content_start.cast(pl.Int32)).with_columns(
        _content_end=pl.max_horizontal(content_end, "_content_start").cast(pl.Int32),
    )
    reported = reported.with_columns(
        _content=pl.col("text").str.slice(pl.col("_content_start"), pl.col("_content_end") - pl.col("_content_start")),
        _opened=pl.col("_clause_mark").is_not_null() & (pl.col("_content_start") >= pl.col("_verb_end")),
        # "the two leaders said" outside what they said ("... so that the two countries ..."), in
        # verb-first languages; verb-final ones open the clause as cut with it
        _joint_zone=pl.concat_str(
            pl.col("text").str.slice(0, pl.col("_content_start")), pl.lit("\n"), pl.col("text").str.slice(pl.col("_content_end"))
        )
        if verb_first
        else pl.col("text"),
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
            joint=facts.has("_joint_zone", facts.alternation(language, SECTION, "joint")),
            by_mood=pl.lit(False),
        )
        .filter(
            pl.col("text").str.count_matches(r"\S+")
            >= pl.when(pl.col("_opened")).then(MIN_QUOTE_WORDS).otherwise(MIN_REPORTED_WORDS)
        )
        .select(_FACT_SCHEMA.names())
    )


def _after_date_of_saying(reported: pl.DataFrame, dates: pl.DataFrame) -> pl.DataFrame:
    """Reported clauses that open with the date of their saying and a complementiser ("said on
    Tuesday that ...", "told the BBC on Monday that", "a déclaré mardi que", "dijo el martes
    que", "sagte am Dienstag, dass") start after them: the date says when, the clause what."""
    complementiser = _all_complementisers()
    if complementiser is None or reported.is_empty():
        return reported
    told = _between_verb_and_clause(_all_terms("audience"), _all_terms("aside"))
    offset = pl.col("_date_start") - pl.col("char_start")
    before_date = pl.col("text").str.slice(0, offset)
    after_date = pl.col("text").str.slice(pl.col("_date_end") - pl.col("char_start"))
    openings = (
        reported.select("article_id", "sentence_index", "char_start", "text")
        .join(
            dates.select(
                "article_id", sentence_index=pl.col("sentence_index").cast(pl.Int32),
                _date_start="char_start", _date_end="char_end",
            ),
            on=facts.SENTENCE_KEYS,
        )
        .filter(offset >= 0)  # apart: a negative length would fail the slices below
        .filter(
            (before_date.str.count_matches(r"\S+") <= MAX_WORDS_BEFORE_DATE_OF_SAYING)
            & ~before_date.str.contains(r"[,;:]")
        )
        .with_columns(
            _skip=after_date.str.extract(rf"(?i)^({told}[\s,]*{complementiser}\s*)", 1).str.len_chars()
        )
        .drop_nulls("_skip")
        .group_by("article_id", "char_start")
        .agg(_cut=(pl.col("_date_end") - pl.col("char_start") + pl.col("_skip")).min())
    )
    if openings.is_empty():
        return reported
    cut = pl.col("_cut").fill_null(0)
    return (
        reported.join(openings, on=["article_id", "char_start"], how="left")
        .with_columns(text=pl.col("text").str.slice(cut), char_start=(pl.col("char_start") + cut).cast(pl.Int32))
        .drop("_cut")
        .filter(pl.col("text").str.count_matches(r"\S+") >= MIN_QUOTE_WORDS)
    )


@cache
def _all_complementisers() -> str | None:
    """The complementisers of every language as one alternation (one regex to compile)."""
    return _joined(facts.complementisers(language) for language in languages())


@cache
def _all_terms(key: str) -> str | None:
    """A `[statements]` list of every language as one alternation (one regex to compile)."""
    return _joined(facts.alternation(language, SECTION, key) for language in languages())


def _joined(alternations) -> str | None:
    """Per-language alternations (None where a language has none) as one alternation."""
    present = [alternation for alternation in alternations if alternation]
    return "(?:" + "|".join(present) + ")" if present else None


def _reported_by_mood(sentences: pl.DataFrame, statements: pl.DataFrame) -> pl.DataFrame:
    """Sentences that go on reporting the statement before them by their mood alone (German
    Konjunktiv I: "..., sagte Biden. Ohne Austausch könne es zu Unfällen kommen."): reported
    statements of the last speaker, each the whole sentence.

    A sentence with a word of the lexicon's `reported_mood` and no statement of its own
    continues a statement when the sentences between them all do too.
    """
    covered = (
        facts.with_sentence_range(
            statements.select("article_id", "sentence_index", "last_sentence_index"),
            first=pl.col("sentence_index"),
            last=pl.col("last_sentence_index"),
            name="_covered",
        )
        .select("article_id", sentence_index="_covered")
        .unique()
        .with_columns(_stated=pl.lit(True))
    )

    def moods_of_language(part: pl.DataFrame, language: str) -> pl.DataFrame:
        mood = facts.alternation(language, SECTION, "reported_mood")
        return part.with_columns(_mood=facts.has("text", mood))

    columns = sentences.select(*facts.SENTENCE_KEYS, "char_start", "char_end", "text", "published_date").schema
    flagged = facts.per_language(
        sentences.select(*columns, "language"), moods_of_language, pl.Schema({**columns, "_mood": pl.Boolean})
    )
    if not flagged.get_column("_mood").any():
        return pl.DataFrame(schema=_FACT_SCHEMA)
    flagged = flagged.join(covered, on=facts.SENTENCE_KEYS, how="left").with_columns(
        _stated=pl.col("_stated").fill_null(False)
    ).sort(facts.SENTENCE_KEYS)
    continuing = pl.col("_mood") & ~pl.col("_stated")
    # A run: a sentence that does not continue, then the sentences that do; it continues a
    # statement when its first sentence has one.
    run = (~continuing).cum_sum().over("article_id")
    continued = flagged.with_columns(_run=run).with_columns(
        _after_statement=pl.col("_stated").first().over("article_id", "_run")
    ).filter(continuing & pl.col("_after_statement"))
    return continued.select(
        "article_id",
        sentence_index=pl.col("sentence_index").cast(pl.Int32),
        last_sentence_index=pl.col("sentence_index").cast(pl.Int32),
        char_start=pl.col("char_start").cast(pl.Int32),
        char_end=pl.col("char_end").cast(pl.Int32),
        text="text",
        statement_kind=pl.lit("reported"),
        anchor_start=pl.col("char_start").cast(pl.Int32),
        anchor_end=pl.col("char_start").cast(pl.Int32),
        speaker_side=pl.lit("around_verb"),
        by_last_speaker=pl.lit(True),
        joint=pl.lit(False),
        by_mood=pl.lit(True),
        published_date="published_date",
    )


def _media_near_verb(language: str) -> pl.Expr:
    """Whether a media outlet is what speaks: right before the reporting verb ("Reuters
    reported", "state media said"), or right after an attribution ("according to TASS").
    An outlet after a plain verb ("told Reuters") only carries the speaker's words."""
    media = facts.alternation(language, SECTION, "media")
    if media is None:
        return pl.lit(False)
    start = pl.max_horizontal(pl.col("_verb_start") - MEDIA_REACH, 0)
    before = pl.col("text").str.slice(start, pl.col("_verb_start") - start)
    after = pl.col("text").str.slice(pl.col("_verb_end"), MEDIA_REACH)
    window = pl.when(pl.col("_is_attribution")).then(after).otherwise(before)
    return window.str.contains(facts.words(media)).fill_null(False)


@cache
def _either(language: str) -> str | None:
    """Reporting verbs and attributions of a language, as one alternation."""
    fragments = [
        *facts.terms(language, SECTION, "reported"),
        *facts.terms(language, SECTION, "participles"),
        *facts.terms(language, SECTION, "reported_after"),
    ]
    if not fragments:
        return None
    ordered = sorted(fragments, key=len, reverse=True)
    return "(?:" + "|".join(f"(?:{facts.unfolded_classes(fragment)})" for fragment in ordered) + ")"


def _after_first_comma() -> pl.Expr:
    """Offset just after the first comma following the attribution (its speaker comes first);
    without such a comma the attribution stands inside its clause ("Xi sprach nach US-Angaben
    von ..."), which is then the whole sentence."""
    rest = pl.col("text").str.slice(pl.col("_verb_end"))
    comma = rest.str.extract(r"^([^,]*,)", 1).str.len_chars()
    return pl.when(comma.is_not_null()).then(pl.col("_verb_end") + comma).otherwise(0)


def _between_verb_and_clause(*alternatives: str | None) -> str:
    """A regex for up to two phrases between a reporting verb and its clause: whom it was said
    to and asides ("said in a statement to reporters that"); empty without any."""
    pieces = "|".join(alternative for alternative in alternatives if alternative)
    return rf"(?:\s*(?:{pieces}){facts.WORD_END}){{0,2}}" if pieces else ""


def _after_verb(language: str) -> pl.Expr:
    """Offset after the verb, whom it was said to, asides and a following complementiser
    ("that", "dass", "que": "a déclaré à la presse que", "said earlier that"); in languages whose
    reported clause opens after a comma, also after the subject and adverbials before that comma
    ("sagte Verteidigungsminister Jonas Brenner am Dienstag, die Lage sei ernst")."""
    complementiser = facts.complementisers(language)
    told = _between_verb_and_clause(
        facts.alternation(language, SECTION, "audience"), facts.alternation(language, SECTION, "aside")
    )
    subject = (
        rf"(?:(?:\s+[^\s,;:.!?]+){{1,{MAX_WORDS_BEFORE_CLAUSE_COMMA}}}\s*,)?"
        if facts.section_value(language, SECTION, "clause_after_comma")
        else ""
    )
    if complementiser is None and not subject and not told:
        return pl.col("_verb_end")
    rest = pl.col("text").str.slice(pl.col("_verb_end"))

    def skipped(opening: str | None, more_words: int) -> pl.Expr:
        """The length of what stands before the clause, a phrase that `opening` opens and at least
        `more_words` more words follow included."""
        clause_opening = f"{complementiser}?" if complementiser else ""
        if opening and complementiser:
            phrase = rf"(?:{opening})\s+(?:[^\s,;:.!?]+\s+){{{more_words},{MAX_WORDS_BEFORE_COMPLEMENTISER}}}?"
            clause_opening = f"(?:{phrase}{complementiser}|{complementiser})?"
        # punctuation before the clause is skipped, but not a quote mark that opens what is said
        return rest.str.extract(rf"(?i)^({subject}{told}[\s,:;–—-]*{clause_opening})", 1).str.len_chars().fill_null(0)

    # a phrase of place, time or occasion, or whom it was said to, before the complementiser
    # ("said in his nightly address that", "a assuré aux dirigeants européens que"; a word
    # after the preposition: "avant que" is a conjunction); after a verb that takes its
    # addressee first, any words ("told Reuters that", "told the BBC in an interview that")
    phrase_skipped = skipped(facts.alternation(language, SECTION, "before_clause"), 1)
    addressee_verbs = facts.alternation(language, SECTION, "addressee_verbs")
    if addressee_verbs:
        takes_addressee = pl.col("_verb").str.contains(rf"(?i)^(?:{addressee_verbs}){facts.WORD_END}")
        phrase_skipped = pl.when(takes_addressee).then(skipped(r"[^\s,;:.!?]+", 0)).otherwise(phrase_skipped)
    return pl.col("_verb_end") + phrase_skipped


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
    speakers = _possible_speakers(speakers, sentences, actors)
    candidates = (
        facts.with_sentence_range(
            statements.select(
                "_fact", "article_id", "sentence_index", "last_sentence_index", "char_start", "char_end",
                "anchor_start", "anchor_end", "speaker_side", "statement_kind", "text",
            ),
            first=pl.col("sentence_index") - 1,
            last=pl.col("last_sentence_index"),
            name="actor_sentence",
        )
        .join(speakers, on=["article_id", "actor_sentence"])
        .filter(
            # Parties named inside the quote or the clause a verb reports are what is said, not
            # who says it. In verb-final languages the clause as cut here may start with its
            # speaker; before "according to" its subject may be the one the attribution names
            # ("Austin plans ..., according to the secretary's statement"), but not a state
            # ("troops will go to Lebanon, according to the ministry": not Lebanon), unless the
            # attribution stands inside the clause ("Xi sprach nach US-Angaben von ..."). An
            # attribution before its clause names the speaker there ("According to the Kremlin,
            # Putin and Trump spoke": not Putin), or in apposition opening the clause ("D'après
            # le porte-parole, Claire Morin, les négociations ...").
            ~(
                (
                    (pl.col("statement_kind") == "direct_quote")
                    | (pl.col("speaker_side") == "around_verb")
                    | (
                        (pl.col("speaker_side") == "after_verb")
                        & (pl.col("actor_type") == "country")
                        & ~_anchor_inside_statement()
                    )
                    | (_attribution_before_clause() & ~_in_apposition_opening_the_clause())
                )
                & (pl.col("actor_start") < pl.col("char_end"))
                & (pl.col("actor_end") > pl.col("char_start"))
            )
        )
        .with_columns(_score=_speaker_score().cast(pl.Int64))
    )
    best = (
        candidates.filter(pl.col("_score").is_not_null())
        # Of actors as well placed, the shortest mention ("Ayla Demir" in "Defence Minister Ayla
        # Demir"), then the first: rows from joins come in no fixed order.
        .sort("_fact", "_score", pl.col("actor_end") - pl.col("actor_start"), "actor_start", "name")
        .unique("_fact", keep="first", maintain_order=True)
        .select("_fact", _name="name", _id="speaker_id", _role="role", _speaker_start="actor_start", _speaker_end="actor_end")
    )
    best = _with_coordinated_speakers(best, candidates, sentences)
    joint = (
        facts.with_sentence_range(
            statements.filter(pl.col("joint")).select("_fact", "article_id", "sentence_index"),
            first=pl.col("sentence_index") - JOINT_LOOKBACK,
            last=pl.col("sentence_index"),
            name="actor_sentence",
        )
        .join(speakers.filter(pl.col("actor_type") == "person"), on=["article_id", "actor_sentence"])
        .sort("_fact", "actor_start", "actor_end")
        .group_by("_fact", maintain_order=True)
        .agg(_joint_names=pl.col("name").unique(maintain_order=True), _joint_ids=pl.col("speaker_id").unique(maintain_order=True))
        .filter(pl.col("_joint_names").list.len() >= 2)
    )
    named = statements.join(best, on="_fact", how="left").join(joint, on="_fact", how="left")
    # A statement's own speakers: the parties of a joint statement, else the best-placed actor
    # (unless its words say the last speaker goes on: "he added"). Others take the last ones.
    is_joint = pl.col("_joint_names").is_not_null()
    is_coordinated = pl.col("_names").list.len() > 1
    own = is_joint | (pl.col("_name").is_not_null() & ~pl.col("by_last_speaker"))
    named = named.sort("article_id", "char_start").with_columns(
        _own_names=pl.when(is_joint).then("_joint_names").when(own).then("_names"),
        _own_ids=pl.when(is_joint).then("_joint_ids").when(own).then("_ids"),
        _own_role=pl.when(is_joint | is_coordinated).then(pl.lit("joint statement")).when(own).then("_role"),
        _has_own=own,
    )
    # A reported clause whose subject is no actor ("Diplomatic sources said ...") has no speaker:
    # only quotes and continuations ("he added") go on with the last one, or with the person
    # who opens a later sentence that says nothing ("Prime Minister X welcomed the decision. He
    # said ...").
    subjects = _sentence_subjects(speakers, sentences, statements)
    # the speakers as they follow each other, without the statements' text
    last = (
        pl.concat(
            [
                named.select("_fact", "article_id", "char_start", "_own_names", "_own_ids", "_own_role", "_has_own", "by_mood"),
                subjects.with_columns(_has_own=pl.lit(True)),
            ],
            how="diagonal_relaxed",
        )
        .sort("article_id", "char_start")
        .with_columns(_stated=pl.col("_fact").is_not_null())
        .with_columns(
            _had_own=pl.col("_has_own").cum_sum().over("article_id") > 0,
            _last_names=pl.col("_own_names").forward_fill().over("article_id"),
            _last_ids=pl.col("_own_ids").forward_fill().over("article_id"),
            _last_role=pl.col("_own_role").forward_fill().over("article_id"),
            # a sentence that goes on by its mood alone goes on with a statement, not a subject
            _had_stated=(pl.col("_has_own") & pl.col("_stated")).cum_sum().over("article_id") > 0,
            _stated_names=pl.when("_stated").then("_own_names").forward_fill().over("article_id"),
            _stated_ids=pl.when("_stated").then("_own_ids").forward_fill().over("article_id"),
            _stated_role=pl.when("_stated").then("_own_role").forward_fill().over("article_id"),
        )
        .filter("_stated")
        .with_columns(
            _had_own=pl.when("by_mood").then("_had_stated").otherwise("_had_own"),
            _last_names=pl.when("by_mood").then("_stated_names").otherwise("_last_names"),
            _last_ids=pl.when("by_mood").then("_stated_ids").otherwise("_last_ids"),
            _last_role=pl.when("by_mood").then("_stated_role").otherwise("_last_role"),
        )
        .select("_fact", "_had_own", "_last_names", "_last_ids", "_last_role")
    )
    named = named.join(last, on="_fact", how="left", maintain_order="left")
    continues = pl.col("by_last_speaker") | (pl.col("statement_kind") == "direct_quote")
    has_last = pl.col("_had_own") & continues
    return _without_leading_speaker(
        named.with_columns(
            speaker_names=pl.when(own)
            .then("_own_names")
            .when(has_last)
            .then("_last_names")
            .otherwise(pl.concat_list("_name").list.drop_nulls()),
            speaker_ids=pl.when(own).then("_own_ids").when(has_last).then("_last_ids").otherwise(pl.concat_list("_id")),
            speaker_role=pl.when(own).then("_own_role").when(has_last).then("_last_role").otherwise("_role"),
            _leads=own & ~is_joint,
        ).drop("_had_own", "_last_names", "_last_ids", "_last_role")
    )


def _with_coordinated_speakers(best: pl.DataFrame, candidates: pl.DataFrame, sentences: pl.DataFrame) -> pl.DataFrame:
    """Add `_names`/`_ids`: the best-placed speaker and the parties joined to it by a conjunction
    ("Hakan Fidan and Sergei Lavrov said", "Erdoğan ve Putin, ..."), who speak with it, in text
    order; `_speaker_start`/`_speaker_end` then span them all."""
    conjunction = _all_terms("conjunctions")
    alone = best.with_columns(_names=pl.concat_list("_name"), _ids=pl.concat_list("_id"))
    if conjunction is None or best.is_empty():
        return alone
    texts = sentences.select(
        "article_id", actor_sentence=pl.col("sentence_index").cast(pl.Int32),
        _sentence_start=pl.col("char_start"), _sentence="text",
    )
    first_end = pl.min_horizontal("actor_end", "_speaker_end")
    second_start = pl.max_horizontal("actor_start", "_speaker_start")
    gap = pl.col("_sentence").str.slice(first_end - pl.col("_sentence_start"), second_start - first_end)
    joined = (
        candidates.filter(pl.col("_score").is_not_null())
        .select("_fact", "article_id", "actor_sentence", "actor_start", "actor_end", "name", "speaker_id")
        .unique(["_fact", "actor_start"])
        .join(best.select("_fact", "_speaker_start", "_speaker_end"), on="_fact")
        # only parties right next to the speaker: their sentence's text is joined then
        .filter((pl.col("actor_start") != pl.col("_speaker_start")) & (second_start - first_end).is_between(1, MAX_CONJUNCTION_GAP))
        .join(texts, on=["article_id", "actor_sentence"])
        # apart: a gap outside the sentence would give the slice a negative offset
        .filter(first_end >= pl.col("_sentence_start"))
        .filter(gap.str.contains(rf"(?i)^\s*(?:{conjunction})\s+$"))
        .select("_fact", "actor_start", "actor_end", name="name", speaker_id="speaker_id")
    )
    if joined.is_empty():
        return alone
    everyone = pl.concat(
        [
            best.select("_fact", actor_start="_speaker_start", actor_end="_speaker_end", name="_name", speaker_id="_id"),
            joined,
        ]
    ).sort("_fact", "actor_start")
    groups = everyone.group_by("_fact", maintain_order=True).agg(
        _names=pl.col("name"), _ids=pl.col("speaker_id"),
        _group_start=pl.col("actor_start").min(), _group_end=pl.col("actor_end").max(),
    )
    return (
        alone.join(groups, on="_fact", how="left", suffix="_group")
        .with_columns(
            _names=pl.coalesce("_names_group", "_names"),
            _ids=pl.coalesce("_ids_group", "_ids"),
            _speaker_start=pl.coalesce("_group_start", "_speaker_start"),
            _speaker_end=pl.coalesce("_group_end", "_speaker_end"),
        )
        .drop("_names_group", "_ids_group", "_group_start", "_group_end")
    )


def _sentence_subjects(speakers: pl.DataFrame, sentences: pl.DataFrame, statements: pl.DataFrame) -> pl.DataFrame:
    """The person who opens each sentence without a statement (the first party named, at most
    SUBJECT_REACH characters in: "Estonian Prime Minister Kristen Michal welcomed ..."), as a
    speaker's row at that place."""
    stated = statements.select("article_id", actor_sentence=pl.col("sentence_index").cast(pl.Int32)).unique()
    starts = sentences.select(
        "article_id", actor_sentence=pl.col("sentence_index").cast(pl.Int32), _sentence_start=pl.col("char_start")
    )
    return (
        speakers.join(stated, on=["article_id", "actor_sentence"], how="anti")
        .sort("article_id", "actor_start", "actor_end", "name")
        .unique(["article_id", "actor_sentence"], keep="first", maintain_order=True)
        .join(starts, on=["article_id", "actor_sentence"])
        .filter(
            (pl.col("actor_type") == "person")
            & (pl.col("actor_start") - pl.col("_sentence_start") <= SUBJECT_REACH)
        )
        .select(
            "article_id",
            char_start="actor_start",
            _own_names=pl.concat_list("name"),
            _own_ids=pl.concat_list("speaker_id"),
            _own_role="role",
        )
    )


def _without_leading_speaker(statements: pl.DataFrame) -> pl.DataFrame:
    """In verb-final languages the clause as cut starts with its speaker ("Dışişleri Bakanı X,
    ateşkesin ... söyledi"): the statement is what follows the speaker (and an abbreviation of
    it in brackets), the comma after it, and where or how it was said ("X Brüksel'de yaptığı
    açıklamada ..."). So does a clause that opens with its attribution and no comma after it
    ("Nach Angaben des Kremls wurden ...", "Laut Selenskyj sind ...")."""
    speaker_length = pl.col("_speaker_end") - pl.col("char_start")
    after_speaker = pl.col("text").str.slice(speaker_length)
    # an abbreviation in brackets may stand between them ("Milli Savunma Bakanlığı (MSB), ..."),
    # and an inflection after the name ("des Kremls"); after the comma, or after the subject
    # with no comma, where or how it was said ("X, yaptığı açıklamada, ...": `setting`)
    setting = _all_terms("setting")
    scene = rf"(?:[^,]{{0,{SETTING_REACH}}}?\s)?(?:{setting})"
    after_comma = rf"(?:{scene}\s*,\s*)?" if setting else ""
    after_subject = rf"(?:{scene}\s*,?\s*)?" if setting else ""
    speaker_ending = rf"(?i)^(\p{{L}}{{0,2}}\s*{ABBREVIATION}?"
    verb_final = pl.col("speaker_side") == "first"
    cut = speaker_length + (
        pl.when(verb_final)
        .then(after_speaker.str.extract(rf"{speaker_ending}(?:,\s*{after_comma}|{after_subject}))", 1))
        .otherwise(after_speaker.str.extract(rf"{speaker_ending}(?:,\s*{after_comma}|\s*))", 1))
        .str.len_chars()
    )
    with_comma = (
        verb_final
        # in apposition to an attribution before the clause ("D'après le porte-parole, Claire Morin, ...")
        | _attribution_before_clause()
    ) & after_speaker.str.contains(rf"^\s*{ABBREVIATION}?,")
    # the subject of a verb-final clause, bare (an inflected name is no subject: "Fidan'ın")
    bare_subject = verb_final & after_speaker.str.contains(rf"^\s*{ABBREVIATION}?\s")
    opens_with_speaker = with_comma | bare_subject
    opens_with_attribution = (
        (pl.col("speaker_side") == "after_verb")
        & (pl.col("anchor_start") - pl.col("char_start")).is_between(0, 1)
        & (pl.col("_speaker_start") >= pl.col("anchor_end"))
        & pl.col("text")
        # clipped: every row computes the slice, also those the conditions before rule out
        .str.slice(
            (pl.col("anchor_end") - pl.col("char_start")).clip(lower_bound=0),
            (pl.col("_speaker_start") - pl.col("anchor_end")).clip(lower_bound=0),
        )
        .str.contains(ATTRIBUTED_SPEAKER_GAP)
    )
    leads = (
        (opens_with_speaker | opens_with_attribution)
        & pl.col("_leads")
        & speaker_length.is_between(1, LEADING_SPEAKER_REACH)
        & (pl.col("text").str.slice(cut).str.count_matches(r"\S+") >= MIN_QUOTE_WORDS)
    ).fill_null(False)
    return statements.with_columns(
        text=pl.when(leads).then(pl.col("text").str.slice(cut)).otherwise("text"),
        char_start=pl.when(leads).then(pl.col("char_start") + cut).otherwise("char_start").cast(pl.Int32),
    ).drop("_leads", "_speaker_start", "_speaker_end")


def _attribution_before_clause() -> pl.Expr:
    """Whether the statement is a clause after its attribution ("According to the Kremlin, ...",
    "Rusya'ya göre, ...")."""
    return pl.col("speaker_side").is_in(["after_verb", "before_verb"]) & (pl.col("anchor_end") <= pl.col("char_start"))


def _in_apposition_opening_the_clause() -> pl.Expr:
    """Whether the actor opens the statement's text and a comma follows it ("Claire Morin, ...")."""
    after = pl.col("text").str.slice(pl.col("actor_end") - pl.col("char_start"), 3)
    return (pl.col("actor_start") - pl.col("char_start")).is_between(0, 1) & after.str.contains(r"^\s*,")


def _anchor_inside_statement() -> pl.Expr:
    """Whether the reporting verb or attribution stands inside the statement's text."""
    return (pl.col("anchor_start") < pl.col("char_end")) & (pl.col("anchor_end") > pl.col("char_start"))


def _possible_speakers(speakers: pl.DataFrame, sentences: pl.DataFrame, actors: pl.DataFrame) -> pl.DataFrame:
    """The mentions that may speak: not a demonym that names no speaking body ("the Chinese
    role", "Turkish troops"; "Turkish officials said" speaks), not a body or state inside a
    person's title ("NATO Secretary General Ana Ruiz": the person speaks), nor a place, an owner
    or the speaker's company."""
    located = speakers.join(
        sentences.select(
            "article_id", actor_sentence=pl.col("sentence_index").cast(pl.Int32), language="language",
            _sentence_start=pl.col("char_start"), _sentence="text",
        ),
        on=["article_id", "actor_sentence"],
        how="left",
    ).with_columns(
        mention_text=pl.col("_sentence").str.slice(
            pl.col("actor_start") - pl.col("_sentence_start"), pl.col("actor_end") - pl.col("actor_start")
        ),
        _following=pl.col("_sentence").str.slice(pl.col("actor_end") - pl.col("_sentence_start"), 40),
        _preceding=pl.col("_sentence").str.slice(
            pl.max_horizontal(pl.col("actor_start") - pl.col("_sentence_start") - 40, 0),
            pl.min_horizontal(pl.col("actor_start") - pl.col("_sentence_start"), 40),
        ),
    )
    adjectives = located.join(facts.adjective_aliases(), on=["language", "mention_text"], how="semi")
    nouns = _all_terms("official_nouns")
    speaking = (
        adjectives.filter(pl.col("_following").str.contains(f"(?i)^\\S*\\s+(?:\\p{{L}}+\\s+)?{nouns}{facts.WORD_END}"))
        if nouns
        else adjectives.clear()
    )
    silent = pl.concat(
        [
            adjectives.join(speaking, on=["article_id", "actor_start"], how="anti").select("article_id", "actor_start"),
            facts.in_person_titles(actors, sentences).select("article_id", actor_start="char_start"),
            facts.per_language(located, _named_as_place_or_owner, _MENTION_KEYS),
            facts.per_language(located, _named_as_company, _MENTION_KEYS),
        ],
        how="vertical_relaxed",
    )
    return speakers.join(silent, on=["article_id", "actor_start"], how="anti")


_MENTION_KEYS = pl.Schema({"article_id": pl.String, "actor_start": pl.Int32})


def _named_as_place_or_owner(mentions: pl.DataFrame, language: str) -> pl.DataFrame:
    """The mentions of one language named as a place ("in Kosovo", "Kosova'da") or as the owner
    of something ("Kosova'nın kuzeyi"): they do not speak, unless officials or a statement are
    named with them ("officials in Kosovo said", "Rusya'nın açıklaması") or an attribution
    names them ("Rusya'ya göre")."""
    before = facts.alternation(language, SECTION, "place_before")
    after = "|".join(
        ending for key in ("place_after", "possessor_after") if (ending := facts.alternation(language, SECTION, key))
    )
    officials = facts.alternation(language, SECTION, "official_nouns")
    attribution = facts.alternation(language, SECTION, "reported_after")
    place = pl.lit(False)
    if before:
        place = _preceded_by(before)
        if officials:
            place = place & ~pl.col("_preceding").str.contains(f"(?i)(?:{officials})\\s+(?:{before})\\s*$")
    if after:
        # the ending may follow the rest of a name the mention of a body begins ("NATO Müşterek
        # Kuvvet Komutanlığı'nın talebi"); a person's mention holds the whole name ("Hakan Fidan
        # NATO'nun ...": Fidan speaks)
        name_rest = r"(?-i:\s+\p{Lu}[\p{L}-]*)*"
        place = place | (
            pl.when(pl.col("actor_type") == "person")
            .then(_followed_by(rf"^(?i:{after})", officials))
            .otherwise(_followed_by(rf"^{name_rest}(?i:{after})", officials))
        )
    if attribution:
        # the attribution itself names the speaker ("Rusya'ya göre")
        place = place & ~(pl.col("mention_text") + pl.col("_following")).str.contains(f"(?i)^(?:{attribution})")
    return mentions.filter(place).select(_MENTION_KEYS.names())


def _followed_by(ending: str, officials: str | None) -> pl.Expr:
    """Whether `ending` (a regex from the start) begins the text after a mention (`_following`)
    and no official noun comes after it ("Rusya'nın açıklaması" speaks)."""
    followed = pl.col("_following").str.contains(f"{ending}{facts.WORD_END}")
    if officials:
        followed = followed & ~pl.col("_following").str.contains(f"{ending}\\s+(?i:{officials})")
    return followed


def _preceded_by(words: str) -> pl.Expr:
    """Whether one of `words` (an alternation) ends the text before a mention (`_preceding`)."""
    return pl.col("_preceding").str.contains(f"(?i){facts.WORD_START}(?:{words})\\s*$")


def _named_as_company(mentions: pl.DataFrame, language: str) -> pl.DataFrame:
    """The mentions of one language named as the speaker's company ("«...», afirmó tras reunirse
    con Zelenski", "at a news conference with Macron"): they do not speak (`company_before`)."""
    company = facts.alternation(language, SECTION, "company_before")
    if not company:
        return mentions.clear().select(_MENTION_KEYS.names())
    return mentions.filter(_preceded_by(company)).select(_MENTION_KEYS.names())


def _speaker_score() -> pl.Expr:
    """Lower is better: distance of the actor to the quote or verb, plus a penalty by type.

    `after_verb` attributions ("according to X") want the actor after the verb, `before_verb` ones
    ("X'e göre") the nearest before it; `first` (verb-final languages) wants the first actor
    before the verb; otherwise the nearest actor on either side.
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
        .when(pl.col("speaker_side") == "before_verb")
        .then(pl.when(before >= 0).then(before).otherwise(after.abs() + 400))
        .otherwise(pl.when(after >= 0).then(after).otherwise(before.abs()))
    )
    # In the sentence before a quote, its subject (the first party named) speaks.
    subject_distance = pl.col("actor_start") - pl.col("actor_start").min().over("_fact", "actor_sentence")
    previous = pl.when(in_previous).then(PREVIOUS_SENTENCE_PENALTY).otherwise(0)
    # A party inside the attribution itself ("nach US-Angaben", "machte X ... verantwortlich").
    inside = (pl.col("actor_start") >= pl.col("anchor_start")) & (pl.col("actor_end") <= pl.col("anchor_end"))
    distance = (
        pl.when(in_previous)
        .then(subject_distance)
        .when(inside)
        .then(pl.col("actor_start") - pl.col("anchor_start"))
        .otherwise(distance)
    )
    # A state named in the sentence before a quote is what it is about, not who speaks.
    unlikely = in_previous & ((pl.col("statement_kind") == "reported") | (pl.col("actor_type") == "country"))
    return pl.when(unlikely).then(None).otherwise(distance + penalty + previous)
