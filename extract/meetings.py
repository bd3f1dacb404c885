"""Meetings, visits and talks between named parties, with date, location, mode and status.

A meeting sentence has a trigger of `[meetings] trigger` ("met", "held talks", "görüştü",
"trafen", "s'est entretenu", "se reunió", ...). Its participants are the people named in it
(canonical English names, sorted; a body in a person's title, "the Kremlin spokesman ...", is no
party of its own, nor is who reports the meeting after it, "..., said spokesman Jane Doe", or
speaks of it as known, "Jane Doe said the talks ..."); a visitor alone gets the place they go to
("to Russia", "Rusya'ya") as second party, never the place a meeting is held in ("in Brussels",
"à Paris", "Ankara'da"), and a person alone the state of an official or counterpart left unnamed
("phoned his Turkish counterpart", "met the Kenyan foreign minister", "son homologue iranien");
a sentence naming fewer than two parties, or naming its meeting as known ("This meeting ...",
"Bu görüşme"), borrows the people of the nearest sentence before that names any, and a group
subject ("the two leaders", "die Staatschefs") the two people the article names most. The
location is a place named after a location word ("in", "at", "à", "en") or with a locative
suffix ("Soçi'de"); the mode is phone or video when the sentence says so; the status is planned
for announced meetings or dates after publication. The date is the nearest in the sentence, else
in the two before, leaving out dates of other events ("since taking office on October 1", "1
Ekim'den bu yana"), or the day of a saying, unless a phrase about the meeting opening the
sentence ends with it ("Nach einem Treffen mit X am Freitag sagte Y"); a weekday inside the
phrase that plans the meeting is the coming one ("reist am Montag nach Ankara"). Mentions of the
same meeting in one article are merged: a mention that names its meeting as known ("the meeting
also included ...") joins the previous meeting unless it has another date of its own, and a
mention whose participants are a subset of another's, with the same or no date, is dropped (its
date going to the other when that has none) unless it says it is a separate meeting ("Earlier in
the day, A and B had met one-on-one"). A meeting the article gives no date for is dated by the
publication (news report meetings of the day).
"""

import re

import polars as pl

from extract import facts, lexicon
from extract.dates import calendar_names, calendar_words
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
        "separate": pl.Boolean,
        "gathering": pl.Boolean,
    }
)
# A group subject ("the two leaders") stands for the article's most named people.
GROUP_SIZE = 2
_PLACE_SCHEMA = pl.Schema(
    {
        "_fact": pl.UInt32,
        "location_name": pl.String,
        "location_id": pl.String,
        "location_start": pl.Int32,
        "destination": pl.Boolean,
        "_is_country": pl.Boolean,
    }
)
# "called for direct talks", "ready for talks with Kyiv": the most words between an unrealised
# phrase and its trigger.
UNREALISED_GAP = 2
# The text after a place read for its case ending and what governs it ("Ankara'yı ziyaret").
SUFFIX_REACH = 16
# How many sentences back a meeting without two parties of its own looks for its people.
PEOPLE_LOOKBACK = 2
# How many sentences back a meeting without a date of its own looks for one.
DATE_LOOKBACK = 2
# How far before a party the verb of saying that makes them the meeting's reporter may stand.
REPORTER_REACH = 60
# How far around a state its unnamed official's title may stand ("the Kenyan foreign minister").
OFFICE_REACH = 50
# The parties of a meeting's sentence that take no part in it, as (_fact, actor_start).
_PARTY_KEYS = pl.Schema({"_fact": pl.UInt32, "actor_start": pl.Int32})


def extract_meetings(sentences: pl.DataFrame, dates: pl.DataFrame, actors: pl.DataFrame) -> pl.DataFrame:
    """raw.meeting_mentions: one row per meeting reported in an article."""
    triggers = facts.per_language(sentences, _triggers_of_language, _TRIGGER_SCHEMA)
    if triggers.is_empty():
        return empty(MEETING_MENTIONS)
    triggers = triggers.with_row_index("_fact")
    parties = facts.sentence_actors(actors.filter(pl.col("actor_type").is_in(PARTY_TYPES)), sentences)
    located, marked_places = _with_location(triggers, parties)
    titled = facts.in_person_titles(actors, sentences)
    meetings = _with_participants(located, parties.join(titled, on=["article_id", "char_start"], how="anti"), marked_places)
    dated = facts.attach_dates(
        meetings.with_columns(_anchor=pl.col("sentence_start") + pl.col("trigger_start")),
        _meeting_dates(dates, sentences, meetings),
        anchor="_anchor",
        lookback=DATE_LOOKBACK,
        # "am Mittwoch" without a publication date: an unknown day, not the farther "2022".
        unresolved=True,
        planned="planned",
    )
    dated = facts.per_language(dated, _coming_weekday_of_planned, dated.schema)
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
            # merged mentions may take a date after publication: such a meeting is still to come
            status=pl.when(pl.col("meeting_date") > pl.col("published_date"))
            .then(pl.lit("planned"))
            .otherwise(pl.col("status")),
        ),
        MEETING_MENTIONS,
    )


