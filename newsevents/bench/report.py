"""The benchmark's targets, verdicts, table and JSON."""

import json
from pathlib import Path

from newsevents.bench.measure import HISTORY_DAYS

TARGET_ARTICLES = 100_000
TARGETS = {
    "extraction_articles_per_second": (">=", 5_000),
    "pipeline_seconds_100k": ("<=", 120),
    "partition_history_ratio": ("<=", 1.3),
    "peak_rss_gb": ("<=", 2.0),
    "ingest_peak_rss_gb": ("<=", 2.0),
}


def _peak_gb(stage: dict) -> float:
    peaks = [*stage.get("peak_rss_mb", {}).values(), *stage.get("phase_peak_rss_mb", {}).values()]
    return max(peaks) / 1024


def _publish_seconds(run: dict) -> float:
    """The publish_job's share of a pipeline run (the rest is its ingest_job and daily_job)."""
    return run["seconds"] - run["daily_seconds"]


def summary(figures: dict) -> dict:
    """The headline figures, each compared with its target."""
    articles = figures["corpus"]["articles"]
    pipeline = figures["pipeline"]
    # The target's stages: ingest, extract, dbt and checks (ingest_job and daily_job); the
    # publish_job after them (search index, snapshot) is reported apart.
    seconds = pipeline["daily_seconds"]
    fixed = figures["partition_on_empty"]["daily_seconds"]
    # The pipeline's cost is a fixed start-up (the small partition on an empty warehouse pays
    # about the same) plus a part that grows with the articles.
    projected = (
        seconds if articles == TARGET_ARTICLES
        else fixed + max(seconds - fixed, 0) * TARGET_ARTICLES / articles
    )
    stages = {
        "extraction": figures["extraction"],
        "pipeline": pipeline,
        "partition_on_history": figures["partition_on_history"],
        "partition_on_empty": figures["partition_on_empty"],
        "pipeline_process": figures["pipeline_process"],
        "peer": figures["peer"],
    }
    measured = {
        "extraction_articles_per_second": figures["extraction"]["articles_per_second"],
        "pipeline_seconds_100k": projected,
        # a partition's runs are ingest_job and daily_job; publish_job runs once per batch
        "partition_history_ratio": (
            figures["partition_on_history"]["daily_seconds"]
            / figures["partition_on_empty"]["daily_seconds"]
        ),
        "peak_rss_gb": max(_peak_gb(stage) for stage in stages.values()),
    }
    if "ingest" in figures:
        measured["ingest_peak_rss_gb"] = _peak_gb(figures["ingest"])
    at_scale = articles == TARGET_ARTICLES
    # the whole run and the partition's history are ranges over the corpus's days
    history_at_scale = at_scale and figures["corpus"]["days"] == HISTORY_DAYS
    scale = {
        "pipeline_seconds_100k": history_at_scale,
        "partition_history_ratio": history_at_scale,
        "ingest_peak_rss_gb": "ingest" in figures and figures["ingest"]["megabytes"] >= 1000,
    }
    verdicts = {}
    for name, value in measured.items():
        sense, target = TARGETS[name]
        met = value >= target if sense == ">=" else value <= target
        verdicts[name] = {
            "measured": value, "target": f"{sense} {target}", "met": met,
            "at_target_scale": scale.get(name, at_scale),
        }
    return verdicts


def _repeats(partition: dict) -> str:
    return " / ".join(f"{seconds:.1f}" for seconds in partition["repeats_daily_seconds"])


