"""Mentions by name: gazetteer aliases, capitals, state bodies, unknown people, surnames, anaphora."""

import polars as pl

from extract import facts
from extract.actors.common import (
    MENTION_SCHEMA,
    SENTENCE_COLUMNS,
    SENTENCE_KEYS_AND_START,
    WINDOW,
    mention_text,
    state_code,
    text_after,
    text_before,
)
from extract.actors.gazetteer import body_id
from extract.actors.patterns import NAME_TOKEN, REGNAL_NUMBER, PersonPattern
from extract.dates import ascii_expression


SENTENCE_RANK_STEP = 1 << 32  # more than any offset in a sentence
SURNAME_KINDS = ("surname", "given_name")
# A capitalised word right after a surname that is also a given name: "Petro Poroshenko" is not
# Gustavo Petro; no word a suffix follows ("Petro'nun Bogotá'da").
WORD_AFTER_GIVEN_NAME = r"^ (\p{Lu}\p{Ll}+)(?:[^\p{L}\p{N}'’]|$)"


def gazetteer_mentions(part: pl.DataFrame, gazetteer: pl.DataFrame, lexicon: dict) -> pl.DataFrame:
    """Gazetteer aliases between word boundaries (longest alias first, no overlaps)."""
    if gazetteer.height == 0:
        return pl.DataFrame(schema=MENTION_SCHEMA)
    aliases = gazetteer.sort(pl.col("alias").str.len_bytes(), descending=True)
    patterns = pl.lit(aliases.get_column("alias").implode())
    hits = (
        part.with_columns(
            _byte=pl.col("text").str.find_many(patterns, leftmost=True),
            _alias=pl.col("text").str.extract_many(patterns, leftmost=True),
        )
        .explode("_byte", "_alias")
        .drop_nulls("_byte")
        .with_columns(
            start=pl.col("text").cast(pl.Binary).bin.slice(0, pl.col("_byte")).cast(pl.String).str.len_chars().cast(pl.Int32)
        )
        .with_columns(end=(pl.col("start") + pl.col("_alias").str.len_chars()).cast(pl.Int32))
        .join(aliases.select(_alias="alias", actor_id="actor_id", canonical_name="canonical_name",
                             actor_type="actor_type", kind="kind"), on="_alias", how="left")
    )
    before = pl.col("text").str.slice(pl.col("start") - 1, 1)
    after = pl.col("text").str.slice(pl.col("end"), 24)
    bounded = (pl.col("start") == 0) | ~before.str.contains(r"[\p{L}\p{N}]")
    ends = (
        pl.when(pl.col("kind") == "adjective")
        .then(after.str.contains(lexicon["adjective_after"]))
        .otherwise(after.str.contains(lexicon["name_after"]))
    )
    hits = hits.filter(bounded & ends)
    return _without_others_surnames(hits, lexicon).with_columns(role=pl.lit(None, pl.String)).select(
        [pl.col(name).cast(dtype) for name, dtype in MENTION_SCHEMA.items()]
    )


def _without_others_surnames(hits: pl.DataFrame, lexicon: dict) -> pl.DataFrame:
    """The hits without a surname that is part of another person's name: "Hunter Biden", "Jill
    Biden" are not Joe Biden, nor "Petro Poroshenko" Gustavo Petro. The word before a surname
    names another person when it is capitalised, no title or role, no other alias, and starts
    unlike each of the person's own given names ("Sergey Lavrov" is Sergei Lavrov, "Tayyip
    Erdoğan" Recep Tayyip Erdoğan); a surname that is also a given name (kind `given_name`)
    is one when a capitalised word follows that is no title or role and no other alias."""
    if lexicon["title_word"] is None:
        return hits
    keys = ["article_id", "sentence_index", "start"]
    word_after = pl.col("text").str.slice(pl.col("end")).str.extract(WORD_AFTER_GIVEN_NAME, 1)
    before_alias = hits.select("article_id", "sentence_index", end=pl.col("start") - 1)
    others = [
        hits.join(before_alias, on=["article_id", "sentence_index", "end"], how="anti")
        .filter((pl.col("kind") == "given_name") & word_after.is_not_null() & ~word_after.str.contains(lexicon["title_word"]))
        .select(keys)
    ]
    if lexicon["word_before_surname"] is not None:
        word = pl.col("text").str.slice(0, pl.col("start")).str.extract(lexicon["word_before_surname"], 1)
        given_names = pl.col("canonical_name").str.extract(r"^(.*)\s\S+$", 1)
        word_start = pl.concat_str(pl.lit("(?:^|\\s)"), _folded(word).str.slice(0, 2))
        own_given_name = _folded(given_names).str.contains(word_start)
        after_alias = hits.select("article_id", "sentence_index", start=pl.col("end") + 1)
        others.append(
            hits.join(after_alias, on=keys, how="anti")
            .filter(
                pl.col("kind").is_in(SURNAME_KINDS)
                & word.is_not_null()
                & ~word.str.contains(lexicon["title_word"])
                & ~own_given_name.fill_null(False)
            )
            .select(keys)
        )
    return hits.join(pl.concat(others), on=keys, how="anti")


