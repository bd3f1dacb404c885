"""Shared fixtures: a temporary warehouse and Dagster home for every test that needs one."""

import shutil
from collections.abc import Iterator
from pathlib import Path

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
