"""Landing throughput and peak memory on a generated JSON Lines file.

    .venv/bin/python -m ingest.benchmark --megabytes 200 [--keep DIR]

Prints records/s and the peak resident set size of the process (ru_maxrss), which stays
bounded by the batch size, not by the file size.
"""

import argparse
import json
import random
import resource
import tempfile
import time
from datetime import datetime
from pathlib import Path

import duckdb

from ingest.landing import land_inputs

VOCABULARY_SIZE = 20_000


def generate_jsonl(path: Path, megabytes: int, seed: int = 7) -> int:
    """Distinct random-word articles (~2 KB each) up to `megabytes`; returns the record count."""
    rng = random.Random(seed)
    vocabulary = [
        "".join(rng.choices("abcdefghijklmnopqrstuvwxyz", k=rng.randint(2, 10)))
        for _ in range(VOCABULARY_SIZE)
    ]
    target, written, count = megabytes * 1_000_000, 0, 0
    with open(path, "w", encoding="utf-8") as handle:
        while written < target:
            count += 1
            sentences = [
                " ".join(rng.choices(vocabulary, k=rng.randint(8, 25))).capitalize() + "."
                for _ in range(20)
            ]
            line = (
                json.dumps(
                    {
                        "url": f"https://bench.example/{count}",
                        "title": sentences[0][:60],
                        "published": f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                        "text": " ".join(sentences),
                    }
                )
                + "\n"
            )
            handle.write(line)
            written += len(line)
    return count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=int, default=200)
    parser.add_argument("--batch-size", type=int, default=5000)
    parser.add_argument(
        "--duckdb-memory",
        default="256MB",
        help="DuckDB memory_limit (its buffer cache counts in RSS)",
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.jsonl"
        records = generate_jsonl(path, args.megabytes)
        size = path.stat().st_size
        baseline = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        con = duckdb.connect(str(Path(folder) / "warehouse.duckdb"))
        con.execute(f"set memory_limit = '{args.duckdb_memory}'")
        started = time.perf_counter()
        report = land_inputs(
            [path], con, ingested_at=datetime(2026, 11, 22), batch_size=args.batch_size
        )
        seconds = time.perf_counter() - started
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        con.close()
    print(
        f"file: {size / 1e6:.0f} MB, {records} records; "
        f"landed {report.article_records}, quarantined {report.quarantined}"
    )
    print(
        f"time: {seconds:.1f} s ({records / seconds:.0f} records/s, "
        f"{size / 1e6 / seconds:.1f} MB/s)"
    )
    print(f"peak RSS: {peak:.0f} MB (after generating the file: {baseline:.0f} MB)")


if __name__ == "__main__":
    main()
