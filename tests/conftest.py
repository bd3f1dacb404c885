"""Shared fixtures: a temporary warehouse and Dagster home for every test that needs one, and
the bundled samples run once through `newsevents run`."""

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

import dagster as dg
import pytest
from filelock import FileLock

from newsevents.runner import project_instance

REPO_ROOT = Path(__file__).resolve().parents[1]
SAMPLE_DIR = REPO_ROOT / "data" / "sample"
NEWSEVENTS = Path(sys.executable).parent / "newsevents"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The slow tests first, in collection order otherwise. `make test` runs pytest-xdist with
    `--no-loadscope-reorder`, so it hands out the test files in this order: the long runs start
    at once instead of last (by default it starts with the files that hold the most tests)."""
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)


@pytest.fixture(scope="session", autouse=True)
def dbt_manifest() -> Path:
    """The dbt manifest that dagster-dbt loads (built by `make manifest`; built here if missing)."""
    from orchestration.project import dbt_project

    if not dbt_project.manifest_path.exists():
        dbt_project.preparer.prepare(dbt_project)
    return dbt_project.manifest_path


@pytest.fixture
def warehouse_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A fresh warehouse file that Dagster's resource and dbt's profile both point to."""
    path = tmp_path / "warehouse.duckdb"
    monkeypatch.setenv("NEWSEVENTS_WAREHOUSE", str(path))
    monkeypatch.delenv("DAGSTER_HOME", raising=False)
    yield path


def project_dagster_home(folder: Path) -> Path:
    """A Dagster home in `folder` with the repository's dagster.yaml (its concurrency pools), so
    that a test never touches the developer's `dagster_home`."""
    return project_instance(folder / "dagster_home")


@pytest.fixture
def pooled_instance(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[dg.DagsterInstance]:
    """A persistent instance (DAGSTER_HOME in a temporary folder) with the project's pools."""
    monkeypatch.setenv("DAGSTER_HOME", str(project_dagster_home(tmp_path)))
    # the project's event log storage turns Dagster's event batches on; off again after the test
    monkeypatch.delenv("DAGSTER_EVENT_BATCH_SIZE", raising=False)
    with dg.DagsterInstance.get() as instance:
        yield instance


def newsevents_run_arguments(warehouse: Path, *inputs: Path, dagster_home: Path | None) -> dict:
    """`subprocess.run` or `Popen` arguments of `newsevents run` as a user types it, on the Dagster
    instance of `dagster_home` (None: an ephemeral instance), never the developer's
    `dagster_home`; the snapshot beside the warehouse; output captured as text."""
    env = {
        key: value for key, value in os.environ.items()
        if key not in ("DAGSTER_HOME", "NEWSEVENTS_PUBLISHED_WAREHOUSE")
    }
    if dagster_home is not None:
        env["DAGSTER_HOME"] = str(dagster_home)
    return {
        "args": [str(NEWSEVENTS), "run", "--input", *map(str, inputs), "--warehouse", str(warehouse)],
        "cwd": REPO_ROOT,
        "env": env,
        "stdout": subprocess.PIPE,
        "stderr": subprocess.PIPE,
        "text": True,
    }


def newsevents_run(
    warehouse: Path, *inputs: Path, dagster_home: Path | None
) -> subprocess.CompletedProcess:
    """`newsevents run` to its end (see `newsevents_run_arguments`)."""
    return subprocess.run(
        **newsevents_run_arguments(warehouse, *inputs, dagster_home=dagster_home), timeout=900
    )


def dbt_on_copy(warehouse: Path, folder: Path, *args: str) -> subprocess.CompletedProcess:
    """`dbt ARGS` as `make` runs it, on a copy of `warehouse` in `folder`, with dbt's target
    folder `folder / "target"`; output captured as text."""
    copy = folder / "warehouse.duckdb"
    shutil.copy(warehouse, copy)
    return subprocess.run(
        [str(NEWSEVENTS.with_name("dbt")), *args,
         "--profiles-dir", ".", "--target-path", str(folder / "target")],
        cwd=REPO_ROOT / "dbt_project",
        env={**os.environ, "NEWSEVENTS_WAREHOUSE": str(copy)},
        capture_output=True,
        text=True,
        timeout=300,
    )


@dataclass(frozen=True)
class SampleRun:
    """What `newsevents run --input data/sample` printed, and the warehouse it built."""

    warehouse: Path
    returncode: int
    stdout: str
    stderr: str


def _run_sample(folder: Path) -> SampleRun:
    """As `make run` does: on a persistent instance with the project's dagster.yaml."""
    warehouse = folder / "warehouse.duckdb"
    done = newsevents_run(warehouse, SAMPLE_DIR, dagster_home=project_dagster_home(folder))
    run = SampleRun(warehouse, done.returncode, done.stdout, done.stderr)
    (folder / "run.json").write_text(json.dumps({**asdict(run), "warehouse": str(warehouse)}))
    return run


@pytest.fixture(scope="session")
def sample_run(tmp_path_factory: pytest.TempPathFactory, worker_id: str) -> SampleRun:
    """The bundled samples through `newsevents run`, once per test session.

    Building takes a few minutes; under pytest-xdist the workers share one build (the first
    builds it under a file lock, the others wait and reuse it). Tests only read the warehouse:
    a test that writes works on a copy.
    """
    if worker_id == "master":
        return _run_sample(tmp_path_factory.mktemp("sample"))
    shared = tmp_path_factory.getbasetemp().parent / "sample-run"
    shared.mkdir(exist_ok=True)
    record = shared / "run.json"
    with FileLock(str(shared / "build.lock")):
        if not record.exists():
            return _run_sample(shared)
    saved = json.loads(record.read_text())
    return SampleRun(**{**saved, "warehouse": Path(saved["warehouse"])})
