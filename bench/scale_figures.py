"""P8's arithmetic: rounds in an order that spreads a shared machine's drift over both
configurations, and throughput against throughput per CPU-second, one process against two."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


def round_order(rounds: int) -> list[int]:
    """1, 2 then 2, 1, …: each configuration runs as often early as late."""
    order: list[int] = []
    for number in range(rounds):
        order += [1, 2] if number % 2 == 0 else [2, 1]
    return order


@dataclass(frozen=True)
class Measure:
    """`count` things done in `seconds`, for `cpu_seconds` of every process of the service."""

    count: int
    seconds: float
    cpu_seconds: float

    @property
    def rate(self) -> float:
        return self.count / self.seconds

    @property
    def per_cpu_second(self) -> float:
        return self.count / self.cpu_seconds

    @property
    def cores_busy(self) -> float:
        return self.cpu_seconds / self.seconds


def above_idle(cpu_seconds: float, idle_cores: float, seconds: float) -> float:
    """CPU the work cost: what the processes spend idle (the failover monitor's health checks,
    the keepers' loops, the workers' polling) runs as long as a round does, and would otherwise
    count against the slower configuration."""
    return max(0.0, cpu_seconds - idle_cores * seconds)


def pooled(measures: Sequence[Measure]) -> Measure:
    """Several rounds of one configuration as one: totals over totals."""
    return Measure(
        sum(m.count for m in measures),
        sum(m.seconds for m in measures),
        sum(m.cpu_seconds for m in measures),
    )


@dataclass(frozen=True)
class Scaling:
    one: Measure
    two: Measure

    @property
    def throughput_ratio(self) -> float:
        return self.two.rate / self.one.rate

    @property
    def per_cpu_ratio(self) -> float:
        """Below 1: the second process costs CPU it does not turn into work."""
        return self.two.per_cpu_second / self.one.per_cpu_second
