"""Troop deployments: who sends how many to where, with the evidence words, date and status.

A deployment sentence names troops or units (`[deployments] personnel`/`units`) and either a
deployment verb or a troop count. Each count ("more than 3,000 North Korean troops", "üç binden
fazla asker", "some 350 from Turkey") is one deployment; a sentence without a count is one
deployment without a count. Counts of casualties ("30 soldiers were wounded") and civilians, and
numbers below ten, are no troop counts; a unit noun inside an organisation's name ("Israel
Defense Forces"; "Allied Forces Command" with `[deployments] name_after`; "Rapid Support Forces
(RSF)") is no unit.

The sender is, in order: the state named right before or inside the troops ("Turkish troops"),
the state they come from when named next to them ("some 350 from Turkey", "Türkiye'den") or the
agent of a passive ("Türkiye tarafından"), the subject, any other party named after the troops;
persons and ministries stand for their state when the gazetteer knows it. Who asked for the
troops ("at the request of NATO", "BM Güvenlik Konseyi'nin talebi üzerine"), the mission or
alliance they serve in ("as part of a NATO mission", "NATO misyonu kapsamında") and who receives
them (a dative: "NATO Kosova Gücüne bağlı") do not send them. The destination is a place or
state after a destination word ("to", "to northern", "nach", "au", "a") or with a dative suffix
("Kosova'ya"), else a place named after the troops; never a demonym, an origin, nor the sender's
own state or capital (of "the U.S.-Mexico border", the other half); troops "stationed on its
territory" are in the first state named before them that does not send them. Without a
destination, a capitalised phrase or a region word after a destination word stands in ("to the
Rukla Barracks", "to the region"). Articles follow one deployment over several sentences, so a
deployment without a destination, or whose sender is only a guess (named after the troops or far
before them), takes those of the article's previous deployment. A deployment told again is kept
once, at its first dated mention.
"""

from functools import cache

import polars as pl

from extract import facts, numbers
from extract.dates import calendar_words
from extract.schemas import DEPLOYMENT_MENTIONS, conform, empty

SECTION = "deployments"
STATUS_ORDER = ("denied", "confirmed", "claimed", "planned")
QUALIFIERS = ("more_than", "about", "up_to")
TELLING_WINDOW = 80  # characters around a date where the verb of saying that tells it stands
ACTOR_TYPES = ("country", "organization", "government_body", "person")
PLACE_TYPES = ("country", "place")
CASUALTY_WINDOW_AFTER = 70
MIN_TROOP_COUNT = 10
CASUALTY_WINDOW_BEFORE = 25
# An origin ("from Turkey") after the troops belongs to them only when it follows closely.
ORIGIN_REACH = 15
# Sender ranks from this one up are guesses (an actor named after the troops, unmarked): the
# sender of the article's previous deployment is preferred to them.
WEAK_SENDER_RANK = 7
SPEAKER_SENDER_RANK = WEAK_SENDER_RANK - 1  # after every other party before the troops
FAR_SENDER_CHARS = 60
# How far before the troops a civilian mission they are the staff of may be named.
MISSION_REACH = 60
# How far before or after the troops an exercise they take part in may be named.
EXERCISE_REACH = 80
# A question (its closing quote or bracket may follow) asks whether troops are sent.
QUESTION_END = r"\?[\s\"'”“»)\]]*$"
# How far after the troops a phrase of their host's own territory may stand ("stationnés sur son territoire").
TERRITORY_REACH = 60
# How far after an actor a marker may come after the rest of its name ("Avrupa Birliği Dış
# İlişkiler Servisi (Brüksel) tarafından yapılan talep").
NAME_REACH = 100
# The rest of an actor's name: capitalised words, a slash and a bracketed aside.
NAME_CONTINUATION = r"(?-i:(?:\s*/\s*|\s+)\p{Lu}[\p{L}\p{N}.’'-]*?|\s*\([^)]*\))"


def extract_deployments(sentences: pl.DataFrame, dates: pl.DataFrame, actors: pl.DataFrame) -> pl.DataFrame:
    """raw.deployment_mentions: one row per deployment reported in a sentence."""
    mentions = facts.per_language(sentences, _mentions_of_language, _MENTION_SCHEMA)
    if mentions.is_empty():
        return empty(DEPLOYMENT_MENTIONS)
    mentions = mentions.with_row_index("_fact")
    located = _with_parties(mentions, sentences, actors)
    dated = facts.attach_dates(
        located.with_columns(_anchor=pl.col("sentence_start") + pl.col("unit_start")),
        # not the day it was said ("Germany said on Monday it would send 1,500 troops in May")
        facts.without_days_of_telling(
            dates.join(mentions.select(facts.SENTENCE_KEYS).unique(), on=facts.SENTENCE_KEYS, how="semi"),
            sentences,
            TELLING_WINDOW,
        ),
        anchor="_anchor",
        lookback=0,
    )
    return conform(
        dated.filter(pl.col("actor_name").is_not_null())
        # A deployment told again is kept once: its first dated mention, else its first mention.
        .sort("article_id", pl.col("date_start").is_null(), "sentence_index", "unit_start")
        .unique(["article_id", "actor_name", "destination_name", "troop_count"], keep="first", maintain_order=True)
        .sort("article_id", "sentence_index", "unit_start")
        .with_columns(
            char_start=pl.col("sentence_start") + pl.col("unit_start"),
            char_end=pl.col("sentence_start") + pl.col("unit_end"),
            deployment_date=pl.col("date_start"),
            status=pl.when(pl.col("date_start") > pl.col("published_date"))
            .then(pl.lit("planned"))
            .otherwise(pl.col("status")),
        ),
        DEPLOYMENT_MENTIONS,
    )


