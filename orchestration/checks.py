"""Great Expectations suites as Dagster asset checks; ERROR failures block downstream assets.

The suites of one layer run in one step (`multi_asset_check`): each step pays the import of
Great Expectations once, and the extraction's checks run before dbt so that they can block it.
Each suite reads its window in batches of rows and validates them one after the other.
"""

from collections.abc import Iterator, Sequence

import dagster as dg
from dagster_duckdb import DuckDBResource

from expectations.suites import (
    DATE_MENTIONS,
    DEPLOYMENT_DATES,
    EVENT_MENTION_INTEGRITY,
    MEETING_DATES,
    STATEMENT_ATTRIBUTION,
    STATEMENT_DATES,
    Suite,
)
from expectations.validate import to_check_result, validate_batches
from orchestration.warehouse import read_window_batches
from orchestration.windows import WAREHOUSE_POOL, partition_window


# Rows validated at a time: a backfill's window is read in batches, never held whole.
VALIDATION_BATCH_ROWS = 250_000


def suite_checks(name: str, suites: Sequence[tuple[Suite, str]]) -> dg.AssetChecksDefinition:
    """One step of blocking checks, each validating the run's window of an asset with a suite."""
    asset_by_check = {suite.name: asset for suite, asset in suites}

    @dg.multi_asset_check(
        specs=[
            dg.AssetCheckSpec(
                suite.name,
                asset=asset,
                description=suite.description,
                blocking=True,
            )
            for suite, asset in suites
        ],
        name=name,
        pool=WAREHOUSE_POOL,
        compute_kind="great_expectations",
        can_subset=True,
    )
    def _checks(
        context: dg.AssetCheckExecutionContext, warehouse: DuckDBResource
    ) -> Iterator[dg.AssetCheckResult]:
        window = partition_window(context)
        selected = {key.name for key in context.selected_asset_check_keys}
        with warehouse.get_connection() as con:
            outcomes = [
                validate_batches(
                    suite, read_window_batches(con, suite.query, window, VALIDATION_BATCH_ROWS)
                )
                for suite, _ in suites
                if suite.name in selected
            ]
        for outcome in outcomes:
            yield to_check_result(outcome, asset=asset_by_check[outcome.suite])

    return _checks


extraction_checks = suite_checks(
    "extraction_expectations",
    [
        (STATEMENT_ATTRIBUTION, "statements"),
        (STATEMENT_DATES, "statements"),
        (MEETING_DATES, "meeting_mentions"),
        (DEPLOYMENT_DATES, "deployment_mentions"),
        (DATE_MENTIONS, "date_mentions"),
    ],
)
warehouse_checks = suite_checks(
    "warehouse_expectations", [(EVENT_MENTION_INTEGRITY, "fct_event_mentions")]
)
asset_checks = [extraction_checks, warehouse_checks]
