"""Sensors: inbox files are ingested, the partitions they touched built, then published."""

import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path

import dagster as dg

from orchestration.jobs import daily_job, ingest_job, publish_job
from orchestration.partitions import partition_range_tags, partition_ranges
from orchestration.project import REPO_ROOT

INBOX = Path(os.environ.get("NEWSEVENTS_INBOX", REPO_ROOT / "data" / "inbox"))


@dataclass
class InboxCursor:
    """The newest modification time seen, and the files seen at exactly that time."""

    mtime_ns: int = 0
    files_at_mtime: list[str] = field(default_factory=list)

    @classmethod
    def parse(cls, cursor: str | None) -> "InboxCursor":
        return cls(**json.loads(cursor)) if cursor else cls()

    def serialize(self) -> str:
        return json.dumps(asdict(self))


def new_inbox_files(inbox: Path, cursor: InboxCursor) -> tuple[list[Path], InboxCursor]:
    """Files of `inbox` (recursively) not yet seen by `cursor`, and the cursor after them."""
    if not inbox.is_dir():
        return [], cursor
    stamped = sorted(
        (path.stat().st_mtime_ns, str(path))
        for path in inbox.rglob("*")
        if path.is_file() and not path.name.startswith(".")
    )
    new = [
        (mtime, name)
        for mtime, name in stamped
        if mtime > cursor.mtime_ns or (mtime == cursor.mtime_ns and name not in cursor.files_at_mtime)
    ]
    if not new:
        return [], cursor
    newest = new[-1][0]
    seen_at_newest = [name for mtime, name in stamped if mtime == newest]
    return [Path(name) for _, name in new], InboxCursor(newest, seen_at_newest)


@dg.sensor(
    job=ingest_job,
    name="inbox_sensor",
    minimum_interval_seconds=30,
    description="Ingest files that arrive in the inbox folder (NEWSEVENTS_INBOX), each once.",
)
def inbox_sensor(context: dg.SensorEvaluationContext) -> dg.SensorResult | dg.SkipReason:
    files, cursor = new_inbox_files(INBOX, InboxCursor.parse(context.cursor))
    if not files:
        return dg.SkipReason(f"no new files in {INBOX}")
    return dg.SensorResult(
        run_requests=[
            dg.RunRequest(
                run_key=cursor.serialize(),
                run_config={
                    "ops": {"raw_articles": {"config": {"paths": [str(path) for path in files]}}}
                },
            )
        ],
        cursor=cursor.serialize(),
    )


@dg.asset_sensor(
    asset_key=dg.AssetKey("raw_articles"),
    job=daily_job,
    name="landed_partitions_sensor",
    description="After each ingest, build the range of partitions that the new articles touched.",
)
def landed_partitions_sensor(
    context: dg.SensorEvaluationContext, asset_event: dg.EventLogEntry
) -> list[dg.RunRequest] | dg.SkipReason:
    materialization = asset_event.asset_materialization
    dates = materialization.metadata.get("partition_dates") if materialization else None
    if dates is None or not dates.value:
        return dg.SkipReason("the ingest touched no partition")
    return [
        dg.RunRequest(
            run_key=f"{asset_event.run_id}:{first}..{last}",
            tags=partition_range_tags(first, last),
        )
        for first, last in partition_ranges(dates.value)
    ]


IN_FLIGHT = [
    dg.DagsterRunStatus.NOT_STARTED,
    dg.DagsterRunStatus.QUEUED,
    dg.DagsterRunStatus.STARTING,
    dg.DagsterRunStatus.STARTED,
]


@dg.run_status_sensor(
    run_status=dg.DagsterRunStatus.SUCCESS,
    monitored_jobs=[daily_job],
    request_job=publish_job,
    name="publish_after_daily_runs",
    description="Publish once the daily runs are done: after the last of a batch or backfill.",
)
def publish_after_daily_runs(context: dg.RunStatusSensorContext) -> dg.RunRequest | dg.SkipReason:
    pending = context.instance.get_run_ids(
        dg.RunsFilter(job_name=daily_job.name, statuses=IN_FLIGHT), limit=1
    )
    if pending:
        return dg.SkipReason(f"daily run {pending[0]} still to finish: it will publish")
    return dg.RunRequest(run_key=f"publish-after-{context.dagster_run.run_id}")