_MENTION_SCHEMA = pl.Schema(
    {
        "article_id": pl.String,
        "sentence_index": pl.Int32,
        "sentence_start": pl.Int32,
        "published_date": pl.Date,
        "language": pl.String,
        "text": pl.String,
        "unit_start": pl.Int32,
        "unit_end": pl.Int32,
        "unit_text": pl.String,
        "troop_count": pl.Int64,
        "count_qualifier": pl.String,
        "status": pl.String,
        "destination_phrase": pl.String,
    }
)


@cache
def count_regex(language: str) -> str:
    """A troop count: qualifier, number, qualifier written after it, a few words, troop noun."""
    before = "|".join(
        f"(?P<{kind}>{alternative})"
        for kind in QUALIFIERS
        if (alternative := facts.alternation(language, SECTION, kind)) is not None
    )
    after = "|".join(
        f"(?P<{kind}_after>{alternative})"
        for kind in QUALIFIERS
        if (alternative := facts.alternation(language, SECTION, f"{kind}_after")) is not None
    )
    noun = facts.alternation(language, SECTION, "personnel")
    origin = facts.alternation(language, SECTION, "origin_before")
    target = f"(?P<noun>{noun})\\b" + (f"|(?P<origin>{origin})\\s*\\p{{Lu}}" if origin else "")
    number = numbers.number_regex(language)
    # a qualifier ending in an apostrophe runs into the number ("plus d'une centaine")
    qualifier_before = f"(?:\\b(?:{before})\\s*)?" if before else ""
    qualifier_after = f"(?:\\s*(?:{after}))?" if after else ""
    # the noun may end a hyphenated compound that names the sender ("1.500 US-Soldaten")
    return (
        f"(?i){qualifier_before}(?P<number>{number}){qualifier_after}"
        f"\\s+(?:[\\p{{L}}’'.-]+\\s+){{0,3}}?(?:[\\p{{L}}\\p{{N}}]+-)?(?:{target})"
    )


def _mentions_of_language(part: pl.DataFrame, language: str) -> pl.DataFrame:
    """Deployment rows (with unit offsets in the sentence, count, qualifier, status) of one language."""
    verbs = facts.alternation(language, SECTION, "verb")
    counts_regex = count_regex(language)
    candidates = (
        part.filter(facts.has("text", _troop_nouns(language)) & ~pl.col("text").str.contains(QUESTION_END))
        .with_columns(_has_count=pl.col("text").str.contains(counts_regex))
        .filter(facts.has("text", verbs) | pl.col("_has_count"))
        .select(
            "article_id",
            "sentence_index",
            "_has_count",
            sentence_start=pl.col("char_start"),
            published_date="published_date",
            language="language",
            text="text",
            status=_status(language),
        )
    )
    if candidates.is_empty():
        return pl.DataFrame(schema=_MENTION_SCHEMA)
    # The count regex is slow: its matches are searched only where it was found.
    counted = facts.find_matches(candidates.filter("_has_count"), "text", counts_regex)
    counted = _parse_counts(counted, language, counts_regex).filter(~_names_no_troops(language, "unit_end"))
    uncounted = _first_unit_phrases(
        candidates.join(counted.select(facts.SENTENCE_KEYS).unique(), on=facts.SENTENCE_KEYS, how="anti"),
        language,
    ).with_columns(troop_count=pl.lit(None, dtype=pl.Int64), count_qualifier=pl.lit(None, dtype=pl.String))
    columns = [name for name in _MENTION_SCHEMA.names() if name != "destination_phrase"]
    mentions = pl.concat([counted.select(columns), uncounted.select(columns)], how="vertical_relaxed")
    # counted people who are not troops ("20 civilian staff"), sums of money ("300 milyon
    # dolarlık askeri yardım": military aid)
    for key in ("civilian", "money"):
        not_troops = facts.alternation(language, SECTION, key)
        if not_troops is not None:
            mentions = mentions.filter(~pl.col("unit_text").str.contains(facts.words(not_troops)))
    # the staff of a civilian mission named shortly before them ("AB'nin sivil gözlem misyonunda
    # yaklaşık 200 personel")
    civilian_mission = facts.alternation(language, SECTION, "civilian_mission")
    if civilian_mission is not None:
        mentions = mentions.filter(~_before_unit(MISSION_REACH).str.contains(facts.words(civilian_mission)))
    phrase = pl.col("destination_phrase")
    return (
        mentions.filter(~_is_casualty_count(language) & ~_is_ruled_out(language) & ~_in_exercise(language))
        .with_columns(destination_phrase=_destination_phrase(language))
        # "in May", "on Friday": a capitalised month or weekday is no place.
        .with_columns(destination_phrase=pl.when(~phrase.str.to_lowercase().is_in(sorted(calendar_words(language)))).then(phrase))
    )