def _coming_weekday_of_planned(meetings: pl.DataFrame, language: str) -> pl.DataFrame:
    """A weekday named alone inside the phrase that plans the meeting, resolved to the past
    week, is the coming one: that phrase says the future in the present tense ("Stoltenberg
    reist am Montag nach Ankara, wo er Fidan treffen wird", "Am Montag trifft sich Scholz mit
    Macron"). Not when the text says the last one, nor for another phrase's date."""
    planned = facts.alternation(language, SECTION, "planned")
    weekdays = sorted(calendar_names(language)["weekdays"], key=len, reverse=True)
    if not planned or not weekdays:
        return meetings
    date_text = pl.col("date_text")
    past_week = (pl.col("date_start") < pl.col("published_date")) & (
        pl.col("date_start") >= pl.col("published_date") - pl.duration(days=6)
    )
    weekday = rf"(?i){facts.WORD_START}(?:{'|'.join(map(re.escape, weekdays))})"
    bare_weekday = date_text.str.contains(weekday) & ~date_text.str.contains(r"\d")
    last_words = lexicon.section(language, "dates").get("last_words", [])
    if last_words:
        last = rf"(?i){facts.WORD_START}(?:{'|'.join(last_words)}){facts.WORD_END}"
        bare_weekday = bare_weekday & ~date_text.str.contains(last)
    own_sentence = pl.col("date_sentence") == pl.col("sentence_index")
    candidate = ((pl.col("date_precision") == "day") & own_sentence & past_week & bare_weekday).fill_null(False)
    meetings = meetings.with_row_index("_meeting")
    candidates = meetings.filter(candidate)
    if candidates.is_empty():
        return meetings.drop("_meeting")
    # the sentence's first planning phrase (with up to three words before it) holds the date
    phrase = rf"(?i)(?:[\p{{L}}.]+\s+){{0,3}}?(?:{planned}){facts.WORD_END}"
    phrase_start = pl.col("text").str.find(phrase)
    phrase_end = phrase_start + pl.col("text").str.extract(f"({phrase})", 1).str.len_chars()
    date_start = pl.col("text").str.find(date_text, literal=True)
    inside = (date_start >= phrase_start) & (date_start + date_text.str.len_chars() <= phrase_end)
    ahead = candidates.filter(inside.fill_null(False)).select("_meeting", _ahead=pl.lit(True))
    week = pl.duration(days=7)
    return (
        meetings.join(ahead, on="_meeting", how="left")
        .with_columns(
            date_start=pl.when(pl.col("_ahead")).then(pl.col("date_start") + week).otherwise("date_start"),
            date_end=pl.when(pl.col("_ahead")).then(pl.col("date_end") + week).otherwise("date_end"),
        )
        .drop("_meeting", "_ahead")
    )


def _triggers_of_language(part: pl.DataFrame, language: str) -> pl.DataFrame:
    """Sentences with a meeting trigger, with the trigger's offset, the mode and planned flag."""
    trigger = facts.alternation(language, SECTION, "trigger")
    phone = facts.alternation(language, SECTION, "phone")
    video = facts.alternation(language, SECTION, "video")
    if trigger is None:
        return pl.DataFrame(schema=_TRIGGER_SCHEMA)
    anywhere = "(?:" + "|".join(words for words in (trigger, phone, video) if words) + ")"
    found = part.filter(facts.has("text", anywhere)).with_columns(trigger_start=facts.first_position("text", anywhere))
    return (
        _outside_unrealised(found, language, anywhere)
        .filter(~_inside_quotation(language))
        .select(
            "article_id",
            "sentence_index",
            sentence_start=pl.col("char_start"),
            published_date="published_date",
            language="language",
            text="text",
            trigger_start="trigger_start",
            mode=pl.when(facts.has("text", video))
            .then(pl.lit("video"))
            .when(facts.has("text", phone))
            .then(pl.lit("phone"))
            .otherwise(pl.lit("in_person")),
            planned=facts.has("text", facts.alternation(language, SECTION, "planned")),
            anaphoric=facts.has("text", facts.alternation(language, SECTION, "anaphoric")),
            group_subject=facts.has("text", facts.alternation(language, SECTION, "group_subject")),
            separate=facts.has("text", facts.alternation(language, SECTION, "separate")),
            gathering=facts.has("text", facts.alternation(language, SECTION, "gathering")),
        )
    )


