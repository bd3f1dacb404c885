"""The dbt project that builds the marts."""

from pathlib import Path

from dagster_dbt import DbtProject

REPO_ROOT = Path(__file__).resolve().parents[1]

dbt_project = DbtProject(project_dir=REPO_ROOT / "dbt_project", profiles_dir=REPO_ROOT / "dbt_project")
# In `dagster dev` the manifest is rebuilt from the models; elsewhere `make manifest` builds it.
dbt_project.prepare_if_dev()
