"""Fixtures of the orchestration tests: a real `dagster dev` with a temporary home."""

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import SAMPLE_DIR
from tests.orchestration.dagster_server import DagsterServer, dagster_dev


@pytest.fixture
def server_inputs() -> Path:
    """What the server's `ingest_job` reads: the bundled sample, unless a test module overrides."""
    return SAMPLE_DIR


@pytest.fixture
def dagster_server(tmp_path: Path, server_inputs: Path) -> Iterator[DagsterServer]:
    """`dagster dev` on 127.0.0.1 with a temporary DAGSTER_HOME, warehouse and inbox."""
    with dagster_dev(tmp_path, server_inputs) as server:
        yield server