def _folded(names: pl.Expr) -> pl.Expr:
    """Lowercase ASCII ("Yaşar" and "Yasar" start alike)."""
    return ascii_expression(names).str.to_lowercase()


def capitals_as_states(mentions: pl.DataFrame, lexicon: dict, gazetteer: pl.DataFrame) -> pl.DataFrame:
    """Capitals that stand for their state's government ("Moscow has denied", "according to
    Moscow", "Moskova'ya göre") become mentions of the state (the text still names the capital)."""
    capitals = gazetteer.filter(pl.col("role") == "capital").select("actor_id", _code="country_code").unique()
    if capitals.is_empty():
        return mentions
    states = (
        gazetteer.filter((pl.col("actor_type") == "country") & (pl.col("kind") == "name"))
        .select(_code="country_code", _state_id="actor_id", _state_name="canonical_name")
        .unique("_code")
    )
    before = text_before("start")
    after = text_after("end")
    acting = pl.lit(False)
    if lexicon["capital_acting_after"]:
        acting = after.str.contains(lexicon["capital_acting_after"])
        if lexicon["capital_placed"]:
            acting = acting & ~before.str.contains(lexicon["capital_placed"])
    if lexicon["capital_officials"]:
        acting = acting | before.str.contains(lexicon["capital_officials"])
    if lexicon["capital_attributed"]:
        acting = (
            acting
            | before.str.contains(lexicon["capital_attributed"])
            | pl.col("text").str.slice(pl.col("start"), pl.col("end") - pl.col("start") + WINDOW).str.contains(lexicon["capital_in_attribution"])
        )
    # only the capitals' mentions are read (a regex over every mention costs more than the join)
    named = mentions.join(capitals, on="actor_id", how="inner").join(states, on="_code", how="left")
    if named.is_empty():
        return mentions
    acting = acting & pl.col("_state_id").is_not_null()
    acted = named.with_columns(
        actor_id=pl.when(acting).then("_state_id").otherwise("actor_id"),
        canonical_name=pl.when(acting).then("_state_name").otherwise("canonical_name"),
        actor_type=pl.when(acting).then(pl.lit("country")).otherwise("actor_type"),
    ).select(list(MENTION_SCHEMA))
    return pl.concat([mentions.join(capitals, on="actor_id", how="anti"), acted])


