"""End to end through the real Dagster webserver and its GraphQL client."""

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import duckdb
import pytest
from dagster import DagsterRunStatus
from dagster_graphql import DagsterGraphQLClient

from tests.conftest import REPO_ROOT

ARTICLE = (
    "date 2025-03-05 (Test Wire)\n"
    "Defence Minister Lena Hartmann met Foreign Minister Paulo Reyes in Lisbon on Tuesday. "
    '"We agreed to deepen our cooperation," Hartmann told reporters after the talks.\n'
)
FINISHED = {DagsterRunStatus.SUCCESS, DagsterRunStatus.FAILURE, DagsterRunStatus.CANCELED}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_until_serving(port: int, server: subprocess.Popen, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"dagster dev exited with {server.returncode}")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/server_info", timeout=2):
                return
        except OSError:
            time.sleep(1)
    raise TimeoutError("the Dagster webserver did not start")


LOCATIONS_QUERY = """
query {
  workspaceOrError {
    ... on Workspace {
      locationEntries {
        name
        loadStatus
        locationOrLoadError { __typename ... on PythonError { message cause { message } } }
      }
    }
  }
}
"""


def _wait_until_code_loaded(client: DagsterGraphQLClient, timeout: float = 120) -> None:
    """The webserver answers before it has loaded the definitions: wait for the code location."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        entries = client._execute(LOCATIONS_QUERY)["workspaceOrError"]["locationEntries"]
        for entry in entries:
            error = entry["locationOrLoadError"]
            if error and error["__typename"] == "PythonError":
                raise RuntimeError(f"code location {entry['name']} failed: {error}")
        if entries and all(entry["loadStatus"] == "LOADED" for entry in entries):
            return
        time.sleep(1)
    raise TimeoutError("the code location did not load")


def _wait_for_run(client: DagsterGraphQLClient, run_id: str, timeout: float = 300) -> DagsterRunStatus:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        status = client.get_run_status(run_id)
        if status in FINISHED:
            return status
        time.sleep(1)
    raise TimeoutError(f"run {run_id} did not finish")


@pytest.fixture
def dagster_server(tmp_path: Path):
    """`dagster dev` on 127.0.0.1 with a temporary DAGSTER_HOME, warehouse and input folder."""
    home = tmp_path / "dagster_home"
    home.mkdir()
    shutil.copy(REPO_ROOT / "dagster_home" / "dagster.yaml", home / "dagster.yaml")
    inputs = tmp_path / "inputs"
    inputs.mkdir()
    (inputs / "article.txt").write_text(ARTICLE, encoding="utf-8")
    warehouse = tmp_path / "warehouse.duckdb"
    port = _free_port()
    env = {
        **os.environ,
        "DAGSTER_HOME": str(home),
        "NEWSEVENTS_WAREHOUSE": str(warehouse),
        "NEWSEVENTS_INPUT": str(inputs),
        "NEWSEVENTS_INBOX": str(tmp_path / "inbox"),
    }
    server = subprocess.Popen(
        [str(Path(sys.executable).parent / "dagster"), "dev", "-m", "orchestration.definitions",
         "-h", "127.0.0.1", "-p", str(port)],
        cwd=REPO_ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=(tmp_path / "dagster_dev.log").open("wb"),
        start_new_session=True,  # its own process group: `dagster dev` ignores SIGTERM here
    )
    try:
        _wait_until_serving(port, server)
        client = DagsterGraphQLClient("127.0.0.1", port_number=port)
        _wait_until_code_loaded(client)
        yield client, warehouse
    finally:
        os.killpg(server.pid, signal.SIGKILL)
        server.wait()


def test_materialise_a_partition_through_the_webserver(dagster_server):
    client, warehouse = dagster_server
    ingest_run = client.submit_job_execution("ingest_job")
    assert _wait_for_run(client, ingest_run) == DagsterRunStatus.SUCCESS

    build_run = client.submit_job_execution("daily_job", tags={"dagster/partition": "2025-03-05"})
    assert _wait_for_run(client, build_run) == DagsterRunStatus.SUCCESS

    with duckdb.connect(str(warehouse), read_only=True) as con:
        articles = con.execute(
            "select published_date::varchar, partition_date::varchar from dim_articles"
        ).fetchall()
        statements = con.execute("select count(*) from fct_statements").fetchone()[0]
    assert articles == [("2025-03-05", "2025-03-05")]
    assert statements >= 1