def _outside_unrealised(triggers: pl.DataFrame, language: str, trigger: str) -> pl.DataFrame:
    """The trigger sentences with the offset of their first trigger that does not name a meeting
    only called for, offered, refused or ruled out ("called for talks", "ready to meet", "zu
    Gesprächen bereit", "görüşmeye hazır"): `[meetings] unrealised_before` up to UNREALISED_GAP
    words before a trigger, or `unrealised_after` after one. A sentence without another trigger
    is none ("Zelensky called for talks with Putin"); "X, who had called for talks, met Y" has
    "met". Only sentences with such words are searched for the phrases (the regex is dear)."""
    before = facts.alternation(language, SECTION, "unrealised_before")
    after = facts.alternation(language, SECTION, "unrealised_after")
    gap = rf"\s+(?:[\w'’-]+\s+){{0,{UNREALISED_GAP}}}?"
    phrases = [f"(?:{before}){gap}(?:{trigger})"] if before else []
    phrases += [f"(?:{trigger}){gap}(?:{after})"] if after else []
    if not phrases:
        return triggers
    suspects = triggers.filter(facts.has("text", "|".join(words for words in (before, after) if words)))
    if suspects.is_empty():
        return triggers
    found = pl.col("text").str.extract_groups(
        rf"(?is)^(.*?{facts.WORD_START})((?:{'|'.join(phrases)})){facts.WORD_END}"
    )
    start = found.struct.field("1").str.len_chars()
    end = start + found.struct.field("2").str.len_chars()
    inside = ((pl.col("trigger_start") >= start) & (pl.col("trigger_start") < end)).fill_null(False)
    later = end + facts.first_position(pl.col("text").str.slice(end), trigger)
    moved = suspects.select(
        *facts.SENTENCE_KEYS,
        _moved=pl.when(inside).then(later).otherwise("trigger_start").cast(pl.Int32),
        _searched=True,
    )
    return (
        triggers.join(moved, on=facts.SENTENCE_KEYS, how="left", maintain_order="left")
        .with_columns(trigger_start=pl.when(pl.col("_searched")).then("_moved").otherwise("trigger_start"))
        .filter(pl.col("trigger_start").is_not_null())
        .drop("_moved", "_searched")
    )


def _inside_quotation(language: str, position: str = "trigger_start") -> pl.Expr:
    """Whether the offset in column `position` (the trigger's) stands in a quotation opened
    before it in its sentence (`text`).

    Quoted words ("The talks were frank", she said) are the speaker's, not the report of a
    meeting. The quotation marks of each language are `[sentences] open_quotes`/`close_quotes`;
    straight double quotes open a quotation when an odd number of them precede the offset.
    """
    before = pl.col("text").str.slice(0, pl.col(position))
    inside = before.str.count_matches('"') % 2 == 1
    opening = facts.section_value(language, "sentences", "open_quotes")
    closing = facts.section_value(language, "sentences", "close_quotes")
    if opening and closing:
        unclosed = f"[{re.escape(opening)}][^{re.escape(closing)}]*$"
        inside = inside | before.str.contains(unclosed)
    return inside


def _meeting_dates(dates: pl.DataFrame, sentences: pl.DataFrame, meetings: pl.DataFrame) -> pl.DataFrame:
    """The date mentions that can date a meeting: not those in a phrase about another event, a
    "since ..." phrase ("since taking office on October 1", "seit Februar", "1 Ekim'den bu yana")
    or a relative clause about a person ("Rutte, who took office on October 1"), unless the
    phrase names a meeting itself ("since their summit in May 2022"). Only the dates of the
    meetings' sentences and the DATE_LOOKBACK before them are kept."""
    near = facts.with_sentence_range(
        meetings.select("article_id", _own=pl.col("sentence_index")),
        first=pl.col("_own") - DATE_LOOKBACK,
        last=pl.col("_own"),
        name="sentence_index",
    ).select(*facts.SENTENCE_KEYS).unique()
    dates = dates.join(near, on=facts.SENTENCE_KEYS, how="semi")
    if dates.is_empty():
        return dates
    return facts.dates_without(dates, sentences, _other_event_dates)


PHRASE_WINDOW = 80


