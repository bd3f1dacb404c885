"""An article's extraction does not depend on the other articles extracted with it."""

import datetime as dt

import polars as pl
import pytest

from extract.pipeline import extract_all, languages_in_order, part_starts

PUBLISHED = dt.date(2025, 3, 12)
ARTICLE = (
    "Interior Minister Sofia Kimura arrived in Ankara on Monday. "
    "Kimura's plan was rejected by parliament. Later, Kimura said talks would go on."
)
OTHERS = {
    # an unknown person sharing nothing with the article ("Kim" is only how "Kimura" starts)
    "b": "Defence Minister Jae Kim arrived in Seoul. Kim said the drills would end.",
    # an unknown person with the same surname as the article's
    "c": "Trade Minister Paolo Kimura arrived in Rome. Kimura said the deal was ready.",
}


def articles(texts: dict[str, str]) -> pl.DataFrame:
    """English articles of one publication day."""
    return pl.DataFrame(
        {
            "article_id": list(texts),
            "text": list(texts.values()),
            "language": ["en"] * len(texts),
            "published_date": [PUBLISHED] * len(texts),
        }
    )


def actor_mentions_of_a(texts: dict[str, str]) -> pl.DataFrame:
    """The actor mentions of article "a", extracted with the articles `texts`."""
    mentions = extract_all(articles(texts))["actor_mentions"]
    return mentions.filter(pl.col("article_id") == "a").sort("char_start")


def test_actor_mentions_do_not_depend_on_other_articles():
    alone = actor_mentions_of_a({"a": ARTICLE})
    together = actor_mentions_of_a({"a": ARTICLE, **OTHERS})
    assert alone.equals(together)
    kimura = alone.filter(pl.col("canonical_name") == "Sofia Kimura")
    assert kimura.get_column("text").to_list() == ["Sofia Kimura", "Kimura", "Kimura"]


def test_bare_surnames_resolve_within_their_own_article():
    mentions = extract_all(articles({"a": ARTICLE, **OTHERS}))["actor_mentions"]
    names = mentions.filter(pl.col("text") == "Kimura").select("article_id", "canonical_name").unique()
    assert sorted(names.rows()) == [("a", "Sofia Kimura"), ("c", "Paolo Kimura")]


def test_statement_speakers_do_not_depend_on_other_articles():
    report = "Defence Minister Ayla Demir said the situation in Poland could deteriorate quickly."
    others = {f"o{index}": text for index, text in enumerate([*OTHERS.values(), ARTICLE] * 4)}

    def speakers_of_a(texts: dict[str, str]) -> list:
        statements = extract_all(articles(texts))["statements"]
        return statements.filter(pl.col("article_id") == "a").get_column("speaker_names").to_list()

    # "Defence Minister Ayla Demir" and "Ayla Demir" are both mentions, as near the verb: the
    # shorter one speaks.
    assert speakers_of_a({"a": report}) == speakers_of_a({"a": report, **others}) == [["Ayla Demir"]]


def test_articles_extracted_in_parallel_parts_give_the_rows_of_one_call(monkeypatch):
    from extract import pipeline
    from tests.extract.test_pipeline import ARTICLES

    texts = {f"{index:03d}": text for index, (_, text) in enumerate(ARTICLES * 3)}
    texts |= {"a": ARTICLE, **OTHERS}
    texts["m"] = "The foreign ministers of Spain and Italy met in Madrid on Tuesday to discuss migration."
    frame = articles(texts).with_columns(language=pl.lit(None, pl.String))  # identified, too
    one_call = extract_all(frame, threads=1)
    monkeypatch.setattr(pipeline, "PARALLEL_MIN_ARTICLES", 2)
    in_parts = extract_all(frame, threads=3)
    for name, table in one_call.items():
        assert table.height > 0, name
        assert table.sort(table.columns).equals(in_parts[name].sort(table.columns)), name


def languages(*runs: tuple[str | None, int]) -> pl.Series:
    """A language column sorted as `extract_all` sorts it: runs of (code, rows)."""
    return pl.Series([code for code, count in runs for _ in range(count)], dtype=pl.String)


def test_parts_end_where_the_language_changes_near_an_even_cut():
    # a small day: two threads, each compiling only its own languages' regexes
    assert part_starts(languages(("de", 179), ("en", 336), ("es", 149), ("tr", 336)), 2) == [0, 515]
    assert part_starts(languages(("en", 1), (None, 1)), 3) == [0, 1]
    # a language is cut in two only when both halves are large
    assert part_starts(languages(("en", 10_000)), 2) == [0, 5_000]
    assert part_starts(languages(("en", 1_000)), 2) == [0]
    assert part_starts(languages(("de", 4_000), ("en", 6_000)), 3) == [0, 3_333, 6_666]
    assert part_starts(languages(), 2) == [0]


def test_articles_go_in_the_order_of_their_language_given_or_identified():
    frame = pl.DataFrame(
        {
            "article_id": ["1", "2", "3", "4", "5"],
            "title": [None, None, "Ankara'da kritik zirve", None, None],
            "text": [
                "The talks ended on Tuesday without an agreement, officials said.",
                "12:40 +++ 4711",
                "Dışişleri Bakanı, iki ülkenin ortak bir açıklama yapacağını söyledi.",
                "Die Regierung will weitere Soldaten nach Litauen entsenden, sagte ein Sprecher.",
                "Der Minister sagte, die Gespräche würden fortgesetzt.",
            ],
            "language": ["EN", None, None, None, "de"],
        }
    )

    ordered = languages_in_order(frame)

    # 4 and 5 German, 1 English ("EN"), 3 Turkish, then 2, whose language is unknown
    assert ordered.rows() == [
        ("4", "de", "detected"), ("5", "de", "input"), ("1", "en", "input"),
        ("3", "tr", "detected"), ("2", None, "detected"),
    ]


def test_languages_identified_before_give_the_rows_of_identifying_them_in_the_call():
    from tests.extract.test_pipeline import ARTICLES

    texts = {f"{index:03d}": text for index, (_, text) in enumerate(ARTICLES)}
    texts["m"] = "The foreign ministers of Spain and Italy met in Madrid on Tuesday to discuss migration."
    # every other article's language left to identification, the others given as "EN", "TR", ...
    codes = [None if index % 2 else language.upper() for index, (language, _) in enumerate(ARTICLES)]
    frame = articles(texts).with_columns(language=pl.Series([*codes, None], dtype=pl.String))
    identified_in_the_call = extract_all(frame)
    identified_before = extract_all(frame, article_languages=languages_in_order(frame))
    for name, table in identified_in_the_call.items():
        assert table.height > 0, name
        assert table.equals(identified_before[name]), name
    with pytest.raises(ValueError, match="one row for each article"):
        extract_all(frame, article_languages=languages_in_order(frame.head(3)))
