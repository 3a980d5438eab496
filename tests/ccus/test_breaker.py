"""The circuit breaker on its own clock: opens at the threshold, says how long it stays open,
lets one trial through after the cool-down, and a success closes it."""

from __future__ import annotations

from api.ccus.breaker import CircuitBreaker


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_it_opens_at_the_threshold_and_not_before() -> None:
    clock = Clock()
    breaker = CircuitBreaker(3, 30.0, clock)
    breaker.failed()
    breaker.failed()
    assert (breaker.open, breaker.remaining()) == (False, 0.0)
    breaker.failed()
    assert (breaker.open, breaker.remaining()) == (True, 30.0)


def test_remaining_counts_down_to_zero_and_the_trial_call_goes_through() -> None:
    clock = Clock()
    breaker = CircuitBreaker(1, 30.0, clock)
    breaker.failed()
    clock.now += 12.5
    assert (breaker.open, breaker.remaining()) == (True, 17.5)
    clock.now += 17.5
    assert (breaker.open, breaker.remaining()) == (False, 0.0)
    clock.now += 100
    assert breaker.remaining() == 0.0


def test_a_success_closes_it_and_forgets_the_failures() -> None:
    clock = Clock()
    breaker = CircuitBreaker(2, 30.0, clock)
    breaker.failed()
    breaker.failed()
    breaker.succeeded()
    assert (breaker.open, breaker.remaining(), breaker.failures) == (False, 0.0, 0)
    breaker.failed()
    assert not breaker.open  # one failure after a success is below the threshold again


def test_a_failed_trial_opens_it_for_a_fresh_cool_down() -> None:
    clock = Clock()
    breaker = CircuitBreaker(1, 30.0, clock)
    breaker.failed()
    clock.now += 31
    breaker.failed()
    assert (breaker.open, breaker.remaining()) == (True, 30.0)
