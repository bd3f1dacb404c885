"""The dbt project that builds the marts."""

import os
import sysconfig
from pathlib import Path

from dagster_dbt import DbtProject

REPO_ROOT = Path(__file__).resolve().parents[1]

# dagster-dbt runs `dbt` from PATH (also when it prepares the manifest in `dagster dev`): put the
# dbt of this Python environment first, so that `.venv/bin/dagster` and `.venv/bin/newsevents`
# work without an activated virtual environment.
os.environ["PATH"] = os.pathsep.join([sysconfig.get_path("scripts"), os.environ.get("PATH", "")])

dbt_project = DbtProject(project_dir=REPO_ROOT / "dbt_project", profiles_dir=REPO_ROOT / "dbt_project")
# In `dagster dev` the manifest is rebuilt from the models; elsewhere `make manifest` builds it.
dbt_project.prepare_if_dev()


def build_target_path() -> Path:
    """dbt's target folder for the builds of this run's warehouse: beside the warehouse file.

    One folder per warehouse, reused by every build of it (dagster-dbt's default, a new folder
    per invocation under the project, would grow by a few megabytes with every daily run), and
    gone with the warehouse's folder (a throwaway warehouse leaves nothing in the project).
    """
    warehouse = Path(os.environ["NEWSEVENTS_WAREHOUSE"])  # the file dbt's profile opens
    return warehouse.with_name(f"{warehouse.stem}.dbt-target")
