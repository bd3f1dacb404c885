"""Meetings, visits and talks between named parties, with date, location, mode and status.

A meeting sentence has a trigger of `[meetings] trigger` ("met", "held talks", "görüştü",
"trafen", "s'est entretenu", "se reunió", ...). Its participants are the people named in it
(canonical English names, sorted); a visitor alone gets the place they visit as second party,
and a sentence naming fewer than two parties borrows the people of the sentence before
("They met ..."), and a group subject ("the two leaders", "die Staatschefs") the two people the
article names most. The location is a place named after a location word ("in", "at",
"à", "en") or with a locative suffix ("Soçi'de"); the mode is phone or video when the sentence
says so; the status is planned for announced meetings or dates after publication. Mentions of
the same meeting in one article are merged: a mention that names its meeting as known ("the
meeting also included ...") joins the previous meeting unless it has another date of its own, and
a mention whose participants are a subset of another's, with the same or no date, is dropped
(its date going to the other when that has none). A meeting the article gives no date for is
dated by the publication (news report meetings of the day).
"""

import polars as pl

from extract import facts
from extract.schemas import MEETING_MENTIONS, conform, empty

SECTION = "meetings"
PARTY_TYPES = ("person", "country", "place", "organization", "government_body")

_TRIGGER_SCHEMA = pl.Schema(
    {
        "article_id": pl.String,
        "sentence_index": pl.Int32,
        "sentence_start": pl.Int32,
        "published_date": pl.Date,
        "language": pl.String,
        "text": pl.String,
        "trigger_start": pl.Int32,
        "mode": pl.String,
        "planned": pl.Boolean,
        "anaphoric": pl.Boolean,
        "group_subject": pl.Boolean,
    }
)
# A group subject ("the two leaders") stands for the article's most named people.
GROUP_SIZE = 2
_PLACE_SCHEMA = pl.Schema(
    {"_fact": pl.UInt32, "location_name": pl.String, "location_id": pl.String, "location_start": pl.Int32}
)


def extract_meetings(sentences: pl.DataFrame, dates: pl.DataFrame, actors: pl.DataFrame) -> pl.DataFrame:
    """raw.meeting_mentions: one row per meeting reported in an article."""
    triggers = facts.per_language(sentences, _triggers_of_language, _TRIGGER_SCHEMA)
    if triggers.is_empty():
        return empty(MEETING_MENTIONS)
    triggers = triggers.with_row_index("_fact")
    parties = facts.sentence_actors(actors.filter(pl.col("actor_type").is_in(PARTY_TYPES)), sentences)
    located = _with_location(triggers, parties)
    meetings = _with_participants(located, parties)
    dated = facts.attach_dates(
        meetings.with_columns(_anchor=pl.col("sentence_start") + pl.col("trigger_start")),
        dates,
        anchor="_anchor",
        lookback=2,
        # "am Mittwoch" without a publication date: an unknown day, not the farther "2022".
        unresolved=True,
    )
    status = (
        pl.when(pl.col("planned") | (pl.col("date_start") > pl.col("published_date")))
        .then(pl.lit("planned"))
        .otherwise(pl.lit("held"))
    )
    mentions = dated.with_columns(
        char_start=pl.col("sentence_start"),
        char_end=pl.col("sentence_start") + pl.col("text").str.len_chars(),
        meeting_date=pl.col("date_start"),
        # Which date a mention gives, also when it cannot be resolved: mentions compare by it.
        _date_key=pl.coalesce(pl.col("date_start").cast(pl.String), pl.col("date_text")),
        status=status,
    )
    undated = pl.col("meeting_date").is_null() & pl.col("published_date").is_not_null()
    return conform(
        _merge_repeats(_merge_anaphoric(mentions)).with_columns(
            date_precision=pl.when(undated).then(pl.lit("day")).otherwise(pl.col("date_precision")),
            meeting_date=pl.coalesce("meeting_date", "published_date"),
        ),
        MEETING_MENTIONS,
    )


def _triggers_of_language(part: pl.DataFrame, language: str) -> pl.DataFrame:
    """Sentences with a meeting trigger, with the trigger's offset, the mode and planned flag."""
    trigger = facts.alternation(language, SECTION, "trigger")
    phone = facts.alternation(language, SECTION, "phone")
    video = facts.alternation(language, SECTION, "video")
    if trigger is None:
        return pl.DataFrame(schema=_TRIGGER_SCHEMA)
    anywhere = "(?:" + "|".join(words for words in (trigger, phone, video) if words) + ")"
    return (
        part.filter(facts.has("text", anywhere))
        .select(
            "article_id",
            "sentence_index",
            sentence_start=pl.col("char_start"),
            published_date="published_date",
            language="language",
            text="text",
            trigger_start=facts.first_position("text", anywhere),
            mode=pl.when(facts.has("text", video))
            .then(pl.lit("video"))
            .when(facts.has("text", phone))
            .then(pl.lit("phone"))
            .otherwise(pl.lit("in_person")),
            planned=facts.has("text", facts.alternation(language, SECTION, "planned")),
            anaphoric=facts.has("text", facts.alternation(language, SECTION, "anaphoric")),
            group_subject=facts.has("text", facts.alternation(language, SECTION, "group_subject")),
        )
    )


