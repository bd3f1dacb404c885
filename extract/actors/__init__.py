"""Actors: the gazetteer of canonical actors and their mentions in sentences.

The gazetteer (`load_gazetteer`) has one row per alias and language. Countries and their names
in every lexicon language are generated from CLDR (Babel territories) and pycountry, their
English demonyms from countryinfo (Turkish ones from the name: `[actors] demonym_suffix`), and
every state's bodies of the kinds the lexicons name (`[actors] bodies`, ministries and armed
forces: "gov:pl_foreign_ministry", "Polish Foreign Ministry"); everything else (people,
organisations, seats of power, bodies' own names, other demonyms, places) is curated in
`extract/gazetteer/`:

* `actors.csv`: canonical actors (actor_id, canonical English name, type, country_code, role:
  "capital" for a seat of government, which stands for its state where the text makes it act:
  "Moscow has denied", `[actors] capital_subject`); a row for a country overrides the generated
  canonical name ("Turkey", not "Türkiye").
* `offices.csv`: people's terms of office (actor_id, role as the lexicons name it in English,
  took_office, left_office: the day the successor took over); a person's `role` in the
  gazetteer is the office of their latest term.
* `names.csv`: language-neutral aliases (spellings of people's names), for every language; the
  last word of each name is also the person's surname alias where no other actor has it, and
  kind `surname` adds others: a double surname ("Sheinbaum Pardo"), which no given name opens;
  kind `given_name` marks a surname that is also a given name ("Petro", "Pavel").
* `{lang}.csv`: aliases of one language; kind `adjective` marks demonyms and other inflected
  forms, which take the lexicon's `adjective_suffix` ("nordkoreanisch" + "en"); kind `office`
  marks a state's office named without the state ("Bundeskanzler", "Cumhurbaşkanı"), which is
  resolved as an office and a state are (5. below).

Mentions (`extract_actors`) come from vectorised passes per language:

1. gazetteer aliases, found with Aho-Corasick (`str.find_many`/`str.extract_many`, longest alias
   first), kept when they stand between word boundaries (a case ending of the lexicon may
   follow: "Rusya'nın", "Biden's", "nordkoreanischen"), and a surname alias not when a
   capitalised word before it (or after a `given_name`) makes it part of another person's name
   ("Hunter Biden", "Petro Poroshenko");
2. a state's body named by its kind and the state ("the Polish Foreign Ministry", "Japan's
   defence ministry", "le ministère polonais des Affaires étrangères", "Polonya Dışişleri
   Bakanlığı"): the templates of `[actors] bodies` around the state's mention;
3. people missing from the gazetteer: a capitalised name of 2-4 tokens right after a role noun
   ("Defence Minister Jane Doe") or a person noun ("her Kenyan counterpart Jane Doe": `[actors]
   person_nouns`, no role), right after a speech verb that its speaker may follow ("“...,”
   said Jane Doe": `names_after_speech`), right before a speech verb of the `[statements]`
   lexicon or before a role in apposition ("Jane Doe, the defence minister,"; in German, where
   every noun is capitalised, only before a verb in the singular, and no word may have the
   ending of a noun or adjective: `not_name_endings`); honorifics are stripped;
4. bare surnames of those people later in the same article;
5. a state's body named by its kind alone after a determiner ("the Defence Ministry", "das
   Verteidigungsministerium": `[actors] bodies_alone`), when its state is plain: a place right
   after it ("in Paris"), else the body of that kind the article named last, else the one state
   the article named before it;
6. offices named by their kind alone ("the ministry", "das Bündnis": `[actors].anaphora`), taken
   to be the last actor of that type named before them in the article;
7. an office and a state without a name ("the Russian president", "le président russe", "Rusya
   Devlet Başkanı"): the person the article introduced by them ("Kenyan President Jane Doe"),
   else the gazetteer's person who held that office for that state on the day the article was
   published; the one the article names when several remain, else none; none for a past
   holder ("the former US president": `[actors] former_titles`).

A role noun right before or after a mention (`[actors].roles`, mapped to English) fills `role`.
"""

import polars as pl

from extract.actors.common import mention_text
from extract.actors.gazetteer import actor_table, load_gazetteer, load_offices
from extract.actors.mentions import (
    anaphora,
    bodies_named_alone,
    capitals_as_states,
    gazetteer_mentions,
    later_surnames,
    unknown_people,
    with_state_bodies,
)
from extract.actors.patterns import language_patterns, person_title_patterns, state_office_patterns
from extract.actors.titles import with_roles, with_titles
from extract.lexicon import languages
from extract.schemas import ACTOR_MENTIONS, conform, empty

__all__ = [
    "actor_table",
    "extract_actors",
    "load_gazetteer",
    "load_offices",
    "person_title_patterns",
    "state_office_patterns",
]


def extract_actors(sentences: pl.DataFrame, gazetteer: pl.DataFrame) -> pl.DataFrame:
    """raw.actor_mentions: every actor mention of the sentences, with article offsets."""
    if sentences.height == 0:
        return empty(ACTOR_MENTIONS)
    parts = []
    published = sentences.select("article_id", pl.col("published_date").cast(pl.Date)).unique("article_id")
    # a generated body's name is an English alias only: bodies are looked up in the whole gazetteer
    bodies = gazetteer.filter(pl.col("actor_type") == "government_body").select("actor_id", "canonical_name").unique("actor_id")
    for (language,), part in sentences.partition_by("language", as_dict=True).items():
        if language not in languages():
            continue
        part = part.select(
            "article_id", pl.col("sentence_index").cast(pl.Int32),
            sentence_start=pl.col("char_start").cast(pl.Int32), text=pl.col("text").fill_null(""),
        )
        parts.append(_language_mentions(part, language, gazetteer.filter(pl.col("language") == language), bodies, published))
    if not parts:
        return empty(ACTOR_MENTIONS)
    mentions = pl.concat(parts, how="vertical")
    return conform(mentions.sort("article_id", "char_start"), ACTOR_MENTIONS)


def _language_mentions(
    part: pl.DataFrame, language: str, gazetteer: pl.DataFrame, bodies: pl.DataFrame, published: pl.DataFrame
) -> pl.DataFrame:
    lexicon = language_patterns(language)
    known = capitals_as_states(gazetteer_mentions(part, gazetteer, lexicon), lexicon, gazetteer)
    known = with_state_bodies(known, lexicon, bodies)
    unknown = unknown_people(part, lexicon, known, gazetteer)
    mentions = pl.concat([known, unknown], how="vertical")
    mentions = pl.concat([mentions, later_surnames(part, mentions)], how="vertical")
    mentions = pl.concat([mentions, bodies_named_alone(part, mentions, lexicon, gazetteer, bodies)], how="vertical")
    mentions = pl.concat([mentions, anaphora(part, mentions, lexicon)], how="vertical")
    mentions = with_titles(mentions, lexicon, gazetteer, published)
    mentions = with_roles(mentions, lexicon)
    return mentions.select(
        "article_id", "sentence_index",
        char_start=pl.col("sentence_start") + pl.col("start"),
        char_end=pl.col("sentence_start") + pl.col("end"),
        text=mention_text(),
        actor_id="actor_id", canonical_name="canonical_name", actor_type="actor_type", role="role",
    )
