"""The measured stages, each run in its own process so that its peak memory is its own.

    python -m newsevents.bench.stages STAGE ARGS_JSON RESULT_JSON

writes the stage's figures (a JSON object) to RESULT_JSON.
"""

import json
import os
import shutil
import sys
import time
from collections.abc import Callable
from contextlib import redirect_stdout
from datetime import datetime
from pathlib import Path

from newsevents.bench.memory import PhaseSampler, peak_rss_mb


def remove_warehouse(warehouse: Path) -> None:
    """Delete a warehouse file with its WAL and the staging folder a killed run left beside it."""
    for leftover in warehouse.parent.glob(warehouse.name + "*"):
        if leftover.is_dir():
            shutil.rmtree(leftover)
        else:
            leftover.unlink()


def corpus_articles(path: Path, limit: int | None = None):
    """The corpus as the extraction's article frame (article_id, text, language, date, title)."""
    import polars as pl

    frame = pl.read_ndjson(path, n_rows=limit)
    return frame.select(
        article_id=pl.int_range(pl.len()).cast(pl.String).str.zfill(16),
        text="text",
        language="language",
        published_date=pl.col("published").str.to_date(),
        title="title",
    )


def extract_stage(
    corpus: str, articles: int, slice_articles: int = 10_000, profile: str | None = None
) -> dict:
    """Throughput of `extract.pipeline.extract_all` alone on the first `articles` of the corpus.

    Articles go in slices of `slice_articles` in the order of their language (given, else
    identified: `languages_in_order`, timed with them), as the extraction asset hands them over
    (`orchestration/assets/extract.py`, SLICE_ARTICLES and ARTICLE_KEYS_OF_WINDOW), so that its
    cost and memory are the asset's too.
    """
    import polars as pl

    from extract.actors import load_gazetteer
    from extract.pipeline import extract_all, languages_in_order

    frame = corpus_articles(Path(corpus), articles)
    gazetteer = load_gazetteer()
    extract_all(frame.head(5), gazetteer)  # lexicons and regexes compiled once, as in a run
    text_bytes = frame.get_column("text").str.len_bytes().sum()
    profiler = _profiler(profile)
    started = time.perf_counter()
    languages = languages_in_order(frame)
    ordered = languages.select("article_id").join(frame, on="article_id", maintain_order="left")
    rows: dict[str, int] = {}
    for first in range(0, ordered.height, slice_articles):
        tables = extract_all(
            ordered.slice(first, slice_articles),
            gazetteer,
            article_languages=languages.slice(first, slice_articles),
        )
        for name, table in tables.items():
            rows[name] = rows.get(name, 0) + table.height
    seconds = time.perf_counter() - started
    _write_profile(profiler, profile)
    return {
        "articles": frame.height,
        "megabytes": text_bytes / 1e6,
        "seconds": seconds,
        "articles_per_second": frame.height / seconds,
        "megabytes_per_second": text_bytes / 1e6 / seconds,
        "slice_articles": slice_articles,
        "rows": rows,
        "unlabelled_articles": frame.filter(pl.col("language").is_null()).height,
        "peak_rss_mb": peak_rss_mb(),
    }


class _PhaseLines:
    """A stdout that sets the sampler's phase from the progress lines `run_pipeline` prints."""

    PHASES = (
        ("extract, dbt build", "extract + extraction checks"),
        ("ingest: reading", "ingest"),
        ("publish:", "publish"),
    )

    def __init__(self, sampler: PhaseSampler, log) -> None:
        self.sampler, self.log = sampler, log

    def write(self, text: str) -> int:
        for marker, phase in self.PHASES:
            if marker in text:
                self.sampler.set_phase(phase)
        return self.log.write(text)

    def flush(self) -> None:
        self.log.flush()


