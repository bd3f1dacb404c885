"""A `newsevents run` killed mid-run leaves its run unfinished and its slot of the warehouse
pool claimed: the next `newsevents run` fails that run and frees the slot, or it would wait
for it forever. Runs of live processes are left alone, and a run that waits for one says so,
stops on Ctrl-C or SIGTERM, and runs once the slot is free."""

import os
import selectors
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import dagster as dg
import pytest

from newsevents.runner import (
    RUNNER_HOST_TAG,
    RUNNER_PID_TAG,
    release_dead_runs,
    warehouse_slot_holders,
)
from orchestration.windows import WAREHOUSE_POOL
from tests.conftest import newsevents_run_arguments

pytestmark = pytest.mark.slow  # scheduled first (tests/conftest.py)

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


ARTICLE = """Ministers meet in Vienna

The foreign ministers of Austria and Hungary met in Vienna on Monday to discuss border controls.
"We agreed to share more information," the Austrian foreign minister said after the meeting.
"""


def _newsevents_run(folder: Path) -> subprocess.Popen:
    """`newsevents run` of one article on the pooled instance (the test's DAGSTER_HOME)."""
    article = folder / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    return subprocess.Popen(
        **newsevents_run_arguments(
            folder / "w.duckdb", article, dagster_home=Path(os.environ["DAGSTER_HOME"])
        )
    )


def _output_until(process: subprocess.Popen, text: str, timeout: float) -> str:
    """What `process` printed until `text` (fails after `timeout` seconds). Reads the pipe itself:
    a buffered readline would keep later lines where `select` cannot see them."""
    selector = selectors.DefaultSelector()
    selector.register(process.stdout, selectors.EVENT_READ)
    printed, deadline = b"", time.monotonic() + timeout
    while text.encode() not in printed:
        remaining = deadline - time.monotonic()
        assert remaining > 0 and process.poll() is None, f"no {text!r} in: {printed.decode()}"
        if selector.select(remaining):
            printed += os.read(process.stdout.fileno(), 65536)
    return printed.decode()


def test_a_run_waiting_for_the_warehouse_stops_on_ctrl_c_and_on_sigterm(
    pooled_instance, tmp_path: Path
):
    holder = _claiming_run(pooled_instance, os.getpid(), socket.gethostname())
    interrupts = (signal.SIGINT, signal.SIGTERM)
    processes = []
    for interrupt in interrupts:
        (tmp_path / interrupt.name).mkdir()
        processes.append(_newsevents_run(tmp_path / interrupt.name))
    try:
        for process in processes:
            printed = _output_until(process, "waiting for", 120)
            assert f"run {holder} holds its pool slot" in printed
        time.sleep(WAITING_SECONDS)
        for process, interrupt in zip(processes, interrupts, strict=True):
            assert process.poll() is None  # still waiting
            process.send_signal(interrupt)
        returncodes = [process.wait(timeout=30) for process in processes]
    finally:
        for process in processes:
            process.kill()
    for process, interrupt, returncode in zip(processes, interrupts, returncodes, strict=True):
        assert returncode in (130, -interrupt)
        if returncode == 130:
            assert "interrupted" in process.stderr.read()
    # the holder's run is the only one: the interrupted commands started none
    assert [run.run_id for run in pooled_instance.get_runs()] == [holder]


def test_a_run_waiting_for_the_warehouse_runs_once_the_holder_frees_it(
    pooled_instance, tmp_path: Path
):
    """The whole `make run` path: `newsevents run` on a persistent instance with its pools."""
    holder = _claiming_run(pooled_instance, os.getpid(), socket.gethostname())
    process = _newsevents_run(tmp_path)
    try:
        _output_until(process, "waiting for", 120)
        pooled_instance.event_log_storage.free_concurrency_slots_for_run(holder)
        stdout, stderr = process.communicate(timeout=600)
    finally:
        process.kill()
    assert process.returncode == 0, stdout + stderr
    assert "articles:           1" in stdout
    finished = {
        run.job_name: run.status for run in pooled_instance.get_runs() if run.run_id != holder
    }
    assert finished == dict.fromkeys(
        ("ingest_job", "daily_job", "publish_job"), dg.DagsterRunStatus.SUCCESS
    )
