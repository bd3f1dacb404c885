"""Resources, declared once: the DuckDB warehouse and the dbt CLI."""

import os
import shutil
import sys
from pathlib import Path

import dagster as dg
from dagster_dbt import DbtCliResource
from dagster_duckdb import DuckDBResource

from orchestration.project import REPO_ROOT, dbt_project

DEFAULT_WAREHOUSE = REPO_ROOT / "data" / "warehouse.duckdb"

# dbt's profile reads the same variable, so Dagster and dbt always open the same file; dbt runs
# in its project folder, hence the absolute path.
os.environ["NEWSEVENTS_WAREHOUSE"] = str(
    Path(os.environ.get("NEWSEVENTS_WAREHOUSE", DEFAULT_WAREHOUSE)).resolve()
)

warehouse = DuckDBResource(database=dg.EnvVar("NEWSEVENTS_WAREHOUSE"))
# The dbt installed beside this Python, so that `.venv/bin/newsevents` works without an
# activated virtual environment.
DBT_EXECUTABLE = shutil.which("dbt", path=str(Path(sys.executable).parent)) or "dbt"

dbt = DbtCliResource(project_dir=dbt_project, dbt_executable=DBT_EXECUTABLE)

resources = {"warehouse": warehouse, "dbt": dbt}
