"""The summary that `newsevents run` ends with."""

import io

from newsevents.runner import RunOutcome, print_summary


def _summary(outcome: RunOutcome) -> str:
    out = io.StringIO()
    print_summary(outcome, out=out)
    return out.getvalue()


def test_check_evaluations_of_several_range_runs_are_said_to_be_summed():
    outcome = RunOutcome(
        False,
        partition_ranges=[("2025-01-01", "2025-01-03"), ("2025-03-01", "2025-03-01")],
        counts={"articles": 3},
        checks_passed=["dim_articles:a", "dim_articles:a"],
        checks_failed=["fct_statements:b"],
    )
    text = _summary(outcome)
    assert "partitions:   2025-01-01 .. 2025-01-03" in text
    assert "2 passed, 1 failed (evaluations over 2 range runs)" in text
    assert "FAILED fct_statements:b" in text


def test_one_range_run_counts_its_checks_plainly():
    text = _summary(RunOutcome(True, partition_ranges=[("2025-01-01", "2025-01-01")], checks_passed=["x"]))
    assert text.rstrip().endswith("checks:       1 passed, 0 failed")