def with_state_bodies(mentions: pl.DataFrame, lexicon: dict, bodies: pl.DataFrame) -> pl.DataFrame:
    """A state's body named by its kind and the state ("the Polish Foreign Ministry", "Japan's
    defence ministry", "le ministère polonais des Affaires étrangères", "Polonya Dışişleri
    Bakanlığı"; `[actors] bodies`): its mention replaces the state's and any other inside it
    (an office's alias: "Dışişleri Bakanlığı" alone is the Turkish ministry)."""
    if not lexicon["body_templates"]:
        return mentions
    countries = mentions.filter(pl.col("actor_type") == "country")
    no_match = pl.lit(None, pl.Struct({"none": pl.String}))
    countries = countries.with_columns(
        _before=text_before("start").str.extract_groups(lexicon["body_before"]) if lexicon["body_before"] else no_match,
        _after=text_after("end").str.extract_groups(lexicon["body_after"]) if lexicon["body_after"] else no_match,
    )
    # a state last in the body's name keeps its ending ("Ministerio de Defensa ruso")
    ending = text_after("end").str.extract(lexicon["adjective_after"], 1).str.len_chars().fill_null(0)
    kinds, before_lengths, after_lengths = [], [], []
    for kind, before, after in lexicon["body_templates"]:
        matched = pl.lit(True)
        if before:
            matched = matched & pl.col("_before").struct.field(before).is_not_null()
        if after:
            matched = matched & pl.col("_after").struct.field(after).is_not_null()
        kinds.append(pl.when(matched).then(pl.lit(kind)))
        before_lengths.append(pl.when(matched).then(pl.col("_before").struct.field(before).str.len_chars() if before else 0))
        after_lengths.append(pl.when(matched).then(pl.col("_after").struct.field("after").str.len_chars() if after else ending))
    found = (
        countries.with_columns(_kind=pl.coalesce(kinds), _before=pl.coalesce(before_lengths), _after=pl.coalesce(after_lengths))
        .filter(pl.col("_kind").is_not_null())
        .with_columns(
            start=(pl.col("start") - pl.col("_before")).cast(pl.Int32),
            end=(pl.col("end") + pl.col("_after")).cast(pl.Int32),
            actor_id=body_id(state_code(), pl.col("_kind")),
            actor_type=pl.lit("government_body"),
        )
        .drop("canonical_name")
        .join(bodies, on="actor_id")
        .select(list(MENTION_SCHEMA))
    )
    if found.is_empty():
        return mentions
    inside = mentions.join(
        found.select("article_id", "sentence_index", _start="start", _end="end"), on=["article_id", "sentence_index"]
    ).filter((pl.col("_start") <= pl.col("start")) & (pl.col("end") <= pl.col("_end")))
    return pl.concat([mentions.join(inside, on=SENTENCE_KEYS_AND_START, how="anti"), found])


def unknown_people(part: pl.DataFrame, lexicon: dict, known: pl.DataFrame, gazetteer: pl.DataFrame) -> pl.DataFrame:
    """People named next to a role noun or before a speech verb, who are not in the gazetteer
    (organisations, when an organisation's word is part of the name)."""
    found = [_person_matches(part, person_pattern) for person_pattern in lexicon["person_patterns"]]
    if not found:
        return pl.DataFrame(schema=MENTION_SCHEMA)
    names = pl.concat(found, how="vertical").drop_nulls("_name")
    # A name with an organisation's word ("Doctors Without Borders") is an organisation, kept whole.
    organisation = pl.col("_name").str.contains(lexicon["organisation_words"]) if lexicon["organisation_words"] else pl.lit(False)
    names = names.with_columns(_organisation=organisation)
    if lexicon["leading_not_names"]:
        stripped = pl.col("_name").str.replace(lexicon["leading_not_names"], "")
        names = names.with_columns(
            start=(pl.col("start") + pl.col("_name").str.len_chars() - stripped.str.len_chars()).cast(pl.Int32),
            _name=stripped,
        )
    if lexicon["trailing_not_names"]:
        names = names.with_columns(
            _name=pl.when("_organisation").then("_name").otherwise(pl.col("_name").str.replace(lexicon["trailing_not_names"], ""))
        )
    if lexicon["not_name_endings"]:
        names = names.filter(pl.col("_organisation") | ~pl.col("_name").str.contains(lexicon["not_name_endings"]))
    names = names.filter(pl.col("_name").str.contains(r"\s")).with_columns(
        end=(pl.col("start") + pl.col("_name").str.len_chars()).cast(pl.Int32)
    )
    # Names the gazetteer knows (as written) and names a gazetteer mention overlaps at their start
    # or names a person's are left out; a place or body that starts inside a name ends it ("Jane
    # Doe Pekin'e geldi": "Jane Doe").
    names = names.join(gazetteer.select(_name="alias"), on="_name", how="anti")
    keys = ["article_id", "sentence_index", "start"]
    overlaps = (
        names.join(
            known.select("article_id", "sentence_index", _s="start", _e="end", _person=pl.col("actor_type") == "person"),
            on=["article_id", "sentence_index"],
        )
        .filter((pl.col("_s") < pl.col("end")) & (pl.col("_e") > pl.col("start")))
        .group_by(keys)
        .agg(_cut=pl.col("_s").min(), _left_out=((pl.col("_s") <= pl.col("start")) | pl.col("_person")).any())
    )
    names = (
        names.join(overlaps, on=keys, how="left")
        .filter(~pl.col("_left_out").fill_null(False))
        .with_columns(
            _name=pl.when(pl.col("_cut").is_not_null())
            .then(pl.col("_name").str.slice(0, pl.col("_cut") - pl.col("start")).str.strip_chars_end())
            .otherwise("_name")
        )
        .filter(pl.col("_name").str.contains(r"\s"))
        .with_columns(end=(pl.col("start") + pl.col("_name").str.len_chars()).cast(pl.Int32))
    )
    return (
        names
        # joins keep no row order: of names ending at one place, keep the shortest (the words
        # before it name a title: "dijo el ministro de |Asuntos Exteriores |Ana Ruiz"), then of
        # names starting at one place, the longest
        .sort(["article_id", "sentence_index", "end", "start", "_name"],
              descending=[False, False, False, True, False])
        .unique(["article_id", "sentence_index", "end"], keep="first", maintain_order=True)
        .sort(["article_id", "sentence_index", "start", "end", "_name"],
              descending=[False, False, False, True, False])
        .unique(["article_id", "sentence_index", "start"], keep="first", maintain_order=True)
        .with_columns(
            # Middle initials are left out of the name ("Stuart B. Munsch" is "Stuart Munsch").
            actor_id=pl.lit(None, pl.String), canonical_name=pl.col("_name").str.replace_all(r"\s\p{Lu}\.\s", " "),
            actor_type=pl.when("_organisation").then(pl.lit("organization")).otherwise(pl.lit("person")),
            role=pl.lit(None, pl.String),
        )
        .select([pl.col(name).cast(dtype) for name, dtype in MENTION_SCHEMA.items()])
    )


