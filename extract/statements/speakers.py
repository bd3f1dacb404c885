"""Speakers: the actor of a statement's sentence who says it, the last speakers, joint statements."""

import polars as pl

from extract import facts
from extract.statements.common import MIN_QUOTE_WORDS, SECTION, all_terms, in_attribution_inside_quote


SPEAKER_TYPE_PENALTY = {"person": 0, "government_body": 12, "organization": 18, "country": 45}
PREVIOUS_SENTENCE_PENALTY = 250
MAX_CONJUNCTION_GAP = 40  # "X and Y", "X, sowie Y", "X und Frankreichs Präsident Y": the text between two joined parties
MAX_LISTED = 4  # parties listed with commas before those a conjunction joins ("A, B, C and D")
LIST_COMMA = r"^\s*,\s*$"  # the text between two parties listed one after the other
PARTY_COLUMNS = ["_fact", "actor_start", "actor_end", "name", "speaker_id"]  # a party of a statement
SUBJECT_REACH = 60  # a sentence's subject starts this close to its start (after role words)
JOINT_LOOKBACK = 2  # a joint statement's parties may be named up to two sentences before
AFTER_VERB_PENALTY = 5  # "X said Y ..." names the speaker first
ABBREVIATION = r"(?:\([^()]{1,12}\)\s*)"  # "Milli Savunma Bakanlığı (MSB)"
# "nach Angaben des |Kremls", "nach Ansicht von Außenministerin |X": at most an article or a role
# (two words) between attribution and speaker
ATTRIBUTED_SPEAKER_GAP = r"^\s*(?:[^\s,;:.]+\s+){0,2}$"
SETTING_REACH = 60  # "X, <Twitter hesabından yaptığı> paylaşımda, ...": words before the setting's own
LEADING_SPEAKER_REACH = 80  # "<role> <name>, <statement> söyledi": the speaker ends this close to the start


