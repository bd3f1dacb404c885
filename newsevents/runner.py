"""`newsevents run`: land the inputs, build the days they touched, publish, through Dagster.

The runs execute jobs of the same `Definitions` that the Dagster UI shows, on the instance of
DAGSTER_HOME when it is set (so the runs appear in the UI), else on an ephemeral instance.
"""

import os
import shutil
import socket
import sys
import time
from contextlib import redirect_stdout
from dataclasses import dataclass, field
from pathlib import Path

import dagster as dg

SUMMARY_TABLES = {
    "articles": "main.dim_articles",
    "meetings": "main.fct_meetings",
    "deployments": "main.fct_deployments",
    "statements": "main.fct_statements",
    "quarantined inputs": "main.quarantined_inputs",
}
QUIET_LOGS = {"loggers": {"console": {"config": {"log_level": "WARNING"}}}}
# Which process on which machine runs a job: a run left unfinished by a process that is gone
# (killed, the machine restarted) is failed by the next `newsevents run` and frees its pool slot.
RUNNER_PID_TAG = "newsevents/runner_pid"
RUNNER_HOST_TAG = "newsevents/runner_host"
FINISHED = {dg.DagsterRunStatus.SUCCESS, dg.DagsterRunStatus.FAILURE, dg.DagsterRunStatus.CANCELED}
# How often a run waiting for the warehouse asks whether the slot is free.
SLOT_POLL_SECONDS = 1.0
# The configuration of the project's Dagster instance (`make run`, `make ui`): its event log
# storage and its pools.
PROJECT_INSTANCE_CONFIG = Path(__file__).resolve().parents[1] / "dagster_home" / "dagster.yaml"


@dataclass
class RunOutcome:
    """What a `newsevents run` did: success, table counts and check verdicts."""

    success: bool
    partition_ranges: list[tuple[str, str]] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    checks_passed: list[str] = field(default_factory=list)
    checks_failed: list[str] = field(default_factory=list)
    failed_steps: list[str] = field(default_factory=list)


def project_instance(folder: Path) -> Path:
    """`folder` as a Dagster home configured as the project's (its `dagster.yaml`), for runs
    kept apart from the developer's `dagster_home`."""
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(PROJECT_INSTANCE_CONFIG, folder / "dagster.yaml")
    return folder


def _instance() -> dg.DagsterInstance:
    if os.environ.get("DAGSTER_HOME"):
        Path(os.environ["DAGSTER_HOME"]).mkdir(parents=True, exist_ok=True)
        return dg.DagsterInstance.get()
    return dg.DagsterInstance.ephemeral()


def _runner_tags() -> dict[str, str]:
    return {RUNNER_PID_TAG: str(os.getpid()), RUNNER_HOST_TAG: socket.gethostname()}


def release_dead_runs(instance: dg.DagsterInstance) -> list[str]:
    """Fail the unfinished runs of `newsevents run` processes of this machine that are gone, and
    free their slots of the warehouse pool (one slot: a dead run's claim would keep every later
    run waiting). Returns their run ids."""
    records = instance.get_run_records(
        dg.RunsFilter(
            statuses=[status for status in dg.DagsterRunStatus if status not in FINISHED],
            tags={RUNNER_HOST_TAG: socket.gethostname()},
        )
    )
    released = []
    for record in records:
        run = record.dagster_run
        pid = int(run.tags.get(RUNNER_PID_TAG, "0"))
        if pid and not _process_alive(pid):
            instance.report_run_failed(run, message=f"its newsevents process ({pid}) ended before the run did")
            instance.event_log_storage.free_concurrency_slots_for_run(run.run_id)
            released.append(run.run_id)
    return released


def warehouse_slot_holders(instance: dg.DagsterInstance) -> list[str]:
    """The runs that hold the warehouse pool's slot: a step of another run waits until they end."""
    from orchestration.windows import WAREHOUSE_POOL

    if not instance.event_log_storage.supports_global_concurrency_limits:
        return []
    claimed = instance.event_log_storage.get_concurrency_info(WAREHOUSE_POOL).claimed_slots
    return sorted({slot.run_id for slot in claimed})


def wait_for_warehouse(instance: dg.DagsterInstance) -> None:
    """Return once no run holds the warehouse pool's slot, saying which run it waits for.

    The wait happens here, before the job starts, because Dagster's own wait for a pool slot
    does not act on Ctrl-C or SIGTERM (it only captures them, and acts on them inside a step):
    a run waiting there could only be killed. Here an interrupt ends the command.
    """
    holders = warehouse_slot_holders(instance)
    for run_id in holders:
        print(
            f"waiting for the warehouse: run {run_id} holds its pool slot "
            "(see it in the Dagster UI; this run starts when it ends)",
            flush=True,
        )
    while holders:
        time.sleep(SLOT_POLL_SECONDS)
        holders = warehouse_slot_holders(instance)


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    return True


def _check_verdicts(result: dg.ExecuteInProcessResult) -> tuple[list[str], list[str]]:
    passed, failed = [], []
    for evaluation in result.get_asset_check_evaluations():
        name = f"{evaluation.asset_key.to_user_string()}:{evaluation.check_name}"
        (passed if evaluation.passed else failed).append(name)
    return passed, failed


def _counts(warehouse: Path) -> dict[str, int]:
    # the pipeline's own resource settings: DuckDB refuses a second configuration for a file
    # already open in this process
    from orchestration.resources import warehouse_resource

    with warehouse_resource(str(warehouse)).get_connection() as con:
        existing = {
            f"{schema}.{name}"
            for schema, name in con.execute(
                "select table_schema, table_name from information_schema.tables"
            ).fetchall()
        }
        return {
            label: con.execute(f"select count(*) from {table}").fetchone()[0]
            for label, table in SUMMARY_TABLES.items()
            if table in existing
        }


