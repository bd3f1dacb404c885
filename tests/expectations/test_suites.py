"""The GX suites, run for real on frames read from a real DuckDB: each must fail on bad data."""

from datetime import date

import duckdb
import pytest

from expectations.suites import (
    DATE_MENTIONS,
    DEPLOYMENT_DATES,
    EVENT_MENTION_INTEGRITY,
    MEETING_DATES,
    STATEMENT_ATTRIBUTION,
    STATEMENT_DATES,
)
from expectations.validate import to_check_result, validate_batches, validate_frame
from orchestration.warehouse import read_window_batches
from orchestration.windows import ALL_DATES

ARTICLE_TEXT = 'The minister said on Monday: "We will send more troops." Nothing else.'
QUOTE = "We will send more troops."
QUOTE_START = ARTICLE_TEXT.index(QUOTE)


@pytest.fixture
def con():
    connection = duckdb.connect()
    connection.execute("create schema raw")
    connection.execute(
        "create table raw.articles as select 'a1' as article_id, ?::varchar as text, "
        "date '2025-03-05' as published_date, date '2025-03-05' as partition_date",
        [ARTICLE_TEXT],
    )
    yield connection
    connection.close()


def _statements(con, rows):
    con.execute(
        "create or replace table raw.statements (article_id varchar, statement_index int, "
        "char_start int, char_end int, text varchar, speaker_names varchar[], "
        "statement_kind varchar, statement_date date, date_precision varchar, partition_date date)"
    )
    con.executemany(
        "insert into raw.statements values (?, ?, ?, ?, ?, ?, ?, ?, ?, date '2025-03-05')", rows
    )


def _validate(con, suite):
    return validate_frame(suite, con.execute(suite.query, list(ALL_DATES)).pl())


STATEMENT_FIELDS = (
    "article_id", "statement_index", "char_start", "char_end", "text", "speaker_names",
    "statement_kind", "statement_date", "date_precision",
)
GOOD_STATEMENT = {
    "article_id": "a1",
    "statement_index": 0,
    "char_start": QUOTE_START,
    "char_end": QUOTE_START + len(QUOTE),
    "text": QUOTE,
    "speaker_names": ["Minister"],
    "statement_kind": "direct_quote",
    "statement_date": date(2025, 3, 3),
    "date_precision": "day",
}


def _row(**changes) -> tuple:
    values = {**GOOD_STATEMENT, **changes}
    return tuple(values[name] for name in STATEMENT_FIELDS)


def test_statement_attribution_passes_on_good_statements(con):
    _statements(con, [_row()])
    outcome = _validate(con, STATEMENT_ATTRIBUTION)
    assert outcome.success and outcome.row_count == 1
    assert to_check_result(outcome).passed


@pytest.mark.parametrize(
    ("changes", "failed_column"),
    [
        ({"speaker_names": []}, "speaker_count"),
        ({"speaker_names": None}, "speaker_count"),
        ({"char_end": QUOTE_START + len(QUOTE) - 1}, "text_at_offsets"),
        ({"char_start": QUOTE_START + 1}, "text_at_offsets"),
        ({"statement_kind": "rumour"}, "statement_kind"),
    ],
)
def test_statement_attribution_fails_on_bad_statements(con, changes, failed_column):
    _statements(con, [_row(), _row(statement_index=1, **changes)])
    outcome = _validate(con, STATEMENT_ATTRIBUTION)
    assert not outcome.success
    assert failed_column in {item.column for item in outcome.failed}
    result = to_check_result(outcome)
    assert not result.passed and result.metadata["expectations_failed"].value >= 1


def test_statement_dated_after_publication_fails(con):
    _statements(con, [_row(), _row(statement_index=1, statement_date=date(2025, 3, 9))])
    outcome = _validate(con, STATEMENT_DATES)
    assert [item.column for item in outcome.failed] == ["not_after_publication"]


def _meetings(con, rows):
    con.execute(
        "create or replace table raw.meeting_mentions (article_id varchar, meeting_date date, "
        "date_end date, date_precision varchar, status varchar, partition_date date)"
    )
    con.executemany(
        "insert into raw.meeting_mentions values (?, ?, ?, ?, ?, date '2025-03-05')", rows
    )


def test_meeting_dates_allow_planned_future_meetings_only(con):
    _meetings(
        con,
        [
            ("a1", date(2025, 3, 4), date(2025, 3, 4), "day", "held"),
            ("a1", date(2025, 3, 12), date(2025, 3, 12), "day", "planned"),
            ("a1", None, None, "unknown", "held"),
        ],
    )
    assert _validate(con, MEETING_DATES).success
    _meetings(con, [("a1", date(2025, 3, 12), date(2025, 3, 12), "day", "held")])
    assert [item.column for item in _validate(con, MEETING_DATES).failed] == [
        "not_after_publication"
    ]


