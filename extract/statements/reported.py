"""Reported speech: the clause a reporting verb or attribution reports, and the sentences that
go on reporting it by their mood."""

from functools import cache

import polars as pl

from extract import facts
from extract.lexicon import languages
from extract.statements.common import FACT_SCHEMA, MIN_QUOTE_WORDS, SECTION, all_terms, joined
from extract.statements.verbs import reporting_words


MIN_REPORTED_WORDS = 3
QUOTE_SHARE_WITHOUT_REPORT = 0.4
QUOTE_SHARE_VERB_FINAL = 0.75
QUOTE_BEFORE_VERB = 8  # '“...” diye konuştu': at most the closing mark and a word between
QUOTE_OPENING_REACH = 3  # a quote opens its sentence when at most its mark and a space come before
MEDIA_REACH = 40  # a media outlet this close to the verb makes the sentence a media report
MIN_CONTENT_WORDS = 5  # "<content>, the ministry said": the content before the comma has this many words
MIN_INVERTED_CONTENT_WORDS = 3  # "<content>, said the minister": the content before the comma has this many words
MAX_SUBJECT_WORDS = 7  # ... and the subject between the comma and the verb this short
SUBJECT_CHUNK = rf"(?:[^\s,]+\s+){{0,{MAX_SUBJECT_WORDS - 1}}}[^\s,]+"  # a subject or its apposition, between commas
MAX_APPOSITION_WORDS = 14  # "Joe Biden, who met Olaf Scholz in Berlin on Monday, said ...": the apposition after a subject
APPOSITION_CHUNK = rf"(?:[^\s,]+\s+){{0,{MAX_APPOSITION_WORDS - 1}}}[^\s,]+"
MAX_WORDS_BEFORE_DATE_OF_SAYING = 3  # "told the BBC on Monday that": at most this many words before the date
MAX_WORDS_BEFORE_CLAUSE_COMMA = 10  # "sagte <subject and adverbials>, <clause>": at most this many words
MAX_WORDS_BEFORE_COMPLEMENTISER = 8  # "said in a speech at the Sorbonne that": at most this many words after the first
QUOTE_SPEAKER_REACH = 60  # “...,” <speaker and apposition>, said: at most this many characters
# "..., said the minister.", "..., a déclaré mardi le porte-parole du Kremlin Dmitri Peskov."
INVERTED_SUBJECT = r"^\s+(?:[^\s,.;]+\s+){0,9}[^\s,.;]+\s*(?:[,.;]|$)"


