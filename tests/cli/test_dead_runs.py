"""A `newsevents run` killed mid-run leaves its run unfinished and its slot of the warehouse
pool claimed: the next `newsevents run` fails that run and frees the slot, or it would wait
for it forever. Runs of live processes are left alone, and a run that waits for one says so."""

import os
import socket
import subprocess
import sys

import dagster as dg

from newsevents.runner import (
    RUNNER_HOST_TAG,
    RUNNER_PID_TAG,
    release_dead_runs,
    warehouse_slot_holders,
)
from orchestration.windows import WAREHOUSE_POOL


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
