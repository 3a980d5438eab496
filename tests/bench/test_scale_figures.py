"""P8's arithmetic: round order, pooled rounds, ratios two / one, CPU above idle."""

from __future__ import annotations

import pytest

from bench.scale_figures import Measure, Scaling, above_idle, pooled, round_order


def test_each_configuration_runs_as_often_early_as_late() -> None:
    assert round_order(1) == [1, 2]
    assert round_order(2) == [1, 2, 2, 1]
    assert round_order(3) == [1, 2, 2, 1, 1, 2]


def test_rounds_pool_as_totals_over_totals() -> None:
    measure = pooled([Measure(1000, 1.0, 0.5), Measure(3000, 1.0, 1.5)])
    assert (measure.rate, measure.per_cpu_second, measure.cores_busy) == (2000.0, 2000.0, 1.0)


def test_a_second_process_that_only_adds_cpu_shows_in_the_per_cpu_ratio() -> None:
    one = Measure(10_000, 2.0, 1.0)
    # Twice as fast, but for three times the CPU: two processes contending, not sharing.
    two = Measure(10_000, 1.0, 3.0)
    scaling = Scaling(one, two)
    assert scaling.throughput_ratio == pytest.approx(2.0)
    assert scaling.per_cpu_ratio == pytest.approx(1 / 3)


def test_idle_cpu_is_taken_off_for_as_long_as_the_round_lasted() -> None:
    assert above_idle(3.0, 0.1, 10.0) == pytest.approx(2.0)
    assert above_idle(0.5, 0.1, 10.0) == 0.0