def reported_speech(sentences: pl.DataFrame, quotes: pl.DataFrame, verbs: pl.DataFrame) -> pl.DataFrame:
    """Sentences with a reporting verb, minus silences, media reports, and those whose reported
    clause is mostly a direct quote or whose verb stands inside a quote."""
    with_verbs = sentences.join(verbs.drop("_sentence_start"), on=facts.SENTENCE_KEYS)
    reported = facts.per_language(with_verbs, _reported_of_language, FACT_SCHEMA)
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
    attribution = joined(
        [facts.alternation(language, SECTION, "reported_after"), facts.alternation(language, SECTION, "attribution_ending")]
    )
    either = reporting_words(language)
    if either is None:
        return pl.DataFrame(schema=FACT_SCHEMA)
    verb_first = not facts.names_speaker_first(language)
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
            rf"^\s*{SUBJECT_CHUNK}\s*,\s*{APPOSITION_CHUNK}\s*,\s*$"
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
    # a relative pronoun after the comma is the subject of a clause of its own, whose verb reports
    # what follows it ("criticised by Amnesty International, which said it would ...")
    relatives = facts.alternation(language, SECTION, "relative_subjects")
    relative_subject = (
        before_verb.str.slice(last_comma + 1).str.contains(rf"(?i)^\s*(?:{relatives})\s*$").fill_null(False)
        if relatives
        else pl.lit(False)
    )
    comma_subject = (
        pl.lit(verb_first)
        & ~pl.col("_is_attribution")
        & ~relative_subject
        & ~pl.col("_sets_scene")
        & ~pl.col("_scene_aside")
        & ~pl.col("_apposition")
        & ~introduces_clause
        & (
            ((content_words >= MIN_CONTENT_WORDS) & subject_words.is_between(1, MAX_SUBJECT_WORDS))
            # no subject before the verb: it follows it ("..., agregó el funcionario, que ..."; "The
            # plan is risky, said Jane Doe, an economist": a short content, as no preface is so told)
            | (
                (content_words >= MIN_INVERTED_CONTENT_WORDS)
                & (subject_words == 0)
                & pl.col("text").str.slice(pl.col("_verb_end")).str.contains(INVERTED_SUBJECT)
            )
            # German inverts only after what is said ("Moskau werde reagieren, erklärte Sprecherin X
            # in ihrer Pressekonferenz"): a verb right after a comma reports what precedes it
            | (pl.lit(bool(inverted)) & (subject_words == 0) & (content_words >= MIN_QUOTE_WORDS))
        )
    ).fill_null(False)
    # A verb-final language names its speaker after what is said, too, when a finite verb closes
    # that before a comma ("..., Kosova'ya 500 asker gönderecek, Milli Savunma Bakanlığı perşembe
    # günü açıkladı"); not when the words after the comma hold a reported clause of their own
    # ("X, Y ile görüştü, savaşın bitmesi gerektiğini söyledi").
    clause_end = facts.alternation(language, SECTION, "clause_end")
    reported_clause = facts.alternation(language, SECTION, "reported_clause")
    if not verb_first and clause_end:
        trailing = before_verb.str.slice(last_comma + 1)
        trailing_subject = (
            before_verb.str.slice(0, last_comma).str.contains(rf"(?i)\p{{L}}(?:{clause_end})\s*$")
            & subject_words.is_between(1, MAX_SUBJECT_WORDS)
            & (content_words >= MIN_CONTENT_WORDS)
        )
        if reported_clause:
            own_clause = rf"(?i)\p{{L}}(?:{reported_clause}){facts.WORD_END}"
            trailing_subject = trailing_subject & ~trailing.str.contains(own_clause)
        trailing_subject = trailing_subject.fill_null(False)
        comma_subject = comma_subject | trailing_subject
    else:
        trailing_subject = pl.lit(False)
    # "In a statement, the ministry said ...": too few words before the comma to be what is
    # said (or a preface that sets the scene), a short subject after it: the verb reports what
    # follows it
    preface = (
        pl.lit(verb_first)
        & ~pl.col("_is_attribution")
        & ((content_words < MIN_CONTENT_WORDS) | pl.col("_sets_scene"))
        & subject_words.is_between(1, MAX_SUBJECT_WORDS)
    ).fill_null(False)
    found = found.with_columns(_comma_subject=comma_subject, _preface=preface, _trailing_subject=trailing_subject)
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
        | relative_subject
    )
    # an attribution that ends the sentence reports what stands before it ("..., wie das
    # Auswärtige Amt am Dienstag mitteilte.")
    ends_sentence = pl.col("_is_attribution") & ~pl.col("text").str.slice(pl.col("_verb_end")).str.contains(r"\p{L}")
    found = found.with_columns(_verb_early=early & ~comma_subject & ~ends_sentence)
    verb_early = pl.col("_verb_early")
    # "Laut X gibt es keine Pläne, ...": the whole sentence, whose speaker is cut later; not
    # when the attribution ends before a comma ("Wie die Nato mitteilte, werden ...")
    opens_clause = pl.lit(bool(facts.section_value(language, SECTION, "attribution_opens_clause"))) & ~pl.col(
        "text"
    ).str.slice(pl.col("_verb_end")).str.contains(r"^\s*,")
    content_start = (
        pl.when(pl.col("_is_attribution") & verb_early & opens_clause)
        .then(0)
        .when(pl.col("_is_attribution") & verb_early)
        .then(_after_first_comma(source_first=not verb_first))
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
    # an attribution after the clause that names its source, an official left unnamed ("...,
    # wie ein Regierungssprecher mitteilte"), leaves the parties of the clause silent
    officials = facts.alternation(language, SECTION, "official_nouns")
    unnamed_source = (
        pl.col("_is_attribution")
        & pl.col("_verb").str.contains(rf"(?i){facts.WORD_START}\p{{L}}*(?:{officials})")
        & (pl.col("_content_end") <= pl.col("_verb_start"))
        if officials
        else pl.lit(False)
    )
    side = (
        pl.when(unnamed_source)
        .then(pl.lit("around_verb"))
        .when(pl.col("_is_attribution"))
        # "according to X" names X after the attribution; "X'e göre" before it.
        .then(pl.lit("after_verb" if verb_first else "before_verb"))
        # the speaker after what is said stands right before the verb
        .when(pl.col("_trailing_subject"))
        .then(pl.lit("before_verb"))
        .when(pl.lit(facts.names_speaker_first(language)))
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
    cataphora = facts.alternation(language, SECTION, "cataphora")
    announces_quote = pl.col("text").str.contains(rf"(?i)(?:{cataphora})\W*$") if cataphora else pl.lit(False)
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
            (
                pl.col("text").str.count_matches(r"\S+")
                >= pl.when(pl.col("_opened")).then(MIN_QUOTE_WORDS).otherwise(MIN_REPORTED_WORDS)
            )
            # "kabine toplantısının ardından şunları [söyledi]: “...”": the quote is the statement
            & ~announces_quote
        )
        .select(FACT_SCHEMA.names())
    )