def _with_location(triggers: pl.DataFrame, parties: pl.DataFrame) -> pl.DataFrame:
    """Add location_name: a place or country named after a location word or with a locative."""
    places = triggers.select("_fact", "article_id", "sentence_index", "language", "text").join(
        parties.filter(pl.col("actor_type").is_in(["place", "country"])), on=facts.SENTENCE_KEYS
    )
    marked = facts.per_language(places, _marked_places, _PLACE_SCHEMA)
    best = marked.sort("_fact", "location_start").unique("_fact", keep="first", maintain_order=True)
    return triggers.join(best, on="_fact", how="left")


def _marked_places(places: pl.DataFrame, language: str) -> pl.DataFrame:
    """Places of one language preceded by a location word or followed by a locative suffix."""
    before_words = facts.alternation(language, SECTION, "location_before")
    after_words = facts.alternation(language, SECTION, "location_after")
    before = pl.col("text").str.slice(
        pl.max_horizontal(pl.col("actor_start") - 12, 0), pl.min_horizontal(pl.col("actor_start"), 12)
    )
    after = pl.col("text").str.slice(pl.col("actor_end"), 8)
    marked = pl.lit(False)
    if before_words:
        marked = marked | before.str.contains(f"(?i){facts.WORD_START}{before_words}$")
    if after_words:
        marked = marked | after.str.contains(f"(?i)^{after_words}{facts.WORD_END}")
    return places.filter(marked).select(
        "_fact",
        location_name="canonical_name",
        location_id="actor_id",
        location_start=pl.col("actor_start").cast(pl.Int32),
    )


def _with_participants(triggers: pl.DataFrame, parties: pl.DataFrame) -> pl.DataFrame:
    """Add sorted participant_names/participant_ids; keep meetings with at least two parties."""
    in_sentence = triggers.select("_fact", "article_id", "sentence_index").join(parties, on=facts.SENTENCE_KEYS)
    people = in_sentence.filter(pl.col("actor_type") == "person").select("_fact", "canonical_name", "actor_id")
    organisations = in_sentence.filter(pl.col("actor_type").is_in(["organization", "government_body"])).select(
        "_fact", "canonical_name", "actor_id"
    )
    hosts = triggers.filter(pl.col("location_name").is_not_null()).select(
        "_fact", canonical_name="location_name", actor_id="location_id"
    )
    previous_people = (
        triggers.select("_fact", "article_id", sentence_index=pl.col("sentence_index") - 1)
        .join(parties.filter(pl.col("actor_type") == "person"), on=facts.SENTENCE_KEYS)
        .select("_fact", "canonical_name", "actor_id")
    )
    most_named = (
        parties.filter(pl.col("actor_type") == "person")
        .group_by("article_id", "canonical_name")
        .agg(actor_id=pl.col("actor_id").first(), _count=pl.len(), _first=pl.col("char_start").min())
        .sort("article_id", pl.col("_count"), pl.col("_first"), descending=[False, True, False])
        .group_by("article_id", maintain_order=True)
        .head(GROUP_SIZE)
    )
    group_people = (
        triggers.filter(pl.col("group_subject"))
        .select("_fact", "article_id")
        .join(most_named, on="article_id")
        .select("_fact", "canonical_name", "actor_id")
    )
    own_count = people.group_by("_fact").agg(_people=pl.col("canonical_name").n_unique())
    counts = triggers.select("_fact").join(own_count, on="_fact", how="left").with_columns(pl.col("_people").fill_null(0))
    lonely = counts.filter(pl.col("_people") == 1).select("_fact")
    empty_handed = counts.filter(pl.col("_people") < 2).select("_fact")
    chosen = pl.concat(
        [
            people,
            hosts.join(lonely, on="_fact"),
            organisations.join(lonely, on="_fact"),
            previous_people.join(empty_handed, on="_fact"),
            group_people.join(empty_handed, on="_fact"),
        ]
    )
    participants = (
        chosen.unique(["_fact", "canonical_name"])
        .sort("_fact", "canonical_name")
        .group_by("_fact", maintain_order=True)
        .agg(participant_names=pl.col("canonical_name"), participant_ids=pl.col("actor_id"))
        .filter(pl.col("participant_names").list.len() >= 2)
    )
    return triggers.join(participants, on="_fact")


