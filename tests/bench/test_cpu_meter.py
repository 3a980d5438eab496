"""The CPU meter reads real processes: a child's seconds count while it runs and, once its
parent has reaped it, through the parent."""

from __future__ import annotations

import subprocess
import sys
import time

import psutil
import pytest

from bench.cpu_meter import CpuMeter, spent

BURN = "import time\nend = time.process_time() + 0.5\nwhile time.process_time() < end: pass\n"


def test_spent_is_per_role_and_a_role_seen_once_counts_from_zero() -> None:
    before = {"api": 1.0, "worker": 2.0}
    after = {"api": 1.5, "worker": 2.25, "haproxy": 0.1}
    assert spent(before, after) == pytest.approx({"api": 0.5, "worker": 0.25, "haproxy": 0.1})


def _only_sleeping(pid: int) -> bool:
    """The shell's one child is the final sleep, after the burner (and the first sleep)."""
    names = [child.cmdline() for child in psutil.Process(pid).children()]
    return names == [["sleep", "5"]]


def test_a_reaped_child_is_counted_through_its_parent() -> None:
    # The shell runs the burner and waits for it: afterwards only the shell's
    # children-times hold the burner's 0.5 s (in clock ticks).
    parent = subprocess.Popen(
        ["sh", "-c", f'sleep 0.5; {sys.executable} -c "$0"; sleep 5', BURN],
        stdin=subprocess.DEVNULL,
    )
    try:
        meter = CpuMeter(lambda: {"shell": [parent.pid]})
        meter.start()
        deadline = time.monotonic() + 15
        # Until the burner has run and been reaped: only the final sleep is left.
        while time.monotonic() < deadline and not _only_sleeping(parent.pid):
            time.sleep(0.05)
        assert _only_sleeping(parent.pid)
        seconds = meter.read()
        assert seconds["shell"] >= 0.4
        assert seconds["client"] < 0.4
    finally:
        parent.kill()
        parent.wait()