def with_contrasted_reports(reported: pl.DataFrame, sentences: pl.DataFrame) -> pl.DataFrame:
    """A reported clause that a contrast joins to another party's report ends there, and the
    other report is a statement of its own: "X said ..., while Y said ...", "..., mientras que Y
    dijo ...", "..., tandis que Y a déclaré ...", "..., während Y erklärte, ..." (`contrast`); in
    a verb-final language, a reporting verb, a comma and a named party ("... söyledi, Lavrov ise
    ... belirtti": `_paired_verb_final_reports`)."""
    if reported.is_empty():
        return reported
    with_language = reported.join(sentences.select(*facts.SENTENCE_KEYS, "language"), on=facts.SENTENCE_KEYS)
    return facts.per_language(with_language, _contrasted_of_language, FACT_SCHEMA)


def _contrasted_of_language(reported: pl.DataFrame, language: str) -> pl.DataFrame:
    if facts.names_speaker_first(language):
        return _paired_verb_final_reports(reported, language)
    contrast = facts.alternation(language, SECTION, "contrast")
    verbs = reporting_words(language)
    if not contrast or not verbs:
        return reported.select(FACT_SCHEMA.names())
    # Groups: 1 the first report, 2 the contrast, 3 the other party (a few words), 4 its verb.
    regex = (
        rf"(?is)^(.*?\S)(\s*[,;]\s*(?:{contrast})\s+)((?:[^\s,;:]+\s+){{1,{MAX_SUBJECT_WORDS}}}?)({verbs}){facts.WORD_END}"
    )
    complementiser = facts.complementisers(language)
    opening = rf"(?i)^[\s,:]*(?:{complementiser}\s*)?" if complementiser else r"^[\s,:]*"
    parts = reported.with_columns(_parts=pl.col("text").str.extract_groups(regex))
    part = pl.col("_parts").struct.field
    # the other party is named ("while Chancellor Jane Doe said"; not "and he said": that goes on),
    # not in a clause the first one reports ("..., and that Jane Doe said ...")
    split = parts.filter(part("3").str.contains(r"\p{Lu}"))
    if complementiser:
        split = split.filter(~part("3").str.contains(rf"(?i)^{complementiser}"))
    # the other verb's offsets in the clause
    split = split.with_columns(
        _verb_at=part("1").str.len_chars() + part("2").str.len_chars() + part("3").str.len_chars()
    ).with_columns(_verb_end=pl.col("_verb_at") + part("4").str.len_chars())
    other_text = pl.col("text").str.slice(pl.col("_verb_end")).str.replace(opening, "")
    others = split.with_columns(
        anchor_start=(pl.col("char_start") + pl.col("_verb_at")).cast(pl.Int32),
        anchor_end=(pl.col("char_start") + pl.col("_verb_end")).cast(pl.Int32),
        char_start=(pl.col("char_end") - other_text.str.len_chars()).cast(pl.Int32),
        text=other_text,
        speaker_side=pl.lit("around_verb"),
        by_last_speaker=pl.lit(False),
        joint=pl.lit(False),
    ).filter(pl.col("text").str.count_matches(r"\S+") >= MIN_QUOTE_WORDS)
    firsts = split.join(others, on=[*facts.SENTENCE_KEYS, "char_end"], how="semi").with_columns(
        char_end=(pl.col("char_start") + part("1").str.len_chars()).cast(pl.Int32), text=part("1")
    )
    kept = parts.join(firsts, on=[*facts.SENTENCE_KEYS, "char_start"], how="anti")
    return pl.concat([frame.select(FACT_SCHEMA.names()) for frame in (kept, firsts, others)])


