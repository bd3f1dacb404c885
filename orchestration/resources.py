"""Resources, declared once: the DuckDB warehouse and the dbt CLI."""

import os
from functools import cached_property
from importlib.metadata import version as installed_version
from pathlib import Path

import dagster as dg
from dagster_dbt import DbtCliResource
from dagster_duckdb import DuckDBResource
from packaging.version import Version

from orchestration.project import REPO_ROOT, dbt_project

DEFAULT_WAREHOUSE = REPO_ROOT / "data" / "warehouse.duckdb"

# dbt's profile reads the same variable, so Dagster and dbt always open the same file; dbt runs
# in its project folder, hence the absolute path.
os.environ["NEWSEVENTS_WAREHOUSE"] = str(
    Path(os.environ.get("NEWSEVENTS_WAREHOUSE", DEFAULT_WAREHOUSE)).resolve()
)
# The memory DuckDB may use, in the pipeline's connections and in dbt's (its profile reads the
# same variable): past it DuckDB spills to disk instead of growing with the warehouse.
os.environ.setdefault("NEWSEVENTS_DUCKDB_MEMORY_LIMIT", "512MB")


def warehouse_resource(database: str | dg.EnvVar) -> DuckDBResource:
    """The warehouse resource: every connection in one process must use the same settings."""
    return DuckDBResource(
        database=database,
        connection_config={"memory_limit": os.environ["NEWSEVENTS_DUCKDB_MEMORY_LIMIT"]},
    )


class InstalledDbtCliResource(DbtCliResource):
    """The dbt CLI of dbt-core installed here, its version read from the package metadata.

    dagster-dbt otherwise runs `dbt --version` once per run to learn it, which costs about
    3 s of imports each time.
    """

    @cached_property
    def _cli_version(self) -> Version:
        return Version(installed_version("dbt-core"))


warehouse = warehouse_resource(dg.EnvVar("NEWSEVENTS_WAREHOUSE"))
dbt = InstalledDbtCliResource(project_dir=dbt_project)

resources = {"warehouse": warehouse, "dbt": dbt}
