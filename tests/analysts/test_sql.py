"""`newsevents sql`: a read-only session on the published warehouse."""

import subprocess
import sys
from pathlib import Path

import pytest

from newsevents.cli import main
from tests.analysts.conftest import REPO_ROOT, SampleWarehouse


def _sql(sample: SampleWarehouse, *args: str) -> list[str]:
    return ["sql", "--published", str(sample.published), *args]


def test_runs_statements_read_only_on_the_published_warehouse(
    sample_warehouse: SampleWarehouse, capsys: pytest.CaptureFixture
):
    count = "select count(*) as article_count from dim_articles"
    assert main(_sql(sample_warehouse, "-c", count)) == 0
    out = capsys.readouterr().out
    assert "article_count" in out and "15" in out

    assert main(_sql(sample_warehouse, "-c", "create table scratch (a int)")) == 1
    assert "read-only" in capsys.readouterr().err


def test_runs_a_ready_query_with_named_parameters(
    sample_warehouse: SampleWarehouse, capsys: pytest.CaptureFixture
):
    query = str(REPO_ROOT / "queries" / "speaker_timeline.sql")
    assert main(_sql(sample_warehouse, "--file", query, "--param", "speaker=Starmer")) == 0
    assert "Keir Starmer" in capsys.readouterr().out
    assert main(_sql(sample_warehouse, "--file", query)) == 1
    assert "missing parameters: speaker" in capsys.readouterr().err


def test_reads_statements_from_standard_input(sample_warehouse: SampleWarehouse):
    result = subprocess.run(
        [str(Path(sys.executable).with_name("newsevents")), *_sql(sample_warehouse)],
        input="select title\nfrom search_sentences('troops Kursk') limit 1;\n.quit\n",
        capture_output=True, text=True, timeout=120, check=True,
    )
    assert "North Korean troops" in result.stdout


def test_prints_the_exact_python_command_of_the_same_session(
    sample_warehouse: SampleWarehouse, capsys: pytest.CaptureFixture
):
    assert main(_sql(sample_warehouse, "--print-command")) == 0
    command = capsys.readouterr().out.strip()
    result = subprocess.run(
        command, shell=True, capture_output=True, text=True, timeout=120,
        input="print(con.sql(\"from search_statements('peace')\").fetchone() is not None)\n",
    )
    assert result.returncode == 0, result.stderr
    assert "True" in result.stdout


def test_says_how_to_get_a_published_warehouse_when_there_is_none(
    tmp_path: Path, capsys: pytest.CaptureFixture
):
    assert main(["sql", "--published", str(tmp_path / "none.duckdb"), "-c", "select 1"]) == 2
    assert "newsevents run" in capsys.readouterr().err