def attribute_speakers(statements: pl.DataFrame, sentences: pl.DataFrame, actors: pl.DataFrame) -> pl.DataFrame:
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
    speakers = _outside_quotes(_possible_speakers(speakers, sentences, actors), statements)
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
                    # the speaker named after what is said, before the verb ("..., Milli Savunma
                    # Bakanlığı açıkladı")
                    | ((pl.col("speaker_side") == "before_verb") & (pl.col("char_end") <= pl.col("anchor_start")))
                )
                & (pl.col("actor_start") < pl.col("char_end"))
                & (pl.col("actor_end") > pl.col("char_start"))
                # (not in an attribution inside a quote: “...,” Lavrov said, “...”)
                & ~in_attribution_inside_quote("actor_start", "actor_end")
            )
            # An attribution that names its source before it, opening the clause, has none after
            # it: "Reuters'ın aktardığı bilgilere göre Biden, ..." (Biden is what is said about).
            & ~(
                (pl.col("speaker_side") == "before_verb")
                & _attribution_before_clause()
                & (pl.col("actor_start") >= pl.col("anchor_end"))
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
    ("Hakan Fidan and Sergei Lavrov said", "Erdoğan ve Putin, ..."), with those listed before
    or after them ("Macron, Scholz et Meloni ont affirmé", "Fidan, Lawrow und Novak
    erklärten"), who speak with it, in text order;
    `_speaker_start`/`_speaker_end` then span them all."""
    conjunction = all_terms("conjunctions")
    alone = best.with_columns(_names=pl.concat_list("_name"), _ids=pl.concat_list("_id"))
    if conjunction is None or best.is_empty():
        return alone
    texts = sentences.select(
        "article_id", actor_sentence=pl.col("sentence_index").cast(pl.Int32),
        _sentence_start=pl.col("char_start"), _sentence="text",
    )
    parties = (
        candidates.filter(pl.col("_score").is_not_null())
        .select("_fact", "article_id", "actor_sentence", "actor_start", "actor_end", "name", "speaker_id")
        .unique(["_fact", "actor_start"])
        .join(texts, on=["article_id", "actor_sentence"])
    )
    # the conjunction, then at most the second party's title ("y el canciller alemán, ")
    conjunction_gap = rf"^\s*,?\s*(?i:{conjunction})\s+(?:[\p{{L}}'’.-]+\s+){{0,4}}?(?:[\p{{L}}'’.-]+\s*,\s*)?$"
    first_end = pl.min_horizontal("actor_end", "_speaker_end")
    second_start = pl.max_horizontal("actor_start", "_speaker_start")
    joined = (
        parties.join(best.select("_fact", "_speaker_start", "_speaker_end"), on="_fact")
        # only parties right next to the speaker: their sentence's text is joined then
        .filter((pl.col("actor_start") != pl.col("_speaker_start")) & (second_start - first_end).is_between(1, MAX_CONJUNCTION_GAP))
        # apart: a gap outside the sentence would give the slice a negative offset
        .filter(first_end >= pl.col("_sentence_start"))
        .filter(_text_between(first_end, second_start).str.contains(conjunction_gap))
        .select(PARTY_COLUMNS)
    )
    listed_after = _listed_after(best, parties, conjunction_gap)
    if joined.is_empty() and listed_after.is_empty():
        return alone
    pair = pl.concat(
        [
            best.select("_fact", actor_start="_speaker_start", actor_end="_speaker_end", name="_name", speaker_id="_id"),
            joined,
            listed_after,
        ]
    ).unique(["_fact", "actor_start"])
    everyone = pl.concat([pair, _listed_before(pair, parties)]).sort("_fact", "actor_start")
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


def _text_between(start: pl.Expr, end: pl.Expr) -> pl.Expr:
    """The text of `_sentence` (which starts at `_sentence_start`) between two article offsets."""
    return pl.col("_sentence").str.slice(start - pl.col("_sentence_start"), end - start)


def _listed_after(best: pl.DataFrame, parties: pl.DataFrame, conjunction_gap: str) -> pl.DataFrame:
    """The parties listed after the best-placed speaker one comma apart, when a conjunction
    closes the list, with the party it joins ("Fidan|, |Lawrow| und |Novak"); up to `MAX_LISTED`."""
    chain_end = best.select("_fact", _chain_end="_speaker_end")
    commas, closers = [], []
    for step in range(MAX_LISTED):
        after = (
            parties.join(chain_end, on="_fact")
            .filter(
                (pl.col("actor_start") - pl.col("_chain_end")).is_between(1, MAX_CONJUNCTION_GAP)
                & (pl.col("_chain_end") >= pl.col("_sentence_start"))
            )
            .with_columns(_gap=_text_between(pl.col("_chain_end"), pl.col("actor_start")), _step=pl.lit(step))
        )
        if step > 0:
            closers.append(after.filter(pl.col("_gap").str.contains(conjunction_gap)))
        listed = after.filter(pl.col("_gap").str.contains(LIST_COMMA))
        if listed.is_empty():
            break
        commas.append(listed)
        chain_end = listed.select("_fact", _chain_end="actor_end")
    closed = pl.concat(closers) if closers else pl.DataFrame()
    if closed.is_empty():
        return parties.select(PARTY_COLUMNS).clear()
    closing_step = closed.group_by("_fact").agg(_closing_step=pl.col("_step").min())
    return pl.concat(
        [
            closed.join(closing_step, on="_fact").filter(pl.col("_step") == pl.col("_closing_step")).select(PARTY_COLUMNS),
            pl.concat(commas).join(closing_step, on="_fact").filter(pl.col("_step") < pl.col("_closing_step")).select(PARTY_COLUMNS),
        ]
    )


def _listed_before(pair: pl.DataFrame, parties: pl.DataFrame) -> pl.DataFrame:
    """The parties listed before a speaker and the party a conjunction joins to it, one comma
    apart ("Macron|, |Scholz et Meloni", "Sánchez|, |Macron y Scholz"), up to `MAX_LISTED`."""
    listed = []
    group_start = pair.group_by("_fact").agg(_group_start=pl.col("actor_start").min())
    for _ in range(MAX_LISTED):
        before = (
            parties.join(group_start, on="_fact")
            .filter(pl.col("actor_end").is_between(pl.col("_sentence_start"), pl.col("_group_start") - 1))
            .filter(_text_between(pl.col("actor_end"), pl.col("_group_start")).str.contains(LIST_COMMA))
            .select(PARTY_COLUMNS)
        )
        if before.is_empty():
            break
        listed.append(before)
        group_start = before.select("_fact", _group_start="actor_start")
    return pl.concat(listed) if listed else pair.clear()


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


def _official_after_demonym() -> str:
    """The official noun a demonym speaks through, after it ("İki Türk yetkili, ...", "ABD'li
    yetkili, ..."): optional, with the demonym's ending."""
    nouns = all_terms("official_nouns")
    return rf"(?:['’]?\p{{L}}{{0,3}}\s+{nouns})?" if nouns else ""


def _without_leading_speaker(statements: pl.DataFrame) -> pl.DataFrame:
    """In verb-final languages the clause as cut starts with its speaker ("Dışişleri Bakanı X,
    ateşkesin ... söyledi"): the statement is what follows the speaker (the official noun of a
    demonym: "İki Türk yetkili, ...", and an abbreviation of it in brackets), the comma after
    it, and where or how it was said ("X Brüksel'de yaptığı açıklamada ..."). So does a clause
    that opens with its attribution and no comma after it ("Nach Angaben des Kremls wurden ...",
    "Laut Selenskyj sind ...")."""
    speaker_length = pl.col("_speaker_end") - pl.col("char_start")
    after_speaker = pl.col("text").str.slice(speaker_length)
    # an abbreviation in brackets may stand between them ("Milli Savunma Bakanlığı (MSB), ..."),
    # and an inflection after the name ("des Kremls"); after the comma, or after the subject
    # with no comma, where or how it was said ("X, yaptığı açıklamada, ...": `setting`)
    setting = all_terms("setting")
    scene = rf"(?:[^,]{{0,{SETTING_REACH}}}?\s)?(?:{setting})"
    after_comma = rf"(?:{scene}\s*,\s*)?" if setting else ""
    after_subject = rf"(?:{scene}\s*,?\s*)?" if setting else ""
    # and a particle that marks the speaker as a new topic ("Peskov ise ...", "Fidan da ...")
    particle = all_terms("topic_particles")
    topic = rf"(?:\s+(?:{particle})\b)?" if particle else ""
    official = _official_after_demonym()
    speaker_ending = rf"(?i)^(\p{{L}}{{0,2}}{official}{topic}\s*{ABBREVIATION}?"
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
    ) & after_speaker.str.contains(rf"(?i)^{official}\s*{ABBREVIATION}?,")
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
    """Whether the actor opens the statement's text and a comma follows it, after an attribution
    that names its source after it ("D'après le porte-parole, Claire Morin, ..."; not "Reuters'a
    göre Biden, ...", where the comma ends the clause's subject)."""
    after = pl.col("text").str.slice(pl.col("actor_end") - pl.col("char_start"), 3)
    return (
        (pl.col("speaker_side") == "after_verb")
        & (pl.col("actor_start") - pl.col("char_start")).is_between(0, 1)
        & after.str.contains(r"^\s*,")
    )


def _anchor_inside_statement() -> pl.Expr:
    """Whether the reporting verb or attribution stands inside the statement's text."""
    return (pl.col("anchor_start") < pl.col("char_end")) & (pl.col("anchor_end") > pl.col("char_start"))


def _outside_quotes(speakers: pl.DataFrame, statements: pl.DataFrame) -> pl.DataFrame:
    """The mentions outside every direct quote (or in an attribution inside one): a party named
    inside one is what is said, by whoever says it, and speaks no other statement ("“Türkiye,
    ...” diyen Güler, ...")."""
    quotes = statements.filter(pl.col("statement_kind") == "direct_quote").select(
        "article_id", "statement_kind", "char_start", "char_end", "anchor_start", "anchor_end"
    )
    quoted = (
        speakers.select("article_id", "actor_start", "actor_end")
        .join(quotes, on="article_id")
        .filter(
            (pl.col("actor_start") >= pl.col("char_start"))
            & (pl.col("actor_end") <= pl.col("char_end"))
            & ~in_attribution_inside_quote("actor_start", "actor_end")
        )
        .select("article_id", "actor_start")
        .unique()
    )
    return speakers.join(quoted, on=["article_id", "actor_start"], how="anti")


def _possible_speakers(speakers: pl.DataFrame, sentences: pl.DataFrame, actors: pl.DataFrame) -> pl.DataFrame:
    """The mentions that may speak: not a demonym that names no speaking body ("the Chinese
    role", "Turkish troops"; "Turkish officials said" and "un responsable américain a indiqué"
    speak: an official noun right after the demonym or right before it), not a body or state
    inside a person's title ("NATO Secretary General Ana Ruiz": the person speaks), nor a
    place, an owner or the speaker's company."""
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
    nouns = all_terms("official_nouns")
    speaking = (
        adjectives.filter(
            pl.col("_following").str.contains(f"(?i)^\\S*\\s+(?:\\p{{L}}+\\s+)?{nouns}{facts.WORD_END}")
            | pl.col("_preceding").str.contains(f"(?i){facts.WORD_START}{nouns}\\s+$")
        )
        if nouns
        else adjectives.clear()
    )
    silent = pl.concat(
        [
            adjectives.join(speaking, on=["article_id", "actor_start"], how="anti").select("article_id", "actor_start"),
            facts.in_person_titles(actors, sentences).select("article_id", actor_start="char_start"),
            facts.in_person_descriptions(actors, sentences).select("article_id", actor_start="char_start"),
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
    con Zelenski", "at a news conference with Macron", "Lavrov ile görüşen Fidan"): they do not
    speak (`company_before`, `company_after`); but the party of a joint statement does ("said in
    a joint statement with Macron", "en una declaración conjunta con Macron")."""
    before = facts.alternation(language, SECTION, "company_before")
    after = facts.alternation(language, SECTION, "company_after")
    joint = facts.alternation(language, SECTION, "joint")
    company = pl.lit(False)
    if before:
        company = company | _preceded_by(before)
        if joint:
            company = company & ~_preceded_by(f"(?:{joint})\\s+(?:{before})")
    if after:
        company = company | _followed_by(f"^(?:{after})", None)
    return mentions.filter(company).select(_MENTION_KEYS.names())


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