def _first_unit_phrases(sentences: pl.DataFrame, language: str) -> pl.DataFrame:
    """The first troop phrase of each sentence (unit_start/unit_end/unit_text) that names troops
    (`_names_no_troops`)."""
    return (
        facts.find_matches(sentences, "text", f"(?is){_unit_phrase_regex(language)}")
        .filter(~_names_no_troops(language, "match_end"))
        # a sentence's matches come in order: its first row is its first phrase
        .unique(facts.SENTENCE_KEYS, keep="first", maintain_order=True)
        .rename({"match_start": "unit_start", "match_end": "unit_end", "match": "unit_text"})
    )


def _names_no_troops(language: str, unit_end: str) -> pl.Expr:
    """Whether the troop word ending at `unit_end` is part of an institution's name, followed by
    a word of the lexicon's `name_after` ("Allied Forces Command") or by an acronym in brackets
    ("Rapid Support Forces (RSF)"), or an adjective, followed by a word of `adjective_after`
    ("askeri yardım": military aid)."""
    after = pl.col("text").str.slice(pl.col(unit_end), 40)
    found = after.str.contains(r"^\s*\(\p{Lu}[\p{Lu}\p{N}-]+\)")
    for key in ("name_after", "adjective_after"):
        following = facts.alternation(language, SECTION, key)
        if following:
            found = found | after.str.contains(f"(?i)^\\s+(?:{following}){facts.WORD_END}")
    return found


def _before_unit(reach: int) -> pl.Expr:
    """Up to `reach` characters of the sentence right before the troops."""
    return pl.col("text").str.slice(
        (pl.col("unit_start") - reach).clip(lower_bound=0), pl.col("unit_start").clip(upper_bound=reach)
    )


def _after_unit(reach: int) -> pl.Expr:
    """Up to `reach` characters of the sentence right after the troops."""
    return pl.col("text").str.slice(pl.col("unit_end"), reach)


def _is_casualty_count(language: str) -> pl.Expr:
    """Whether the troops are casualties, not a deployment ("30 soldiers were wounded", "413
    kişi hayatını kaybetti"): a `casualties` word shortly after the unit or just before it, or
    a `casualties_before` word just before it ("Russia has lost 1,000 soldiers": "lost" after
    the troops is often about something else, "troops sent after losing the base")."""
    casualties = facts.alternation(language, SECTION, "casualties")
    casualties_before = facts.alternation(language, SECTION, "casualties_before")
    after = _after_unit(CASUALTY_WINDOW_AFTER)
    before = _before_unit(CASUALTY_WINDOW_BEFORE)
    found = pl.lit(False)
    if casualties is not None:
        found = pl.concat_str(before, pl.lit("\n"), after).str.contains(facts.words(casualties))
    if casualties_before is not None:
        found = found | before.str.contains(facts.words(casualties_before))
    return found


def _in_exercise(language: str) -> pl.Expr:
    """Whether the troops take part in an exercise, not a deployment ("17,000 soldiers are
    taking part in the drills", "tatbikata katılmak üzere 1.200 asker"): an `exercise` word at
    most EXERCISE_REACH characters before or after them, in their clause (not past a comma:
    "400 Soldaten sind in Litauen stationiert, weitere kommen zu Übungen")."""
    exercise = facts.alternation(language, SECTION, "exercise")
    if exercise is None:
        return pl.lit(False)
    around_unit = pl.concat_str(
        _before_unit(EXERCISE_REACH).str.replace(r"^.*[,;]", ""),
        pl.lit("\n"),
        _after_unit(EXERCISE_REACH).str.replace(r"[,;].*$", ""),
    )
    return around_unit.str.contains(facts.words(exercise))


def _is_ruled_out(language: str) -> pl.Expr:
    """Whether the troops are ruled out, not deployed ("would not send additional troops", "keine
    weiteren Soldaten", "asker göndermeyecek"): a `ruled_out_before` word at most four words
    before the end of the troop phrase (which may hold the verb: "to deploy troops"), or a
    `ruled_out_after` word at most three words after it."""
    before_words = facts.alternation(language, SECTION, "ruled_out_before")
    after_words = facts.alternation(language, SECTION, "ruled_out_after")
    word = r"[\p{L}\p{N}’'.,-]+"
    found = pl.lit(False)
    if before_words is not None:
        through_troops = pl.col("text").str.slice(0, pl.col("unit_end"))
        found = through_troops.str.contains(
            rf"(?i){facts.WORD_START}(?:{before_words})(?:\s+{word}){{0,4}}$"
        )
    if after_words is not None:
        after = pl.col("text").str.slice(pl.col("unit_end"))
        after_troops = rf"(?i)^(?:\s+{word}){{0,3}}?\s+(?:{after_words}){facts.WORD_END}"
        found = found | after.str.contains(after_troops)
    return found