def _paired_verb_final_reports(reported: pl.DataFrame, language: str) -> pl.DataFrame:
    """In a verb-final language, a clause whose reporting verb a comma and another named party
    follow ends at that verb, and the party's report is a statement of its own: "Fidan ...
    söyledi, Lavrov ise ... belirtti" (not "..., ... ekledi": the speaker goes on)."""
    verbs = facts.alternation(language, SECTION, "reported")
    if not verbs:
        return reported.select(FACT_SCHEMA.names())
    # Groups: 1 the first report, 2 the space, 3 its verb, 4 the comma, 5 the other report.
    regex = rf"(?s)^(.*?\S)(\s+)({verbs})(\s*,\s*)(\p{{Lu}}.*)$"
    parts = reported.with_columns(_parts=pl.col("text").str.extract_groups(regex))
    part = pl.col("_parts").struct.field
    first_length = part("1").str.len_chars()
    verb_start = first_length + part("2").str.len_chars()
    other_start = verb_start + part("3").str.len_chars() + part("4").str.len_chars()
    split = parts.filter(
        (part("1").str.count_matches(r"\S+") >= MIN_QUOTE_WORDS) & (part("5").str.count_matches(r"\S+") > MIN_QUOTE_WORDS)
    )
    firsts = split.with_columns(
        anchor_start=(pl.col("char_start") + verb_start).cast(pl.Int32),
        anchor_end=(pl.col("char_start") + verb_start + part("3").str.len_chars()).cast(pl.Int32),
        char_end=(pl.col("char_start") + first_length).cast(pl.Int32),
        text=part("1"),
    )
    others = split.with_columns(char_start=(pl.col("char_start") + other_start).cast(pl.Int32), text=part("5"))
    kept = parts.join(split, on=[*facts.SENTENCE_KEYS, "char_start"], how="anti")
    return pl.concat([frame.select(FACT_SCHEMA.names()) for frame in (kept, firsts, others)])


def after_date_of_saying(reported: pl.DataFrame, dates: pl.DataFrame) -> pl.DataFrame:
    """Reported clauses that open with the date of their saying and a complementiser ("said on
    Tuesday that ...", "told the BBC on Monday that", "a déclaré mardi que", "dijo el martes
    que", "sagte am Dienstag, dass") start after them: the date says when, the clause what."""
    complementiser = _all_complementisers()
    if complementiser is None or reported.is_empty():
        return reported
    told = _between_verb_and_clause(all_terms("audience"), all_terms("aside"))
    openings = _dates_of_clauses(reported, dates).filter(
        (_before_date().str.count_matches(r"\S+") <= MAX_WORDS_BEFORE_DATE_OF_SAYING)
        & ~_before_date().str.contains(r"[,;:]")
    )
    cut = _after_date().str.extract(rf"(?i)^({told}[\s,]*{complementiser}\s*)", 1).str.len_chars()
    return _cut_after_dates(reported, openings.with_columns(_skip=cut)).filter(
        pl.col("text").str.count_matches(r"\S+") >= MIN_QUOTE_WORDS
    )


def after_opening_date(
    statements: pl.DataFrame, dates: pl.DataFrame, sentences: pl.DataFrame
) -> pl.DataFrame:
    """Reported clauses, their speaker set apart, that open with a date alone right after their
    verb ("warned last week of ...", "advirtió la semana pasada de ...") or speaker ("Zelenskiy,
    geçen hafta ... söyledi") start after it: it is the date of their saying.

    Not when the date belongs to what follows: a possessive ("said Tuesday's attack"), a word of
    the lexicon's `event_after_date` ("dün yaşanan saldırı": the attack that happened
    yesterday), a bare year ("said 2023 was"), a date after the publication ("announced next
    week a review"); nor when too few words would be left.
    """
    is_reported = pl.col("statement_kind") == "reported"
    reported = statements.filter(is_reported)
    if reported.is_empty():
        return statements
    # right after its verb ("warned last week"), or after its speaker in a verb-final language;
    # not after an attribution ("According to X, on Tuesday ...") nor before the verb
    after_verb = (pl.col("speaker_side") == "first") | (
        pl.col("char_start") - pl.col("anchor_end")
    ).is_between(0, 1)
    openings = (
        _dates_of_clauses(reported.filter(after_verb), dates)
        .filter(
            _before_date().str.contains(r"^\s*$")
            & _after_date().str.contains(r"^[\s,]")
            & ~pl.col("_date_text").str.contains(r"^\d+$")
            & (pl.col("_first_day") <= pl.col("published_date")).fill_null(True)
            & (_after_date().str.count_matches(r"\S+") >= MIN_QUOTE_WORDS)
        )
        .join(sentences.select(*facts.SENTENCE_KEYS, "language"), on=facts.SENTENCE_KEYS)
    )
    openings = facts.per_language(openings, _of_the_saying, pl.Schema({**openings.schema, "_skip": pl.UInt32}))
    return pl.concat([statements.filter(~is_reported), _cut_after_dates(reported, openings)])


