"""Run a Great Expectations suite on a dataframe and turn the outcome into a Dagster check result.

Great Expectations takes ~4 s to import, so it is imported here, lazily, on first validation.
Suites validate dataframes read from DuckDB (GX over SQLAlchemy/duckdb-engine gave wrong answers).
"""

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

import dagster as dg
import polars as pl

from expectations.suites import Suite


@dataclass(frozen=True)
class ExpectationOutcome:
    """One expectation's verdict on a dataframe."""

    expectation: str
    column: str | None
    success: bool
    unexpected_count: int
    unexpected_examples: list[Any]


@dataclass(frozen=True)
class SuiteOutcome:
    """A suite's verdict on a dataframe: it succeeds when every expectation does."""

    suite: str
    row_count: int
    expectations: list[ExpectationOutcome]

    @property
    def success(self) -> bool:
        return all(outcome.success for outcome in self.expectations)

    @property
    def failed(self) -> list[ExpectationOutcome]:
        return [outcome for outcome in self.expectations if not outcome.success]


@cache
def _batch_definition():
    """An ephemeral GX context with one pandas dataframe asset (built once per process)."""
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
    import great_expectations as gx
    from great_expectations.data_context.types.base import ProgressBarsConfig

    context = gx.get_context(mode="ephemeral")
    context.variables.progress_bars = ProgressBarsConfig(globally=False)
    source = context.data_sources.add_pandas("newsevents_frames")
    return source.add_dataframe_asset("frame").add_batch_definition_whole_dataframe("whole_frame")


def validate_frame(suite: Suite, frame: pl.DataFrame) -> SuiteOutcome:
    """Validate `frame` against `suite` with Great Expectations."""
    import great_expectations as gx

    batch = _batch_definition().get_batch(batch_parameters={"dataframe": frame.to_pandas()})
    gx_suite = gx.ExpectationSuite(name=suite.name, expectations=suite.build_expectations())
    result = batch.validate(gx_suite, result_format="SUMMARY")
    return SuiteOutcome(
        suite=suite.name,
        row_count=frame.height,
        expectations=[
            ExpectationOutcome(
                expectation=item.expectation_config.type,
                column=item.expectation_config.kwargs.get("column"),
                success=bool(item.success),
                unexpected_count=int(item.result.get("unexpected_count") or 0),
                unexpected_examples=[
                    str(value) for value in (item.result.get("partial_unexpected_list") or [])[:5]
                ],
            )
            for item in result.results
        ],
    )


def _combined(verdicts: Sequence[ExpectationOutcome]) -> ExpectationOutcome:
    """One expectation's verdicts on consecutive batches, as one verdict on their union."""
    return ExpectationOutcome(
        expectation=verdicts[0].expectation,
        column=verdicts[0].column,
        success=all(verdict.success for verdict in verdicts),
        unexpected_count=sum(verdict.unexpected_count for verdict in verdicts),
        unexpected_examples=[
            example for verdict in verdicts for example in verdict.unexpected_examples
        ][:5],
    )


def validate_batches(suite: Suite, frames: Iterable[pl.DataFrame]) -> SuiteOutcome:
    """Validate consecutive batches of one table and combine the verdicts.

    Every expectation of the suites tests rows one at a time, so the table passes when each batch
    does; unexpected counts add up and the first examples are kept.
    """
    outcomes = [validate_frame(suite, frame) for frame in frames]
    return SuiteOutcome(
        suite=suite.name,
        row_count=sum(outcome.row_count for outcome in outcomes),
        expectations=[
            _combined(verdicts)
            for verdicts in zip(*(outcome.expectations for outcome in outcomes))
        ],
    )


def to_check_result(
    outcome: SuiteOutcome,
    asset: str | None = None,
    severity: dg.AssetCheckSeverity = dg.AssetCheckSeverity.ERROR,
) -> dg.AssetCheckResult:
    """A Dagster check result that lists every expectation and, for failures, examples."""
    table = "\n".join(
        f"| {'pass' if item.success else 'FAIL'} | `{item.expectation}` | {item.column or ''} "
        f"| {item.unexpected_count} | {', '.join(item.unexpected_examples)} |"
        for item in outcome.expectations
    )
    return dg.AssetCheckResult(
        asset_key=asset,
        check_name=outcome.suite if asset else None,
        passed=outcome.success,
        severity=severity,
        description=f"Great Expectations suite `{outcome.suite}`",
        metadata={
            "suite": outcome.suite,
            "rows_validated": outcome.row_count,
            "expectations_failed": len(outcome.failed),
            "expectations_total": len(outcome.expectations),
            "results": dg.MetadataValue.md(
                "| result | expectation | column | unexpected | examples |\n|---|---|---|---|---|\n"
                + table
            ),
        },
    )