@pytest.mark.parametrize(
    ("row", "failed_column"),
    [
        (("a1", date(2025, 3, 4), date(2025, 3, 2), "range", "held"), "range_ordered"),
        (("a1", date(1066, 10, 14), date(1066, 10, 14), "day", "held"), "fact_year"),
        (("a1", date(2025, 3, 4), date(2025, 3, 4), "week", "held"), "date_precision"),
    ],
)
def test_meeting_dates_fail_on_invalid_dates(con, row, failed_column):
    _meetings(con, [row])
    assert failed_column in {item.column for item in _validate(con, MEETING_DATES).failed}


def test_deployment_and_date_mention_suites_fail_on_bad_rows(con):
    con.execute(
        "create table raw.deployment_mentions as select 'a1' as article_id, "
        "date '2025-04-01' as deployment_date, date '2025-04-01' as date_end, "
        "'day' as date_precision, 'confirmed' as status, date '2025-03-05' as partition_date"
    )
    assert not _validate(con, DEPLOYMENT_DATES).success
    con.execute("update raw.deployment_mentions set status = 'planned'")
    assert _validate(con, DEPLOYMENT_DATES).success

    con.execute(
        "create table raw.date_mentions as select 'a1' as article_id, 'unknown' as precision, "
        "date '2025-03-03' as date_start, date '2025-03-03' as date_end, "
        "date '2025-03-05' as partition_date"
    )
    failed = {item.column for item in _validate(con, DATE_MENTIONS).failed}
    assert failed == {"resolved_unless_unknown"}


def test_a_window_validated_in_batches_fails_on_a_bad_row_of_its_last_batch(con):
    good = [_row(statement_index=index) for index in range(5)]
    _statements(con, [*good, _row(statement_index=5, speaker_names=[])])
    batches = list(read_window_batches(con, STATEMENT_ATTRIBUTION.query, ALL_DATES, rows=2))
    assert [frame.height for frame in batches] == [2, 2, 2]

    outcome = validate_batches(STATEMENT_ATTRIBUTION, batches)
    assert outcome.row_count == 6 and not outcome.success
    (failed,) = outcome.failed
    assert (failed.column, failed.unexpected_count) == ("speaker_count", 1)
    whole = _validate(con, STATEMENT_ATTRIBUTION)
    assert [item.success for item in outcome.expectations] == [
        item.success for item in whole.expectations
    ]


def test_an_empty_window_is_one_empty_batch_that_passes(con):
    _statements(con, [_row()])
    empty_window = (date(2025, 4, 1), date(2025, 4, 2))
    (batch,) = read_window_batches(con, STATEMENT_ATTRIBUTION.query, empty_window, rows=2)
    assert batch.height == 0 and "speaker_count" in batch.columns
    outcome = validate_batches(STATEMENT_ATTRIBUTION, [batch])
    assert outcome.success and outcome.expectations


def _marts(con, mention: dict) -> None:
    """The marts the mention-integrity suite reads: one article, meeting and deployment, and
    one mention (`mention` overrides the fields of a good one)."""
    con.execute(
        "create or replace table main.dim_articles as select article_id, text, partition_date "
        "from raw.articles"
    )
    con.execute("create or replace table main.fct_meetings as select 'm1' as meeting_id")
    con.execute("create or replace table main.fct_deployments as select 'd1' as deployment_id")
    row = {
        "event_type": "meeting", "event_id": "m1", "article_id": "a1", "char_start": QUOTE_START,
        "char_end": QUOTE_START + len(QUOTE), "partition_date": date(2025, 3, 5), **mention,
    }
    con.execute(
        "create or replace table main.fct_event_mentions as select ?::varchar as event_type, "
        "?::varchar as event_id, ?::varchar as article_id, ?::int as char_start, "
        "?::int as char_end, ?::date as partition_date",
        list(row.values()),
    )


def test_event_mention_integrity_passes_on_a_mention_of_a_known_article_and_event(con):
    _marts(con, {})
    assert _validate(con, EVENT_MENTION_INTEGRITY).success
    _marts(con, {"event_type": "deployment", "event_id": "d1"})
    assert _validate(con, EVENT_MENTION_INTEGRITY).success


@pytest.mark.parametrize(
    ("mention", "failed_columns"),
    [
        # without its article, a mention's offsets cannot be in the text either
        ({"article_id": "a2"}, ["article_exists", "offsets_in_text"]),
        # the article is known, but in another partition than its mention: stale evidence
        ({"partition_date": date(2025, 3, 6)}, ["article_exists", "offsets_in_text"]),
        ({"event_id": "m2"}, ["event_exists"]),
        ({"event_type": "deployment"}, ["event_exists"]),
        ({"char_end": len(ARTICLE_TEXT) + 1}, ["offsets_in_text"]),
        ({"char_start": 20, "char_end": 10}, ["offsets_in_text"]),
    ],
)
def test_event_mention_integrity_fails_on_a_broken_mention(con, mention, failed_columns):
    _marts(con, mention)
    outcome = _validate(con, EVENT_MENTION_INTEGRITY)
    assert [item.column for item in outcome.failed] == failed_columns