def _destination_phrase(language: str) -> pl.Expr:
    """Capitalised words after a destination word ("to the Eastern Mediterranean"), a proper
    noun with a dative suffix ("Kosova'ya"), or a region word after a destination word ("to the
    region"): the destination when no known place is named.

    The text after the troops is searched first, then the whole sentence.
    """
    before = facts.alternation(language, SECTION, "destination_before")
    suffix = facts.alternation(language, SECTION, "destination_phrase_suffix")
    attribution = facts.alternation(language, "statements", "reported_after")
    name = r"\p{Lu}[\p{L}\p{M}’'-]*(?:\s+\p{Lu}[\p{L}\p{M}’'-]*){0,3}"
    regexes = []
    if before:
        regexes.append(f"{facts.WORD_START}(?i:{before})({name})")
    if suffix:
        regexes.append(f"(\\p{{Lu}}[\\p{{L}}\\p{{M}}]+)(?i:{suffix}){facts.WORD_END}")
    # Lowercase places that news use for a theatre: "to the region", "dans la région".
    region = facts.alternation(language, SECTION, "region")
    if before and region:
        regexes.append(f"(?i){facts.WORD_START}{before}({region}){facts.WORD_END}")
    searched = [pl.col("text").str.slice(pl.col("unit_start")), pl.col("text")]
    # an attribution or the mission the troops serve in names no destination ("Nach Angaben der
    # Regierung ...", "Rusya'ya göre", "im Rahmen der KFOR")
    framework = facts.alternation(language, SECTION, "framework_before")
    # (a framework phrase ends before the name it introduces: "im Rahmen der ")
    for words, ending in ((attribution, facts.WORD_END), (framework, "")):
        if words:
            phrases = f"(?i){facts.WORD_START}(?:{words}){ending}"
            searched = [text.str.replace_all(phrases, " ") for text in searched]
    candidates = [text.str.extract(regex, 1) for text in searched for regex in regexes]
    return pl.coalesce(candidates) if candidates else pl.lit(None, dtype=pl.String)


def _parse_counts(counted: pl.DataFrame, language: str, counts_regex: str) -> pl.DataFrame:
    """Count value, qualifier and evidence words of each count match."""
    if counted.is_empty():
        return counted.with_columns(
            unit_start=pl.lit(None, dtype=pl.Int32),
            unit_end=pl.lit(None, dtype=pl.Int32),
            unit_text=pl.lit(None, dtype=pl.String),
            troop_count=pl.lit(None, dtype=pl.Int64),
            count_qualifier=pl.lit(None, dtype=pl.String),
        )
    groups = pl.col("match").str.extract_groups(counts_regex)
    names = [name for name in ("more_than", "about", "up_to") if f"(?P<{name}>" in counts_regex]
    after_names = [name for name in QUALIFIERS if f"(?P<{name}_after>" in counts_regex]
    # "une centaine de soldats": about a hundred, unless a qualifier says more
    approximate = numbers.approximate_value(pl.col("_groups").struct.field("number"), language)
    qualifier = pl.when(approximate.is_not_null()).then(pl.lit("about")).otherwise(pl.lit("exact"))
    for name in reversed(names):
        qualifier = pl.when(pl.col("_groups").struct.field(name).is_not_null()).then(pl.lit(name)).otherwise(qualifier)
    for name in reversed(after_names):
        qualifier = (
            pl.when(pl.col("_groups").struct.field(f"{name}_after").is_not_null())
            .then(pl.lit(name))
            .otherwise(qualifier)
        )
    parsed = counted.with_columns(_groups=groups).with_columns(
        _number=pl.col("_groups").struct.field("number"),
        count_qualifier=qualifier,
        unit_start=pl.col("match_start"),
        unit_end=pl.col("match_end"),
        unit_text=pl.col("match"),
    )
    parsed = numbers.parse_numbers(parsed, "_number", language, "troop_count")
    # "two leaders' troops", "one of the soldiers": numbers that small count something else.
    return parsed.filter(pl.col("troop_count") >= MIN_TROOP_COUNT).drop(
        "_groups", "_number", "match", "match_start", "match_end"
    )


@cache
def _troop_nouns(language: str) -> str | None:
    """Alternation of the personnel and unit nouns of a language."""
    nouns = [*facts.terms(language, SECTION, "personnel"), *facts.terms(language, SECTION, "units")]
    if not nouns:
        return None
    return "(?:" + "|".join(f"(?:{facts.unfolded_classes(noun)})" for noun in sorted(nouns, key=len, reverse=True)) + ")"


@cache
def _unit_phrase_regex(language: str) -> str | None:
    """Troop nouns with up to two words before them ("the Turkish commando battalion")."""
    nouns = _troop_nouns(language)
    if nouns is None:
        return None
    return rf"(?:[\p{{L}}\p{{N}}’'.-]+\s+){{0,2}}?{nouns}(?:\s+{nouns})*\b"


def _status(language: str) -> pl.Expr:
    """denied > confirmed > claimed > planned > reported, from the words of the sentence. An
    announcement is planned unless the sentence reports the troops sent (`announced`, `done`:
    "announced that 300 troops had been deployed" is reported)."""
    status = pl.lit("reported")
    for name in reversed(STATUS_ORDER):
        said = facts.has("text", facts.alternation(language, SECTION, name))
        if name == "planned":
            announced = facts.has("text", facts.alternation(language, SECTION, "announced"))
            said = said | (announced & ~facts.has("text", facts.alternation(language, SECTION, "done")))
        status = pl.when(said).then(pl.lit(name)).otherwise(status)
    return status


