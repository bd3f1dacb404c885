"""The whole extraction on small articles in five languages: contract schemas and offsets."""

import datetime as dt

import polars as pl
import pytest

from extract.pipeline import TABLE_SCHEMAS, extract_all, with_gaps

ARTICLES = [
    (
        "en",
        "France will send 500 soldiers to Estonia, the French government said on Monday.\n\n"
        "“We stand with our allies in the Baltic,” the French government said in a statement.",
    ),
    (
        "de",
        "Frankreich schickt rund 500 Soldaten nach Estland.\n"
        "„Wir stehen an der Seite unserer Verbündeten im Baltikum“, erklärte die Regierung in Paris.",
    ),
    (
        "fr",
        "La France va envoyer 500 soldats en Estonie, a annoncé lundi le gouvernement français.\n"
        "« Nous sommes aux côtés de nos alliés dans la Baltique », a déclaré le gouvernement.",
    ),
    (
        "es",
        "Francia enviará 500 soldados a Estonia, anunció el lunes el Gobierno francés.\n"
        "«Estamos con nuestros aliados en el Báltico», afirmó el Gobierno de Francia.",
    ),
    (
        "tr",
        "Fransa, Estonya'ya 500 asker göndereceğini pazartesi günü açıkladı.\n"
        "Fransa hükümeti, 'Baltık'taki müttefiklerimizin yanındayız' dedi.",
    ),
]


def articles(rows: list[tuple[str, str]]) -> pl.DataFrame:
    return pl.DataFrame(
        {
            "article_id": [f"article-{index}" for index in range(len(rows))],
            "text": [text for _, text in rows],
            "language": [language for language, _ in rows],
            "published_date": [dt.date(2025, 3, 12)] * len(rows),
            "title": [None] * len(rows),
        },
        schema={
            "article_id": pl.String,
            "text": pl.String,
            "language": pl.String,
            "published_date": pl.Date,
            "title": pl.String,
        },
    )


@pytest.fixture(scope="module")
def tables() -> dict[str, pl.DataFrame]:
    return extract_all(articles(ARTICLES))


def test_every_table_has_its_contract_schema_without_articles():
    tables = extract_all(articles([]))
    assert set(tables) == set(TABLE_SCHEMAS)
    for name, schema in TABLE_SCHEMAS.items():
        assert tables[name].schema == schema, name
        assert tables[name].is_empty()


def test_every_table_has_its_contract_schema(tables):
    for name, schema in TABLE_SCHEMAS.items():
        assert tables[name].schema == schema, name


def test_statements_point_at_their_text_and_have_speakers(tables):
    texts = dict(zip(*articles(ARTICLES).select("article_id", "text"), strict=True))
    statements = tables["statements"]
    assert statements.height >= len(ARTICLES)
    for row in statements.iter_rows(named=True):
        assert texts[row["article_id"]][row["char_start"] : row["char_end"]] == row["text"]
        assert row["speaker_names"], row
        assert row["statement_date"] <= dt.date(2025, 3, 12)
    kinds = set(statements["statement_kind"])
    assert kinds == {"direct_quote", "reported"}


def test_deployments_are_found_in_every_language(tables):
    deployments = tables["deployment_mentions"]
    counted = deployments.filter(pl.col("troop_count") == 500)
    assert counted["article_id"].n_unique() == len(ARTICLES)
    texts = dict(zip(*articles(ARTICLES).select("article_id", "text"), strict=True))
    for row in counted.iter_rows(named=True):
        assert texts[row["article_id"]][row["char_start"] : row["char_end"]] == row["unit_text"]


def test_the_gap_after_a_sentence_is_the_text_up_to_the_next_one():
    frame = articles([("en", "One sentence here.  Another one.\nA third.")])
    sentences = pl.DataFrame(
        {
            "article_id": ["article-0"] * 3,
            "sentence_index": [0, 1, 2],
            "char_start": [0, 20, 33],
            "char_end": [18, 32, 41],
        }
    )
    assert with_gaps(sentences, frame)["gap_after"].to_list() == ["  ", "\n", None]
