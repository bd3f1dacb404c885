"""A `newsevents run` killed mid-run leaves its run unfinished and its slot of the warehouse
pool claimed: the next `newsevents run` fails that run and frees the slot, or it would wait
for it forever. Runs of live processes are left alone, and a run that waits for one says so
and stops on Ctrl-C or SIGTERM."""

import os
import selectors
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import dagster as dg
import pytest

from newsevents.runner import (
    RUNNER_HOST_TAG,
    RUNNER_PID_TAG,
    wait_for_warehouse,
    release_dead_runs,
    warehouse_slot_holders,
)
from orchestration.windows import WAREHOUSE_POOL
from tests.conftest import NEWSEVENTS, REPO_ROOT

# How long a command has waited when it is interrupted: long enough to be well inside the wait
# (a signal sent as the waiting line is printed could land before it).
WAITING_SECONDS = 5


@dg.op
def noop() -> None:
    """Nothing: the runs of this test are made and claimed by hand."""


@dg.job
def noop_job() -> None:
    noop()


def _claiming_run(instance: dg.DagsterInstance, pid: int, host: str) -> str:
    """An unfinished run of process `pid` on `host` that claims the warehouse pool's slot (it
    holds it, or waits for it behind an earlier run)."""
    run = instance.create_run_for_job(noop_job, tags={RUNNER_PID_TAG: str(pid), RUNNER_HOST_TAG: host})
    instance.event_log_storage.initialize_concurrency_limit_to_default(WAREHOUSE_POOL)
    instance.event_log_storage.claim_concurrency_slot(WAREHOUSE_POOL, run.run_id, "noop")
    return run.run_id


def _held_slots(instance: dg.DagsterInstance) -> int:
    return instance.event_log_storage.get_concurrency_info(WAREHOUSE_POOL).active_slot_count


def _ended_process_id() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def test_the_run_of_an_ended_process_is_failed_and_frees_its_slot(pooled_instance):
    run_id = _claiming_run(pooled_instance, _ended_process_id(), socket.gethostname())
    assert _held_slots(pooled_instance) == 1
    assert release_dead_runs(pooled_instance) == [run_id]
    assert pooled_instance.get_run_by_id(run_id).status == dg.DagsterRunStatus.FAILURE
    assert _held_slots(pooled_instance) == 0


def test_runs_of_live_processes_and_other_machines_are_left_alone(pooled_instance):
    live = _claiming_run(pooled_instance, os.getpid(), socket.gethostname())
    elsewhere = _claiming_run(pooled_instance, _ended_process_id(), "another-machine")
    assert release_dead_runs(pooled_instance) == []
    for run_id in (live, elsewhere):
        assert pooled_instance.get_run_by_id(run_id).status == dg.DagsterRunStatus.NOT_STARTED
    assert _held_slots(pooled_instance) == 1


def test_the_run_holding_the_slot_is_named_and_a_waiting_run_is_not(pooled_instance):
    assert warehouse_slot_holders(pooled_instance) == []
    holder = _claiming_run(pooled_instance, os.getpid(), socket.gethostname())
    _claiming_run(pooled_instance, os.getpid(), socket.gethostname())  # waits behind it
    assert warehouse_slot_holders(pooled_instance) == [holder]


def test_the_wait_for_the_warehouse_ends_when_the_holder_frees_its_slot(pooled_instance, capsys):
    holder = _claiming_run(pooled_instance, os.getpid(), socket.gethostname())
    freed_at: list[float] = []

    def free_later() -> None:
        time.sleep(2)
        freed_at.append(time.monotonic())
        pooled_instance.event_log_storage.free_concurrency_slots_for_run(holder)

    freeing = threading.Thread(target=free_later)
    freeing.start()
    wait_for_warehouse(pooled_instance)
    returned_at = time.monotonic()
    freeing.join()
    assert freed_at and freed_at[0] <= returned_at
    assert f"run {holder} holds its pool slot" in capsys.readouterr().out


def _output_until(process: subprocess.Popen, text: str, timeout: float) -> str:
    """What `process` printed until a line containing `text` (fails after `timeout` seconds)."""
    selector = selectors.DefaultSelector()
    selector.register(process.stdout, selectors.EVENT_READ)
    printed, deadline = "", time.monotonic() + timeout
    while text not in printed:
        remaining = deadline - time.monotonic()
        assert remaining > 0 and process.poll() is None, f"no {text!r} in: {printed}"
        if selector.select(remaining):
            printed += process.stdout.readline()
    return printed


@pytest.mark.parametrize("interrupt", [signal.SIGINT, signal.SIGTERM])
def test_a_run_waiting_for_the_warehouse_stops_when_interrupted(
    pooled_instance, tmp_path: Path, interrupt: signal.Signals
):
    holder = _claiming_run(pooled_instance, os.getpid(), socket.gethostname())
    article = tmp_path / "article.txt"
    article.write_text("Title\n\nAn article that waits for the warehouse.\n", encoding="utf-8")
    process = subprocess.Popen(
        [str(NEWSEVENTS), "run", "--input", str(article), "--warehouse", str(tmp_path / "w.duckdb")],
        cwd=REPO_ROOT,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},  # DAGSTER_HOME: the pooled instance's
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert f"run {holder} holds its pool slot" in _output_until(process, "waiting for", 120)
        time.sleep(WAITING_SECONDS)
        assert process.poll() is None  # still waiting
        process.send_signal(interrupt)
        returncode = process.wait(timeout=30)
    finally:
        process.kill()
    assert returncode in (130, -interrupt)
    if returncode == 130:
        assert "interrupted" in process.stderr.read()
    # the holder's run is the only one: the interrupted command started none
    assert [run.run_id for run in pooled_instance.get_runs()] == [holder]