def _of_the_saying(openings: pl.DataFrame, language: str) -> pl.DataFrame:
    """The openings whose date is not followed by a word of the language's `event_after_date`,
    unless that event is the occasion of the saying, its `setting` ("pazartesi günü yaptığı
    açıklamada ...": in the statement he made on Monday); with `_skip`, the length of what
    stands between the date and the clause: spaces and commas, and that occasion."""
    event = facts.alternation(language, SECTION, "event_after_date")
    setting = facts.alternation(language, SECTION, "setting")
    spaces = _after_date().str.extract(r"^([\s,]*)", 1).str.len_chars()
    if not event:
        return openings.with_columns(_skip=spaces)
    occasion = (
        _after_date().str.extract(rf"(?i)^([\s,]*{event}\s*{setting}\s*,?\s*)", 1).str.len_chars()
        if setting
        else pl.lit(None, pl.UInt32)
    )
    return openings.with_columns(_skip=pl.coalesce(occasion, spaces)).filter(
        occasion.is_not_null() | ~_after_date().str.contains(rf"(?i)^[\s,]*{event}")
    )


def _dates_of_clauses(clauses: pl.DataFrame, dates: pl.DataFrame) -> pl.DataFrame:
    """Each clause (article_id, char_start, text) with each date mention of its sentence that
    ends inside it (it may start before it: "said earlier this month that", the clause cut after
    "earlier"): its offsets _date_start, _date_end, its text and resolved first day."""
    return (
        clauses.select("article_id", "sentence_index", "char_start", "text", "published_date")
        .join(
            dates.select(
                "article_id", sentence_index=pl.col("sentence_index").cast(pl.Int32),
                _date_start="char_start", _date_end="char_end", _date_text="text",
                _first_day="date_start",
            ),
            on=facts.SENTENCE_KEYS,
        )
        .filter(
            (pl.col("_date_end") > pl.col("char_start"))
            & (pl.col("_date_end") <= pl.col("char_start") + pl.col("text").str.len_chars())
        )
    )


def _before_date() -> pl.Expr:
    length = (pl.col("_date_start") - pl.col("char_start")).clip(lower_bound=0)
    return pl.col("text").str.slice(0, length)


def _after_date() -> pl.Expr:
    return pl.col("text").str.slice(pl.col("_date_end") - pl.col("char_start"))


def _cut_after_dates(clauses: pl.DataFrame, openings: pl.DataFrame) -> pl.DataFrame:
    """The clauses with an opening (a date and the `_skip` characters after it) start after the
    earliest of them."""
    cuts = (
        openings.drop_nulls("_skip")
        .group_by("article_id", "char_start")
        .agg(_cut=(pl.col("_date_end") - pl.col("char_start") + pl.col("_skip")).min())
    )
    if cuts.is_empty():
        return clauses
    cut = pl.col("_cut").fill_null(0)
    return (
        clauses.join(cuts, on=["article_id", "char_start"], how="left")
        .with_columns(text=pl.col("text").str.slice(cut), char_start=(pl.col("char_start") + cut).cast(pl.Int32))
        .drop("_cut")
    )


@cache
def _all_complementisers() -> str | None:
    """The complementisers of every language as one alternation (one regex to compile)."""
    return joined(facts.complementisers(language) for language in languages())


def reported_by_mood(sentences: pl.DataFrame, statements: pl.DataFrame) -> pl.DataFrame:
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
        return pl.DataFrame(schema=FACT_SCHEMA)
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
    found = window.str.contains(facts.words(media))
    # ... unless it only carries them ("was quoted by the TASS news agency as saying")
    channel = facts.alternation(language, SECTION, "media_channel")
    if channel is not None:
        found = found & ~before.str.contains(facts.words(channel))
    return found.fill_null(False)


def _after_first_comma(source_first: bool) -> pl.Expr:
    """Offset just after the first comma following the attribution (its speaker comes first);
    without such a comma the attribution stands inside its clause ("Xi sprach nach US-Angaben
    von ..."), which is then the whole sentence, or, in a language that names the source before
    the attribution (`source_first`), opens it with its source ("Ona göre görüşmeler ..."):
    the clause then starts after it."""
    rest = pl.col("text").str.slice(pl.col("_verb_end"))
    comma = rest.str.extract(r"^([^,]*,)", 1).str.len_chars()
    return (
        pl.when(comma.is_not_null())
        .then(pl.col("_verb_end") + comma)
        .when(pl.lit(source_first) & (pl.col("_verb_start") <= 1))
        .then(pl.col("_verb_end"))
        .otherwise(0)
    )


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
