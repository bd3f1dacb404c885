"""The ready queries of `queries/`, run on the published sample warehouse.

Each test checks rows that the bundled sample articles must produce (data/sample/*.txt and
wire.jsonl), not just that the query runs.
"""

from datetime import date
from pathlib import Path

import duckdb

from tests.analysts.conftest import QUERIES_DIR, rows

TESTED_QUERIES = {
    "who_met_whom", "deployments_by_destination", "speaker_timeline", "corroborated_facts",
    "contradicted_deployments",
}


def run_query(con: duckdb.DuckDBPyConnection, name: str, **params: object) -> list[dict]:
    return rows(con, (QUERIES_DIR / f"{name}.sql").read_text(encoding="utf-8"), params)


def test_every_ready_query_has_a_test():
    assert {path.stem for path in Path(QUERIES_DIR).glob("*.sql")} == TESTED_QUERIES


def test_who_met_whom_in_a_date_range(published: duckdb.DuckDBPyConnection):
    july = run_query(published, "who_met_whom", start_date="2025-07-01", end_date="2025-07-02")
    rome = [
        row for row in july
        if {"Donald Trump", "Volodymyr Zelensky"} <= set(row["participant_names"])
    ]
    assert len(rome) == 1, july
    assert rome[0]["location_name"] == "Rome"
    assert rome[0]["meeting_date"] == date(2025, 7, 1)
    assert sorted(rome[0]["languages"]) == ["en", "es"]
    assert rome[0]["source_article_count"] == 2
    assert any("wire.example.org" in link for link in rome[0]["source_links"])
    assert all(
        row["meeting_date"] <= date(2025, 7, 2) and row["meeting_date_end"] >= date(2025, 7, 1)
        for row in july
    )

    may = run_query(published, "who_met_whom", start_date="2025-05-01", end_date="2025-05-31")
    ankara = [
        row for row in may if {"Hakan Fidan", "Johann Wadephul"} <= set(row["participant_names"])
    ]
    assert [row["location_name"] for row in ankara] == ["Ankara"]
    assert ankara[0]["meeting_date"] == date(2025, 5, 27)  # "am Dienstag" before 28 May 2025
    assert not [row for row in may if "Donald Trump" in row["participant_names"]]


def test_deployments_by_destination(published: duckdb.DuckDBPyConnection):
    result = run_query(published, "deployments_by_destination")
    by_destination = {row["destination_name"]: row for row in result}
    estonia = by_destination["Estonia"]
    # Britain's troops (reported in English and in Turkish) and France's (in French)
    assert {"United Kingdom", "France"} <= set(estonia["senders"])
    assert {"en", "tr", "fr"} <= set(estonia["languages"])
    assert any("Starmer" in title for title in estonia["source_titles"])
    assert estonia["source_article_count"] >= 3
    assert any(
        "United Kingdom" in line and "1000 troops" in line
        for line in estonia["deployments"]
    )

    romania = by_destination["Romania"]
    assert "France" in romania["senders"] and "confirmed" in romania["status_counts"]
    assert "Germany" in by_destination["Lithuania"]["senders"]
    assert sum(estonia["status_counts"].values()) == estonia["deployment_count"]
    counts = [row["deployment_count"] for row in result]
    assert counts == sorted(counts, reverse=True)
    total = published.execute("select count(*) from fct_deployments").fetchone()[0]
    assert sum(counts) == total


def test_what_a_speaker_said_over_time(published: duckdb.DuckDBPyConnection):
    starmer = run_query(published, "speaker_timeline", speaker="starmer")
    assert starmer and all("Keir Starmer" in row["speakers"] for row in starmer)
    assert {"en", "tr"} <= {row["language"] for row in starmer}
    assert any("two pillars of European security" in row["text"] for row in starmer)
    dated = [row["statement_date"] for row in starmer if row["statement_date"]]
    assert dated == sorted(dated)

    # ASCII finds the accented canonical name
    erdogan = run_query(published, "speaker_timeline", speaker="Erdogan")
    assert erdogan and all("Erdoğan" in row["speakers"] for row in erdogan)
    assert run_query(published, "speaker_timeline", speaker="Nobody Atall") == []


