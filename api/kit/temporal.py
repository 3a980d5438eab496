"""Bounded dates, instants and times: every one the API accepts lies in a range that fits the
domain, so no input reaches date arithmetic that overflows (year 1 with an offset, 9999-12-31
plus a night shift).

JSON Schema cannot put `minimum` on a date string, so each type declares `format`, a `pattern`
(it also fixes the century: 19xx/20xx) and its exact range in `description`; the server checks
the range. Bounds that move with the clock ("not after tomorrow") are in Asia/Tokyo. Instants
need their UTC offset; times of day are Japan's wall clock and carry none."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Annotated, Any

from pydantic import (
    AfterValidator,
    AwareDatetime,
    BeforeValidator,
    GetCoreSchemaHandler,
    GetJsonSchemaHandler,
    StringConstraints,
)
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import CoreSchema, PydanticCustomError, core_schema

from api.kit import iso8601 as iso
from api.kit.japan import TOKYO, business_today
from api.kit.patterns import Pattern

RECORDS_FROM = date(1900, 1, 1)
ATTENDANCE_FROM = date(2000, 1, 1)
RECORDS_UNTIL = date(2099, 12, 31)

# What the server reads: a four-digit year, then the range check names the exact bounds.
_DATE_SHAPE = re.compile(rf"{iso.YEAR}{iso.MONTH_DAY}")
_INSTANT_SHAPE = re.compile(rf"{iso.YEAR}{iso.MONTH_DAY}T{iso.CLOCK}{iso.OFFSET}")
_TIME_SHAPE = re.compile(iso.CLOCK)


def _tomorrow() -> date:
    return business_today() + timedelta(days=1)


def _today() -> date:
    return business_today()


def _fixed(value: date) -> Callable[[], date]:
    return lambda: value


@dataclass(frozen=True)
class Bounds:
    """Inclusive first and last day (Asia/Tokyo); `last` may move with the clock."""

    first: date
    last: Callable[[], date]
    century: str  # the pattern's year prefix
    text: str  # the range in words, for the description

    def instants(self) -> tuple[datetime, datetime]:
        """The first instant in range and the first one after it."""
        after = self.last() + timedelta(days=1)
        return datetime.combine(self.first, time(), TOKYO), datetime.combine(after, time(), TOKYO)

    def out_of_range(self, day: date) -> bool:
        return not self.first <= day <= self.last()


def _shape(pattern: re.Pattern[str], code: str, message: str) -> BeforeValidator:
    def check(value: object) -> object:
        if isinstance(value, str):
            if not pattern.fullmatch(value):
                raise PydanticCustomError(code, message)
        elif not isinstance(value, (date, time)):
            # Numbers are not dates: 0 is not 1970-01-01.
            raise PydanticCustomError(code, message)
        return value

    return BeforeValidator(check)


@dataclass(frozen=True)
class _DateRange:
    bounds: Bounds

    def check(self, value: date) -> date:
        if self.bounds.out_of_range(value):
            raise PydanticCustomError(
                "date.out_of_range", "must be a date {range}", {"range": self.bounds.text}
            )
        return value

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> CoreSchema:
        return core_schema.no_info_after_validator_function(self.check, handler(source))

    def __get_pydantic_json_schema__(
        self, schema: CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        json_schema = handler(schema)
        json_schema["pattern"] = f"^{self.bounds.century}{iso.YEAR_OF_CENTURY}{iso.MONTH_DAY}$"
        json_schema["description"] = f"YYYY-MM-DD, {self.bounds.text}."
        return json_schema


@dataclass(frozen=True)
class _InstantRange:
    bounds: Bounds

    def check(self, value: datetime) -> datetime:
        first, after = self.bounds.instants()
        # Aware comparisons never overflow, whatever the offset (year 1 at +14:00 included).
        if not first <= value < after:
            raise PydanticCustomError(
                "datetime.out_of_range", "must be an instant {range}", {"range": self.bounds.text}
            )
        return value

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> CoreSchema:
        return core_schema.no_info_after_validator_function(self.check, handler(source))

    def __get_pydantic_json_schema__(
        self, schema: CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        json_schema = handler(schema)
        # RFC 3339 (`format: date-time`) needs the seconds; the server also takes hh:mm.
        year = f"{self.bounds.century}{iso.YEAR_OF_CENTURY}"
        clock = f"{iso.CLOCK_WITH_SECONDS}{iso.OFFSET}"
        json_schema["pattern"] = f"^{year}{iso.MONTH_DAY}T{clock}$"
        json_schema["description"] = (
            f"With its UTC offset, e.g. 2026-11-25T08:01:00+09:00; {self.bounds.text}."
        )
        return json_schema


_DATE_SHAPE_CHECK = _shape(_DATE_SHAPE, "date.invalid", "must be a date YYYY-MM-DD")
_INSTANT_SHAPE_CHECK = _shape(
    _INSTANT_SHAPE, "datetime.invalid", "must be YYYY-MM-DDThh:mm[:ss] with a UTC offset"
)

WORK = Bounds(ATTENDANCE_FROM, _tomorrow, "20", "from 2000-01-01 to tomorrow (Asia/Tokyo)")
BIRTH = Bounds(RECORDS_FROM, _today, "(19|20)", "from 1900-01-01 to today (Asia/Tokyo)")
RECORD = Bounds(RECORDS_FROM, _fixed(RECORDS_UNTIL), "(19|20)", "from 1900-01-01 to 2099-12-31")
PERIOD = Bounds(ATTENDANCE_FROM, _fixed(RECORDS_UNTIL), "20", "from 2000-01-01 to 2099-12-31")

# Work dates (一括登録) and attendance instants (entry, exit, terminal events). The services
# narrow them further to the settings' window (attendance_max_age_days, the future tolerance).
WorkDate = Annotated[date, _DateRange(WORK), _DATE_SHAPE_CHECK]
WorkInstant = Annotated[AwareDatetime, _InstantRange(WORK), _INSTANT_SHAPE_CHECK]
# 生年月日.
BirthDate = Annotated[date, _DateRange(BIRTH), _DATE_SHAPE_CHECK]
# Dates of a person's records: hired, retired, health check, qualifications.
RecordDate = Annotated[date, _DateRange(RECORD), _DATE_SHAPE_CHECK]
# Site periods, list filters, expiries: this century.
PeriodDate = Annotated[date, _DateRange(PERIOD), _DATE_SHAPE_CHECK]
PeriodInstant = Annotated[AwareDatetime, _InstantRange(PERIOD), _INSTANT_SHAPE_CHECK]


class _WallClock:
    def __get_pydantic_json_schema__(
        self, schema: CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        json_schema = handler(schema)
        # JSON Schema's `time` format is RFC 3339's, which needs an offset: a wall clock has none.
        json_schema.pop("format", None)
        json_schema["pattern"] = f"^{iso.CLOCK}$"
        json_schema["description"] = "hh:mm[:ss], Japan's wall clock, without an offset."
        return json_schema


def _naive(value: time) -> time:
    if value.tzinfo is not None:
        raise PydanticCustomError("time.invalid", "must be a time of day without an offset")
    return value


# A time of day (一括登録): Asia/Tokyo by definition, so an offset is refused.
WallClock = Annotated[
    time,
    _WallClock(),
    AfterValidator(_naive),
    _shape(_TIME_SHAPE, "time.invalid", "must be a time of day hh:mm[:ss]"),
]

# YYYY-MM for monthly views (calendar, usage fee): this century.
Month = Annotated[
    str,
    StringConstraints(max_length=7),
    Pattern(
        rf"20{iso.YEAR_OF_CENTURY}{iso.MONTH}",
        "month.invalid",
        "must be a month YYYY-MM, 2000–2099",
    ),
]