def _other_event_dates(dates: pl.DataFrame, language: str) -> pl.DataFrame:
    """Ids of one language's date mentions in a phrase about another event naming no meeting."""
    before_words = facts.alternation(language, SECTION, "other_event_before")
    start_words = facts.alternation(language, SECTION, "other_event_start")
    after_words = facts.alternation(language, SECTION, "other_event_after")
    start = pl.col("char_start") - pl.col("sentence_start")
    before = pl.col("sentence_text").str.slice(
        pl.max_horizontal(start - PHRASE_WINDOW, 0), pl.min_horizontal(start, PHRASE_WINDOW)
    )
    after = pl.col("text") + pl.col("sentence_text").str.slice(
        pl.col("char_end") - pl.col("sentence_start"), PHRASE_WINDOW
    )
    phrases = []
    if before_words:
        phrases.append(before.str.extract(f"(?i){facts.WORD_START}({before_words})$", 1))
    if start_words:
        phrases.append(pl.col("text").str.extract(f"(?i)^({start_words}){facts.WORD_END}", 1))
    if after_words:
        phrases.append(after.str.extract(f"(?i)^({after_words}){facts.WORD_END}", 1))
    trigger = facts.alternation(language, SECTION, "trigger")

    def names_meeting(text: pl.Expr) -> pl.Expr:
        return text.str.contains(facts.words(trigger)) if trigger else pl.lit(False)

    # The day of a telling ("the talks were useful, Fidan said on Tuesday"; "Salı günü açıkladı").
    speech = facts.alternation(language, "statements", "reported")
    told = dates.clear().select("_date")
    verbs_of_saying = facts.verbs_of_saying_around_dates(language, PHRASE_WINDOW)
    if verbs_of_saying:
        told_before, told_after = verbs_of_saying
        phrases.append(told_before)
        # the verb after the date, unless the date ends a phrase about a meeting that opens the
        # sentence ("Nach einem Treffen mit X am vergangenen Freitag sagte Y, ..."; not "Nach
        # dem Treffen sagte Y am Freitag")
        opening = pl.col("sentence_text").str.slice(0, start)
        fronted_meeting = (
            ~opening.str.contains(r"[,;:]")
            & names_meeting(opening)
            & ~opening.str.contains(f"(?i){facts.WORD_START}(?:{speech}){facts.WORD_END}")
        )
        told = (
            dates.with_columns(_told=told_after)
            .filter(pl.col("_told").is_not_null())
            .filter(~names_meeting(pl.col("_told")) & ~fronted_meeting)
            .select("_date")
        )
    if not phrases:
        return told
    phrase = pl.coalesce(*phrases)
    other = dates.filter(phrase.is_not_null() & ~names_meeting(phrase)).select("_date")
    return pl.concat([other, told]).unique()


