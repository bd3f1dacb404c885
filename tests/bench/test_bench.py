"""The benchmark harness: a deterministic corpus, and `newsevents bench` end to end at tiny N."""

import json
from collections import Counter
from pathlib import Path

import pytest

from newsevents.bench.corpus import LANGUAGE_MIX, MAX_BYTES, MIN_BYTES, CorpusSpec, write_corpus
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


def test_bench_runs_end_to_end_and_writes_every_figure(tmp_path: Path, capsys) -> None:
    output = tmp_path / "bench"
    code = main(["bench", "--articles", "30", "--ingest-megabytes", "1", "--peer-sample", "5",
                 "--output", str(output)])
    figures = json.loads((output / "results.json").read_text())
    assert figures["extraction"]["articles"] == 30
    assert figures["extraction"]["articles_per_second"] > 0
    assert figures["extraction"]["rows"]["date_mentions"] > 0
    for run in ("pipeline", "partition_on_history", "partition_on_empty"):
        assert figures[run]["success"], figures[run]["failed_steps"]
        assert figures[run]["seconds"] > 0
        assert figures[run]["phase_peak_rss_mb"]["ingest"] > 0
    assert code == 0
    assert figures["pipeline"]["counts"]["articles"] == 30
    # three new days of 10 articles: each added to the history, each alone on an empty warehouse
    assert figures["partition_on_history"]["counts"]["articles"] == 30 + 3 * 10
    assert figures["partition_on_empty"]["counts"]["articles"] == 10
    for side in ("partition_on_history", "partition_on_empty"):
        repeats = figures[side]["repeats_daily_seconds"]
        assert len(repeats) == 3 and figures[side]["daily_seconds"] == sorted(repeats)[1]
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
