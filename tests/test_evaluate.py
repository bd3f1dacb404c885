"""The evaluator: name matching, the matching rules, scoring, readers of predictions, the CLI,
and the consistency of the project's own gold set (tests/gold)."""

import datetime as dt
import json
from collections import Counter
from pathlib import Path

import duckdb
import polars as pl
import pytest

from newsevents.evaluate import (
    ArticlePredictions,
    Deployment,
    Meeting,
    Statement,
    date_correct,
    deployment_matches,
    format_date,
    format_scores,
    main,
    meeting_matches,
    names_match,
    normalise_name,
    predictions_from_frames,
    predictions_from_warehouse,
    read_corpus,
    score,
    statement_matches,
)

REPO = Path(__file__).resolve().parents[1]
GOLD_DIR = REPO / "tests" / "gold"
ARTICLE_DIRS = (REPO / "data" / "sample", GOLD_DIR / "articles")
LANGUAGES = ("en", "tr", "de", "fr", "es")


# --------------------------------------------------------------------------- names


@pytest.mark.parametrize(
    ("predicted", "gold"),
    [
        ("Rutte", "Mark Rutte"),
        ("M. Rutte", "Mark Rutte"),
        ("M. Trump", "Trump"),
        ("the Kremlin", "Kremlin"),
        ("Zelensky", "Volodymyr Zelenskyy"),
        ("Zelenskyy", "Volodymyr Zelensky"),
        ("V. Zelensky", "Volodymyr Zelensky"),
        ("Erdoğan", "Recep Tayyip Erdogan"),
        ("KILIÇDAROĞLU", "Kemal Kılıçdaroğlu"),
        ("Wladyslaw Kosiniak-Kamysz", "Władysław Kosiniak-Kamysz"),
        ("l'Élysée", "Élysée"),
    ],
)
def test_names_that_match(predicted, gold):
    assert names_match(predicted, gold)


@pytest.mark.parametrize(
    ("predicted", "gold"),
    [
        ("South Korea", "North Korea"),
        ("Mark Rutte", "Rutte"),  # every predicted word must be in the gold name
        ("Iran", "Iraq"),  # variants only for words of five letters or more
        ("Jill Biden", "Joe Biden"),
        ("", "Joe Biden"),
        (None, "Joe Biden"),
    ],
)
def test_names_that_do_not_match(predicted, gold):
    assert not names_match(predicted, gold)


def test_normalise_name_folds_turkish_accents_articles_and_honorifics():
    assert normalise_name("  The KREMLIN ") == "kremlin"
    assert normalise_name("Sayın Işıl Çelik") == "isil celik"
    assert normalise_name("Mme Dupont-Aignan") == "dupont aignan"
    assert normalise_name("la Moncloa") == "moncloa"


# --------------------------------------------------------------------------- matching rules


def test_statement_needs_a_speaker_and_half_the_snippet_words():
    gold = {"speaker": ["NATO", "Mark Rutte"], "text_snippet": "We will defend every inch of allied territory"}
    assert statement_matches(Statement(("Rutte",), "he said they will defend every inch of it"), gold)
    # four of eight words ("we will defend every") is exactly half
    assert statement_matches(Statement(("NATO",), "We will defend every"), gold)
    assert not statement_matches(Statement(("NATO",), "We will defend"), gold)
    assert not statement_matches(Statement(("Joe Biden",), "We will defend every inch of allied territory"), gold)


def test_meeting_needs_min_two_participants():
    gold = {"participants": ["Joe Biden", "Xi Jinping", "Antony Blinken"]}
    assert meeting_matches(Meeting(("Biden", "Xi Jinping")), gold)
    assert not meeting_matches(Meeting(("Joe Biden", "Kamala Harris")), gold)
    # one predicted name cannot stand for two gold participants
    assert not meeting_matches(Meeting(("Joe Biden",)), {"participants": ["Joe Biden", "Hunter Biden"]})
    assert meeting_matches(Meeting(("NATO", "Jens Stoltenberg")), {"participants": ["NATO"]})


