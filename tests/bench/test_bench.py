"""The benchmark harness: a deterministic corpus, and `newsevents bench` end to end at tiny N."""

import json
import time
from collections import Counter
from pathlib import Path

import pytest

from newsevents.bench.corpus import LANGUAGE_MIX, MAX_BYTES, MIN_BYTES, CorpusSpec, write_corpus
from newsevents.bench.measure import HISTORY_DAYS, combine_repeats, instance_of, partition_runs
from newsevents.bench.memory import PhaseSampler
from newsevents.bench.report import summary
from newsevents.bench.stages import remove_warehouse
from newsevents.cli import main


def test_corpus_is_deterministic(tmp_path: Path) -> None:
    spec = CorpusSpec(200, days=5, seed=3)
    first = write_corpus(spec, tmp_path / "a").read_bytes()
    assert write_corpus(spec, tmp_path / "b").read_bytes() == first
    assert write_corpus(CorpusSpec(200, days=5, seed=4), tmp_path / "c").read_bytes() != first


def test_corpus_has_the_language_mix_sizes_and_days(tmp_path: Path) -> None:
    records = [
        json.loads(line)
        for line in write_corpus(CorpusSpec(2000, days=10), tmp_path).read_text().splitlines()
    ]
    assert len(records) == 2000
    assert all(MIN_BYTES <= len(r["text"].encode()) <= MAX_BYTES for r in records)
    assert len({r["published"] for r in records}) == 10
    assert len({r["text"] for r in records}) == 2000
    # Every language label is given to about its share of the labelled records.
    labelled = Counter(r["language"] for r in records if r["language"])
    assert set(labelled) == set(LANGUAGE_MIX)
    for language, share in LANGUAGE_MIX.items():
        assert labelled[language] / sum(labelled.values()) == pytest.approx(share, abs=0.04)
    unlabelled = [r for r in records if r["language"] is None]
    assert 0.15 < len(unlabelled) / len(records) < 0.25


def test_corpus_articles_carry_dates_quotes_counts_and_meetings(tmp_path: Path) -> None:
    from extract.pipeline import extract_all
    from newsevents.bench.stages import corpus_articles

    frame = corpus_articles(write_corpus(CorpusSpec(40, days=3), tmp_path))
    tables = extract_all(frame)
    per_article = {name: table.height / frame.height for name, table in tables.items()}
    assert per_article["date_mentions"] > 10
    assert per_article["statements"] > 5
    assert per_article["meeting_mentions"] > 1
    assert tables["deployment_mentions"].get_column("troop_count").drop_nulls().len() > 40
    relative = tables["date_mentions"].filter(~tables["date_mentions"]["text"].str.contains(r"\d"))
    assert relative.height > per_article["date_mentions"] * frame.height * 0.3


def _partition_run(daily: float, publish: float = 0.0, peak: int = 100) -> dict:
    phases = {"daily": daily, **({"publish": publish} if publish else {})}
    return {
        "daily_seconds": daily, "seconds": daily + publish, "success": True, "failed_steps": [],
        "checks_failed": [], "counts": {"articles": 10}, "phase_seconds": phases,
        "phase_peak_rss_mb": {phase: peak for phase in phases},
    }


def test_repeated_partitions_give_the_median_day_and_the_highest_peak():
    runs = [_partition_run(30.0, peak=300), _partition_run(10.0), _partition_run(20.0, publish=5.0)]
    combined = combine_repeats(runs)
    assert combined["daily_seconds"] == 20.0
    assert combined["seconds"] == 25.0  # the median day and the one publish
    assert combined["repeats_daily_seconds"] == [30.0, 10.0, 20.0]
    assert combined["phase_peak_rss_mb"]["daily"] == 300


def _figures(articles: int, days: int) -> dict:
    """The figures `summary` reads, of a bench run of `articles` over `days`."""
    stage = {"peak_rss_mb": {"self": 500}}
    return {
        "corpus": {"articles": articles, "days": days},
        "extraction": {"articles_per_second": 2_000.0, **stage},
        "pipeline": _partition_run(100.0, publish=20.0),
        "partition_on_history": _partition_run(15.0),
        "partition_on_empty": _partition_run(14.0),
        "pipeline_process": stage, "peer": stage,
        "ingest": {"megabytes": 1000, **stage},
    }