def table(figures: dict) -> str:
    """The printed table: every figure, then target against measured with pass/miss."""
    extraction, pipeline = figures["extraction"], figures["pipeline"]
    history, empty, peer = figures["partition_on_history"], figures["partition_on_empty"], figures["peer"]
    n = figures["corpus"]["articles"]
    rows = [
        ("corpus", f"{n:,} articles, {figures['corpus']['megabytes']:.0f} MB JSONL, "
                   f"{figures['corpus']['days']} days; generated in {figures['corpus']['seconds']:.1f} s"),
        ("extraction (polars)", f"{extraction['articles_per_second']:,.0f} articles/s, "
                                f"{extraction['megabytes_per_second']:.2f} MB/s "
                                f"({extraction['seconds']:.1f} s for {extraction['articles']:,})"),
        ("extraction peak RSS", f"{_peak_gb(extraction):.2f} GB"),
        ("whole pipeline", f"{pipeline['daily_seconds']:.1f} s ingest + extract + dbt + checks "
                           f"for {n:,} articles, then {_publish_seconds(pipeline):.1f} s "
                           f"publish ({'ok' if pipeline['success'] else 'FAILED'})"),
    ]
    for phase, seconds in pipeline["phase_seconds"].items():
        peak = pipeline["phase_peak_rss_mb"].get(phase, 0) / 1024
        rows.append((f"  phase: {phase}", f"{seconds:.1f} s, peak RSS {peak:.2f} GB"))
    rows += [
        (f"partition, {figures['corpus']['days']}-day warehouse",
         f"{history['daily_seconds']:.1f} s ingest + daily job, median of {_repeats(history)} "
         f"({figures['corpus']['partition_articles']:,} articles a day), "
         f"then {_publish_seconds(history):.1f} s publish"),
        ("partition, empty warehouse", f"{empty['daily_seconds']:.1f} s ingest + daily job, "
                                       f"median of {_repeats(empty)}, "
                                       f"then {_publish_seconds(empty):.1f} s publish"),
    ]
    # medians of the days' phases; the rows above give the last day's publish
    for phase in pipeline["phase_seconds"]:
        if phase == "publish" or phase not in history["phase_seconds"]:
            continue
        rows.append((f"  phase: {phase} (median)", f"{history['phase_seconds'][phase]:.1f} s on history, "
                                                   f"{empty['phase_seconds'].get(phase, 0):.1f} s on empty"))
    if "ingest" in figures:
        ingest = figures["ingest"]
        rows.append(("ingest JSONL", f"{ingest['megabytes']:.0f} MB, {ingest['records']:,} records in "
                                     f"{ingest['seconds']:.1f} s ({ingest['records_per_second']:,.0f} records/s), "
                                     f"peak RSS {_peak_gb(ingest):.2f} GB"))
    agreement = "n/a" if peer["agreement"] is None else f"{peer['agreement']:.1%}"
    rows += [
        ("peer: dateparser search_dates", f"{peer['peer_articles_per_second']:.1f} articles/s "
                                          f"on {peer['sample_articles']} articles"),
        ("ours: sentences + dates", f"{peer['ours_articles_per_second']:,.0f} articles/s "
                                    f"on {peer['ours_articles']:,} articles "
                                    f"(x{peer['ours_articles_per_second'] / peer['peer_articles_per_second']:,.0f})"),
        ("date agreement", f"{agreement} of {peer['found_by_both']:,} expressions both found; "
                           f"dateparser {peer['peer_mentions']:,}, ours {peer['our_mentions']:,}"),
    ]
    width = max(len(label) for label, _ in rows)
    lines = [f"{label:<{width}}  {value}" for label, value in rows]
    lines += ["", f"{'target':<36}{'goal':>10}{'measured':>14}  verdict"]
    for name, verdict in summary(figures).items():
        scale = "" if verdict["at_target_scale"] else " (below target scale)"
        label = name + (" (projected)" if name == "pipeline_seconds_100k" and n != TARGET_ARTICLES else "")
        lines.append(f"{label:<36}{verdict['target']:>10}{verdict['measured']:>14,.2f}  "
                     f"{'pass' if verdict['met'] else 'MISS'}{scale}")
    return "\n".join(lines)


PIPELINE_RUNS = ("pipeline", "partition_on_history", "partition_on_empty")


def failed_runs(figures: dict) -> list[str]:
    """The pipeline runs that did not succeed, with their failed steps and checks."""
    return [
        f"{name}: {', '.join(figures[name]['failed_steps'] + figures[name]['checks_failed'])}"
        for name in PIPELINE_RUNS
        if not figures[name]["success"]
    ]


def write_json(figures: dict, path: Path) -> None:
    path.write_text(json.dumps({**figures, "targets": summary(figures)}, indent=2, default=str), encoding="utf-8")
