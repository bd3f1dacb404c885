"""The gazetteer: canonical actors and their aliases per language, generated and curated."""

import csv
import re
import unicodedata
from functools import cache
from pathlib import Path

import babel
import polars as pl
import pycountry
from countryinfo import CountryInfo

from extract.actors.patterns import language_patterns
from extract.lexicon import languages, section
from extract.schemas import ACTORS, conform


GAZETTEER_DIR = Path(__file__).parent.parent / "gazetteer"
# Accented capitals and the letters they lose where texts write capitals without accents (French
# and Spanish; Turkish "Ç" and German "Ö" are letters of their own).
UNACCENTED_CAPITALS = {capital: unicodedata.normalize("NFD", capital)[0] for capital in "ÀÂÁÉÈÊËÎÏÍÔÓÛÙÚ"}
UNACCENTED_CAPITAL_LANGUAGES = ("fr", "es")
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
    # language and form (`with_state_bodies`), so its name is no alias to search for.
    body_names = bodies.with_columns(alias=pl.col("canonical_name"), language=pl.lit(None, pl.String), kind=pl.lit("name"))
    rows = pl.concat(
        [rows, _surname_rows(rows), _lowercase_office_rows(rows), body_names.select(GAZETTEER_SCHEMA.names())], how="vertical"
    )
    # Lowercase aliases ("nord-coréen", "mer Noire") also start sentences capitalised.
    capitalised = rows.filter(pl.col("alias").str.contains(r"^\p{Ll}")).with_columns(
        alias=pl.col("alias").str.slice(0, 1).str.to_uppercase() + pl.col("alias").str.slice(1)
    )
    rows = pl.concat([rows, capitalised], how="vertical")
    # Capitals often go without their accent ("Etats-Unis", "Egypte", "Elysée"): those aliases
    # are also written so.
    first = pl.col("alias").str.slice(0, 1)
    unaccented = rows.filter(
        first.is_in(list(UNACCENTED_CAPITALS)) & pl.col("language").is_in(UNACCENTED_CAPITAL_LANGUAGES)
    ).with_columns(
        alias=first.replace_strict(UNACCENTED_CAPITALS) + pl.col("alias").str.slice(1)
    )
    kind_rank = pl.col("kind").replace_strict({"name": 0, "adjective": 1, "given_name": 2, "surname": 3}, default=4)
    return (
        pl.concat([rows, unaccented], how="vertical")
        .filter(pl.col("alias").str.len_chars() >= 2)
        .sort(kind_rank, "actor_id")
        .unique(["language", "alias"], keep="first", maintain_order=True)
        .sort("language", "alias")
    )


def body_id(country_code: pl.Expr, kind: pl.Expr) -> pl.Expr:
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
            actor_id=body_id(pl.col("country_code"), pl.lit(kind)),
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
    """Surname aliases of gazetteer people, where the surname is unambiguous in the language.

    A name that opens with a role ("Pope Francis", "pape François") ends in a given name, no
    surname: "François" alone names others.
    """
    people = rows.filter(
        (pl.col("actor_type") == "person") & (pl.col("kind") == "name") & ~_opens_with_role()
    )
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


def _opens_with_role() -> pl.Expr:
    """Whether the alias opens with a role noun of its language's lexicon (`[actors] roles`)."""
    opens = pl.lit(False)
    for language in languages():
        role_opening = language_patterns(language)["role_opening"]
        if role_opening:
            opens = opens | ((pl.col("language") == language) & pl.col("alias").str.contains(role_opening))
    return opens


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