def _with_parties(mentions: pl.DataFrame, sentences: pl.DataFrame, actors: pl.DataFrame) -> pl.DataFrame:
    """Add actor_name/actor_id (who sends) and destination_name (where to) to each deployment.

    The destination is the best-ranked place that is not the sender's own (not "Paris" for French
    troops); a deployment without one, or with only a weak sender, takes those of the article's
    previous deployment (articles follow one deployment through several sentences).
    """
    located = facts.sentence_actors(
        actors.filter(pl.col("actor_type").is_in([*ACTOR_TYPES, "place"])), sentences
    ).select(
        "article_id",
        "sentence_index",
        "actor_start",
        "actor_end",
        "actor_type",
        "type_rank",
        name="canonical_name",
        party_id="actor_id",
        mention_text="text",
    )
    pairs = mentions.select("_fact", "article_id", "sentence_index", "language", "text", "unit_start", "unit_end").join(
        located, on=facts.SENTENCE_KEYS
    )
    pairs = pairs.join(
        facts.adjective_aliases().with_columns(is_adjective=pl.lit(True)),
        on=["language", "mention_text"],
        how="left",
    ).with_columns(pl.col("is_adjective").fill_null(False))
    named_units = (
        pairs.filter(
            pl.col("actor_type").is_in(["organization", "government_body"])
            & (pl.col("actor_start") < pl.col("unit_end"))
            & (pl.col("actor_end") >= pl.col("unit_end"))
        )
        .select("_fact")
        .unique()
    )
    mentions = mentions.join(named_units, on="_fact", how="anti")
    not_places = (
        pairs.filter(~pl.col("actor_type").is_in(PLACE_TYPES))
        .select("_fact", destination_phrase="mention_text", _not_place=pl.lit(True))
        .unique()
    )
    mentions = (
        mentions.join(not_places, on=["_fact", "destination_phrase"], how="left")
        .with_columns(destination_phrase=pl.when(pl.col("_not_place").is_null()).then(pl.col("destination_phrase")))
        .drop("_not_place")
    )
    pairs = facts.per_language(pairs.join(named_units, on="_fact", how="anti"), _party_roles, _PAIR_SCHEMA)
    pairs = _state_of_party(pairs)
    # A sender named before the troops is not sent to its own half of a pair of states joined by
    # a hyphen ("The United States deployed troops to the U.S.-Mexico border", "Die USA schickten
    # Soldaten an die US-mexikanische Grenze"): the other half is where they go.
    sure_sender = _best_senders(pairs.filter(pl.col("sender_rank") < SPEAKER_SENDER_RANK)).select(
        "_fact", _sure_state="state_id", _sure_start="actor_start"
    )
    hyphen_after = pl.col("text").str.slice(pl.col("actor_end"), 2).str.contains(r"^[-–]\p{L}")
    hyphen_before = pl.col("text").str.slice(
        pl.max_horizontal(pl.col("actor_start") - 2, 0), pl.min_horizontal(pl.col("actor_start"), 2)
    ).str.contains(r"\p{L}[-–]$")
    senders_half = (
        (hyphen_after | hyphen_before)
        & (pl.col("home_state_id") == pl.col("_sure_state"))
        & (pl.col("actor_start") != pl.col("_sure_start"))
    )
    candidates = (
        pairs.filter(pl.col("destination_rank").is_not_null())
        .join(mentions.select("_fact", "text"), on="_fact")
        .join(sure_sender, on="_fact", how="left")
        .filter(~senders_half.fill_null(False))
        .drop("text", "_sure_state", "_sure_start")
        .sort("_fact", "destination_rank", "actor_start")
    )
    first_choice = candidates.unique("_fact", keep="first", maintain_order=True).select(
        "_fact", _first_destination="name", _destination_start="actor_start"
    )
    sender = _best_senders(
        pairs.join(first_choice, on="_fact", how="left").filter(
            pl.col("sender_rank").is_not_null()
            & (pl.col("_destination_start").is_null() | (pl.col("actor_start") != pl.col("_destination_start")))
            & (pl.col("_first_destination").is_null() | (pl.col("state_name") != pl.col("_first_destination")))
        )
    ).select("_fact", actor_name="state_name", actor_id="state_id", _sender_rank="sender_rank",
             _sender_start="actor_start", _sender_end="actor_end")
    destination = (
        candidates.join(sender, on="_fact", how="left")
        .filter(
            pl.col("home_state_id").ne_missing(pl.col("actor_id"))
            & pl.col("actor_start").ne_missing(pl.col("_sender_start"))
        )
        .unique("_fact", keep="first", maintain_order=True)
        .select("_fact", destination_name="name", _destination_state="home_state_id")
    )
    joined = (
        mentions.join(destination, on="_fact", how="left")
        .join(sender, on="_fact", how="left")
        .join(_territory_owners(mentions, pairs, sender), on="_fact", how="left")
        .with_columns(
            destination_name=pl.coalesce("destination_name", "_owner_name", "destination_phrase"),
            _destination_state=pl.coalesce("_destination_state", "_owner_id"),
        )
        .drop("_owner_name", "_owner_id")
        .sort("article_id", "sentence_index", "unit_start")
    )
    # A sender named after the troops, or unmarked and far before them, is a guess.
    far = (pl.col("_sender_rank") >= 2) & (pl.col("unit_start") - pl.col("_sender_end") > FAR_SENDER_CHARS)
    weak = pl.col("actor_name").is_null() | (pl.col("_sender_rank") >= WEAK_SENDER_RANK) | far
    strong = pl.when(~weak)
    previous_name = strong.then(pl.col("actor_name")).forward_fill().over("article_id")
    previous_id = strong.then(pl.col("actor_id")).forward_fill().over("article_id")
    joined = joined.with_columns(
        actor_name=pl.when(weak).then(pl.coalesce(previous_name, "actor_name")).otherwise("actor_name"),
        actor_id=pl.when(weak & previous_name.is_not_null()).then(previous_id).otherwise("actor_id"),
    ).with_columns(
        destination_name=pl.when(pl.col("destination_name").ne_missing(pl.col("actor_name"))).then("destination_name")
    )
    # A destination is never in the sender's own state, neither the fact's own nor one told
    # before or after ("les soldats belges" after "à Bruxelles").
    sender = pl.col("actor_id")
    own = sender.is_not_null() & pl.col("_destination_state").eq_missing(sender)
    return (
        joined.with_columns(
            destination_name=pl.when(~own).then("destination_name"),
            _destination_state=pl.when(~own).then("_destination_state"),
        )
        .with_columns(_position=pl.int_range(pl.len()).over("article_id"))
        .with_columns(_told=pl.when(pl.col("destination_name").is_not_null()).then("_position"))
        .with_columns(
            _told=pl.coalesce(
                "_told",
                pl.col("_told").forward_fill().over("article_id"),
                pl.col("_told").backward_fill().over("article_id"),
            )
        )
        .with_columns(
            destination_name=pl.col("destination_name").gather("_told").over("article_id"),
            _destination_state=pl.col("_destination_state").gather("_told").over("article_id"),
        )
        .with_columns(destination_name=pl.when(~own).then("destination_name"))
        .drop("_destination_state", "_position", "_told")
    )


