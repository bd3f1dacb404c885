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
