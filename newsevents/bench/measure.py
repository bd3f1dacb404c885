"""`newsevents bench`: generate the corpus, run each stage in a subprocess, collect the figures."""

import json
import os
import platform
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from statistics import median

from newsevents.bench.corpus import LAST_DAY, CorpusSpec, write_corpus
from newsevents.bench.stages import remove_warehouse

# The days of publication of the corpus, that is the history the daily partition is run against.
HISTORY_DAYS = 100
# The daily partition is measured this many times on each warehouse, alternating, on as many
# new days (by default): one run of 13-19 s moves by more than the machine's drift between two.
PARTITION_REPEATS = 3


@dataclass
class BenchOptions:
    """What `newsevents bench` measures, and where it writes."""

    articles: int = 100_000
    seed: int = 42
    ingest_megabytes: int = 1000
    peer_sample: int = 200
    peer_ours_articles: int = 2000
    partition_repeats: int = PARTITION_REPEATS
    history_days: int = HISTORY_DAYS
    output: Path = Path("data/bench")
    profile: bool = False


def run_stage(stage: str, arguments: dict, folder: Path) -> dict:
    """Run one stage in a fresh Python process (its own peak RSS) and return its figures."""
    result = folder / f"stage-{stage}.json"
    result.unlink(missing_ok=True)
    env = {key: value for key, value in os.environ.items() if key != "DAGSTER_HOME"}
    command = [sys.executable, "-m", "newsevents.bench.stages", stage, json.dumps(arguments), str(result)]
    completed = subprocess.run(command, env=env, capture_output=True, text=True)
    if completed.returncode != 0:
        raise RuntimeError(f"bench stage {stage} failed:\n{completed.stderr[-3000:]}")
    return json.loads(result.read_text(encoding="utf-8"))


def _fresh(path: Path) -> Path:
    remove_warehouse(path)
    path.with_suffix(".dbt.log").unlink(missing_ok=True)
    return path


def partition_runs(days: list[Path], history: Path, on_history: Path, on_empty: Path) -> list[dict]:
    """The daily runs of the new days, alternating between the two warehouses.

    Day by day, as a deployment runs them: the copy of the history's warehouse takes each day in
    turn, on the Dagster instance that built the history; the empty warehouse starts empty for
    each day, on a new instance. Only the last run on each publishes.
    """
    runs = []
    for number, day in enumerate(days, start=1):
        last = number == len(days)
        runs += [
            {"name": f"partition_on_history_{number}", "inputs": [str(day)],
             "warehouse": str(on_history), "instance": str(instance_of(history)), "publish": last,
             **({"copy_of": str(history)} if number == 1 else {})},
            {"name": f"partition_on_empty_{number}", "inputs": [str(day)],
             "warehouse": str(on_empty), "instance": str(instance_of(on_empty)), "publish": last,
             "empty": True},
        ]
    return runs


def instance_of(warehouse: Path) -> Path:
    """The folder of the Dagster instance that runs the pipeline on `warehouse`."""
    return warehouse.with_suffix(".dagster_home")


def combine_repeats(runs: list[dict]) -> dict:
    """One figure for the repeated runs of a partition: median times, highest peaks, all outcomes.

    `seconds` is the median daily part plus the publish of the run that published.
    """
    daily = median(run["daily_seconds"] for run in runs)
    phases = list(dict.fromkeys(phase for run in runs for phase in run["phase_seconds"]))
    return {
        "daily_seconds": daily,
        "seconds": daily + sum(run["seconds"] - run["daily_seconds"] for run in runs),
        "repeats_daily_seconds": [run["daily_seconds"] for run in runs],
        "success": all(run["success"] for run in runs),
        "failed_steps": [step for run in runs for step in run["failed_steps"]],
        "checks_failed": [check for run in runs for check in run["checks_failed"]],
        "counts": runs[-1]["counts"],
        "phase_seconds": {
            phase: median(run["phase_seconds"][phase] for run in runs if phase in run["phase_seconds"])
            for phase in phases
        },
        "phase_peak_rss_mb": {
            phase: max(run["phase_peak_rss_mb"].get(phase, 0) for run in runs) for phase in phases
        },
    }


