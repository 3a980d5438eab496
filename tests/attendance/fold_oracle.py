"""What folding must produce, computed in plain Python from the inputs, independently of
`api/attendance/fold.py`: the property tests compare the database with it.

Times are whole minutes after a Tokyo midnight (`base`), so the work date is integer arithmetic
here rather than the production's timezone code."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

MINUTES_PER_DAY = 24 * 60


@dataclass(frozen=True)
class Punch:
    """One terminal event: `minute` minutes after the base midnight."""

    site: int
    worker: int
    kind: str  # "entry" or "exit"
    minute: int


@dataclass(frozen=True)
class Bulk:
    """One 一括登録 row: the worker on every day of `first_day … first_day + days - 1`."""

    site: int
    worker: int
    first_day: int
    days: int
    entry: time
    exit: time | None
    # Whether staff name the worker's second occupation instead of the site worker's.
    named: bool


@dataclass(frozen=True)
class Manual:
    """One 手動登録: refused when the worker already has a work day on the site that day."""

    site: int
    worker: int
    entry: int | None  # minutes after the base midnight
    exit: int | None
    named: bool


# A terminal batch (posted, then folded) or a staff entry (folded in its request).
Step = tuple[Punch, ...] | Bulk | Manual
DayKey = tuple[int, int, date]  # site, worker, work date
Occupation = str  # "primary" (the site worker's) or "named"


@dataclass
class Expected:
    # key -> (entry, exit, occupation)
    days: dict[DayKey, tuple[datetime | None, datetime | None, Occupation]] = field(
        default_factory=dict
    )
    # (site, worker) -> first work date; every site worker keeps the worker's primary occupation.
    site_workers: dict[tuple[int, int], date] = field(default_factory=dict)
    # (site, business) at tier 1.
    site_businesses: set[tuple[int, int]] = field(default_factory=set)
    # (kind, site, business, worker or None) -> how many times recorded.
    differences: Counter[tuple[str, int, int, int | None]] = field(default_factory=Counter)
    # Indexes of the 手動登録 steps refused because their day existed already.
    refused: set[int] = field(default_factory=set)


def day_of(minute: int, base: date, boundary_hour: int) -> date:
    return base + timedelta(days=(minute - boundary_hour * 60) // MINUTES_PER_DAY)


def instant(minute: int, base: datetime) -> datetime:
    return base + timedelta(minutes=minute)


Input = tuple[DayKey, datetime | None, datetime | None, bool]  # key, entry, exit, named


def _inputs(step: Step, base: datetime, boundary_hour: int) -> list[Input]:
    """What the step hands to the fold, one input per day key."""
    if isinstance(step, Bulk):
        rows: list[Input] = []
        for offset in range(step.first_day, step.first_day + step.days):
            day = base.date() + timedelta(days=offset)
            # A clock time before the boundary hour is the work day's next morning.
            start = day + timedelta(days=step.entry.hour < boundary_hour)
            entry = datetime.combine(start, step.entry, base.tzinfo)
            exit_at = None
            if step.exit is not None:
                next_morning = step.exit <= step.entry
                exit_at = datetime.combine(
                    start + timedelta(days=next_morning), step.exit, base.tzinfo
                )
            rows.append(((step.site, step.worker, day), entry, exit_at, step.named))
        return rows
    if isinstance(step, Manual):
        first = step.entry if step.entry is not None else step.exit
        assert first is not None
        return [
            (
                (step.site, step.worker, day_of(first, base.date(), boundary_hour)),
                None if step.entry is None else instant(step.entry, base),
                None if step.exit is None else instant(step.exit, base),
                step.named,
            )
        ]
    return [
        (
            (punch.site, punch.worker, day_of(punch.minute, base.date(), boundary_hour)),
            instant(punch.minute, base) if punch.kind == "entry" else None,
            instant(punch.minute, base) if punch.kind == "exit" else None,
            False,
        )
        for punch in step
    ]


def _min(a: datetime | None, b: datetime | None) -> datetime | None:
    return b if a is None else a if b is None else min(a, b)


def _max(a: datetime | None, b: datetime | None) -> datetime | None:
    return b if a is None else a if b is None else max(a, b)


def expected(
    steps: list[Step], base: datetime, boundary_hour: int, business_of: list[int]
) -> Expected:
    """First entry and last exit over every input of a day, whatever fold brought it; the
    occupation is fixed by the step that made the day (staff's named one, else the site
    worker's) and no later fold changes it; each business and worker joins a site once."""
    result = Expected()
    for number, step in enumerate(steps):
        inputs = _inputs(step, base, boundary_hour)
        if isinstance(step, Manual) and inputs[0][0] in result.days:
            result.refused.add(number)
            continue
        for (site, worker, day), entry, exit_at, named in inputs:
            business = business_of[worker]
            if (site, business) not in result.site_businesses:
                result.site_businesses.add((site, business))
                result.differences[("added", site, business, None)] += 1
            if (site, worker) not in result.site_workers:
                result.differences[("worker_added", site, business, worker)] += 1
                result.site_workers[(site, worker)] = day
            result.site_workers[(site, worker)] = min(result.site_workers[(site, worker)], day)
            key = (site, worker, day)
            if key not in result.days:
                result.days[key] = (entry, exit_at, "named" if named else "primary")
            else:
                seen_entry, seen_exit, occupation = result.days[key]
                result.days[key] = (_min(seen_entry, entry), _max(seen_exit, exit_at), occupation)
    return result
