"""Resources, declared once: the DuckDB warehouse and the dbt CLI."""

import os
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
dbt = DbtCliResource(project_dir=dbt_project)

resources = {"warehouse": warehouse, "dbt": dbt}