def _merge_anaphoric(mentions: pl.DataFrame) -> pl.DataFrame:
    """Fold a mention that names its meeting as known ("the meeting also included ...",
    "das Treffen") into the article's previous meeting: participants joined, the first date kept."""
    ordered = mentions.sort("article_id", "sentence_index")
    # The previous meeting is the previous one of the same mode (a call is not "the meeting");
    # a date of its own that differs from that meeting's makes it another meeting.
    thread = ["article_id", "mode"]
    own_date = pl.when(pl.col("date_sentence") == pl.col("sentence_index")).then(pl.col("_date_key"))
    other_date = own_date.is_not_null() & own_date.ne_missing(pl.col("_date_key").shift(1).over(thread))
    ordered = ordered.with_columns(
        _group=(~pl.col("anaphoric") | other_date | (pl.int_range(pl.len()).over(thread) == 0))
        .cast(pl.Int32)
        .cum_sum()
        .over(thread)
    )
    keys = [*thread, "_group"]
    date_columns = ["meeting_date", "date_end", "date_precision", "date_text", "date_start", "date_sentence", "_date_key"]
    first_dated = (
        ordered.filter(pl.col("_date_key").is_not_null())
        .unique(keys, keep="first", maintain_order=True)
        .select(*keys, *date_columns)
    )
    participants = (
        ordered.select(*keys, "participant_names", "participant_ids")
        .explode("participant_names", "participant_ids")
        .unique([*keys, "participant_names"], keep="first", maintain_order=True)
        .sort(*keys, "participant_names")
        .group_by(keys, maintain_order=True)
        .agg("participant_names", "participant_ids")
    )
    return (
        ordered.unique(keys, keep="first", maintain_order=True)
        .drop("participant_names", "participant_ids", *date_columns)
        .join(participants, on=keys, how="left")
        .join(first_dated, on=keys, how="left")
        .drop("_group")
    )


def _merge_repeats(mentions: pl.DataFrame) -> pl.DataFrame:
    """Drop a mention whose participants are among another mention's, in the same mode, with the
    same or no date.

    The kept mention has more participants, or as many and a date where the other has none, or
    else comes first in the article.
    """
    ranked = mentions.sort("article_id", "sentence_index").with_columns(
        _size=pl.col("participant_names").list.len(), _order=pl.int_range(pl.len())
    )
    names = ranked.select("_fact", "article_id", name=pl.col("participant_names")).explode("name")
    shared = (
        names.join(names, on=["article_id", "name"], suffix="_other")
        .filter(pl.col("_fact") != pl.col("_fact_other"))
        .group_by("_fact", "_fact_other")
        .agg(_shared=pl.len())
    )
    info = ranked.select("_fact", "_size", "_order", "_date_key", "mode")
    other = info.rename({name: f"{name}_other" for name in info.columns})
    covered = (
        shared.join(info, on="_fact")
        .join(other, on="_fact_other")
        .filter(
            (pl.col("_shared") == pl.col("_size"))
            # a phone call is not the meeting it precedes or follows
            & (pl.col("mode") == pl.col("mode_other"))
            & (
                pl.col("_date_key").is_null()
                | pl.col("_date_key_other").is_null()
                | (pl.col("_date_key") == pl.col("_date_key_other"))
            )
            & (
                (pl.col("_size_other") > pl.col("_size"))
                | (pl.col("_date_key").is_null() & pl.col("_date_key_other").is_not_null())
                | ((pl.col("_date_key") == pl.col("_date_key_other")) | pl.col("_date_key_other").is_null())
                & (pl.col("_size_other") == pl.col("_size"))
                & (pl.col("_order_other") < pl.col("_order"))
            )
        )
    )
    # An undated mention that covers a dated one takes its date ("the summit" ... "met on Monday").
    date_columns = ["meeting_date", "date_end", "date_precision", "date_text", "date_start", "_date_key"]
    inherited = (
        covered.filter(pl.col("_date_key").is_not_null() & pl.col("_date_key_other").is_null())
        .sort("_order")
        .unique("_fact_other", keep="first", maintain_order=True)
        .join(ranked.select("_fact", *date_columns), on="_fact")
        .select(pl.col("_fact_other").alias("_fact"), *[pl.col(name).alias(f"_inherited_{name}") for name in date_columns])
    )
    kept = ranked.join(covered.select("_fact").unique(), on="_fact", how="anti").join(inherited, on="_fact", how="left")
    undated = pl.col("_date_key").is_null()
    return kept.with_columns(
        [pl.when(undated).then(pl.col(f"_inherited_{name}")).otherwise(pl.col(name)).alias(name) for name in date_columns]
    ).drop([f"_inherited_{name}" for name in date_columns]).sort("article_id", "sentence_index")