def _with_location(triggers: pl.DataFrame, parties: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Add location_name: a place or country named after a location word or with a locative (a
    city before a country: "discussed the war in Ukraine at a dinner in Paris"); also every such
    marked place (_fact, location_start)."""
    places = triggers.select("_fact", "article_id", "sentence_index", "language", "text").join(
        parties.filter(pl.col("actor_type").is_in(["place", "country"])), on=facts.SENTENCE_KEYS
    )
    marked = facts.per_language(places, _marked_places, _PLACE_SCHEMA)
    unnamed = facts.per_language(
        triggers.select("_fact", "article_id", "sentence_index", "language", "text"),
        lambda part, language: _unknown_places(part, language, parties),
        _PLACE_SCHEMA,
    )
    best = (
        pl.concat([marked, unnamed])
        .sort("_fact", "_is_country", "location_start")
        .unique("_fact", keep="first", maintain_order=True)
        .drop("_is_country")
    )
    return triggers.join(best, on="_fact", how="left"), marked.select("_fact", "location_start")


def _unknown_places(triggers: pl.DataFrame, language: str, parties: pl.DataFrame) -> pl.DataFrame:
    """Capitalised names right after a location word (`unknown_place_before`) or before an
    apostrophe and a locative suffix (`unknown_place_after`) that name no known actor ("met
    Lavrov in Antalya", "Antalya'da görüştü"): places the gazetteer does not know. Not a month or
    weekday ("in March"), nor a word that starts no name ("in The ...")."""
    # case-sensitive but for the location words: case-insensitive Unicode classes cost more
    name = r"\p{Lu}[\p{L}\p{M}’'-]*(?:\s+\p{Lu}[\p{L}\p{M}’'-]*){0,2}"
    before = facts.alternation(language, SECTION, "unknown_place_before")
    after = facts.alternation(language, SECTION, "unknown_place_after")
    found = []
    if before:
        regex = rf"{facts.WORD_START}(?i:{before})\s+({name})"
        matches = facts.find_matches(triggers, "text", regex).with_columns(_name=pl.col("match").str.extract(regex, 1))
        found.append(
            matches.with_columns(
                _start=pl.col("match_end") - pl.col("_name").str.len_chars(),
                # a possessive is no part of the name ("in Antalya's old town")
                _name=pl.col("_name").str.replace(r"['’]s$", ""),
            )
        )
    if after:
        # the apostrophe before the suffix marks a proper name ("Antalya'da"); none inside it:
        # a word with a suffix of its own opens no name ("12 Mart'ta Abu Dabi'de")
        unsuffixed = r"\p{Lu}[\p{L}\p{M}-]*(?:\s+\p{Lu}[\p{L}\p{M}-]*){0,2}"
        regex = rf"({unsuffixed})['’](?i:{after}){facts.WORD_END}"
        matches = facts.find_matches(triggers, "text", regex).with_columns(_name=pl.col("match").str.extract(regex, 1))
        found.append(matches.with_columns(_start=pl.col("match_start")))
    if not found:
        return pl.DataFrame(schema=_PLACE_SCHEMA)
    not_names = {word.lower() for word in facts.terms(language, "actors", "not_name_words")}
    names = (
        pl.concat([frame.select("_fact", "article_id", "sentence_index", "_name", "_start") for frame in found])
        .drop_nulls("_name")
        .with_columns(_end=pl.col("_start") + pl.col("_name").str.len_chars())
        .filter(~pl.col("_name").str.to_lowercase().is_in(sorted(calendar_words(language) | not_names)))
    )
    known = names.join(parties.select(*facts.SENTENCE_KEYS, "actor_start", "actor_end"), on=facts.SENTENCE_KEYS).filter(
        (pl.col("actor_start") < pl.col("_end")) & (pl.col("actor_end") > pl.col("_start"))
    )
    return names.join(known.select("_fact", "_start").unique(), on=["_fact", "_start"], how="anti").select(
        "_fact",
        location_name="_name",
        location_id=pl.lit(None, pl.String),
        location_start=pl.col("_start").cast(pl.Int32),
        # where an unknown place lies is unknown: it names no host
        destination=pl.lit(False),
        _is_country=pl.lit(False),
    )


def _marked_places(places: pl.DataFrame, language: str) -> pl.DataFrame:
    """Places of one language preceded by a location word or followed by a locative suffix;
    `destination` when the word or suffix says where someone goes ("to", "nach", "-ye")."""
    before = pl.col("text").str.slice(
        pl.max_horizontal(pl.col("actor_start") - 12, 0), pl.min_horizontal(pl.col("actor_start"), 12)
    )
    after = pl.col("text").str.slice(pl.col("actor_end"), SUFFIX_REACH)

    def marked_by(before_key: str, after_key: str) -> pl.Expr:
        before_words = facts.alternation(language, SECTION, before_key)
        after_words = facts.alternation(language, SECTION, after_key)
        marked = pl.lit(False)
        if before_words:
            marked = marked | before.str.contains(f"(?i){facts.WORD_START}{before_words}$")
        if after_words:
            marked = marked | after.str.contains(f"(?i)^{after_words}{facts.WORD_END}")
        return marked

    return places.filter(marked_by("location_before", "location_after")).select(
        "_fact",
        location_name="canonical_name",
        location_id="actor_id",
        location_start=pl.col("actor_start").cast(pl.Int32),
        destination=marked_by("destination_before", "destination_after"),
        _is_country=pl.col("actor_type") == "country",
    )


def _with_participants(triggers: pl.DataFrame, parties: pl.DataFrame, marked_places: pl.DataFrame) -> pl.DataFrame:
    """Add sorted participant_names/participant_ids; keep meetings with at least two parties."""
    in_sentence = triggers.select("_fact", "article_id", "sentence_index").join(parties, on=facts.SENTENCE_KEYS)
    for not_taking_part in (_reporters, _attribution_sources, _quoted_parties):
        in_sentence = in_sentence.join(not_taking_part(triggers, in_sentence), on=["_fact", "actor_start"], how="anti")
    people = in_sentence.filter(pl.col("actor_type") == "person").select("_fact", "canonical_name", "actor_id")
    organisations = in_sentence.filter(pl.col("actor_type").is_in(["organization", "government_body"])).select(
        "_fact", "canonical_name", "actor_id"
    )
    # Where a lone visitor goes is its host, the state of a city it goes to ("to Pyongyang": North
    # Korea); where a meeting takes place ("in Brussels") is not.
    hosts = (
        triggers.filter(pl.col("destination").fill_null(False))
        .join(facts.states_of_actors(), left_on="location_id", right_on="actor_id", how="left")
        .select(
            "_fact",
            canonical_name=pl.coalesce("country_name", "location_name"),
            actor_id=pl.coalesce("country_id", "location_id"),
        )
    )
    previous_people = _previous_people(triggers, parties)
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
    # "This meeting ..." goes on with the event just told: its people, not a host or a body.
    anaphoric = triggers.filter(pl.col("anaphoric")).select("_fact")
    states = _state_subjects(triggers, in_sentence, marked_places).join(
        counts.filter(pl.col("_people") == 0).select("_fact"), on="_fact"
    )
    lonely = counts.filter(pl.col("_people") == 1).select("_fact").join(anaphoric, on="_fact", how="anti")
    # one person at a summit meets no one named before ("Sánchez viajará a Riga para una cumbre",
    # "Modi will attend the BRICS summit"), unless joining the summit just told ("The summit was
    # also attended by Modi")
    lone_at_gathering = (
        counts.filter(pl.col("_people") == 1)
        .join(triggers.filter(pl.col("gathering") & (~pl.col("anaphoric") | pl.col("planned"))), on="_fact")
        .select("_fact")
    )
    unnamed_officials = _states_of_unnamed_officials(triggers, in_sentence.join(lonely, on="_fact"))
    empty_handed = counts.filter(pl.col("_people") < 2).select("_fact")
    chosen = pl.concat(
        [
            people,
            hosts.join(lonely, on="_fact"),
            _counterparts(pl.concat([organisations.join(lonely, on="_fact"), unnamed_officials]), people),
            states,
            # a lone visitor with a host meets the host, not the people of the sentence before
            previous_people.join(empty_handed, on="_fact")
            .join(lone_at_gathering, on="_fact", how="anti")
            .join(states, on="_fact", how="anti")
            .join(hosts.join(lonely, on="_fact"), on="_fact", how="anti"),
            group_people.join(empty_handed, on="_fact").join(states, on="_fact", how="anti"),
        ]
    )
    participants = (
        chosen.unique(["_fact", "canonical_name"])
        .sort("_fact", "canonical_name")
        .group_by("_fact", maintain_order=True)
        .agg(participant_names=pl.col("canonical_name"), participant_ids=pl.col("actor_id"))
        .filter(pl.col("participant_names").list.len() >= 2)
    )
    # A meeting word whose sentence names none of its parties ("Görüşmede ... ele alındı", "Syria
    # was discussed during the conversation") goes on with the people just told.
    borrowed = (
        counts.filter(pl.col("_people") == 0)
        .join(pl.concat([states, group_people, hosts]).select("_fact"), on="_fact", how="anti")
        .select("_fact", _borrowed=pl.lit(True))
    )
    return triggers.join(participants, on="_fact").join(borrowed, on="_fact", how="left").with_columns(
        pl.col("_borrowed").fill_null(False)
    )


def _counterparts(bodies: pl.DataFrame, people: pl.DataFrame) -> pl.DataFrame:
    """The bodies a lone person may meet: not one of the person's own state ("The Kremlin said
    Putin was ready for talks" is no meeting of Putin and the Kremlin)."""
    states = facts.states_of_actors().select("actor_id", "country_id")
    own_states = people.join(states, on="actor_id").select("_fact", "country_id")
    return (
        bodies.join(states, on="actor_id", how="left")
        .join(own_states, on=["_fact", "country_id"], how="anti")
        .select(bodies.columns)
    )


def _reporters(triggers: pl.DataFrame, in_sentence: pl.DataFrame) -> pl.DataFrame:
    """(_fact, actor_start) of the parties who report the meeting: a verb of saying after a comma,
    a few words before them, after the trigger ("Borrell a rencontré les deux dirigeants, a
    indiqué son porte-parole Peter Stano"; "..., said Jane Doe"), or a few words after them
    before a meeting named as known ("Scholz said the talks would continue"). They take no part
    in it."""
    placed = (pl.col("actor_start") > pl.col("trigger_start")) | (
        pl.col("anaphoric") & (pl.col("actor_end") <= pl.col("trigger_start"))
    )
    located = (
        in_sentence.select("_fact", "actor_start", "actor_end")
        .join(triggers.select("_fact", "trigger_start", "anaphoric"), on="_fact")
        .filter(placed)
        .join(triggers.select("_fact", "language", _sentence="text"), on="_fact")
    )

    def of_language(part: pl.DataFrame, language: str) -> pl.DataFrame:
        speech = facts.alternation(language, "statements", "reported")
        if not speech:
            return part.clear()
        # (the regexes read only the rows placed for them: they are dear)
        words = r"(?:[\p{L}'’.-]+\s+){0,3}"
        before_actor = _text_before_party(REPORTER_REACH)
        after = part.filter(pl.col("actor_start") > pl.col("trigger_start")).filter(
            before_actor.str.contains(rf"(?i),\s*(?:{speech})\s+{words}$")
        )
        to_trigger = pl.col("_sentence").str.slice(pl.col("actor_end"), pl.col("trigger_start") - pl.col("actor_end"))
        before = part.filter(pl.col("anaphoric") & (pl.col("actor_end") <= pl.col("trigger_start"))).filter(
            to_trigger.str.contains(rf"(?i)^[\s,]*{words}(?:{speech}){facts.WORD_END}")
        )
        return pl.concat([after, before])

    return facts.per_language(located, of_language, _PARTY_KEYS)


def _text_before_party(reach: int) -> pl.Expr:
    """Up to `reach` characters of the meeting's sentence (`_sentence`) before a party."""
    window_start = (pl.col("actor_start") - reach).clip(lower_bound=0)
    return pl.col("_sentence").str.slice(window_start, pl.col("actor_start") - window_start)


def _attribution_sources(triggers: pl.DataFrame, in_sentence: pl.DataFrame) -> pl.DataFrame:
    """(_fact, actor_start) of the parties an attribution names ("Selon Ankara, la Syrie a été
    abordée lors de cet entretien", "according to the Kremlin"): the source of the report takes
    no part in the meeting."""
    located = in_sentence.select("_fact", "actor_start").join(
        triggers.select("_fact", "language", _sentence="text"), on="_fact"
    )

    def of_language(part: pl.DataFrame, language: str) -> pl.DataFrame:
        attribution = facts.alternation(language, "statements", "reported_after")
        if not attribution:
            return part.clear()
        before_actor = _text_before_party(REPORTER_REACH)
        return part.filter(
            before_actor.str.contains(rf"(?i){facts.WORD_START}(?:{attribution})\s+(?:\p{{L}}{{1,4}}\s+|\p{{L}}['’])?$")
        )

    return facts.per_language(located, of_language, _PARTY_KEYS)


def _quoted_parties(triggers: pl.DataFrame, in_sentence: pl.DataFrame) -> pl.DataFrame:
    """(_fact, actor_start) of the parties named inside a quotation ("“Our commitment to NATO
    is clear”, Robles said during a visit to the base"): the speaker's words, not the meeting's
    parties."""
    located = in_sentence.select("_fact", "actor_start").join(triggers.select("_fact", "language", "text"), on="_fact")
    return facts.per_language(
        located,
        lambda part, language: part.filter(_inside_quotation(language, "actor_start")).select("_fact", "actor_start"),
        _PARTY_KEYS,
    )


def _states_of_unnamed_officials(triggers: pl.DataFrame, in_sentence: pl.DataFrame) -> pl.DataFrame:
    """_fact -> the states named with an official or a counterpart of theirs whom the sentence
    does not name ("met the Kenyan foreign minister", "phoned his Turkish counterpart", "son
    homologue iranien", "İranlı mevkidaşı ile görüştü"): the state meets through them."""
    from extract.actors import state_office_patterns

    states = in_sentence.filter(pl.col("actor_type") == "country").join(
        triggers.select("_fact", "language", _sentence="text"), on="_fact"
    )

    def of_language(part: pl.DataFrame, language: str) -> pl.DataFrame:
        after, before = state_office_patterns(language)
        named = pl.lit(False)
        if after:
            named = named | pl.col("_sentence").str.slice(pl.col("actor_end"), OFFICE_REACH).str.contains(after)
        if before:
            named = named | _text_before_party(OFFICE_REACH).str.contains(before)
        return part.filter(named).select("_fact", "canonical_name", "actor_id")

    schema = pl.Schema({"_fact": pl.UInt32, "canonical_name": pl.String, "actor_id": pl.String})
    return facts.per_language(states, of_language, schema)


def _state_subjects(
    triggers: pl.DataFrame, in_sentence: pl.DataFrame, marked_places: pl.DataFrame
) -> pl.DataFrame:
    """_fact -> the states and organisations named before the trigger of a meeting that names
    no people ("Turkey and Russia held talks", "Moscow and Ankara met"), when there are two or
    more; a city stands for its state, and a place after a location word is no party."""
    told_anew = triggers.filter(~pl.col("anaphoric") & ~pl.col("group_subject")).select("_fact", "trigger_start")
    before = (
        in_sentence.filter(pl.col("actor_type") != "person")
        .join(told_anew, on="_fact")
        .filter(pl.col("actor_end") <= pl.col("trigger_start"))
        .join(marked_places, left_on=["_fact", "actor_start"], right_on=["_fact", "location_start"], how="anti")
        .join(facts.states_of_actors(), on="actor_id", how="left")
    )
    city = pl.col("actor_type") == "place"
    parties = before.select(
        "_fact",
        canonical_name=pl.when(city).then(pl.col("country_name")).otherwise(pl.col("canonical_name")),
        actor_id=pl.when(city).then(pl.col("country_id")).otherwise(pl.col("actor_id")),
    ).drop_nulls("canonical_name").unique(["_fact", "canonical_name"])
    enough = parties.group_by("_fact").agg(_parties=pl.len()).filter(pl.col("_parties") >= 2).select("_fact")
    return parties.join(enough, on="_fact")


def _previous_people(triggers: pl.DataFrame, parties: pl.DataFrame) -> pl.DataFrame:
    """_fact -> the people of the nearest of the PEOPLE_LOOKBACK sentences before the meeting's
    that names any ("They met ...", "This meeting ..." after "A and B announced ...")."""
    earlier = facts.with_sentence_range(
        triggers.select("_fact", "article_id", _own=pl.col("sentence_index")),
        first=pl.col("_own") - PEOPLE_LOOKBACK,
        last=pl.col("_own") - 1,
        name="sentence_index",
    ).join(parties.filter(pl.col("actor_type") == "person"), on=facts.SENTENCE_KEYS)
    nearest = earlier.group_by("_fact").agg(_nearest=pl.col("sentence_index").max())
    return (
        earlier.join(nearest, on="_fact")
        .filter(pl.col("sentence_index") == pl.col("_nearest"))
        .select("_fact", "canonical_name", "actor_id")
    )


def _merge_anaphoric(mentions: pl.DataFrame) -> pl.DataFrame:
    """Fold a mention that names its meeting as known ("the meeting also included ...",
    "das Treffen") into the article's previous meeting: participants joined, the first date kept."""
    # "The talks" after a call are the call: a mention that names its meeting as known and no
    # mode of its own, with no meeting in person before it, takes the mode of the mention before it.
    in_person = pl.col("mode") == "in_person"
    earlier_in_person = in_person.cast(pl.Int32).cum_sum().over("article_id") - in_person.cast(pl.Int32)
    own_date = pl.when(pl.col("date_sentence") == pl.col("sentence_index")).then(pl.col("_date_key"))
    # ... as does a mention whose people all come from the sentences before it, without a date of
    # its own ("Görüşmede ... ele alındı" after a call)
    told_again = pl.col("anaphoric") | pl.col("_borrowed") & own_date.is_null()
    ordered = mentions.sort("article_id", "sentence_index").with_columns(
        mode=pl.when(told_again & in_person & (earlier_in_person == 0))
        .then(pl.coalesce(pl.col("mode").shift(1).over("article_id"), "mode"))
        .otherwise("mode")
    )
    # The previous meeting is the previous one of the same mode ("the meeting" after a call
    # says it was a call); a date of its own that differs from that meeting's makes it another
    # meeting.
    thread = ["article_id", "mode"]
    other_date = own_date.is_not_null() & own_date.ne_missing(pl.col("_date_key").shift(1).over(thread))
    ordered = ordered.with_columns(
        _group=(
            ~told_again | pl.col("separate") | other_date | (pl.int_range(pl.len()).over(thread) == 0)
        )
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
    same or no date, unless it says it is a separate meeting ("earlier in the day", "one-on-one").

    The kept mention has more participants, or as many and a date where the other has none, or
    else comes first in the article. A date borrowed from the sentences before counts as none
    here: the meeting told again ("Fidan and Lavrov met for three hours") is the dated one.
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
    ranked = _with_dates_of_retold(ranked, shared)
    info = ranked.select("_fact", "_size", "_order", "_date_key", "mode", "separate")
    other = info.rename({name: f"{name}_other" for name in info.columns})
    covered = (
        shared.join(info, on="_fact")
        .join(other, on="_fact_other")
        .filter(
            (pl.col("_shared") == pl.col("_size"))
            # a phone call is not the meeting it precedes or follows
            & (pl.col("mode") == pl.col("mode_other"))
            # "Earlier in the day, A and B had met one-on-one": another meeting of fewer people
            & ~pl.col("separate")
            & (
                pl.col("_date_key").is_null()
                | pl.col("_date_key_other").is_null()
                | (pl.col("_date_key") == pl.col("_date_key_other"))
            )
            & (
                (pl.col("_size_other") > pl.col("_size"))
                | (pl.col("_date_key").is_null() & pl.col("_date_key_other").is_not_null())
                # as many participants and the same date, or both undated: the first one is kept
                | pl.col("_date_key").eq_missing(pl.col("_date_key_other"))
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


def _with_dates_of_retold(ranked: pl.DataFrame, shared: pl.DataFrame) -> pl.DataFrame:
    """A mention dated only by the sentences before it ("Fidan and Lavrov met for three hours"
    after a sentence about 2019) takes the date of the meeting of the same people, in the same
    mode, that the article dates in its own sentence, when there is exactly one such date.

    `shared` counts the participants each pair of mentions has in common.
    """
    date_columns = ["meeting_date", "date_end", "date_precision", "date_text", "date_start", "_date_key"]
    own = pl.col("date_sentence") == pl.col("sentence_index")
    borrowed = ranked.filter(~own.fill_null(True) & pl.col("_date_key").is_not_null()).select(
        "_fact", "_size", "mode"
    )
    dated = ranked.filter(own.fill_null(False) & ~pl.col("separate")).select(
        pl.col("_fact").alias("_fact_other"),
        pl.col("_size").alias("_size_other"),
        "mode",
        *[pl.col(name).alias(f"_own_{name}") for name in date_columns],
    )
    candidates = (
        shared.join(borrowed, on="_fact")
        .join(dated, on=["_fact_other", "mode"])
        .filter((pl.col("_shared") == pl.col("_size")) | (pl.col("_shared") == pl.col("_size_other")))
    )
    single = (
        candidates.group_by("_fact")
        .agg(
            pl.col("_own__date_key").n_unique().alias("_dates"),
            *[pl.col(f"_own_{name}").first() for name in date_columns],
        )
        .filter(pl.col("_dates") == 1)
        .drop("_dates")
    )
    retold = ranked.join(single, on="_fact", how="left")
    takes = pl.col("_own__date_key").is_not_null()
    return retold.with_columns(
        pl.when(takes).then(pl.col(f"_own_{name}")).otherwise(pl.col(name)).alias(name)
        for name in date_columns
    ).drop([f"_own_{name}" for name in date_columns])