def run_pipeline(
    inputs: list[Path], warehouse: Path, *, full_refresh: bool = False, publish: bool = True
) -> RunOutcome:
    """Materialise every asset on `inputs` into `warehouse` and report what happened.

    `publish=False` leaves out the publish_job (search index, analysts' snapshot), for a batch
    of daily runs that publishes once after the last.
    """
    warehouse = warehouse.resolve()
    warehouse.parent.mkdir(parents=True, exist_ok=True)
    os.environ["NEWSEVENTS_WAREHOUSE"] = str(warehouse)
    with _instance() as instance:  # closes the event log's files
        return _run_jobs(instance, inputs, warehouse, full_refresh=full_refresh, publish=publish)


def _run_jobs(
    instance: dg.DagsterInstance,
    inputs: list[Path],
    warehouse: Path,
    *,
    full_refresh: bool,
    publish: bool,
) -> RunOutcome:
    """`run_pipeline`'s jobs on `instance`: ingest, the daily job per range of days, publish."""
    from orchestration.definitions import defs  # reads NEWSEVENTS_WAREHOUSE
    from orchestration.partitions import partition_range_tags, partition_ranges

    runner = _runner_tags()
    for run_id in release_dead_runs(instance):
        print(f"run {run_id} of an ended process marked failed, its warehouse slot freed", flush=True)
    print(f"ingest: reading {', '.join(str(path) for path in inputs)}", flush=True)
    wait_for_warehouse(instance)
    landing = defs.resolve_job_def("ingest_job").execute_in_process(
        run_config={
            **QUIET_LOGS,
            "ops": {"raw_articles": {"config": {"paths": [str(path.resolve()) for path in inputs]}}},
        },
        instance=instance,
        tags=runner,
        raise_on_error=False,
    )
    if not landing.success:
        return RunOutcome(False, failed_steps=_failed_steps(landing))
    metadata = landing.asset_materializations_for_node("raw_articles")[0].metadata
    print(
        f"ingest: {metadata['article_records'].value} article records, "
        f"{metadata['quarantined'].value} quarantined",
        flush=True,
    )
    for label, key in (("by format", "article_records_by_format"),
                       ("quarantined by reason", "quarantined_by_reason")):
        counts = metadata[key].value if key in metadata else {}
        if counts:
            listed = ", ".join(f"{name} {count}" for name, count in sorted(counts.items()))
            print(f"  {label}: {listed}", flush=True)
    outcome = RunOutcome(True)
    run_config: dict = dict(QUIET_LOGS)
    if full_refresh:
        run_config["ops"] = {"warehouse_models": {"config": {"full_refresh": True}}}
    daily_job = defs.resolve_job_def("daily_job")
    # dagster-dbt echoes every dbt log line to stdout: keep them in a file beside the warehouse
    dbt_log = warehouse.with_suffix(".dbt.log")
    dbt_log.unlink(missing_ok=True)
    print(f"dbt output: {dbt_log}", flush=True)
    days = metadata["partition_dates"].value
    for first, last in partition_ranges(days):
        print(f"extract, dbt build and checks: partitions {first} .. {last}", flush=True)
        wait_for_warehouse(instance)
        with dbt_log.open("a", encoding="utf-8") as log, redirect_stdout(log):
            build = daily_job.execute_in_process(
                run_config=run_config,
                instance=instance,
                tags={**partition_range_tags(first, last), **runner},
                raise_on_error=False,
            )
        passed, failed = _check_verdicts(build)
        outcome.partition_ranges.append((first, last))
        outcome.checks_passed += passed
        outcome.checks_failed += failed
        outcome.failed_steps += _failed_steps(build)
        if not build.success:
            outcome.success = False
            break
    if outcome.success and publish:
        print("publish: search index and analysts' snapshot", flush=True)
        wait_for_warehouse(instance)
        published = defs.resolve_job_def("publish_job").execute_in_process(
            run_config=QUIET_LOGS, instance=instance, tags=runner, raise_on_error=False
        )
        outcome.failed_steps += _failed_steps(published)
        outcome.success = published.success
    outcome.counts = _counts(warehouse)
    return outcome


def _failed_steps(result: dg.ExecuteInProcessResult) -> list[str]:
    return [
        f"{event.step_key}: {event.step_failure_data.error.message.strip().splitlines()[0]}"
        if event.step_failure_data and event.step_failure_data.error
        else str(event.step_key)
        for event in result.get_step_failure_events()
    ]


def print_summary(outcome: RunOutcome, out=sys.stdout) -> None:
    """The short summary that `newsevents run` ends with."""
    print("\nnewsevents run summary", file=out)
    for first, last in outcome.partition_ranges:
        print(f"  partitions:   {first} .. {last}", file=out)
    for label, count in outcome.counts.items():
        print(f"  {label + ':':<20}{count}", file=out)
    runs = len(outcome.partition_ranges)
    print(
        f"  checks:       {len(outcome.checks_passed)} passed, {len(outcome.checks_failed)} failed"
        + (f" (evaluations over {runs} range runs)" if runs > 1 else ""),
        file=out,
    )
    for name in outcome.checks_failed:
        print(f"    FAILED {name}", file=out)
    for step in outcome.failed_steps:
        print(f"  step failed: {step}", file=out)