def test_targets_over_a_shorter_history_are_below_target_scale():
    full = summary(_figures(100_000, HISTORY_DAYS))
    assert all(verdict["at_target_scale"] for verdict in full.values())
    short = summary(_figures(100_000, 3))
    below = {name for name, verdict in short.items() if not verdict["at_target_scale"]}
    assert below == {"pipeline_seconds_100k", "partition_history_ratio"}
    assert short["partition_history_ratio"]["measured"] == 15.0 / 14.0


def test_partition_runs_alternate_warehouses_copy_the_history_once_and_publish_last(tmp_path):
    days = [tmp_path / f"day-{number}.jsonl" for number in (1, 2, 3)]
    runs = partition_runs(days, tmp_path / "history", tmp_path / "on-history", tmp_path / "empty")
    assert [run["name"] for run in runs] == [
        f"partition_on_{side}_{number}" for number in (1, 2, 3) for side in ("history", "empty")
    ]
    assert [run.get("copy_of") for run in runs].count(str(tmp_path / "history")) == 1
    # the history's days on the instance that built it, each empty day on a new one
    assert [run["instance"] for run in runs] == [
        str(instance_of(tmp_path / side)) for _ in (1, 2, 3) for side in ("history", "empty")
    ]
    assert [run.get("empty", False) for run in runs] == [False, True] * 3
    assert [run["publish"] for run in runs] == [False, False, False, False, True, True]


def test_a_warehouse_is_removed_with_its_log_and_a_killed_run_s_staging_folder(tmp_path):
    warehouse = tmp_path / "history.duckdb"
    for leftover in (warehouse, tmp_path / "history.duckdb.wal", tmp_path / "history.dbt.log"):
        leftover.write_text("")
    (tmp_path / "history.duckdb.staging").mkdir()
    (tmp_path / "history.duckdb.staging" / "sentences-000000.parquet").write_text("")

    remove_warehouse(warehouse)
    assert sorted(path.name for path in tmp_path.iterdir()) == ["history.dbt.log"]


@pytest.mark.slow
def test_bench_runs_end_to_end_and_writes_every_figure(tmp_path: Path, capsys) -> None:
    output = tmp_path / "bench"
    # three days of history, not the default 100: every stage runs, in a third of the time
    code = main(["bench", "--articles", "30", "--history-days", "3", "--ingest-megabytes", "1",
                 "--peer-sample", "5", "--partition-repeats", "1", "--output", str(output)])
    figures = json.loads((output / "results.json").read_text())
    assert figures["corpus"]["days"] == 3
    assert figures["extraction"]["articles"] == 30
    assert figures["extraction"]["articles_per_second"] > 0
    assert figures["extraction"]["rows"]["date_mentions"] > 0
    for run in ("pipeline", "partition_on_history", "partition_on_empty"):
        assert figures[run]["success"], figures[run]["failed_steps"]
        assert figures[run]["seconds"] > 0
        assert figures[run]["phase_peak_rss_mb"]["ingest"] > 0
    assert code == 0
    assert figures["pipeline"]["counts"]["articles"] == 30
    # the runs went through Dagster instances configured as the project's, not ephemeral ones
    for warehouse in ("history.duckdb", "partition-empty.duckdb"):
        assert (instance_of(output / warehouse) / "history" / "runs" / "index.db").is_file()
    # a new day of 10 articles: added to the history, and alone on an empty warehouse
    assert figures["partition_on_history"]["counts"]["articles"] == 30 + 10
    assert figures["partition_on_empty"]["counts"]["articles"] == 10
    for side in ("partition_on_history", "partition_on_empty"):
        assert len(figures[side]["repeats_daily_seconds"]) == 1
        assert figures[side]["phase_seconds"]["publish"] > 0  # the last run of each publishes
    assert figures["ingest"]["records"] > 0
    assert figures["peer"]["found_by_both"] > 0
    assert 0 <= figures["peer"]["agreement"] <= 1
    assert set(figures["targets"]) == {
        "extraction_articles_per_second", "pipeline_seconds_100k", "partition_history_ratio",
        "peak_rss_gb", "ingest_peak_rss_gb",
    }
    printed = capsys.readouterr().out
    assert "extraction_articles_per_second" in printed and ("pass" in printed or "MISS" in printed)


def test_a_phase_shorter_than_the_sampling_interval_still_has_a_span_and_a_peak() -> None:
    with PhaseSampler(interval=60) as sampler:  # the thread takes no sample in this test
        sampler.set_phase("ingest")
        sampler.set_phase("publish")
        time.sleep(0.01)
    assert set(sampler.spans) == {"ingest", "publish"}
    assert sampler.spans["publish"][1] - sampler.spans["publish"][0] >= 0.01
    assert sampler.peaks_mb["publish"] > 0