def test_deployment_needs_actor_and_a_shared_destination_word():
    gold = {"actor": ["North Korea", "Russia"], "destination": "Kursk region"}
    assert deployment_matches(Deployment("Russia", "Kursk"), gold)
    assert deployment_matches(Deployment("North Korea", "the Kursk region of Russia"), gold)
    assert not deployment_matches(Deployment("South Korea", "Kursk"), gold)
    assert not deployment_matches(Deployment("Russia", "Belgorod"), gold)
    assert not deployment_matches(Deployment("Russia", None), gold)
    # a shared function word is no shared destination
    assert not deployment_matches(Deployment("Russia", "Gulf of Mexico"), {"actor": "Russia", "destination": "Republic of Korea"})


@pytest.mark.parametrize(
    ("predicted", "gold", "right"),
    [
        ("2024-10-29", "2024-10-29", True),
        ("2024-10-28", "2024-10-29", False),
        ("2024-10", "2024-10-29", False),
        ("2024-10-29/2024-10-30", "2024-10-29", True),
        ("2024-06-15", "2024-06", True),
        ("2024-06", "2024-06", True),
        ("2024-07", "2024-06", False),
        ("2024", "2024-06", False),
        ("2024-03", "2024", True),
        ("2023", "2024", False),
        ("2024-10-27", "2024-10-27/2024-10-28", True),
        ("2024-10-27/2024-10-29", "2024-10-27/2024-10-28", True),
        ("2024-10-28", "2024-10-27/2024-10-28", False),
        (None, "2024-10-29", False),
    ],
)
def test_date_accuracy_at_the_gold_precision(predicted, gold, right):
    assert date_correct(predicted, gold) is right


def test_format_date_per_precision():
    day, end = dt.date(2025, 10, 27), dt.date(2025, 10, 28)
    assert format_date(day, None, "day") == "2025-10-27"
    assert format_date(day, None, "month") == "2025-10"
    assert format_date(day, None, "year") == "2025"
    assert format_date(day, end, "range") == "2025-10-27/2025-10-28"
    assert format_date(day, None, "unknown") is None
    assert format_date(None, None, "day") is None


# --------------------------------------------------------------------------- scoring

GOLD = [
    {
        "file": "a.txt",
        "published": "2025-05-14",
        "language": "en",
        "meetings": [{"participants": ["Keir Starmer", "Recep Tayyip Erdoğan"], "date": "2025-05-13"}],
        "deployments": [
            {"actor": "United Kingdom", "destination": "Estonia", "count": 1000, "date": "2025-09"},
        ],
        "statements": [
            {"speaker": ["Keir Starmer"], "text_snippet": "our armed forces will train together", "date": None},
            {"speaker": ["Keir Starmer"], "text_snippet": "Turkey and Britain are pillars of security", "date": "2025-05-13"},
        ],
    },
    {
        "url": "https://example.org/b",
        "file": "b.txt",
        "published": None,
        "language": "tr",
        "meetings": [],
        "deployments": [{"actor": ["Russia"], "destination": "Crimea", "count": 5000, "date": None}],
        "statements": [],
    },
    {"file": "c.txt", "published": "2025-01-01", "language": "tr", "meetings": [], "deployments": [],
     "statements": [{"speaker": ["Hakan Fidan"], "text_snippet": "dialogue must go on", "date": "2025-01-01"}]},
]

PREDICTIONS = {
    "a.txt": ArticlePredictions(
        meetings=[
            Meeting(("Erdoğan", "Starmer"), "2025-05-13"),
            Meeting(("Erdogan", "Keir Starmer"), "2025-05-12"),  # the same meeting again: spurious
        ],
        deployments=[Deployment("United Kingdom", "Estonia", "2025-09-01")],
        statements=[
            Statement(("Starmer",), "Our armed forces will train together, he added", None),
            Statement(("Starmer",), "Turkey and Britain are pillars", "2025-05-12"),
        ],
    ),
    # named by url, not by file
    "https://example.org/b": ArticlePredictions(deployments=[Deployment("Ukraine", "Crimea")]),
    # c.txt has no predictions at all
}


