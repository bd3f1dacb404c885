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
* `names.csv`: language-neutral aliases (spellings of people's names), for every language.
* `{lang}.csv`: aliases of one language; kind `adjective` marks demonyms and other inflected
  forms, which take the lexicon's `adjective_suffix` ("nordkoreanisch" + "en"); kind `office`
  marks a state's office named without the state ("Bundeskanzler", "Cumhurbaşkanı"), which is
  resolved as an office and a state are (5. below).

Mentions (`extract_actors`) come from vectorised passes per language:

1. gazetteer aliases, found with Aho-Corasick (`str.find_many`/`str.extract_many`, longest alias
   first), kept when they stand between word boundaries (a case ending of the lexicon may
   follow: "Rusya'nın", "Biden's", "nordkoreanischen");
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
5. offices named by their kind alone ("the ministry", "das Bündnis": `[actors].anaphora`), taken
   to be the last actor of that type named before them in the article;
6. an office and a state without a name ("the Russian president", "le président russe", "Rusya
   Devlet Başkanı"): the person the article introduced by them ("Kenyan President Jane Doe"),
   else the gazetteer's person who held that office for that state on the day the article was
   published; the one the article names when several remain, else none; none for a past
   holder ("the former US president": `[actors] former_titles`).

A role noun right before or after a mention (`[actors].roles`, mapped to English) fills `role`.
"""

import csv
import re
from functools import cache
from pathlib import Path

import babel
import polars as pl
import pycountry
from countryinfo import CountryInfo

from extract import facts
from extract.lexicon import languages, section
from extract.schemas import ACTOR_MENTIONS, ACTORS, conform, empty

GAZETTEER_DIR = Path(__file__).parent / "gazetteer"
GAZETTEER_SCHEMA = pl.Schema(
    {
        "alias": pl.String,
        "language": pl.String,
        "actor_id": pl.String,
        "canonical_name": pl.String,
        "actor_type": pl.String,
        "country_code": pl.String,
        "role": pl.String,
        "kind": pl.String,
    }
)
# Territories that CLDR names but pycountry does not list as countries.
EXTRA_COUNTRIES = ("XK",)
# Actor types whose English canonical name is also an alias in every language.
UNIVERSAL_TYPES = ("person", "organization")
NOT_LETTER = r"(?:[^\p{L}\p{N}]|$)"
NAME_TOKEN = r"(?:(?:al|el|Al|El)-)?\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*"
# The number of a monarch or pope after the name ("Charles III", "Mohammed VI", "Leo XIV").
REGNAL_NUMBER = r"(?:X{0,2}(?:IX|IV|V?I{1,3}|V)|X{1,2})(?-u:\b)"  # ASCII \b: a Unicode one is slow
WINDOW = 60
NAME_AFTER_TITLE_REACH = 24  # characters from a title to the name it introduces (", Dr. Jane Doe")
SENTENCE_RANK_STEP = 1 << 32  # more than any offset in a sentence


def _read_csv(name: str) -> list[dict[str, str]]:
    with (GAZETTEER_DIR / name).open(encoding="utf-8", newline="") as handle:
        return [{key: (value or None) for key, value in row.items()} for row in csv.DictReader(handle)]


def _clean_territory(name: str) -> str | None:
    """A CLDR territory name usable as an alias ("Myanmar (Burma)" -> "Myanmar"), or None."""
    name = re.sub(r"\s*\(.*?\)", "", name).replace("’", "'").strip()
    if " - " in name or "SAR" in name:
        return None
    return name.replace(" & ", " and ")


def _country_codes() -> list[str]:
    return sorted({country.alpha_2 for country in pycountry.countries} | set(EXTRA_COUNTRIES))


def _english_demonyms() -> dict[str, list[str]]:
    """English demonyms by ISO code, from countryinfo ("Polish", "Kenyan"; "Bosnian,Herzegovinian"
    gives two). A code's most populous entry speaks for it (the UK, not Wales), and a demonym that
    several codes share goes to the most populous ("Chinese": China, not Hong Kong)."""
    entries: dict[str, dict] = {}
    for info in CountryInfo.all().values():
        code = (info.get("ISO") or {}).get("alpha2")
        if code and (code not in entries or (info.get("population") or 0) > (entries[code].get("population") or 0)):
            entries[code] = info
    owners: dict[str, str] = {}
    for code, info in sorted(entries.items(), key=lambda item: item[1].get("population") or 0):
        for demonym in re.split(r"[,/]", info.get("demonym") or ""):
            if demonym.strip():
                owners[demonym.strip()] = code
    by_code: dict[str, list[str]] = {}
    for demonym, code in owners.items():
        by_code.setdefault(code, []).append(demonym)
    return by_code


def _country_rows() -> list[dict[str, str | None]]:
    """One alias row per country and language, from Babel (CLDR) and pycountry; English
    demonyms from countryinfo; regions in one word where the language writes them so."""
    english = babel.Locale("en").territories
    demonyms = _english_demonyms()
    rows, regions = [], []
    for code in _country_codes():
        canonical = _clean_territory(english.get(code, "")) or code
        base = {"actor_id": f"country:{code}", "canonical_name": canonical, "actor_type": "country",
                "country_code": code, "role": None, "kind": "name"}
        if "en" in languages():
            rows += [{**base, "alias": demonym, "language": "en", "kind": "adjective"} for demonym in demonyms.get(code, [])]
        for language in languages():
            names = {babel.Locale(language).territories.get(code, "")}
            if language == "en":
                country = pycountry.countries.get(alpha_2=code)
                if country is not None:
                    names |= {getattr(country, key, "") or "" for key in ("name", "common_name", "official_name")}
            for name in names:
                alias = _clean_territory(name) if name and "," not in name else None
                if alias:
                    rows.append({**base, "alias": alias, "language": language})
                    demonym = _regular_demonym(alias, section(language, "actors").get("demonym_suffix", {}))
                    if demonym:
                        rows.append({**base, "alias": demonym, "language": language, "kind": "adjective"})
                    regions += [
                        {**base, "alias": region, "language": language}
                        for region in _region_compounds(alias, section(language, "actors").get("region_prefixes", []))
                    ]
    # a compound that is another country's name is that country's ("Südsudan" from "Sudan")
    named = {(row["language"], row["alias"]) for row in rows}
    return rows + [row for row in regions if (row["language"], row["alias"]) not in named]


def _region_compounds(name: str, prefixes: list[str]) -> list[str]:
    """A country's regions written as one word with a compass prefix, in a language whose
    lexicon gives them (`[actors] region_prefixes`: "Libanon" -> "Südlibanon"); none for a name
    of several words or an abbreviation."""
    if not prefixes or not name.isalpha() or name.isupper():
        return []
    return [prefix + name[0].lower() + name[1:] for prefix in prefixes]


def _regular_demonym(name: str, suffix_by_vowel: dict[str, str]) -> str | None:
    """A demonym made of a country's name and the suffix its last vowel takes, in a language
    whose lexicon gives them (`[actors] demonym_suffix`: "Kenya" -> "Kenyalı"); none for an
    abbreviation ("ABD")."""
    vowels = [letter for letter in name if letter in suffix_by_vowel]
    if not vowels or name.isupper():
        return None
    return name + suffix_by_vowel[vowels[-1]]


@cache
def _gazetteer() -> pl.DataFrame:
    actors = pl.DataFrame(_read_csv("actors.csv"), schema={
        "actor_id": pl.String, "canonical_name": pl.String, "actor_type": pl.String,
        "country_code": pl.String, "role": pl.String})
    # A person's role is the office of their latest term.
    latest = load_offices().sort("took_office", nulls_last=False).unique("actor_id", keep="last")
    actors = actors.join(latest.select("actor_id", _office="role"), on="actor_id", how="left").with_columns(
        role=pl.coalesce("_office", "role")
    ).drop("_office")
    alias_rows = [
        pl.DataFrame(_read_csv(f"{language}.csv"), schema={"alias": pl.String, "actor_id": pl.String, "kind": pl.String})
        .with_columns(language=pl.lit(language))
        for language in languages()
        if (GAZETTEER_DIR / f"{language}.csv").exists()
    ]
    # Generated aliases give way to curated ones (a curated demonym names its country).
    countries = pl.DataFrame(_country_rows(), schema=GAZETTEER_SCHEMA).join(
        pl.concat(alias_rows).select("language", "alias"), on=["language", "alias"], how="anti"
    )
    # Curated rows override the generated canonical name of a country (and of a state's body).
    countries = countries.join(
        actors.select("actor_id", _name="canonical_name"), on="actor_id", how="left"
    ).with_columns(canonical_name=pl.coalesce("_name", "canonical_name")).drop("_name")
    bodies = _state_bodies(countries, alias_rows).join(actors, on="actor_id", how="anti")
    langs = pl.DataFrame({"language": list(languages())})
    own_names = actors.with_columns(alias=pl.col("canonical_name"), kind=pl.lit("name")).join(langs, how="cross")
    own_names = own_names.filter(
        pl.col("actor_type").is_in(UNIVERSAL_TYPES) | (pl.col("language") == "en")
    )
    neutral = pl.DataFrame(_read_csv("names.csv"), schema={"alias": pl.String, "actor_id": pl.String, "kind": pl.String}).join(langs, how="cross")
    catalogue = pl.concat(
        [countries.select("actor_id", "canonical_name", "actor_type", "country_code", "role").unique("actor_id"), bodies, actors],
        how="vertical",
    ).unique("actor_id", keep="last", maintain_order=True)
    curated = pl.concat([*alias_rows, neutral], how="diagonal").join(catalogue, on="actor_id", how="inner")
    rows = pl.concat([own_names, curated, countries], how="diagonal").select(GAZETTEER_SCHEMA.names())
    # A generated body's row names it in no language: the lexicons' templates find it in every
    # language and form (`_with_state_bodies`), so its name is no alias to search for.
    body_names = bodies.with_columns(alias=pl.col("canonical_name"), language=pl.lit(None, pl.String), kind=pl.lit("name"))
    rows = pl.concat(
        [rows, _surname_rows(rows), _lowercase_office_rows(rows), body_names.select(GAZETTEER_SCHEMA.names())], how="vertical"
    )
    # Lowercase aliases ("nord-coréen", "mer Noire") also start sentences capitalised.
    capitalised = rows.filter(pl.col("alias").str.contains(r"^\p{Ll}")).with_columns(
        alias=pl.col("alias").str.slice(0, 1).str.to_uppercase() + pl.col("alias").str.slice(1)
    )
    kind_rank = pl.col("kind").replace_strict({"name": 0, "adjective": 1, "surname": 2}, default=3)
    return (
        pl.concat([rows, capitalised], how="vertical")
        .filter(pl.col("alias").str.len_chars() >= 2)
        .sort(kind_rank, "actor_id")
        .unique(["language", "alias"], keep="first", maintain_order=True)
        .sort("language", "alias")
    )


def _body_id(country_code: pl.Expr, kind: pl.Expr) -> pl.Expr:
    """The actor_id of a state's body of a kind ("gov:pl_foreign_ministry")."""
    return pl.lit("gov:") + country_code.str.to_lowercase() + pl.lit("_") + kind.str.to_lowercase().str.replace_all(" ", "_")


def _body_kinds() -> list[str]:
    """The kinds of state body the lexicons name (`[actors] bodies`), in English."""
    return sorted({kind for language in languages() for kind in section(language, "actors").get("bodies", {})})


def _state_bodies(countries: pl.DataFrame, alias_rows: list[pl.DataFrame]) -> pl.DataFrame:
    """A body of every kind for every state (rows as in actors.csv): named by the state's first
    English demonym, curated before generated ("Polish Foreign Ministry"), else by its name
    ("Republic of the Congo Foreign Ministry": "Congolese" is the other Congo's)."""
    curated = pl.concat(alias_rows).filter((pl.col("language") == "en") & (pl.col("kind") == "adjective"))
    demonyms = pl.concat([
        curated.select("actor_id", _demonym="alias"),
        countries.filter((pl.col("language") == "en") & (pl.col("kind") == "adjective")).select("actor_id", _demonym="alias"),
    ]).unique("actor_id", keep="first", maintain_order=True)
    states = countries.unique("actor_id", keep="first", maintain_order=True).join(demonyms, on="actor_id", how="left")
    return pl.concat([
        states.select(
            actor_id=_body_id(pl.col("country_code"), pl.lit(kind)),
            canonical_name=pl.coalesce("_demonym", "canonical_name") + pl.lit(f" {kind}"),
            actor_type=pl.lit("government_body"),
            country_code="country_code",
            role=pl.lit(None, pl.String),
        )
        for kind in _body_kinds()
    ])


def _lowercase_office_rows(rows: pl.DataFrame) -> pl.DataFrame:
    """Government bodies as running text writes them: "the Turkish defence ministry" for
    "Turkish Defence Ministry" (every word after the first in lowercase)."""
    offices = rows.filter(
        (pl.col("actor_type") == "government_body") & (pl.col("kind") == "name") & pl.col("alias").str.contains(r"\s")
    )
    first = pl.col("alias").str.extract(r"^(\S+\s)", 1)
    return (
        offices.with_columns(alias=first + pl.col("alias").str.slice(first.str.len_chars()).str.to_lowercase())
        .filter(pl.col("alias").str.contains(r"\s\p{Ll}"))
        .select(GAZETTEER_SCHEMA.names())
    )


def _surname_rows(rows: pl.DataFrame) -> pl.DataFrame:
    """Surname aliases of gazetteer people, where the surname is unambiguous in the language."""
    people = rows.filter((pl.col("actor_type") == "person") & (pl.col("kind") == "name"))
    surnames = people.with_columns(
        alias=pl.col("alias").str.extract(r"(\p{Lu}[\p{L}'’-]+)$"), kind=pl.lit("surname")
    ).filter(pl.col("alias").str.len_chars() >= 4)
    taken = rows.filter(pl.col("actor_type") != "person").select("language", "alias")
    return (
        surnames.unique(["language", "alias", "actor_id"])
        .filter(pl.col("actor_id").n_unique().over("language", "alias") == 1)
        .join(taken, on=["language", "alias"], how="anti")
        .select(GAZETTEER_SCHEMA.names())
    )


@cache
def load_offices() -> pl.DataFrame:
    """One row per term of office: actor_id, role (in English), took_office, left_office (the
    day the successor took over; null when the term goes on or its end is not curated)."""
    return pl.DataFrame(_read_csv("offices.csv"), schema={
        "actor_id": pl.String, "role": pl.String, "took_office": pl.String, "left_office": pl.String,
    }).with_columns(pl.col("took_office", "left_office").str.to_date("%Y-%m-%d"))


def load_gazetteer() -> pl.DataFrame:
    """One row per alias and language: alias, language, actor_id, canonical_name, actor_type,
    country_code, role (the person's office, in English) and kind (name, adjective, surname,
    office); a state's generated body has one row without a language (found by the lexicons'
    templates, not by an alias)."""
    return _gazetteer()


def actor_table(gazetteer: pl.DataFrame) -> pl.DataFrame:
    """One row per canonical actor (raw.actors / dim_actors)."""
    return conform(gazetteer.unique("actor_id", keep="first").sort("actor_id"), ACTORS)


# --- lexicon regexes -------------------------------------------------------------------------


def _alternation(fragments) -> str:
    fragments = sorted(fragments, key=len, reverse=True)
    return "(?:" + "|".join(f"(?:{fragment})" for fragment in fragments) + ")" if fragments else "(?!)"


def _roles_by_fragment(roles: dict[str, list[str]]) -> dict[str, list[str]]:
    """Each role fragment with the English roles it is listed under (in the lexicon's order),
    the most specific fragment first: those that do not open with a wildcard, then the longest
    ("ministerpräsident" before "[\\p{L}-]*präsident")."""
    by_fragment: dict[str, list[str]] = {}
    for english, fragments in roles.items():
        for fragment in fragments:
            by_fragment.setdefault(fragment, []).append(english)
    return dict(sorted(by_fragment.items(), key=lambda item: (item[0].startswith("["), -len(item[0]))))


@cache
def _lexicon(language: str) -> dict:
    actors = section(language, "actors")
    roles: dict[str, list[str]] = actors.get("roles", {})
    role = "(?i:" + _alternation([fragment for fragments in roles.values() for fragment in fragments]) + ")"
    roles_by_fragment = _roles_by_fragment(roles)
    honorific = "(?i:" + _alternation(actors.get("honorifics", [])) + ")"
    # a person's name right after a title: two capitalised words ("..., Jane Doe")
    name_next = rf"[\s,]+(?:{honorific}\s+)?\p{{Lu}}\p{{Ll}}+\s+\p{{Lu}}"
    particle = _alternation(actors.get("particles", []))
    qualifier = actors.get("role_qualifier", "")
    name = rf"{NAME_TOKEN}(?:(?:\s+(?:\p{{Lu}}\.\s+)?(?:{particle}\s+)?{NAME_TOKEN}){{1,3}}|\s+{REGNAL_NUMBER})"
    not_names = actors.get("not_name_words", [])
    verbs = section(language, "statements").get("reported", [])
    # Each person pattern with the head its matches start with: a cheap regex that finds where
    # to try the pattern, anchored (an unanchored search with the role qualifier is slow).
    patterns = [(role, rf"{role}{qualifier}[\s,]+(?:{honorific}\s+)?({name})")]
    if actors.get("person_nouns"):
        # an adjective may follow the noun ("son homologue kényan Jean Dupont")
        noun = f"(?i:{_alternation(actors['person_nouns'])})"
        patterns.append((noun, rf"{noun}(?:\s+\p{{Ll}}[\p{{L}}-]*)?[\s,]+(?:{honorific}\s+)?({name})"))
    # true: before any reporting verb; a list: before these verbs only (German: singular forms)
    before_speech_verbs = actors.get("names_before_speech", True)
    before_speech_verbs = verbs if before_speech_verbs is True else before_speech_verbs or []
    if before_speech_verbs:
        speech = rf"\s*,?\s+(?i:{_alternation(before_speech_verbs)})(?:[^\p{{L}}]|$)"
        before_speech = rf"(?:^|[^\p{{L}}\p{{N}}])(?:{honorific}\s+)?({name}){speech}"
        patterns.append((before_speech, before_speech))
        # a name with a role in apposition ("Jane Doe, the defence minister, said")
        apposition = rf"(?:^|[^\p{{L}}\p{{N}}])(?:{honorific}\s+)?({name})\s*,\s*(?:[\p{{L}}'’.-]+\s+){{0,3}}?{role}{qualifier}\s*,"
        patterns.append((apposition, apposition))
    if actors.get("names_after_speech"):
        # a name right after a speech verb ("“...,” said Jane Doe", "sagte Jana Novak am Montag")
        speech = f"(?i:{_alternation(actors['names_after_speech'])})"
        patterns.append((speech, rf"{speech}\s+(?:{honorific}\s+)?({name})(?:[^\p{{L}}]|$)"))
    # Words that start a capitalised run but are no name: "The", "Monday", and role nouns
    # ("Defence Minister Jane Doe said": the name is "Jane Doe").
    leading_not_names = [rf"(?:{_alternation(not_names)})\s+"] if not_names else []
    if not_names and roles:
        leading_not_names.append(rf"{role}\s+")
    # What makes a capital stand for its state's government: a verb after it ("Moscow has denied")
    # or an attribution before it ("according to Moscow") or around it ("Moskova'ya göre").
    acting = [*actors.get("capital_subject", []), *verbs, *section(language, "deployments").get("verb", [])]
    attributions = section(language, "statements").get("reported_after", [])
    # ... unless a preposition makes it a place ("in Kiew eingetroffen")
    place_words = [
        *section(language, "statements").get("place_before", []),
        *section(language, "meetings").get("location_before", []),
        *section(language, "deployments").get("destination_before", []),
    ]
    # ... unless officials are named there ("officials in Kyiv said")
    officials = section(language, "statements").get("official_nouns", [])
    body_regexes = _state_body_templates(actors.get("bodies", {}), actors)
    return {
        **body_regexes,
        "capital_placed": rf"(?i)(?:^|[^\p{{L}}]){_alternation(place_words)}\s*$" if place_words else None,
        "capital_officials": (
            rf"(?i)(?:^|[^\p{{L}}]){_alternation(officials)}\s+{_alternation(place_words)}\s*$"
            if officials and place_words
            else None
        ),
        "capital_acting_after": rf"(?i)^\s+{_alternation(acting)}(?:[^\p{{L}}]|$)" if acting else None,
        "capital_attributed": rf"(?i)(?:^|[^\p{{L}}]){_alternation(attributions)}\s+$" if attributions else None,
        "capital_in_attribution": rf"(?i)^{_alternation(attributions)}(?:[^\p{{L}}]|$)" if attributions else None,
        "roles": {english: f"(?i)^{_alternation(fragments)}$" for english, fragments in roles.items()},
        # a fragment names its first role ...
        "role_fragments": {fragment: names[0] for fragment, names in roles_by_fragment.items()},
        # ... and any of its roles where it names several (Spanish "canciller": chancellor or
        # foreign minister): the roles joined by "|", by the fragment as a whole-phrase regex
        "role_homonyms": {
            f"(?i){fragment}": "|".join(names) for fragment, names in roles_by_fragment.items() if len(names) > 1
        },
        "role_before": rf"(?i)({role}){qualifier}[\s,]*(?:{honorific}\s*)?$" if roles else None,
        # The text between a body or state and the person it gives a title ("NATO| Secretary
        # General |Ana Ruiz", "IDF| spokesperson Rear Adm. |Dan Levi").
        "title_gap": (
            rf"(?i)^(?:-|{actors.get('country_then_role', '')}\s*)({role}){qualifier}\s*(?:{honorific}\s*)?$"
            if roles
            else None
        ),
        "role_after": rf"(?i)^\s*,\s*(?:[\p{{L}}'’.-]+\s+){{0,3}}?({role})(?:[^\p{{L}}]|$)" if roles else None,
        "person_patterns": patterns,
        "leading_not_names": rf"^(?:{'|'.join(leading_not_names)})+" if leading_not_names else None,
        "trailing_not_names": rf"(?:\s+(?:{_alternation(not_names)}))+$" if not_names else None,
        "organisation_words": (
            rf"(?:^|\s)(?:{_alternation(actors['organisation_words'])})(?:\s|$)" if actors.get("organisation_words") else None
        ),
        # a word with one of these endings is a noun or adjective, so the run is no name
        "not_name_endings": (
            rf"(?:{_alternation(actors['not_name_endings'])})(?:\s|$)" if actors.get("not_name_endings") else None
        ),
        "name_after": rf"^(?:{actors.get('name_suffix', '')}){NOT_LETTER}",
        # group 1: the ending of an adjective alias ("ruso" after "rus")
        "adjective_after": rf"^({actors.get('adjective_suffix', '')}){NOT_LETTER}",
        # Groups: 1 the title's extent next to the country, 2 the role, 3 (after) a name following.
        "title_after_country": (
            rf"(?i)^({actors['country_then_role']}({role}))((?-i:{name_next}))?"
            if roles and "country_then_role" in actors
            else None
        ),
        "title_before_country": (
            rf"(?i)(({role}){actors['role_then_country']})$" if roles and "role_then_country" in actors else None
        ),
        # words that make such a title a past holder's ("the former US president")
        "former_before": (
            rf"(?i)(?:^|[^\p{{L}}]){_alternation(actors['former_titles'])}\s*$" if actors.get("former_titles") else None
        ),
        # a name right after an office named without its state ("Bundeskanzler Jana Novak", "Cumhurbaşkanı Erdoğan")
        "name_after_office": (
            rf"^(?:\s+(?:{honorific}\s+)?\p{{Lu}}\p{{Ll}}|\s*,\s*(?:{honorific}\s+)?\p{{Lu}}\p{{Ll}}+\s+\p{{Lu}})"
        ),
        # a name right after the state that ends such a title ("le chancelier allemand Jean Dupont")
        "name_after_title": rf"^(?:{actors.get('adjective_suffix', '')}){name_next}",
        # One regex for every kind of anaphor; `anaphora_types` tells the kind of a match.
        "anaphora": (
            rf"(?i)(?:^|[^\p{{L}}\p{{N}}])({_alternation([f for fs in actors.get('anaphora', {}).values() for f in fs])})"
            if any(actors.get("anaphora", {}).values())
            else None
        ),
        "anaphora_types": {
            _alternation(fragments): actor_type for actor_type, fragments in actors.get("anaphora", {}).items() if fragments
        },
    }


def _state_body_templates(bodies: dict[str, list[str]], actors: dict) -> dict:
    """Regexes for a state's body around the state's mention (`[actors] bodies`: templates
    with `{state}` where the state's name or demonym stands): `body_before` and `body_after`
    match the templates' parts before and after it, one named group per distinct part (b0,
    b1, ...; a0, ...; `after` the whole text after the state, its ending included), and
    `body_templates` gives each template's kind and groups, in the lexicon's order."""
    befores: list[str] = []
    afters: list[str] = []
    templates = []
    for kind, forms in bodies.items():
        for form in forms:
            before, after = form.split("{state}")
            for part, parts in ((before, befores), (after, afters)):
                if part and part not in parts:
                    parts.append(part)
            templates.append((kind, f"b{befores.index(before)}" if before else None, f"a{afters.index(after)}" if after else None))
    ending = f"(?:{actors.get('adjective_suffix', '')}|{actors.get('name_suffix', '')})"
    groups = [f"(?P<{name}{index}>{part})" for name, parts in (("b", befores), ("a", afters)) for index, part in enumerate(parts)]
    return {
        "body_before": rf"(?i)(?:^|[^\p{{L}}\p{{N}}])(?:{'|'.join(groups[:len(befores)])})$" if befores else None,
        "body_after": rf"(?i)^(?P<after>{ending}(?:{'|'.join(groups[len(befores):])}))" if afters else None,
        "body_templates": templates,
    }


# --- extraction --------------------------------------------------------------------------------

SENTENCE_COLUMNS = ["article_id", "sentence_index", "sentence_start", "text"]
SENTENCE_KEYS_AND_START = ["article_id", "sentence_index", "start"]


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


MENTION_SCHEMA = {
    "article_id": pl.String, "sentence_index": pl.Int32, "sentence_start": pl.Int32, "text": pl.String,
    "start": pl.Int32, "end": pl.Int32, "actor_id": pl.String, "canonical_name": pl.String,
    "actor_type": pl.String, "role": pl.String,
}


def _language_mentions(
    part: pl.DataFrame, language: str, gazetteer: pl.DataFrame, bodies: pl.DataFrame, published: pl.DataFrame
) -> pl.DataFrame:
    lexicon = _lexicon(language)
    known = _capitals_as_states(_gazetteer_mentions(part, gazetteer, lexicon), lexicon, gazetteer)
    known = _with_state_bodies(known, lexicon, bodies)
    unknown = _unknown_people(part, lexicon, known, gazetteer)
    mentions = pl.concat([known, unknown], how="vertical")
    mentions = pl.concat([mentions, _later_surnames(part, mentions)], how="vertical")
    mentions = pl.concat([mentions, _anaphora(part, mentions, lexicon)], how="vertical")
    mentions = _with_titles(mentions, lexicon, gazetteer, published)
    mentions = _with_roles(mentions, lexicon)
    return mentions.select(
        "article_id", "sentence_index",
        char_start=pl.col("sentence_start") + pl.col("start"),
        char_end=pl.col("sentence_start") + pl.col("end"),
        text=_mention_text(),
        actor_id="actor_id", canonical_name="canonical_name", actor_type="actor_type", role="role",
    )


def _gazetteer_mentions(part: pl.DataFrame, gazetteer: pl.DataFrame, lexicon: dict) -> pl.DataFrame:
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
    return hits.filter(bounded & ends).with_columns(role=pl.lit(None, pl.String)).select(
        [pl.col(name).cast(dtype) for name, dtype in MENTION_SCHEMA.items()]
    )


def _capitals_as_states(mentions: pl.DataFrame, lexicon: dict, gazetteer: pl.DataFrame) -> pl.DataFrame:
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
    before = _text_before("start")
    after = _text_after("end")
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


def _with_state_bodies(mentions: pl.DataFrame, lexicon: dict, bodies: pl.DataFrame) -> pl.DataFrame:
    """A state's body named by its kind and the state ("the Polish Foreign Ministry", "Japan's
    defence ministry", "le ministère polonais des Affaires étrangères", "Polonya Dışişleri
    Bakanlığı"; `[actors] bodies`): its mention replaces the state's and any other inside it
    (an office's alias: "Dışişleri Bakanlığı" alone is the Turkish ministry)."""
    if not lexicon["body_templates"]:
        return mentions
    countries = mentions.filter(pl.col("actor_type") == "country")
    no_match = pl.lit(None, pl.Struct({"none": pl.String}))
    countries = countries.with_columns(
        _before=_text_before("start").str.extract_groups(lexicon["body_before"]) if lexicon["body_before"] else no_match,
        _after=_text_after("end").str.extract_groups(lexicon["body_after"]) if lexicon["body_after"] else no_match,
    )
    # a state last in the body's name keeps its ending ("Ministerio de Defensa ruso")
    ending = _text_after("end").str.extract(lexicon["adjective_after"], 1).str.len_chars().fill_null(0)
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
            actor_id=_body_id(_state_code(), pl.col("_kind")),
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


def _unknown_people(part: pl.DataFrame, lexicon: dict, known: pl.DataFrame, gazetteer: pl.DataFrame) -> pl.DataFrame:
    """People named next to a role noun or before a speech verb, who are not in the gazetteer
    (organisations, when an organisation's word is part of the name)."""
    found = [_person_matches(part, head, pattern) for head, pattern in lexicon["person_patterns"]]
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
        # joins keep no row order: of names starting at one place, keep the longest
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


def _person_matches(part: pl.DataFrame, head: str, pattern: str) -> pl.DataFrame:
    """The names `pattern` captures in the sentences (`start` in the sentence, `_name`).

    The pattern is tried, anchored, where its `head` matches in the sentences that contain it;
    of overlapping matches the first is kept, as a left-to-right search would.
    """
    # Groups: 1 the whole match, 2 the match up to the name, 3 the name.
    anchored = f"^({_with_marked_name(pattern)})"
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


def _later_surnames(part: pl.DataFrame, mentions: pl.DataFrame) -> pl.DataFrame:
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


def _anaphora(part: pl.DataFrame, mentions: pl.DataFrame, lexicon: dict) -> pl.DataFrame:
    """Offices named by their kind alone ("the ministry said", "das Bündnis"): the last actor of
    that type named before them in the article, when there is one."""
    if lexicon["anaphora"] is None:
        return pl.DataFrame(schema=MENTION_SCHEMA)
    hits = _find_all(part, lexicon["anaphora"]).with_columns(
        actor_type=facts.regex_lookup(
            _mention_text(),
            lexicon["anaphora_types"],
            flags="(?i)",
        ).cast(pl.String),
        _at=pl.col("sentence_start") + pl.col("start"),
    )
    named = mentions.filter(pl.col("actor_id").is_not_null()).select(
        "article_id", "actor_type", "actor_id", "canonical_name", _at=pl.col("sentence_start") + pl.col("start")
    )
    taken = mentions.select("article_id", "sentence_index", _s="start", _e="end")
    overlapping = hits.join(taken, on=["article_id", "sentence_index"]).filter(
        (pl.col("_s") < pl.col("end")) & (pl.col("_e") > pl.col("start"))
    ).select("article_id", "sentence_index", "start")
    resolved = (
        hits.join(overlapping, on=["article_id", "sentence_index", "start"], how="anti")
        .sort("_at")
        .join_asof(named.sort("_at"), on="_at", by=["article_id", "actor_type"], strategy="backward",
                   allow_exact_matches=False, check_sortedness=False)
        .drop_nulls("actor_id")
    )
    return resolved.with_columns(role=pl.lit(None, pl.String)).select(
        [pl.col(name).cast(dtype) for name, dtype in MENTION_SCHEMA.items()]
    )


def _with_titles(
    mentions: pl.DataFrame, lexicon: dict, gazetteer: pl.DataFrame, published: pl.DataFrame
) -> pl.DataFrame:
    """People named by office and state only ("the Russian President said", "le président
    russe", "Rusya Devlet Başkanı"): the person the article introduced by that office and state
    ("Kenyan President Jane Doe ... the Kenyan president"), else the gazetteer's holder of that
    office for that state, in office on the article's publication day (`published`: article_id,
    published_date).

    When several holders remain (terms not curated, or no publication date), the one the
    article names elsewhere is taken; without one, the title stays the country's mention, as
    does a past holder's title ("the former US president").
    """
    if lexicon["title_after_country"] is None and lexicon["title_before_country"] is None:
        return mentions
    countries = mentions.filter(pl.col("actor_type") == "country").with_row_index("_mention").with_columns(
        country_code=_state_code()
    )
    after = _text_after("end")
    before = _text_before("start")
    found = []
    group = pl.col("_groups").struct.field
    # `_named`: a name follows the title ("Kenyan President Jane Doe"), which introduces it
    if lexicon["title_after_country"]:
        found.append(
            countries.with_columns(_groups=after.str.extract_groups(lexicon["title_after_country"]))
            .filter(group("2").is_not_null())
            .with_columns(
                _phrase=group("2"), _named=group("3").is_not_null(),
                _start=pl.col("start"), _end=pl.col("end") + group("1").str.len_chars(),
            )
            .drop("_groups")
        )
    if lexicon["title_before_country"]:
        found.append(
            countries.with_columns(_groups=before.str.extract_groups(lexicon["title_before_country"]))
            .filter(group("2").is_not_null())
            .with_columns(
                _phrase=group("2"),
                _named=after.str.contains(lexicon["name_after_title"]),
                _start=pl.col("start") - group("1").str.len_chars(),
                _end=pl.col("end") + after.str.extract(lexicon["adjective_after"], 1).str.len_chars().fill_null(0),
            )
            .drop("_groups")
        )
    found = pl.concat([frame.with_columns(pl.col("_start", "_end").cast(pl.Int32)) for frame in found])
    # a past holder introduced ("the former Kenyan president Jane Doe") is not the holder
    introduced = _introduced_holders(_without_former_holders(found.filter("_named"), lexicon), mentions, lexicon)
    titles = found.filter(~pl.col("_named")).drop("_named").unique("_mention", keep="first")
    offices, parts = _office_titles(countries, titles, lexicon, gazetteer)
    titles = pl.concat([titles, offices], how="diagonal_relaxed")
    titles = titles.with_columns(_role=_english_role(pl.col("_phrase"), lexicon)).filter(pl.col("_role").is_not_null())
    if lexicon["role_homonyms"]:
        # a title that names several offices is any of them (one holder in office, or none)
        homonym = facts.regex_lookup(pl.col("_phrase"), lexicon["role_homonyms"])
        titles = titles.with_columns(_role=pl.coalesce(homonym, "_role").str.split("|")).explode("_role")
    # a past holder ("the former US president", "l'ancien président américain") is not resolved
    titles = _without_former_holders(titles, lexicon)
    # the holder the article introduces by that title ("Kenyan President Jane Doe") comes first
    holder_columns = [*SENTENCE_COLUMNS, "_mention", "_start", "_end", "_role", "_holder", "_holder_name"]
    in_article = (
        titles.join(introduced, on=["article_id", "country_code", "_role"])
        .filter(pl.col("_holder_name").n_unique().over("_mention") == 1)
        .unique("_mention", keep="first", maintain_order=True)
        .select(holder_columns)
    )
    candidates = (
        titles.join(in_article, on="_mention", how="anti")
        .join(_office_holders(gazetteer), on=["country_code", "_role"])
        .join(published, on="article_id", how="left")
        .filter(_in_office(pl.col("published_date")))
        .join(_named_people(mentions), on=["article_id", "_holder"], how="left")
        .with_columns(_named=pl.col("_named").fill_null(False), _options=pl.col("_holder").n_unique().over("_mention"))
        .filter(pl.col("_named") | (pl.col("_options") == 1))
        .sort("_mention", "_named", "_holder", descending=[False, True, False])
        .unique("_mention", keep="first", maintain_order=True)
        .select(holder_columns)
    )
    resolved = pl.concat([in_article, candidates]).select(
        "_mention", "article_id", "sentence_index", "sentence_start", "text",
        start=pl.col("_start").cast(pl.Int32), end=pl.col("_end").cast(pl.Int32),
        actor_id="_holder", canonical_name="_holder_name", actor_type=pl.lit("person"), role="_role",
    )
    resolved_countries = countries.join(resolved.select("_mention"), on="_mention")
    replaced = pl.concat([frame.select(SENTENCE_KEYS_AND_START) for frame in (resolved_countries, parts)])
    others = mentions.join(replaced, on=SENTENCE_KEYS_AND_START, how="anti")
    return pl.concat([others, resolved.drop("_mention").select(others.columns)], how="vertical")


def _state_code() -> pl.Expr:
    """The ISO code of a state's mention ("country:PL" -> "PL")."""
    return pl.col("actor_id").str.strip_prefix("country:")


def _without_former_holders(titles: pl.DataFrame, lexicon: dict) -> pl.DataFrame:
    """The titles that no word of a past holder precedes ("the former", "l'ancien", `former_titles`)."""
    if not lexicon["former_before"]:
        return titles
    return titles.filter(~_text_before("_start").str.contains(lexicon["former_before"]))


def _introduced_holders(named_titles: pl.DataFrame, mentions: pl.DataFrame, lexicon: dict) -> pl.DataFrame:
    """The people an article introduces by office and state ("Kenyan President Jane Doe", "le
    président kényan, Jean Dupont"): article_id, country_code, _role, _holder, _holder_name (the
    person mention that starts right after the title)."""
    people = mentions.filter(pl.col("actor_type") == "person").select(
        "article_id", "sentence_index", _holder="actor_id", _holder_name="canonical_name", _name_start="start"
    )
    return (
        named_titles.join(people, on=["article_id", "sentence_index"])
        .filter(pl.col("_name_start").is_between(pl.col("_end"), pl.col("_end") + NAME_AFTER_TITLE_REACH))
        .with_columns(_role=_english_role(pl.col("_phrase"), lexicon))
        .select("article_id", "country_code", "_role", "_holder", "_holder_name")
        .unique()
    )


def _office_titles(
    countries: pl.DataFrame, titles: pl.DataFrame, lexicon: dict, gazetteer: pl.DataFrame
) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Offices named without their state (aliases of kind office: "Bundeskanzler",
    "Cumhurbaşkanı"), as titles; and those that are part of another title or of a name
    ("Azerbaycan Cumhurbaşkanı", "Bundeskanzler Olaf Scholz"), which are no mention at all."""
    office_aliases = gazetteer.filter(pl.col("kind") == "office").select(_phrase="alias")
    offices = countries.with_columns(
        _phrase=_mention_text()
    ).join(office_aliases, on="_phrase", how="semi")
    spans = titles.select("article_id", "sentence_index", "_start", "_end")
    covered = offices.join(spans, on=["article_id", "sentence_index"]).filter(
        (pl.col("_start") <= pl.col("start")) & (pl.col("end") <= pl.col("_end"))
    )
    named = offices.filter(_text_after("end").str.contains(lexicon["name_after_office"]))
    parts = pl.concat([covered.select(offices.columns), named])
    own = offices.join(parts, on="_mention", how="anti").with_columns(_start=pl.col("start"), _end=pl.col("end"))
    return own, parts


def _office_holders(gazetteer: pl.DataFrame) -> pl.DataFrame:
    """Terms of office of the gazetteer's people: _holder, _holder_name, _role, country_code,
    took_office, left_office."""
    people = gazetteer.filter(pl.col("actor_type") == "person").unique("actor_id").select(
        _holder="actor_id", _holder_name="canonical_name", country_code="country_code"
    )
    return load_offices().rename({"actor_id": "_holder", "role": "_role"}).join(people, on="_holder")


def _in_office(day: pl.Expr) -> pl.Expr:
    """Whether a term covers `day` (a null day or a null bound leaves the term open)."""
    return day.is_null() | (
        (pl.col("took_office").is_null() | (pl.col("took_office") <= day))
        & (pl.col("left_office").is_null() | (day < pl.col("left_office")))
    )


def _named_people(mentions: pl.DataFrame) -> pl.DataFrame:
    """The gazetteer people each article names (article_id, _holder, _named)."""
    return (
        mentions.filter(pl.col("actor_type") == "person")
        .select("article_id", _holder="actor_id", _named=pl.lit(True))
        .unique()
    )


def _text_before(start: str) -> pl.Expr:
    """Up to WINDOW characters of the sentence before the offset in column `start`."""
    return pl.col("text").str.slice(pl.max_horizontal(pl.col(start) - WINDOW, 0), pl.min_horizontal(pl.col(start), WINDOW))


def _text_after(end: str) -> pl.Expr:
    """Up to WINDOW characters of the sentence after the offset in column `end`."""
    return pl.col("text").str.slice(pl.col(end), WINDOW)


def _mention_text() -> pl.Expr:
    """The words of a mention: the sentence between `start` and `end`."""
    return pl.col("text").str.slice(pl.col("start"), pl.col("end") - pl.col("start"))


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


def _with_roles(mentions: pl.DataFrame, lexicon: dict) -> pl.DataFrame:
    """Fill `role` (in English) from a role noun right before or after a person's mention."""
    if not lexicon["roles"]:
        return mentions
    before = _text_before("start")
    after = _text_after("end")
    phrase = pl.coalesce(before.str.extract(lexicon["role_before"], 1), after.str.extract(lexicon["role_after"], 1))
    mentions = mentions.with_columns(_phrase=pl.when(pl.col("actor_type") == "person").then(phrase))
    # the role of each distinct phrase (few: one regex with a group per role fragment is dear per row)
    phrases = mentions.select(pl.col("_phrase").drop_nulls().unique())
    phrases = phrases.with_columns(_english=_english_role(pl.col("_phrase"), lexicon))
    return (
        mentions.join(phrases, on="_phrase", how="left", maintain_order="left")
        .with_columns(role=pl.coalesce("role", "_english"))
        .drop("_phrase", "_english")
    )


def person_title_patterns(language: str) -> tuple[str | None, str | None]:
    """Regexes for a body or state inside a person's title, or None for a language without role
    nouns: the whole text between the body and the person ("NATO| Secretary General |Ana
    Ruiz", "IDF| spokesperson Rear Adm. |Dan Levi"), and the end of the text before a
    body that a comma and the person follow ("la porte-parole de |l'OTAN|, Claire Dubois")."""
    lexicon = _lexicon(language)
    return lexicon["title_gap"], lexicon["title_before_country"]


def _english_role(phrase: pl.Expr, lexicon: dict) -> pl.Expr:
    """The English role a role phrase names; of several roles whose fragments match it, the
    most specific (`_roles_by_fragment`: "foreign minister" before "minister")."""
    return facts.regex_lookup(phrase, lexicon["role_fragments"], flags="(?i)").cast(pl.String)