def machine() -> dict:
    """The machine the figures come from."""
    import duckdb
    import polars

    memory_kb = next(
        int(line.split()[1]) for line in Path("/proc/meminfo").read_text().splitlines()
        if line.startswith("MemTotal:")
    )
    cpu = next(
        (line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
         if line.startswith("model name")),
        platform.processor(),
    )
    return {
        "cpus": os.cpu_count(),
        "cpu_model": cpu,
        "memory_gb": round(memory_kb / 2**20, 1),
        "python": platform.python_version(),
        "polars": polars.__version__,
        "duckdb": duckdb.__version__,
    }


def run_bench(options: BenchOptions, progress=print) -> dict:
    """Every figure of the benchmark, as one JSON-ready dict (see `report.py` for the targets)."""
    folder = options.output.resolve()
    folder.mkdir(parents=True, exist_ok=True)
    profile = (lambda name: str(folder / f"profile-{name}.txt")) if options.profile else (lambda name: None)
    figures: dict = {"options": {**options.__dict__, "output": str(options.output)}, "machine": machine()}

    started = time.perf_counter()
    spec = CorpusSpec(options.articles, days=options.history_days, seed=options.seed)
    corpus = write_corpus(spec, folder)
    day_specs = [
        CorpusSpec(
            max(options.articles // options.history_days, 10), days=1, seed=options.seed + day,
            last_day=LAST_DAY + timedelta(days=day),
        )
        for day in range(1, options.partition_repeats + 1)
    ]
    day_files = [write_corpus(day_spec, folder) for day_spec in day_specs]
    figures["corpus"] = {
        "path": str(corpus), "articles": spec.articles, "days": spec.days,
        "megabytes": corpus.stat().st_size / 1e6, "seconds": time.perf_counter() - started,
        "partition_files": [str(day_file) for day_file in day_files],
        "partition_articles": day_specs[0].articles,
    }
    progress(f"corpus: {spec.articles} articles, {figures['corpus']['megabytes']:.0f} MB ({corpus.name})")

    progress(f"extraction (polars alone): {options.articles} articles")
    figures["extraction"] = run_stage(
        "extract", {"corpus": str(corpus), "articles": options.articles, "profile": profile("extract")}, folder
    )

    history = _fresh(folder / "history.duckdb")
    progress(
        f"whole pipeline through Dagster: {options.articles} articles over {options.history_days} days; "
        f"then {options.partition_repeats} new days of {day_specs[0].articles} articles, each on that "
        "warehouse and on an empty one"
    )
    pipelines = run_stage(
        "pipeline",
        {
            "runs": [
                {"name": "pipeline", "inputs": [str(corpus)], "warehouse": str(history),
                 "instance": str(instance_of(history)), "empty": True},
                *partition_runs(
                    day_files, history, _fresh(folder / "partition-history.duckdb"),
                    _fresh(folder / "partition-empty.duckdb"),
                ),
            ],
            "log": str(folder / "pipeline.log"),
            "profile": profile("pipeline"),
        },
        folder,
    )
    runs = pipelines["runs"]
    figures["pipeline"] = runs["pipeline"]
    for side in ("partition_on_history", "partition_on_empty"):
        figures[side] = combine_repeats(
            [runs[f"{side}_{day}"] for day in range(1, len(day_files) + 1)]
        )
    figures["pipeline_process"] = {
        "seconds": pipelines["process_seconds"], "peak_rss_mb": pipelines["peak_rss_mb"],
    }

    if options.ingest_megabytes:
        progress(f"ingest of a {options.ingest_megabytes} MB JSON Lines file")
        figures["ingest"] = run_stage(
            "ingest", {"megabytes": options.ingest_megabytes, "folder": str(folder)}, folder
        )

    progress(f"peer: dateparser search_dates on {options.peer_sample} articles")
    figures["peer"] = run_stage(
        "peer",
        {"corpus": str(corpus), "sample": options.peer_sample, "ours_articles": options.peer_ours_articles},
        folder,
    )
    figures["bench_seconds"] = time.perf_counter() - started
    return figures
