"""CPU seconds spent by each role of a deployment (API, worker, PostgreSQL, haproxy, Redis)
over an interval: what a shared machine's noise moves least, and what the cores a target
needs are computed from.

A role is a set of process trees. A process's figure is its user + system time plus that of
its reaped children: a PostgreSQL backend that exits is counted by the postmaster that reaps
it, one still running by itself, so a tree's sum is exact whichever happened."""

from __future__ import annotations

from collections.abc import Callable, Mapping

import psutil

Roles = Callable[[], Mapping[str, list[int]]]


def tree_seconds(pid: int) -> float:
    try:
        root = psutil.Process(pid)
        processes = [root, *root.children(recursive=True)]
    except psutil.NoSuchProcess:
        return 0.0
    total = 0.0
    for process in processes:
        try:
            times = process.cpu_times()
        except psutil.NoSuchProcess:
            continue
        total += times.user + times.system + times.children_user + times.children_system
    return total


def snapshot(roles: Mapping[str, list[int]]) -> dict[str, float]:
    return {role: sum(tree_seconds(pid) for pid in pids) for role, pids in roles.items()}


def own_seconds() -> float:
    """This process (the load generator and the sampler)."""
    times = psutil.Process().cpu_times()
    return float(times.user + times.system)


def spent(before: Mapping[str, float], after: Mapping[str, float]) -> dict[str, float]:
    """Seconds per role between two snapshots; a role missing from one counts from zero."""
    return {
        role: after.get(role, 0.0) - before.get(role, 0.0) for role in sorted({*before, *after})
    }


class CpuMeter:
    """`roles` is asked at each reading: processes restarted in between are found again."""

    def __init__(self, roles: Roles) -> None:
        self.roles = roles
        self._before: dict[str, float] = {}
        self._client = 0.0

    def start(self) -> None:
        self._before = snapshot(self.roles())
        self._client = own_seconds()

    def read(self) -> dict[str, float]:
        """Seconds per role since start(), and "client" for this process."""
        seconds = spent(self._before, snapshot(self.roles()))
        seconds["client"] = own_seconds() - self._client
        return seconds


def service_seconds(seconds: Mapping[str, float]) -> float:
    """Every role but the load generator's."""
    return sum(value for role, value in seconds.items() if role != "client")
