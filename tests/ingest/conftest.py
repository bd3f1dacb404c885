"""Fixtures of the ingest tests: an in-memory DuckDB warehouse and a fixed ingest time."""

from datetime import datetime

import duckdb
import pytest


@pytest.fixture(scope="session", autouse=True)
def dbt_manifest() -> None:
    """The ingest tests need no dbt manifest: this overrides the session-wide autouse fixture."""
    return None


@pytest.fixture
def con():
    connection = duckdb.connect()
    yield connection
    connection.close()


@pytest.fixture
def ingested_at() -> datetime:
    return datetime(2026, 11, 22, 14, 30)
