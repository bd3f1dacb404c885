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

from newsevents.bench.corpus import LAST_DAY, CorpusSpec, write_corpus

HISTORY_DAYS = 100


@dataclass
class BenchOptions:
    """What `newsevents bench` measures, and where it writes."""

    articles: int = 100_000
    seed: int = 42
    ingest_megabytes: int = 1000
    peer_sample: int = 200
    peer_ours_articles: int = 2000
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
    for leftover in path.parent.glob(path.name + "*"):
        leftover.unlink()
    path.with_suffix(".dbt.log").unlink(missing_ok=True)
    return path


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
    spec = CorpusSpec(options.articles, days=HISTORY_DAYS, seed=options.seed)
    corpus = write_corpus(spec, folder)
    day_spec = CorpusSpec(
        max(options.articles // HISTORY_DAYS, 10), days=1, seed=options.seed + 1,
        last_day=LAST_DAY + timedelta(days=1),
    )
    day_file = write_corpus(day_spec, folder)
    figures["corpus"] = {
        "path": str(corpus), "articles": spec.articles, "days": spec.days,
        "megabytes": corpus.stat().st_size / 1e6, "seconds": time.perf_counter() - started,
        "partition_file": str(day_file), "partition_articles": day_spec.articles,
    }
    progress(f"corpus: {spec.articles} articles, {figures['corpus']['megabytes']:.0f} MB ({corpus.name})")

    progress(f"extraction (polars alone): {options.articles} articles")
    figures["extraction"] = run_stage(
        "extract", {"corpus": str(corpus), "articles": options.articles, "profile": profile("extract")}, folder
    )

    history = _fresh(folder / "history.duckdb")
    progress(
        f"whole pipeline through Dagster: {options.articles} articles over {HISTORY_DAYS} days; "
        f"then one daily partition ({day_spec.articles} articles) on that warehouse and on an empty one"
    )
    pipelines = run_stage(
        "pipeline",
        {
            "runs": [
                {"name": "pipeline", "inputs": [str(corpus)], "warehouse": str(history)},
                {"name": "partition_on_history", "inputs": [str(day_file)], "copy_of": str(history),
                 "warehouse": str(_fresh(folder / "partition-history.duckdb"))},
                {"name": "partition_on_empty", "inputs": [str(day_file)],
                 "warehouse": str(_fresh(folder / "partition-empty.duckdb"))},
            ],
            "log": str(folder / "pipeline.log"),
            "profile": profile("pipeline"),
        },
        folder,
    )
    figures.update(pipelines["runs"])
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