def test_score_end_to_end_with_exact_figures():
    scores = score(GOLD, PREDICTIONS)
    meetings, deployments, statements = (scores.by_type[t] for t in ("meetings", "deployments", "statements"))
    assert (meetings.true_positives, meetings.predicted, meetings.gold) == (1, 2, 1)
    assert (meetings.precision, meetings.recall) == (0.5, 1.0)
    assert meetings.f1 == pytest.approx(2 / 3)
    assert (deployments.true_positives, deployments.predicted, deployments.gold) == (1, 2, 2)
    assert deployments.f1 == pytest.approx(0.5)
    assert (statements.true_positives, statements.predicted, statements.gold) == (2, 2, 3)
    assert statements.precision == 1.0 and statements.recall == pytest.approx(2 / 3)
    assert statements.f1 == pytest.approx(0.8)
    overall = scores.overall
    assert (overall.true_positives, overall.predicted, overall.gold) == (4, 6, 6)
    assert overall.f1 == pytest.approx(4 / 6)

    en, tr = scores.by_language["en"], scores.by_language["tr"]
    assert (en["all"].true_positives, en["all"].predicted, en["all"].gold) == (4, 5, 4)
    assert (tr["all"].true_positives, tr["all"].predicted, tr["all"].gold) == (0, 1, 2)
    assert tr["statements"].recall == 0.0

    # dated matched pairs: meeting (right), deployment month (right), quote (wrong day)
    assert (scores.dates.correct, scores.dates.total) == (2, 3)
    assert (scores.dates_published.correct, scores.dates_published.total) == (2, 3)
    assert [a.found for a in scores.articles] == [True, True, False]

    text = format_scores(scores, verbose=True)
    assert "0.667" in text and "NOT FOUND" in text
    assert "wrong date statement" in text and "spurious meeting" in text and "missed deployment" in text


def test_one_gold_fact_is_matched_once_and_the_best_candidate_wins():
    gold = [{"file": "x", "language": "en", "published": None, "meetings": [], "deployments": [],
             "statements": [{"speaker": ["Joe Biden"], "text_snippet": "a b c d", "date": "2025-01-02"}]}]
    weak = Statement(("Biden",), "a b", "2025-01-01")
    strong = Statement(("Biden",), "a b c d", "2025-01-02")
    scores = score(gold, {"x": ArticlePredictions(statements=[weak, strong])})
    counts = scores.by_type["statements"]
    assert (counts.true_positives, counts.predicted, counts.gold) == (1, 2, 1)
    assert (scores.dates.correct, scores.dates.total) == (1, 1)


# --------------------------------------------------------------------------- reading predictions


def _articles() -> pl.DataFrame:
    return pl.DataFrame(
        {
            "article_id": ["a1", "a2", "a3"],
            "url": [None, "https://example.org/2", "https://example.org/3"],
            "source_uris": [["/in/one.txt"], ["/in/wire.jsonl"], ["/in/wire.jsonl"]],
        }
    )


def test_predictions_from_frames_keys_dedup_and_phone_calls():
    day = dt.date(2025, 5, 13)
    frames = {
        "meeting_mentions": pl.DataFrame(
            {
                "article_id": ["a1", "a1", "a1"],
                "participant_names": [["A B", "C D"], ["A B", "C D"], ["A B", "E F"]],
                "location_name": ["London", "London", None],
                "meeting_date": [day, day, day],
                "date_end": [None, None, None],
                "date_precision": ["day", "day", "day"],
                "mode": ["in_person", "in_person", "phone"],
            }
        ),
        "deployment_mentions": pl.DataFrame(
            {
                "article_id": ["a2"], "actor_name": ["Russia"], "destination_name": ["Crimea"],
                "troop_count": [5000], "count_qualifier": ["about"], "deployment_date": [day],
                "date_end": [None], "date_precision": ["month"], "status": ["claimed"],
            }
        ),
        "statements": pl.DataFrame(
            {
                "article_id": ["a3"], "speaker_names": [["Hakan Fidan"]], "text": ["Dialogue."],
                "statement_kind": ["direct_quote"], "statement_date": [None], "date_precision": ["unknown"],
            }
        ),
    }
    predictions = predictions_from_frames(_articles(), frames)
    assert set(predictions) == {"one.txt", "https://example.org/2", "https://example.org/3"}
    assert predictions["one.txt"].meetings == [Meeting(("A B", "C D"), "2025-05-13", "London")]
    assert predictions["https://example.org/2"].deployments == [
        Deployment("Russia", "Crimea", "2025-05", 5000, "about", "claimed")
    ]
    assert predictions["https://example.org/3"].statements == [
        Statement(("Hakan Fidan",), "Dialogue.", None, "direct_quote")
    ]