def test_facts_reported_by_several_sources_or_languages(published: duckdb.DuckDBPyConnection):
    corroborated = run_query(published, "corroborated_facts", min_sources=2, min_languages=2)
    rome = [
        row for row in corroborated
        if row["summary"].startswith("Donald Trump + Volodymyr Zelensky")
    ]
    assert len(rome) == 1 and rome[0]["fact_type"] == "meeting"
    assert rome[0]["language_count"] == 2 and len(rome[0]["source_titles"]) == 2
    assert all(
        row["source_article_count"] >= 2 or row["language_count"] >= 2 for row in corroborated
    )
    assert run_query(published, "corroborated_facts", min_sources=99, min_languages=99) == []
    every_fact = published.execute(
        "select (select count(*) from fct_meetings) + (select count(*) from fct_deployments)"
    ).fetchone()[0]
    everything = run_query(published, "corroborated_facts", min_sources=1, min_languages=99)
    assert len(everything) == every_fact


def test_contradicted_deployments_on_the_sample(published: duckdb.DuckDBPyConnection):
    """Cross-checked in Python: statements in a report whose status opposes the deployment's."""
    result = run_query(published, "contradicted_deployments")
    for row in result:
        assert (row["deployment_status"] == "denied") != (row["statement_says"] == "denied"), row
    status = dict(published.execute("select deployment_id, status from fct_deployments").fetchall())
    reports = published.execute(
        """select mention.event_id, mention.article_id, mention.char_start, mention.char_end,
                  reported.status
           from fct_event_mentions as mention
           join fct_deployments as deployment on mention.event_id = deployment.deployment_id
           join raw.deployment_mentions as reported
             on reported.article_id = mention.article_id
            and reported.sentence_index = mention.sentence_index
            and reported.actor_name is not distinct from deployment.actor_name"""
    ).fetchall()
    statements = published.execute(
        "select statement_id, article_id, char_start, char_end from fct_statements"
    ).fetchall()
    expected = {
        (deployment, statement)
        for deployment, article, start, end, said in reports
        if (said == "denied") != (status[deployment] == "denied")
        for statement, statement_article, first, last in statements
        if statement_article == article and first < end and last > start
    }
    assert {(row["deployment_id"], row["statement_id"]) for row in result} == expected


def _contradiction_warehouse() -> duckdb.DuckDBPyConnection:
    """Two deployments: one denied after a claim, one confirmed after a denial."""
    con = duckdb.connect()
    con.execute("create schema raw")
    con.execute(
        """create table main.fct_deployments as select * from (values
            ('d-denied', 'Atlantis', 'Lemuria', 1500, 'denied'),
            ('d-confirmed', 'Lemuria', 'Mu', 200, 'confirmed')
        ) as t(deployment_id, actor_name, destination_name, troop_count, status)"""
    )
    con.execute(
        """create table main.fct_event_mentions as select * from (values
            ('deployment', 'd-denied', 'a1', 0, 0, 50),
            ('deployment', 'd-denied', 'a1', 1, 50, 100),
            ('deployment', 'd-confirmed', 'a2', 0, 0, 60)
        ) as t(event_type, event_id, article_id, sentence_index, char_start, char_end)"""
    )
    con.execute(
        """create table raw.deployment_mentions as select * from (values
            ('a1', 0, 'Atlantis', 'claimed'),
            ('a1', 1, 'Atlantis', 'denied'),
            ('a2', 0, 'Lemuria', 'denied')
        ) as t(article_id, sentence_index, actor_name, status)"""
    )
    con.execute(
        """create table main.fct_statements as select * from (values
            ('s-claim', 'a1', ['Lemuria'], 'direct_quote', 'They moved 1,500 troops', 10, 40),
            ('s-denial', 'a1', ['Atlantis'], 'reported', 'no troops moved', 60, 90),
            ('s-elsewhere', 'a1', ['Mu'], 'reported', 'we are watching', 110, 130),
            ('s-late-denial', 'a2', ['Lemuria'], 'reported', 'we send nobody', 5, 30)
        ) as t(
            statement_id, article_id, speaker_names, statement_kind, text, char_start, char_end
        )"""
    )
    con.execute(
        "alter table main.fct_statements add column statement_date date default '2025-01-01'"
    )
    con.execute("alter table main.fct_statements add column language varchar default 'en'")
    con.execute(
        """create table main.dim_articles as select * from (values
            ('a1', 'Atlantis denies', date '2025-01-02'), ('a2', 'Lemuria sends', date '2025-01-03')
        ) as t(article_id, title, published_date)"""
    )
    return con


def test_statements_that_contradict_a_deployments_status():
    result = run_query(_contradiction_warehouse(), "contradicted_deployments")
    found = {
        (row["statement_id"], row["deployment_status"], row["statement_says"]) for row in result
    }
    # the claim contradicts the denial; the denial contradicts the confirmation; the statement
    # that agrees with the status, and the one outside any report, do not appear
    assert found == {("s-claim", "denied", "claimed"), ("s-late-denial", "confirmed", "denied")}
