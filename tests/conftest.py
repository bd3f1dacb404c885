"""Shared fixtures: a temporary warehouse and Dagster home for every test that needs one."""

import shutil
from collections.abc import Iterator
from pathlib import Path

import dagster as dg
import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]
SAMPLE_DIR = REPO_ROOT / "data" / "sample"


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
    from orchestration.project import build_target_path, dbt_project

    path = tmp_path / "warehouse.duckdb"
    monkeypatch.setenv("NEWSEVENTS_WAREHOUSE", str(path))
    monkeypatch.delenv("DAGSTER_HOME", raising=False)
    yield path
    # dbt's files of this throwaway warehouse, in the project's target folder
    shutil.rmtree(dbt_project.project_dir / build_target_path(), ignore_errors=True)


def project_dagster_home(folder: Path) -> Path:
    """A Dagster home in `folder` with the repository's dagster.yaml (its concurrency pools), so
    that a test never touches the developer's `dagster_home`."""
    home = folder / "dagster_home"
    home.mkdir(exist_ok=True)
    shutil.copy(REPO_ROOT / "dagster_home" / "dagster.yaml", home / "dagster.yaml")
    return home


@pytest.fixture
def pooled_instance(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[dg.DagsterInstance]:
    """A persistent instance (DAGSTER_HOME in a temporary folder) with the project's pools."""
    monkeypatch.setenv("DAGSTER_HOME", str(project_dagster_home(tmp_path)))
    with dg.DagsterInstance.get() as instance:
        yield instance