def _best_senders(pairs: pl.DataFrame) -> pl.DataFrame:
    """The best-ranked sender of each fact among `pairs`: lowest rank, a demonym inside the troops
    on a tie, then the first named."""
    return pairs.sort("_fact", "sender_rank", pl.col("names_troops").not_(), "actor_start").unique(
        "_fact", keep="first", maintain_order=True
    )


def _territory_owners(mentions: pl.DataFrame, pairs: pl.DataFrame, sender: pl.DataFrame) -> pl.DataFrame:
    """_fact -> the state whose own territory the troops are on ("Le Tchad a demandé le retrait
    des soldats français stationnés sur son territoire", `[deployments] own_territory` within
    TERRITORY_REACH characters after them): the first state named before them that does not
    send them."""

    def of_language(part: pl.DataFrame, language: str) -> pl.DataFrame:
        territory = facts.alternation(language, SECTION, "own_territory")
        if not territory:
            return part.clear()
        return part.filter(_after_unit(TERRITORY_REACH).str.contains(f"(?i){facts.WORD_START}(?:{territory}){facts.WORD_END}"))

    on_territory = facts.per_language(
        mentions.select("_fact", "language", "text", "unit_start", "unit_end"),
        of_language,
        pl.Schema({"_fact": pl.UInt32, "unit_start": pl.Int32}),
    )
    return (
        pairs.join(on_territory, on="_fact")
        .join(sender.select("_fact", _sender_id="actor_id"), on="_fact", how="left")
        .filter(
            (pl.col("actor_type") == "country")
            & (pl.col("actor_end") <= pl.col("unit_start"))
            & pl.col("state_id").ne_missing(pl.col("_sender_id"))
        )
        .sort("_fact", "actor_start")
        .unique("_fact", keep="first", maintain_order=True)
        .select("_fact", _owner_name="state_name", _owner_id="state_id")
    )


_PAIR_SCHEMA = pl.Schema(
    {
        "_fact": pl.UInt32,
        "name": pl.String,
        "party_id": pl.String,
        "actor_type": pl.String,
        "actor_start": pl.Int32,
        "actor_end": pl.Int32,
        "sender_rank": pl.Int32,
        "destination_rank": pl.Int32,
        "names_troops": pl.Boolean,
    }
)