def _person_matches(part: pl.DataFrame, person_pattern: PersonPattern) -> pl.DataFrame:
    """The names the pattern captures in the sentences (`start` in the sentence, `_name`).

    The pattern is tried, anchored, where its head matches in the sentences that contain it;
    of overlapping matches the first is kept, as a left-to-right search would.
    """
    head, pattern, prefilter = person_pattern
    # Groups: 1 the whole match, 2 the match up to the name, 3 the name.
    anchored = f"^({_with_marked_name(pattern)})"
    if prefilter:
        part = part.filter(pl.col("text").str.contains(prefilter))
    matches = (
        facts.find_matches(part.filter(pl.col("text").str.contains(pattern)), "text", head)
        .select(pl.exclude("match", "match_end")).rename({"match_start": "start"})
        .with_columns(_parts=pl.col("text").str.slice(pl.col("start")).str.extract_groups(anchored))
        .unnest("_parts")
        .drop_nulls("1")
        .with_columns(end=(pl.col("start") + pl.col("1").str.len_chars()).cast(pl.Int32))
    )
    return _without_overlaps(matches).select(
        *SENTENCE_COLUMNS,
        start=(pl.col("start") + pl.col("2").str.len_chars()).cast(pl.Int32),
        _name=pl.col("3"),
    )


def _without_overlaps(matches: pl.DataFrame) -> pl.DataFrame:
    """The matches that do not overlap an earlier one of their sentence (of matches starting at
    one place, the longest is kept), as a left-to-right search finds them.

    The furthest end before a match is a running maximum over all sentences in order, of the end
    shifted by the sentence's rank, so that no sentence sees the ends of those before it (a
    window per sentence does the same, many times slower).
    """
    ordered = matches.sort(
        ["article_id", "sentence_index", "start", "end"], descending=[False, False, False, True]
    )
    new_sentence = (pl.col("article_id") != pl.col("article_id").shift(1)) | (
        pl.col("sentence_index") != pl.col("sentence_index").shift(1)
    )
    offset = new_sentence.fill_null(True).cum_sum().cast(pl.Int64) * SENTENCE_RANK_STEP
    earlier_end = (offset + pl.col("end")).cum_max().shift(1) - offset
    return ordered.filter(earlier_end.is_null() | (pl.col("start") >= earlier_end))


def _with_marked_name(pattern: str) -> str:
    """`pattern` with the text before its name group and the name as its first two groups.

    Person patterns have exactly one capturing group, the name; everything before it becomes
    a group before it (its length gives the name's offset in the match).
    """
    index = pattern.index("(" + NAME_TOKEN)
    return f"({pattern[:index]}){pattern[index:]}"


