"""dbt's unit tests (model YAML `unit_tests:`), which the pipeline's builds leave out: they check
the models' SQL on fixed rows, so they run here, on a copy of the sample warehouse (dbt reads
the column types of a model's parents from the warehouse)."""

import json
import re
from pathlib import Path

from orchestration.project import dbt_project
from tests.conftest import SampleRun, dbt_on_copy


def test_every_dbt_unit_test_passes(sample_run: SampleRun, tmp_path: Path):
    assert sample_run.returncode == 0, sample_run.stdout + sample_run.stderr
    manifest = json.loads(dbt_project.manifest_path.read_text(encoding="utf-8"))
    unit_tests = len(manifest["unit_tests"])
    assert unit_tests > 0
    result = dbt_on_copy(sample_run.warehouse, tmp_path, "test", "--select", "test_type:unit")
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert re.search(rf"\bPASS={unit_tests}\b", result.stdout), result.stdout[-3000:]
