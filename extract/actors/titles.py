"""Titles and roles: the person an office names on the day, and the role beside a mention."""

import polars as pl

from extract import facts
from extract.actors.common import (
    SENTENCE_COLUMNS,
    SENTENCE_KEYS_AND_START,
    mention_text,
    state_code,
    text_after,
    text_before,
)
from extract.actors.gazetteer import load_offices


NAME_AFTER_TITLE_REACH = 24  # characters from a title to the name it introduces (", Dr. Jane Doe")


def with_titles(
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
        country_code=state_code()
    )
    after = text_after("end")
    before = text_before("start")
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


def _without_former_holders(titles: pl.DataFrame, lexicon: dict) -> pl.DataFrame:
    """The titles that no word of a past holder precedes ("the former", "l'ancien", `former_titles`)."""
    if not lexicon["former_before"]:
        return titles
    return titles.filter(~text_before("_start").str.contains(lexicon["former_before"]))


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
        _phrase=mention_text()
    ).join(office_aliases, on="_phrase", how="semi")
    spans = titles.select("article_id", "sentence_index", "_start", "_end")
    covered = offices.join(spans, on=["article_id", "sentence_index"]).filter(
        (pl.col("_start") <= pl.col("start")) & (pl.col("end") <= pl.col("_end"))
    )
    named = offices.filter(text_after("end").str.contains(lexicon["name_after_office"]))
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


def with_roles(mentions: pl.DataFrame, lexicon: dict) -> pl.DataFrame:
    """Fill `role` (in English) from a role noun right before or after a person's mention."""
    if not lexicon["roles"]:
        return mentions
    before = text_before("start")
    after = text_after("end")
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


def _english_role(phrase: pl.Expr, lexicon: dict) -> pl.Expr:
    """The English role a role phrase names; of several roles whose fragments match it, the
    most specific (`_roles_by_fragment`: "foreign minister" before "minister")."""
    return facts.regex_lookup(phrase, lexicon["role_fragments"], flags="(?i)").cast(pl.String)