def later_surnames(part: pl.DataFrame, mentions: pl.DataFrame) -> pl.DataFrame:
    """Bare surnames of people without an actor_id, in the article that names them in full."""
    people = mentions.filter((pl.col("actor_type") == "person") & pl.col("actor_id").is_null()).select("article_id", "canonical_name", surname=pl.col("canonical_name").str.extract(r"(\S+)$"))
    people = (
        # a monarch's number is no surname ("Charles III")
        people.filter((pl.col("surname").str.len_chars() >= 3) & ~pl.col("surname").str.contains(f"^{REGNAL_NUMBER}$"))
        .sort("article_id", "surname", "canonical_name")
        .unique(["article_id", "surname"], keep="first", maintain_order=True)
    )
    if people.height == 0:
        return pl.DataFrame(schema=MENTION_SCHEMA)
    # Every occurrence of every surname, kept where its own article names the person: what an
    # article finds does not depend on the surnames of the other articles.
    patterns = pl.lit(people.get_column("surname").unique().sort().implode())
    hits = (
        part.join(people.select("article_id").unique(), on="article_id")
        .with_columns(
            _byte=pl.col("text").str.find_many(patterns, overlapping=True),
            surname=pl.col("text").str.extract_many(patterns, overlapping=True),
        )
        .explode("_byte", "surname")
        .drop_nulls("_byte")
        .join(people, on=["article_id", "surname"])
        .with_columns(
            start=pl.col("text").cast(pl.Binary).bin.slice(0, pl.col("_byte")).cast(pl.String).str.len_chars().cast(pl.Int32)
        )
        .with_columns(end=(pl.col("start") + pl.col("surname").str.len_chars()).cast(pl.Int32))
    )
    before = pl.col("text").str.slice(pl.col("start") - 1, 1)
    after = pl.col("text").str.slice(pl.col("end"), 1)
    hits = _without_overlaps(hits.filter(
        ((pl.col("start") == 0) | ~before.str.contains(r"[\p{L}\p{N}]")) & ~after.str.contains(r"[\p{L}\p{N}]")
    ))
    taken = mentions.select("article_id", "sentence_index", _s="start", _e="end")
    overlapping = hits.join(taken, on=["article_id", "sentence_index"]).filter(
        (pl.col("_s") < pl.col("end")) & (pl.col("_e") > pl.col("start"))
    ).select("article_id", "sentence_index", "start")
    return (
        hits.join(overlapping, on=["article_id", "sentence_index", "start"], how="anti")
        .with_columns(actor_id=pl.lit(None, pl.String), actor_type=pl.lit("person"), role=pl.lit(None, pl.String))
        .select([pl.col(name).cast(dtype) for name, dtype in MENTION_SCHEMA.items()])
    )


def anaphora(part: pl.DataFrame, mentions: pl.DataFrame, lexicon: dict) -> pl.DataFrame:
    """Offices named by their kind alone ("the ministry said", "das Bündnis"): the last actor of
    that type named before them in the article, when there is one."""
    if lexicon["anaphora"] is None:
        return pl.DataFrame(schema=MENTION_SCHEMA)
    hits = _find_all(part, lexicon["anaphora"]).with_columns(
        actor_type=facts.regex_lookup(
            mention_text(),
            lexicon["anaphora_types"],
            flags="(?i)",
        ).cast(pl.String),
        _at=pl.col("sentence_start") + pl.col("start"),
    )
    named = mentions.filter(pl.col("actor_id").is_not_null()).select(
        "article_id", "actor_type", "actor_id", "canonical_name", _at=pl.col("sentence_start") + pl.col("start")
    )
    resolved = (
        _untaken(hits, mentions)
        .sort("_at")
        .join_asof(named.sort("_at"), on="_at", by=["article_id", "actor_type"], strategy="backward",
                   allow_exact_matches=False, check_sortedness=False)
        .drop_nulls("actor_id")
    )
    return resolved.with_columns(role=pl.lit(None, pl.String)).select(
        [pl.col(name).cast(dtype) for name, dtype in MENTION_SCHEMA.items()]
    )


