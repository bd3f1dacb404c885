"""`dagster dev` in its own process group, and the GraphQL calls the server tests share."""

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from dagster import DagsterRunStatus
from dagster_graphql import DagsterGraphQLClient

from tests.conftest import REPO_ROOT, project_dagster_home

FINISHED = {DagsterRunStatus.SUCCESS, DagsterRunStatus.FAILURE, DagsterRunStatus.CANCELED}

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


@dataclass
class DagsterServer:
    """A running `dagster dev`: its GraphQL client, address and the warehouse it writes."""

    client: DagsterGraphQLClient
    url: str
    warehouse: Path


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_until_serving(port: int, server: subprocess.Popen, timeout: float = 300) -> None:
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


def _wait_until_code_loaded(client: DagsterGraphQLClient, timeout: float = 300) -> None:
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


def wait_for_run(
    client: DagsterGraphQLClient, run_id: str, timeout: float = 300
) -> DagsterRunStatus:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        status = client.get_run_status(run_id)
        if status in FINISHED:
            return status
        time.sleep(1)
    raise TimeoutError(f"run {run_id} did not finish")


def run_job(client: DagsterGraphQLClient, job_name: str, **kwargs) -> DagsterRunStatus:
    """Submit a job run through GraphQL and wait for its outcome."""
    return wait_for_run(client, client.submit_job_execution(job_name, **kwargs))


@contextmanager
def dagster_dev(workdir: Path, inputs: Path) -> Iterator[DagsterServer]:
    """`dagster dev` on 127.0.0.1 with a DAGSTER_HOME, warehouse and inbox under `workdir`.

    The instance is the repository's dagster.yaml; `ingest_job` reads `inputs` by default.
    """
    home = project_dagster_home(workdir)
    warehouse = workdir / "warehouse.duckdb"
    port = free_port()
    env = {
        **os.environ,
        "DAGSTER_HOME": str(home),
        "NEWSEVENTS_WAREHOUSE": str(warehouse),
        "NEWSEVENTS_INPUT": str(inputs),
        "NEWSEVENTS_INBOX": str(workdir / "inbox"),
    }
    server = subprocess.Popen(
        [str(Path(sys.executable).parent / "dagster"), "dev", "-m", "orchestration.definitions",
         "-h", "127.0.0.1", "-p", str(port)],
        cwd=REPO_ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=(workdir / "dagster_dev.log").open("wb"),
        start_new_session=True,  # its own process group: `dagster dev` ignores SIGTERM here
    )
    try:
        _wait_until_serving(port, server)
        client = DagsterGraphQLClient("127.0.0.1", port_number=port)
        _wait_until_code_loaded(client)
        yield DagsterServer(client, f"http://127.0.0.1:{port}", warehouse)
    finally:
        os.killpg(server.pid, signal.SIGKILL)
        server.wait()
