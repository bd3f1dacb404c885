"""Every mart and every column of it is described in the dbt YAML, and `dbt docs` builds."""

import json
from pathlib import Path

import duckdb
import pytest

from tests.analysts.conftest import SampleWarehouse
from tests.conftest import dbt_on_copy

MARTS = {
    "dim_articles", "dim_actors", "fct_meetings", "fct_deployments", "fct_statements",
    "fct_event_mentions", "quarantined_inputs",
}


def _mart_nodes(manifest: dict) -> dict[str, dict]:
    return {
        node["name"]: node
        for node in manifest["nodes"].values()
        if node["resource_type"] == "model" and node["fqn"][1:2] == ["marts"]
    }


@pytest.fixture(scope="module")
def manifest(dbt_manifest: Path) -> dict:
    return json.loads(dbt_manifest.read_text(encoding="utf-8"))


def test_every_mart_and_declared_column_has_a_description(manifest: dict):
    marts = _mart_nodes(manifest)
    assert MARTS <= set(marts)
    undocumented = [name for name, node in marts.items() if not node["description"].strip()]
    undocumented += [
        f"{name}.{column}"
        for name, node in marts.items()
        for column, spec in node["columns"].items()
        if not spec.get("description", "").strip()
    ]
    assert not undocumented, f"described nowhere in dbt YAML: {undocumented}"


def test_every_column_the_marts_build_is_declared_in_yaml(
    manifest: dict, sample_warehouse: SampleWarehouse
):
    """A column added to a mart's SQL but not to its YAML has no description either."""
    marts = _mart_nodes(manifest)
    with duckdb.connect(str(sample_warehouse.published), read_only=True) as con:
        built = con.execute(
            "select table_name, column_name from information_schema.columns "
            "where table_schema = 'main' and table_name in ?",
            [sorted(marts)],
        ).fetchall()
    assert {table for table, _ in built} == set(marts)
    missing = [
        f"{table}.{column}" for table, column in built if column not in marts[table]["columns"]
    ]
    assert not missing, f"columns built but not documented in dbt YAML: {missing}"


def test_dbt_docs_generate_builds_the_site_with_the_mart_descriptions(
    sample_warehouse: SampleWarehouse, tmp_path: Path
):
    """What `make docs` runs, into a temporary target folder, on a copy of the sample warehouse."""
    result = dbt_on_copy(sample_warehouse.path, tmp_path, "docs", "generate")
    target = tmp_path / "target"
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    assert (target / "index.html").stat().st_size > 0
    catalog = json.loads((target / "catalog.json").read_text(encoding="utf-8"))
    documented = {node["metadata"]["name"] for node in catalog["nodes"].values()}
    assert MARTS <= documented