def bodies_named_alone(
    part: pl.DataFrame, mentions: pl.DataFrame, lexicon: dict, gazetteer: pl.DataFrame, bodies: pl.DataFrame
) -> pl.DataFrame:
    """A state's body named by its kind alone ("the Defence Ministry said", "das
    Verteidigungsministerium", "informó el Ministerio de Defensa"; `[actors] bodies_alone`), when
    its state is plain: the state of a place right after it ("das Verteidigungsministerium in
    Paris": `body_alone_after`), else that of the body of that kind the article named last before
    it, else the one state the article named before it. None when several states were named."""
    if lexicon["bodies_alone"] is None:
        return pl.DataFrame(schema=MENTION_SCHEMA)
    hits = _untaken(
        _find_all(part, lexicon["bodies_alone"]).with_columns(
            _kind=facts.regex_lookup(mention_text(), lexicon["bodies_alone_kinds"], flags="(?i)").cast(pl.String),
            _at=pl.col("sentence_start") + pl.col("start"),
        ),
        mentions,
    )
    codes = gazetteer.select("actor_id", _code="country_code").drop_nulls().unique("actor_id")
    placed = mentions.filter(pl.col("actor_type").is_in(["place", "country"])).join(codes, on="actor_id")
    place_after = (
        hits.with_columns(
            _place_start=pl.col("end") + text_after("end").str.extract(lexicon["body_alone_after"], 1).str.len_chars()
        )
        .join(placed.select("article_id", "sentence_index", _place_start="start", _code="_code"),
              on=["article_id", "sentence_index", "_place_start"])
        .select(*SENTENCE_KEYS_AND_START, _by_place=body_id(pl.col("_code"), pl.col("_kind")))
        if lexicon["body_alone_after"]
        else hits.select(*SENTENCE_KEYS_AND_START, _by_place=pl.lit(None, pl.String))
    )
    named_before = hits.select(*SENTENCE_KEYS_AND_START, "_kind", "_at").join(
        mentions.filter(pl.col("actor_id").is_not_null()).select(
            "article_id", "actor_id", "actor_type", _named_at=pl.col("sentence_start") + pl.col("start")
        ),
        on="article_id",
    ).filter(pl.col("_named_at") < pl.col("_at"))
    same_kind = (
        named_before.filter(pl.col("actor_id") == body_id(pl.col("actor_id").str.extract(r"^gov:(\w{2})_", 1), pl.col("_kind")))
        .sort("_named_at")
        .group_by(SENTENCE_KEYS_AND_START)
        .agg(_same_kind=pl.col("actor_id").last())
    )
    sole_state = (
        named_before.filter(pl.col("actor_type") == "country")
        .group_by(SENTENCE_KEYS_AND_START)
        .agg(_state=state_code().unique(), _kind=pl.col("_kind").first())
        .filter(pl.col("_state").list.len() == 1)
        .select(*SENTENCE_KEYS_AND_START, _sole_state=body_id(pl.col("_state").list.first(), pl.col("_kind")))
    )
    resolved = (
        hits.join(place_after.unique(SENTENCE_KEYS_AND_START), on=SENTENCE_KEYS_AND_START, how="left")
        .join(same_kind, on=SENTENCE_KEYS_AND_START, how="left")
        .join(sole_state, on=SENTENCE_KEYS_AND_START, how="left")
        .with_columns(actor_id=pl.coalesce("_by_place", "_same_kind", "_sole_state"))
        .join(bodies, on="actor_id")
    )
    return resolved.with_columns(actor_type=pl.lit("government_body"), role=pl.lit(None, pl.String)).select(
        [pl.col(name).cast(dtype) for name, dtype in MENTION_SCHEMA.items()]
    )


def _untaken(hits: pl.DataFrame, mentions: pl.DataFrame) -> pl.DataFrame:
    """The hits that overlap no mention."""
    taken = mentions.select("article_id", "sentence_index", _s="start", _e="end")
    overlapping = hits.join(taken, on=["article_id", "sentence_index"]).filter(
        (pl.col("_s") < pl.col("end")) & (pl.col("_e") > pl.col("start"))
    ).select(SENTENCE_KEYS_AND_START)
    return hits.join(overlapping, on=SENTENCE_KEYS_AND_START, how="anti")


def _find_all(part: pl.DataFrame, regex: str) -> pl.DataFrame:
    """Matches of group 1 of `regex` in the sentences, with start/end offsets in the sentence."""
    pieces = (
        part.with_row_index("_row")
        .with_columns(_piece=pl.col("text").str.extract_all(f"(?s).*?(?:{regex})"))
        .explode("_piece")
        .drop_nulls("_piece")
        .with_columns(_piece_end=pl.col("_piece").str.len_chars().cum_sum().over("_row"))
        .with_columns(_word=pl.col("_piece").str.extract(f"(?s){regex}$", 1))
    )
    return (
        pieces.with_columns(end=pl.col("_piece_end").cast(pl.Int32))
        .with_columns(start=(pl.col("end") - pl.col("_word").str.len_chars()).cast(pl.Int32))
        .filter(~pl.col("text").str.slice(pl.col("end"), 1).str.contains(r"[\p{L}\p{N}]"))
        .select(*SENTENCE_COLUMNS, "start", "end")
    )
