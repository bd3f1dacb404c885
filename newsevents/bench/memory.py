"""Resident memory of this process and its children: peaks from getrusage, phases by sampling."""

import os
import resource
import threading
import time
from pathlib import Path

PAGE_BYTES = os.sysconf("SC_PAGE_SIZE")


def peak_rss_mb() -> dict[str, float]:
    """Peak RSS (MB) of this process and of its largest finished child (dbt, for instance)."""
    return {
        "self": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "children": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
    }


def _rss_bytes(pid: int | str) -> int:
    try:
        return int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * PAGE_BYTES
    except (OSError, IndexError, ValueError):
        return 0


def _children(pid: int | str) -> list[str]:
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found += (task / "children").read_text().split()
        except OSError:
            continue
    return found


def _descendants(pid: int | str) -> list[str]:
    pending, found = _children(pid), []
    while pending:
        child = pending.pop()
        found.append(child)
        pending += _children(child)
    return found


def _command(pid: str) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return ""


class PhaseSampler:
    """Samples the RSS of this process plus its descendants, by phase, in a background thread.

    The phase is what `set_phase` last set, except that while a descendant whose command line
    contains `child_marker` runs, the sample counts for `child_phase` (dbt runs as a child),
    and the samples after it, until the next `set_phase`, for `after_child_phase`.
    """

    def __init__(
        self,
        child_marker: str = "dbt build",
        child_phase: str = "dbt",
        after_child_phase: str = "after dbt",
        interval: float = 0.1,
    ):
        self.child_marker, self.child_phase, self.interval = child_marker, child_phase, interval
        self.after_child_phase = after_child_phase
        self.phase = "start"
        self.peaks_mb: dict[str, float] = {}
        self.spans: dict[str, list[float]] = {}
        self._after_child: str | None = None
        self._stop = threading.Event()
        self._lock = threading.Lock()  # samples come from the thread and from set_phase
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._started = time.perf_counter()

    def set_phase(self, phase: str) -> None:
        """Start `phase` now: it has a span and a peak even if it ends before the next sample."""
        self.phase = phase
        self._after_child = None
        self._sample()

    def _sample(self) -> None:
        children = _descendants(os.getpid())
        total = _rss_bytes("self") + sum(_rss_bytes(child) for child in children)
        phase = self.phase
        if any(self.child_marker in _command(child) for child in children):
            self._after_child = self.after_child_phase
            phase = self.child_phase
        elif self._after_child:
            phase = self._after_child
        with self._lock:
            now = time.perf_counter() - self._started
            self.peaks_mb[phase] = max(self.peaks_mb.get(phase, 0.0), total / 2**20)
            span = self.spans.setdefault(phase, [now, now])
            span[1] = max(span[1], now)

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            self._sample()

    def __enter__(self) -> "PhaseSampler":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()
        self._sample()  # the last phase ends when the measured code does