def _warehouse(con) -> None:
    con.execute(
        """
        create table dim_articles (article_id varchar, url varchar, title varchar, language varchar,
            published_date date, source_uris varchar[]);
        insert into dim_articles values
            ('a1', null, 't', 'en', '2025-05-14', ['/in/one.txt']),
            ('a2', 'https://example.org/2', 't', 'tr', null, ['/in/wire.jsonl']),
            ('a3', 'https://example.org/3', 't', 'de', null, ['/in/wire.jsonl']);
        create table fct_meetings (meeting_id varchar, meeting_date date, meeting_date_end date,
            date_precision varchar, location_name varchar, participant_names varchar[], mode varchar,
            status varchar, source_article_count int);
        insert into fct_meetings values
            ('m1', '2025-05-13', null, 'day', 'London', ['Keir Starmer', 'Recep Tayyip Erdoğan'], 'in_person', 'held', 2),
            ('m2', '2025-10-27', '2025-10-28', 'range', 'Istanbul', ['Hakan Fidan', 'Sergey Lavrov'], 'in_person', 'planned', 1),
            ('m3', '2025-10-07', null, 'day', null, ['Hakan Fidan', 'Sergey Lavrov'], 'phone', 'held', 1);
        create table fct_deployments (deployment_id varchar, actor_name varchar, destination_name varchar,
            troop_count bigint, count_qualifier varchar, deployment_date date, date_precision varchar,
            status varchar, source_article_count int);
        insert into fct_deployments values
            ('d1', 'United Kingdom', 'Estonia', 1000, 'more_than', '2025-09-01', 'month', 'planned', 2);
        create table fct_statements (statement_id varchar, article_id varchar, speaker_names varchar[],
            text varchar, statement_kind varchar, statement_date date, date_precision varchar,
            char_start int, char_end int);
        insert into fct_statements values
            ('s1', 'a1', ['Keir Starmer'], 'Our armed forces will train together', 'direct_quote', '2025-05-13', 'day', 10, 40);
        create table fct_event_mentions (event_type varchar, event_id varchar, article_id varchar,
            char_start int, char_end int);
        insert into fct_event_mentions values
            ('meeting', 'm1', 'a1', 0, 10), ('meeting', 'm1', 'a1', 50, 60), ('meeting', 'm1', 'a2', 0, 9),
            ('meeting', 'm2', 'a2', 20, 30), ('meeting', 'm3', 'a2', 40, 50),
            ('deployment', 'd1', 'a1', 70, 90), ('deployment', 'd1', 'a2', 70, 90);
        """
    )


def test_predictions_from_warehouse_reads_the_marts():
    with duckdb.connect() as con:
        _warehouse(con)
        predictions = predictions_from_warehouse(con)
    assert set(predictions) == {"one.txt", "https://example.org/2", "https://example.org/3"}
    one, two = predictions["one.txt"], predictions["https://example.org/2"]
    assert one.meetings == [Meeting(("Keir Starmer", "Recep Tayyip Erdoğan"), "2025-05-13", "London")]
    assert [m.date for m in two.meetings] == ["2025-05-13", "2025-10-27/2025-10-28"]  # no phone call
    assert one.deployments == two.deployments == [
        Deployment("United Kingdom", "Estonia", "2025-09", 1000, "more_than", "planned")
    ]
    assert one.statements == [
        Statement(("Keir Starmer",), "Our armed forces will train together", "2025-05-13", "direct_quote")
    ]
    assert predictions["https://example.org/3"] == ArticlePredictions()


