"""The dbt models follow the project's SQL style (.sqlfluff: lowercase, trailing commas, ...)."""

import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO_ROOT


def test_models_pass_sqlfluff():
    result = subprocess.run(
        [str(Path(sys.executable).parent / "sqlfluff"), "lint", "dbt_project/models"],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout[-4000:]
