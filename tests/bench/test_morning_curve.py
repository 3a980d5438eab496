"""P6's arithmetic: reading times and rates off the sampled curve, the scaled target and the
cores a rate needs (the benchmark itself needs a cluster: `python -m bench --only P6`)."""

from __future__ import annotations

import pytest

from bench.morning_curve import (
    PEAK_EVENTS_PER_SECOND,
    Sample,
    cores_needed,
    next_interval,
    per_thousand,
    plan,
    scaled_target,
    timeline,
)

CURVE = [
    Sample(0.0, 0, 0),
    Sample(0.5, 400, 100),
    Sample(1.0, 1000, 600),
    Sample(1.5, 1000, 950),
    Sample(2.0, 1000, 1000),
]


def test_the_times_are_the_first_samples_that_reach_every_event() -> None:
    line = timeline(CURVE, 1000)
    assert (line.acknowledged_seconds, line.work_days_seconds) == (1.0, 2.0)
    assert (line.acknowledged_rate, line.work_day_rate) == (1000.0, 500.0)


def test_a_curve_that_never_gets_there_is_an_error() -> None:
    with pytest.raises(ValueError, match="work_days never reached 1,001"):
        timeline([*CURVE[:-1], Sample(2.0, 1001, 1000)], 1001)


def test_sampling_slows_down_only_once_counting_gets_expensive() -> None:
    assert next_interval(0.01) == 0.5
    assert next_interval(0.05) == 0.5
    # A 0.2 s count every 2 s: a tenth of one core at most.
    assert next_interval(0.2) == pytest.approx(2.0)


def test_the_target_scales_with_the_size_run() -> None:
    assert scaled_target(1_600_000) == 60.0
    assert scaled_target(96_000) == pytest.approx(3.6)


def test_cores_follow_cpu_per_event_times_the_rate_at_seventy_percent() -> None:
    assert round(PEAK_EVENTS_PER_SECOND, 2) == 2666.67
    # 0.7 ms of CPU per event at 1,000 events/s keeps 0.7 cores busy: 1 core at 70 %.
    assert cores_needed(0.0007, 1000) == pytest.approx(1.0)
    cores = plan({"api": 14.0, "postgres": 56.0}, 20_000, 1000)
    assert cores == pytest.approx({"api": 1.0, "postgres": 4.0})
    assert per_thousand({"api": 14.0}, 20_000) == pytest.approx({"api": 0.7})
