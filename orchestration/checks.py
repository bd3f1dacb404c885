"""Great Expectations suites as Dagster asset checks; ERROR failures block downstream assets."""

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
from expectations.validate import to_check_result, validate_frame
from orchestration.warehouse import read_window
from orchestration.windows import WAREHOUSE_POOL, partition_window


def suite_check(suite: Suite, asset: str) -> dg.AssetChecksDefinition:
    """A blocking check that validates the rows of the run's window with a GX suite."""

    @dg.asset_check(
        asset=asset,
        name=suite.name,
        description=suite.description,
        blocking=True,
        pool=WAREHOUSE_POOL,
        compute_kind="great_expectations",
    )
    def _check(
        context: dg.AssetCheckExecutionContext, warehouse: DuckDBResource
    ) -> dg.AssetCheckResult:
        with warehouse.get_connection() as con:
            frame = read_window(con, suite.query, partition_window(context))
        return to_check_result(validate_frame(suite, frame))

    return _check


asset_checks = [
    suite_check(STATEMENT_ATTRIBUTION, "statements"),
    suite_check(STATEMENT_DATES, "statements"),
    suite_check(MEETING_DATES, "meeting_mentions"),
    suite_check(DEPLOYMENT_DATES, "deployment_mentions"),
    suite_check(DATE_MENTIONS, "date_mentions"),
    suite_check(EVENT_MENTION_INTEGRITY, "fct_event_mentions"),
]
