"""Full-text search: ranked sentences and statements, stemmed per language, rebuilt cheaply."""

import duckdb
import pytest

from newsevents.search import build_search_index, fts_extension_path
from tests.analysts.conftest import rows


def test_the_extension_is_the_packaged_file():
    path = fts_extension_path()
    assert path.name == "fts.duckdb_extension" and "site-packages" in path.parts


def test_troops_kursk_ranks_the_kursk_sentences_first(published: duckdb.DuckDBPyConnection):
    found = rows(published, "select * from search_sentences('troops Kursk') limit 5")
    best = found[0]
    assert {"article_id", "title", "language", "published_date", "text", "score"} <= set(best)
    assert best["language"] == "en"
    assert "Kursk" in best["text"] and "troops" in best["text"]
    assert "North Korean troops" in best["title"]
    assert best["published_date"].isoformat() == "2025-07-02"
    # the Spanish report of the same news matches on the name; scores are in decreasing order
    assert any(row["language"] == "es" and "Kursk" in row["text"] for row in found)
    assert [row["score"] for row in found] == sorted((row["score"] for row in found), reverse=True)


@pytest.mark.parametrize(
    ("query", "language", "word_in_text"),
    [
        ("Soldat", "de", "Soldaten"),  # German stemmer
        ("soldat", "fr", "soldats"),  # French stemmer
        ("soldado", "es", "soldados"),  # Spanish stemmer
        ("asker", "tr", "askerleri"),  # Turkish stemmer: askerleri -> asker
        ("deploying", "en", "deployed"),  # English stemmer
        ("Erdogan", "tr", "Erdoğan"),  # accents are stripped on both sides
    ],
)
def test_each_language_is_stemmed_with_its_own_stemmer(
    published: duckdb.DuckDBPyConnection, query: str, language: str, word_in_text: str
):
    found = rows(
        published, "select language, text from search_sentences(?) where language = ?",
        [query, language],
    )
    assert any(word_in_text in row["text"] for row in found), found


def test_statements_are_searchable_with_their_speakers(published: duckdb.DuckDBPyConnection):
    found = rows(published, "select * from search_statements('peace')")
    assert any(
        "Donald Trump" in row["speaker_names"] and "I want peace" in row["text"]
        and row["language"] == "en"
        for row in found
    ), found
    assert all(row["title"] and row["published_date"] for row in found)


def _tiny_warehouse() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute("create schema raw")
    con.execute(
        "create table raw.sentences (article_id varchar, sentence_index int, char_start int, "
        "char_end int, text varchar)"
    )
    con.execute(
        "create table main.dim_articles (article_id varchar, title varchar, language varchar, "
        "published_date date, outlet varchar, url varchar, partition_date date)"
    )
    con.execute(
        "create table main.fct_statements (statement_id varchar, article_id varchar, "
        "speaker_names varchar[], statement_kind varchar, statement_date date, text varchar, "
        "language varchar)"
    )
    con.execute(
        """insert into main.dim_articles values
        ('a-de', 'Truppen', 'de', '2025-01-02', 'o', null, '2025-01-02'),
        ('a-de-feb', 'Truppen', 'de', '2025-02-02', 'o', null, '2025-02-02'),
        ('a-it', 'Truppe', 'it', '2025-01-03', 'o', null, '2025-01-03'),
        ('a-xx', 'Unknown', 'xx', '2025-01-04', 'o', null, '2025-01-04')"""
    )
    con.execute(
        """insert into raw.sentences values
        ('a-de', 0, 0, 30, 'Die Soldaten wurden verlegt.'),
        ('a-de-feb', 0, 0, 30, 'Die Panzer blieben stehen.'),
        ('a-it', 0, 0, 30, 'I soldati sono partiti ieri.'),
        ('a-xx', 0, 0, 30, 'Zorblat quux frobnications.')"""
    )
    return con


def test_a_rebuild_only_touches_the_language_months_whose_documents_changed():
    con = _tiny_warehouse()
    first = build_search_index(con)
    assert sorted(first.rebuilt) == [
        "sentences_de_202501", "sentences_de_202502", "sentences_it_202501",
        "sentences_other_202501",
    ]
    assert build_search_index(con).rebuilt == []

    con.execute("update raw.sentences set text = 'Die Panzer rollten.' where article_id = 'a-de'")
    con.execute("delete from raw.sentences where article_id = 'a-it'")
    second = build_search_index(con)
    assert second.rebuilt == ["sentences_de_202501"]  # February's German table is left alone
    assert second.dropped == ["sentences_it_202501"]
    panzer = rows(con, "select article_id from search_sentences('Panzer') order by article_id")
    assert panzer == [{"article_id": "a-de"}, {"article_id": "a-de-feb"}]
    assert rows(con, "select * from search_sentences('Soldaten')") == []
    # a language without a stemmer is indexed word for word
    assert rows(con, "select article_id from search_sentences('frobnications')") == [
        {"article_id": "a-xx"}
    ]
    assert rows(con, "select * from search_statements('anything')") == []