def test_cli_scores_a_warehouse_file_read_only(tmp_path, capsys):
    warehouse = tmp_path / "warehouse.duckdb"
    with duckdb.connect(str(warehouse)) as con:
        _warehouse(con)
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({**GOLD[0], "file": "one.txt"}) + "\n", encoding="utf-8")
    out = tmp_path / "scores.json"
    assert main(["--gold", str(gold), "--warehouse", str(warehouse), "--json", str(out), "--verbose"]) == 0
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["by_type"]["meetings"]["f1"] == 1.0
    assert report["by_type"]["deployments"]["f1"] == 1.0
    assert report["by_type"]["statements"]["recall"] == 0.5
    assert report["dates"] == {"correct": 2, "total": 2, "accuracy": 1.0}
    assert "missed statement" in capsys.readouterr().out
    assert main(["--gold", str(tmp_path / "none.jsonl"), "--warehouse", str(warehouse)]) == 2


# --------------------------------------------------------------------------- our gold set


def _gold_rows() -> list[dict]:
    return [json.loads(line) for line in (GOLD_DIR / "gold.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]


def _bodies() -> dict[str, tuple[str, dt.date | None]]:
    """Article key (url, else file name) -> (text as ingested, publication date)."""
    articles = read_corpus(list(ARTICLE_DIRS))
    bodies = {}
    for row in articles.to_dicts():
        key = row["url"] or Path(row["source_uris"][0]).name
        bodies[key] = (row["text"], row["published_date"])
    return bodies


def _valid_date(value) -> bool:
    if value is None:
        return True
    parts = value.split("/") if isinstance(value, str) else [None]
    if len(parts) > 2:
        return False
    for part in parts:
        if not isinstance(part, str) or len(part) not in (4, 7, 10):
            return False
        try:
            dt.date.fromisoformat({4: part + "-01-01", 7: part + "-01", 10: part}[len(part)])
        except ValueError:
            return False
    return len(parts) == 1 or parts[0] <= parts[1]


def test_gold_set_covers_five_languages():
    rows = _gold_rows()
    languages = Counter(row["language"] for row in rows)
    assert len(rows) >= 24
    assert all(languages[lang] >= 4 for lang in LANGUAGES), languages
    assert set(languages) <= set(LANGUAGES), languages
    keys = [row.get("url") or row["file"] for row in rows]
    assert len(keys) == len(set(keys))


def test_gold_set_is_verbatim_and_dated_validly():
    bodies = _bodies()
    rows = _gold_rows()
    annotated = {row.get("url") or row["file"] for row in rows}
    problems = [f"{key}: not annotated" for key in sorted(set(bodies) - annotated)]
    for row in rows:
        key = row.get("url") or row["file"]
        if key not in bodies:
            problems.append(f"{key}: no such article")
            continue
        text, published = bodies[key]
        if row["published"] != (published.isoformat() if published else None):
            problems.append(f"{key}: published {row['published']} != {published}")
        for fact_type in ("meetings", "deployments", "statements"):
            for fact in row[fact_type]:
                for field in ("text_snippet", "date_text", "unit_text"):
                    if fact.get(field) is not None and fact[field] not in text:
                        problems.append(f"{key}: {field} not verbatim: {fact[field]!r}")
                if not _valid_date(fact.get("date")):
                    problems.append(f"{key}: invalid date {fact.get('date')!r}")
        for fact in row["meetings"]:
            if len(fact["participants"]) < 2:
                problems.append(f"{key}: meeting with fewer than two participants")
        for fact in row["statements"]:
            if not fact["speaker"] or fact["kind"] not in ("direct_quote", "reported"):
                problems.append(f"{key}: bad statement {fact}")
        for fact in row["deployments"]:
            if (fact["count"] is None) != (fact.get("count_qualifier") is None):
                problems.append(f"{key}: count and count_qualifier disagree in {fact}")
            if fact.get("count_qualifier") not in (None, "exact", "more_than", "about", "up_to"):
                problems.append(f"{key}: bad count_qualifier in {fact}")
        for fact in row.get("not_statements", []):
            if fact["text"] not in text:
                problems.append(f"{key}: not_statement not verbatim: {fact['text']!r}")
    assert problems == []