def _party_roles(pairs: pl.DataFrame, language: str) -> pl.DataFrame:
    """Rank each actor of a deployment sentence as sender and as destination (lower is better).

    Sender: the state inside the troops ("Turkish troops"; its demonym wins the tie) or right
    before them, then an agent ("by the ministry", "tarafından") or an origin ("from Turkey")
    next to them, then actors before the troops, then those after. Destination: a place after
    a destination word or with a dative suffix (or an origin word, in a withdrawal: "withdrawn
    from Niger"), then other places; never a demonym ("Serbian protesters"), an origin or an
    agent.
    """
    before = pl.col("text").str.slice(
        pl.max_horizontal(pl.col("actor_start") - 30, 0), pl.min_horizontal(pl.col("actor_start"), 30)
    )
    after = pl.col("text").str.slice(pl.col("actor_end"), 20)
    after_name = pl.col("text").str.slice(pl.col("actor_end"), NAME_REACH)
    from_actor = pl.col("text").str.slice(pl.col("actor_start"), 40)
    # Who asked for the troops (after the rest of its name), the mission or alliance they serve
    # in ("as part of a NATO mission") or who receives them sends none; nor does an abbreviation
    # in brackets ("NATO Kosova Gücüne (KFOR)"): its full name has a role.
    possessor_after = _matches("_after", _starting(language, "possessor_after"))
    not_sender = (
        _matches("_before", _ending(language, "requester_before"))
        | _matches("_after_name", _starting(language, "requester_after", after_name=True))
        | _matches("_before", _ending(language, "framework_before"))
        | _matches("_after_name", _starting(language, "framework_after"))
        | (_matches("_after", _starting(language, "recipient_after")) & ~possessor_after)
        | (_matches("_before", r"\S\s*\(\s*$") & _matches("_after", r"^\s*\)"))
    )
    marked_destination = _matches("_before", _ending(language, "destination_before", modifier=True)) | _matches(
        "_after", _starting(language, "destination_after")
    )
    marked_origin = _matches("_before", _ending(language, "origin_before")) | _matches(
        "_after", _starting(language, "origin_after")
    )
    # Troops withdrawn "from Niger" were deployed there: a withdrawal's origin is its destination.
    withdrawal = facts.alternation(language, SECTION, "withdrawal")
    if withdrawal:
        withdrawing = pl.col("text").str.contains(facts.words(withdrawal))
        marked_destination = marked_destination | (marked_origin & withdrawing)
        marked_origin = marked_origin & ~withdrawing
    marked_agent = _matches("_before", _ending(language, "agent_before")) | _matches(
        "_after", _starting(language, "agent_after")
    )
    # The source of an attribution sends only if no other does ("nach Angaben Südkoreas" is no
    # sender; "according to the Pentagon, 2,000 Marines arrived" is).
    attribution = facts.alternation(language, "statements", "reported_after")
    attributed = _matches(
        "_before", rf"(?i){facts.WORD_START}(?:{attribution})\s+(?:\p{{L}}{{1,4}}\s+)?$" if attribution else None
    )
    # ... and is no destination ("According to Russia, Norway sent ...", "Rusya'ya göre ...")
    attribution_source = attributed | _matches(
        "_from_actor", rf"(?i)^(?:{attribution}){facts.WORD_END}" if attribution else None
    )
    before_unit = pl.col("actor_end") <= pl.col("unit_start")
    after_unit = pl.col("actor_start") >= pl.col("unit_end")
    genitive = before_unit & possessor_after & ~marked_destination
    possessor = genitive & (pl.col("unit_start") - pl.col("actor_end") <= 2 * ORIGIN_REACH)
    # A genitive farther away owns something else ("Hamas'ın saldırıları"): no subject.
    other_possessor = genitive & ~possessor
    # (a place marked as where they go is no part of the troops: "Ukrayna'ya asker gönderdi")
    in_unit = (
        (pl.col("actor_start") >= pl.col("unit_start"))
        & (pl.col("actor_end") <= pl.col("unit_end"))
        & ~(marked_destination & pl.col("actor_type").is_in(PLACE_TYPES) & ~pl.col("is_adjective"))
    )
    right_before_unit = before_unit & (pl.col("unit_start") - pl.col("actor_end") <= 2)
    # a demonym right after the troops names them too ("soldats français", "soldados españoles")
    demonym_after_unit = (
        after_unit & pl.col("is_adjective") & (pl.col("actor_start") - pl.col("unit_end") <= 1)
    )
    # A state hosting the troops is where they are, not who sends them ("Poland hosts 10,000 US
    # troops", "Le Tchad accueille 1 000 soldats français").
    # (the state right before them owns them, unless a comma ends the subject: "Polonya, ...")
    owning = right_before_unit & ~pl.col("text").str.slice(pl.col("actor_end"), 2).str.contains(",")
    hosting = _hosts(language) & ~in_unit & ~owning
    marked_destination = marked_destination | hosting
    # Who says what the troops do ("South Korea's spy agency said North Korea had sent 3,000
    # troops") sends them only if no other party before them does.
    speaking = _speaks_before_troops(language) & before_unit
    origin_near = pl.col("_origin") & (
        (before_unit & (pl.col("unit_start") - pl.col("actor_end") <= 2 * ORIGIN_REACH))
        | (~before_unit & (pl.col("actor_start") - pl.col("unit_end") <= ORIGIN_REACH))
    )
    is_place = pl.col("actor_type").is_in(PLACE_TYPES) & ~pl.col("is_adjective")
    not_sending = ~in_unit & ~pl.col("_origin") & ~marked_agent & ~possessor & ~attribution_source
    return (
        _listed_with_origins(
            pairs.with_columns(
                _before=before, _after=after, _after_name=after_name, _from_actor=from_actor
            ).with_columns(_origin=marked_origin)
        )
        .with_columns(
            destination_rank=pl.when(is_place & marked_destination & not_sending)
            .then(pl.when(pl.col("actor_start") >= pl.col("unit_start")).then(0).otherwise(1))
            .when(is_place & not_sending & after_unit)
            .then(pl.when(pl.col("actor_type") == "place").then(2).otherwise(3))
            .cast(pl.Int32),
            sender_rank=pl.when((pl.col("actor_type") == "place") | not_sender | hosting)
            .then(None)
            .when(attributed)
            .then(WEAK_SENDER_RANK + pl.col("type_rank"))
            .when(in_unit | right_before_unit | demonym_after_unit)
            .then(0)
            .when(origin_near | marked_agent | possessor)
            .then(1)
            .when((pl.col("actor_start") < pl.col("unit_start")) & ~other_possessor & ~speaking)
            .then(2 + pl.col("type_rank"))
            .when(speaking)
            .then(SPEAKER_SENDER_RANK)
            .otherwise(WEAK_SENDER_RANK + pl.col("type_rank"))
            .cast(pl.Int32),
            # a demonym inside the troops ("türkische Soldaten") names them: it wins its rank
            names_troops=(in_unit | demonym_after_unit) & pl.col("is_adjective"),
        )
        .select(_PAIR_SCHEMA.names())
    )


