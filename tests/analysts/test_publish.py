"""Reading while runs write: an analyst holding the published warehouse never blocks a run."""

import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from newsevents.publish import publish_warehouse, published_path
from newsevents.runner import run_pipeline
from newsevents.search import load_fts
from orchestration.assets.publish import published_warehouse
from orchestration.assets.search import search_index
from tests.analysts.conftest import SampleWarehouse
from tests.orchestration.test_blocking_checks import build_with_bad_extraction

# A reader in its own process: opens the published file read-only and keeps it open, answering
# commands on stdin: `count TITLE` (articles, and those with that title), `reconnect`.
READER = """
import sys, duckdb
path = sys.argv[1]
con = duckdb.connect(path, read_only=True)
print("ready", flush=True)
for line in sys.stdin:
    command, _, title = line.strip().partition(" ")
    if command == "reconnect":
        con.close()
        con = duckdb.connect(path, read_only=True)
        print("reconnected", flush=True)
    elif command == "count":
        total, titled = con.execute(
            "select count(*), count(*) filter (where title = ?) from dim_articles", [title]
        ).fetchone()
        print(total, titled, flush=True)
"""

NEW_ARTICLE = """date 2025-11-04 (Harbour Tribune)
Greek and Italian defence ministers meet in Athens over naval patrols

ATHENS — Greek Defence Minister Nikos Dendias and Italian Defence Minister Guido Crosetto met in Athens on Monday to coordinate naval patrols in the eastern Mediterranean.

"Our navies will patrol together," Dendias told reporters after the meeting.
"""


class Reader:
    """The reader process and its pipes."""

    def __init__(self, published: Path):
        self.process = subprocess.Popen(
            [sys.executable, "-c", READER, str(published)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        assert self.process.stdout.readline().strip() == "ready", self.process.stderr.read()

    def ask(self, command: str) -> str:
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()
        answer = self.process.stdout.readline().strip()
        assert answer, f"the reader died: {self.process.stderr.read()}"
        return answer

    def close(self) -> None:
        self.process.stdin.close()
        self.process.wait(timeout=30)


@pytest.mark.slow
def test_a_reader_holding_the_published_file_never_blocks_a_run(
    sample_warehouse: SampleWarehouse, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    warehouse = tmp_path / "warehouse.duckdb"
    shutil.copy(sample_warehouse.path, warehouse)
    shutil.copy(sample_warehouse.published, published_path(warehouse))
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "en_dendias_crosetto_athens.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    title = NEW_ARTICLE.splitlines()[1]
    monkeypatch.delenv("DAGSTER_HOME", raising=False)
    monkeypatch.setenv("NEWSEVENTS_WAREHOUSE", str(warehouse))

    reader = Reader(published_path(warehouse))
    try:
        before_total, before_titled = map(int, reader.ask(f"count {title}").split())
        assert before_titled == 0

        outcome = run_pipeline([inbox], warehouse)  # the reader holds the snapshot open

        assert outcome.success, (outcome.failed_steps, outcome.checks_failed)
        # the open connection still reads the snapshot it opened, undisturbed
        assert reader.ask(f"count {title}") == f"{before_total} 0"
        assert reader.ask("reconnect") == "reconnected"
        assert reader.ask(f"count {title}") == f"{before_total + 1} 1"
    finally:
        reader.close()
    assert not list(tmp_path.glob(".*.tmp*")), "a temporary snapshot was left behind"


def test_the_snapshot_carries_the_marts_and_the_search(sample_warehouse: SampleWarehouse):
    with duckdb.connect(str(sample_warehouse.published), read_only=True) as con:
        load_fts(con)
        schemas = {
            name for (name,) in con.execute("select schema_name from duckdb_schemas()").fetchall()
        }
        assert {"main", "raw", "search"} <= schemas
        assert con.execute("select count(*) from search_sentences('Estonia')").fetchone()[0] > 0
    published = sample_warehouse.published
    assert not published.with_name(published.name + ".wal").exists()


def test_a_run_whose_blocking_checks_fail_publishes_nothing(warehouse_path: Path):
    verdicts, built = build_with_bad_extraction(warehouse_path, [search_index, published_warehouse])
    assert not all(verdicts.values())
    assert not built & {"search_index", "published_warehouse"}
    assert not published_path(warehouse_path).exists()


def test_the_snapshot_holds_the_writes_still_in_the_write_ahead_log(tmp_path: Path):
    warehouse = tmp_path / "warehouse.duckdb"
    with duckdb.connect(str(warehouse)) as con:
        con.execute("create table facts as select 1 as fact")
        con.execute("checkpoint")
        con.execute("insert into facts values (2)")  # in the write-ahead log, not yet in the file
        assert warehouse.with_name(warehouse.name + ".wal").stat().st_size > 0
        target = tmp_path / "published" / "warehouse.published.duckdb"
        assert publish_warehouse(con, target) == target.stat().st_size
    with duckdb.connect(str(target), read_only=True) as snapshot:
        assert snapshot.execute("select list(fact order by fact) from facts").fetchone() == ([1, 2],)
    assert not list(target.parent.glob(".*.tmp")), "a temporary snapshot was left behind"


def test_an_in_memory_database_is_not_published(tmp_path: Path):
    with duckdb.connect() as con, pytest.raises(ValueError, match="in-memory"):
        publish_warehouse(con, tmp_path / "warehouse.published.duckdb")
    assert not list(tmp_path.iterdir())
