"""P6's arithmetic: the sampled curve (events acknowledged, work days existing), the times and
rates read off it, the target scaled to the size run, and the cores a rate needs."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

FULL_EVENTS = 1_600_000
FULL_TARGET_SECONDS = 60.0
# The national peak on paper: 1.6M entries within 10 minutes.
PEAK_EVENTS_PER_SECOND = FULL_EVENTS / 600
# Cores are planned busy at most this much: queues grow without bound near 100 %.
PLANNED_UTILISATION = 0.7
# The sampler's count of work days may use at most this share of one core.
SAMPLER_SHARE = 0.1
SAMPLE_EVERY = 0.5


@dataclass(frozen=True)
class Sample:
    seconds: float
    acknowledged: int
    work_days: int


@dataclass(frozen=True)
class Timeline:
    events: int
    acknowledged_seconds: float
    work_days_seconds: float

    @property
    def acknowledged_rate(self) -> float:
        return self.events / self.acknowledged_seconds

    @property
    def work_day_rate(self) -> float:
        return self.events / self.work_days_seconds


def next_interval(query_seconds: float) -> float:
    """Every 0.5 s, or less often once counting work days takes long enough to load the
    database noticeably (it reads a table growing to 1.6M rows)."""
    return max(SAMPLE_EVERY, query_seconds / SAMPLER_SHARE)


def first_reaching(samples: Sequence[Sample], field: str, total: int) -> float:
    for sample in samples:
        if getattr(sample, field) >= total:
            return sample.seconds
    raise ValueError(f"{field} never reached {total:,}")


def timeline(samples: Sequence[Sample], events: int) -> Timeline:
    return Timeline(
        events,
        first_reaching(samples, "acknowledged", events),
        first_reaching(samples, "work_days", events),
    )


def scaled_target(events: int) -> float:
    """The 60 s for 1.6M events, at the same rate for the size run."""
    return FULL_TARGET_SECONDS * events / FULL_EVENTS


def per_thousand(cpu_seconds: Mapping[str, float], events: int) -> dict[str, float]:
    return {role: seconds * 1000 / events for role, seconds in cpu_seconds.items()}


def cores_needed(cpu_seconds_per_event: float, events_per_second: float) -> float:
    """Cores kept busy at the planned utilisation by `events_per_second`."""
    return cpu_seconds_per_event * events_per_second / PLANNED_UTILISATION


def plan(
    cpu_seconds: Mapping[str, float], events: int, events_per_second: float
) -> dict[str, float]:
    """Cores per role for a rate, from the CPU seconds each role spent on `events`."""
    return {
        role: cores_needed(seconds / events, events_per_second)
        for role, seconds in cpu_seconds.items()
    }