def _speaks_before_troops(language: str) -> pl.Expr:
    """Whether a reporting verb follows the actor (a few words on: "South Korea's spy agency
    said") before the troops, in a language whose speaker comes before its verb."""
    verbs = facts.verbs_before_what_they_report(language)
    if not verbs:
        return pl.lit(False)
    words = r"(?:\s+[\p{L}-]+){0,3}?"
    return _text_to_troops().str.contains(rf"(?i)^(?:['’]s?)?{words}\s+{verbs}{facts.WORD_END}")


def _text_to_troops() -> pl.Expr:
    """The text between the actor and the troops after it (empty for the others)."""
    return pl.col("text").str.slice(
        pl.col("actor_end"), (pl.col("unit_start") - pl.col("actor_end")).clip(lower_bound=0)
    )


def _hosts(language: str) -> pl.Expr:
    """Whether the actor hosts the troops: a `host_before` word between it and the troops with
    no comma ("Poland hosts about 10,000 US troops"), or a `host_after` word right after the
    troops that follow it ("Polonya, 10 bin ABD askerine ev sahipliği yapıyor")."""
    before_words = facts.alternation(language, SECTION, "host_before")
    after_words = facts.alternation(language, SECTION, "host_after")
    ahead = pl.col("actor_end") <= pl.col("unit_start")
    found = pl.lit(False)
    if before_words:
        host = rf"(?i)^[^,;]*{facts.WORD_START}(?:{before_words}){facts.WORD_END}[^,;]*$"
        found = ahead & _text_to_troops().str.contains(host)
    if after_words:
        after = pl.col("text").str.slice(pl.col("unit_end"), NAME_REACH)
        host = rf"(?i)^\S*\s+(?:{after_words}){facts.WORD_END}"
        found = found | (ahead & after.str.contains(host))
    return found


def _listed_with_origins(pairs: pl.DataFrame) -> pl.DataFrame:
    """Mark as origins the actors listed right after an origin ("aus Italien, den USA und
    Ungarn"): those separated from the previous actor by commas and at most two lowercase words."""
    # Rows are grouped by fact: shifts and running sums over all rows need no window per fact.
    ordered = pairs.sort("_fact", "actor_start").with_columns(
        _previous_end=pl.when(pl.col("_fact") == pl.col("_fact").shift(1)).then(pl.col("actor_end").shift(1))
    )
    previous_end = pl.col("_previous_end")
    # nested mentions overlap their predecessor: an empty gap
    gap = pl.col("text").str.slice(
        previous_end, (pl.col("actor_start") - previous_end).clip(lower_bound=0)
    )
    continues = previous_end.is_not_null() & gap.str.contains(r"^[\s,]*(?:\p{Ll}+[\s,]+){0,2}$")
    # A fact's first actor starts a run: no run spans two facts.
    run = (~continues).cast(pl.Int32).cum_sum()
    return (
        ordered.with_columns(_run=run)
        .with_columns(_origin=pl.col("_origin").first().over("_run"))
        .drop("_run", "_previous_end")
    )


def _ending(language: str, key: str, *, modifier: bool = False) -> str | None:
    """Regex of the lexicon words `key` ending a text (the words right before an actor); with
    `modifier`, one lowercase word may stand between them and the actor ("to northern Kosovo")."""
    words = facts.alternation(language, SECTION, key)
    between = r"(?-i:\p{Ll}[\p{L}-]*\s+)?" if modifier else ""
    return f"(?i){facts.WORD_START}{words}{between}$" if words else None


def _starting(language: str, key: str, *, after_name: bool = False) -> str | None:
    """Regex of the lexicon suffixes `key` starting a text (the letters right after an actor);
    with `after_name`, after the rest of the actor's name, which the gazetteer may not know in
    full ("Avrupa Birliği Dış İlişkiler Servisi (Brüksel)" for the EU)."""
    words = facts.alternation(language, SECTION, key)
    rest_of_name = f"{NAME_CONTINUATION}{{0,6}}?" if after_name else ""
    return f"(?i)^{rest_of_name}{words}{facts.WORD_END}" if words else None


def _matches(column: str, regex: str | None) -> pl.Expr:
    return pl.col(column).str.contains(regex) if regex else pl.lit(False)


def _state_of_party(pairs: pl.DataFrame) -> pl.DataFrame:
    """state_name/state_id: the party itself, or for a person or ministry the state it serves."""
    states = facts.states_of_actors()
    return (
        pairs.join(states, left_on="party_id", right_on="actor_id", how="left")
        .with_columns(
            home_state_id=pl.when(pl.col("actor_type") == "country")
            .then(pl.col("party_id"))
            .otherwise(pl.col("country_id"))
        )
        .with_columns(
            state_name=pl.when(pl.col("actor_type").is_in(["person", "government_body"]))
            .then(pl.col("country_name"))
            .otherwise(pl.col("name")),
            state_id=pl.when(pl.col("actor_type").is_in(["person", "government_body"]))
            .then(pl.col("country_id"))
            .otherwise(pl.col("party_id")),
        )
        .with_columns(
            sender_rank=pl.when(pl.col("state_name").is_null()).then(None).otherwise(pl.col("sender_rank"))
        )
    )
