"""The one retry policy of every CCUS retry: the gateway's quick retries inside a call and the
outbox's later tries of a row whose call failed. Exponential, capped, with full jitter (a delay
drawn between zero and the cap, so callers that failed together do not come back together);
a Retry-After from CCUS wins over it."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from api.ccus.gateway import CcusError
from api.ccus.policy import after_maintenance
from api.config import Settings

Jitter = Callable[[float, float], float]

# A row comes back to the outbox only after its call's own retries failed: its tries are
# spaced in tens of seconds to an hour, not in the gateway's fractions of a second.
ROW_SCALE = 20.0
ROW_CEILING_SECONDS = 3600.0


def backoff(attempt: int, base: float, ceiling: float, jitter: Jitter = random.uniform) -> float:
    """Seconds to wait after the `attempt`-th failed try (1 for the first)."""
    return jitter(0.0, min(ceiling, base * 2 ** min(max(attempt - 1, 0), 32)))


def retry_delay(
    attempt: int, error: CcusError, base: float, ceiling: float, jitter: Jitter = random.uniform
) -> float:
    return (
        error.retry_after
        if error.retry_after is not None
        else backoff(attempt, base, ceiling, jitter)
    )


def call_retry_delay(
    attempt: int, error: CcusError, settings: Settings, jitter: Jitter = random.uniform
) -> float:
    """Inside one gateway call."""
    base, ceiling = settings.ccus_backoff_base_seconds, settings.ccus_backoff_max_seconds
    return retry_delay(attempt, error, base, ceiling, jitter)


def row_retry_at(
    attempts: int, error: CcusError, settings: Settings, jitter: Jitter = random.uniform
) -> datetime:
    """When an outbox row that has been tried `attempts` times is due again."""
    base = settings.ccus_backoff_base_seconds * ROW_SCALE
    delay = retry_delay(attempts, error, base, ROW_CEILING_SECONDS, jitter)
    return after_maintenance(datetime.now(UTC) + timedelta(seconds=delay), settings)