def pipeline_stage(runs: list[dict], log: str, profile: str | None = None) -> dict:
    """Wall time and memory of `newsevents.runner.run_pipeline`, for each run in turn.

    A run is `{"name", "inputs", "warehouse", "instance"}`, with `copy_of` to start from a copy
    of an earlier run's warehouse, `empty` to start from no warehouse file and a new Dagster
    instance, `publish: false` to leave out the publish_job. `instance` is the folder of the
    run's Dagster instance (DAGSTER_HOME), configured as the project's deployment
    (`dagster_home/dagster.yaml`: its event log storage and pools). The runs share this
    process, as runs of one Dagster deployment do: only the first pays the import of Dagster,
    dbt and Great Expectations.
    """
    started = time.perf_counter()
    # Dagster and the definitions load in the run
    from newsevents.runner import project_instance, run_pipeline

    figures: dict = {}
    profiler = _profiler(profile)
    for run in runs:
        warehouse = Path(run["warehouse"])
        if run.get("copy_of"):
            shutil.copy(run["copy_of"], warehouse)
        instance = Path(run["instance"])
        if run.get("empty"):
            remove_warehouse(warehouse)
            shutil.rmtree(instance, ignore_errors=True)
        os.environ["DAGSTER_HOME"] = str(project_instance(instance))
        with PhaseSampler() as sampler, open(log, "a", encoding="utf-8") as handle:
            with redirect_stdout(_PhaseLines(sampler, handle)):
                sampler.set_phase("load definitions")
                run_started = time.perf_counter()
                inputs = [Path(path) for path in run["inputs"]]
                outcome = run_pipeline(inputs, warehouse, publish=run.get("publish", True))
                run_seconds = time.perf_counter() - run_started
        phase_seconds = {phase: end - start for phase, (start, end) in sampler.spans.items()}
        figures[run["name"]] = {
            "seconds": run_seconds,
            # the partition's own runs (ingest_job, daily_job), without the publish_job after them
            "daily_seconds": run_seconds - phase_seconds.get("publish", 0.0),
            "success": outcome.success,
            "failed_steps": outcome.failed_steps,
            "checks_failed": outcome.checks_failed,
            "counts": outcome.counts,
            "phase_seconds": phase_seconds,
            "phase_peak_rss_mb": sampler.peaks_mb,
        }
    _write_profile(profiler, profile)
    return {"runs": figures, "process_seconds": time.perf_counter() - started, "peak_rss_mb": peak_rss_mb()}


def ingest_stage(megabytes: int, folder: str, duckdb_memory: str = "256MB") -> dict:
    """Landing a generated JSON Lines file of `megabytes` (ingest/benchmark.py) into a fresh file."""
    import duckdb

    from ingest.benchmark import generate_jsonl
    from ingest.landing import land_inputs

    path = Path(folder) / f"ingest-{megabytes}mb.jsonl"
    if not path.exists():
        generate_jsonl(path, megabytes)
    warehouse = Path(folder) / f"ingest-{megabytes}mb.duckdb"
    warehouse.unlink(missing_ok=True)
    con = duckdb.connect(str(warehouse))
    con.execute(f"set memory_limit = '{duckdb_memory}'")
    started = time.perf_counter()
    report = land_inputs([path], con, ingested_at=datetime(2026, 11, 22))
    seconds = time.perf_counter() - started
    con.close()
    warehouse.unlink(missing_ok=True)
    return {
        "megabytes": path.stat().st_size / 1e6,
        "records": report.article_records,
        "quarantined": report.quarantined,
        "seconds": seconds,
        "records_per_second": report.article_records / seconds,
        "peak_rss_mb": peak_rss_mb(),
    }


def peer_stage(corpus: str, sample: int, ours_articles: int) -> dict:
    """dateparser's `search_dates` against our date resolver on labelled corpus articles."""
    import polars as pl

    from newsevents.bench.peer import compare_dates, our_dates, peer_dates

    frame = corpus_articles(Path(corpus), max(sample, ours_articles) * 2)
    frame = frame.filter(pl.col("language").is_not_null())
    ours_articles = min(max(ours_articles, sample), frame.height)
    ours_seconds, ours = our_dates(frame.head(ours_articles))
    sample_frame = frame.head(sample)
    peer_seconds, peer = peer_dates(sample_frame)
    agreement = compare_dates(peer, ours.join(sample_frame.select("article_id"), on="article_id"))
    return {
        "sample_articles": sample_frame.height,
        "peer_seconds": peer_seconds,
        "peer_articles_per_second": sample_frame.height / peer_seconds,
        "ours_articles": ours_articles,
        "ours_seconds": ours_seconds,
        "ours_articles_per_second": ours_articles / ours_seconds,
        **agreement,
        "peak_rss_mb": peak_rss_mb(),
    }


def _profiler(path: str | None):
    if not path:
        return None
    from pyinstrument import Profiler

    profiler = Profiler(interval=0.005)
    profiler.start()
    return profiler


def _write_profile(profiler, path: str | None) -> None:
    if profiler is None or not path:
        return
    profiler.stop()
    Path(path).write_text(profiler.output_text(unicode=False, color=False), encoding="utf-8")


STAGES: dict[str, Callable[..., dict]] = {
    "extract": extract_stage,
    "pipeline": pipeline_stage,
    "ingest": ingest_stage,
    "peer": peer_stage,
}

if __name__ == "__main__":
    stage, arguments, result = sys.argv[1], json.loads(sys.argv[2]), Path(sys.argv[3])
    result.write_text(json.dumps(STAGES[stage](**arguments), indent=2, default=str), encoding="utf-8")
