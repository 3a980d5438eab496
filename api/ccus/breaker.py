"""A circuit breaker: after repeated failures, stop calling CCUS for a while."""

from __future__ import annotations

import time
from collections.abc import Callable


class CircuitBreaker:
    def __init__(
        self, threshold: int, cooldown_seconds: float, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.threshold = threshold
        self.cooldown_seconds = cooldown_seconds
        self.clock = clock
        self.failures = 0
        self.opened_at: float | None = None

    @property
    def open(self) -> bool:
        """Open: refuse calls. After the cool-down one trial call is let through (half open)."""
        if self.opened_at is None:
            return False
        return self.clock() - self.opened_at < self.cooldown_seconds

    def remaining(self) -> float:
        return (
            0.0
            if self.opened_at is None
            else max(0.0, self.cooldown_seconds - (self.clock() - self.opened_at))
        )

    def succeeded(self) -> None:
        self.failures = 0
        self.opened_at = None

    def failed(self) -> None:
        self.failures += 1
        if self.failures >= self.threshold:
            self.opened_at = self.clock()
