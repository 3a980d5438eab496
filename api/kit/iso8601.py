"""The pieces of ISO 8601 text that every date and time check is built from, in one place.

Two families: the exact pieces (months 01–12, days 01–31, hours 00–23, minutes and seconds
00–59) make the patterns of the bounded types in api/kit/temporal.py, which the OpenAPI document
shows; the loose pieces (two digits each) only check that text looks like ISO 8601 before the
type itself reads the calendar, as api/kit/strict.py does for every body and query value.
Digits are `[0-9]`, never `\\d` (see api/kit/patterns.py)."""

from __future__ import annotations

YEAR = r"[0-9]{4}"
YEAR_OF_CENTURY = r"[0-9]{2}"  # after a century prefix such as "20"

MONTH = r"-(0[1-9]|1[0-2])"
MONTH_DAY = rf"{MONTH}-(0[1-9]|[12][0-9]|3[01])"
_HOUR_MINUTE = r"([01][0-9]|2[0-3]):[0-5][0-9]"
_SECONDS = r":[0-5][0-9](\.[0-9]{1,6})?"
CLOCK = rf"{_HOUR_MINUTE}({_SECONDS})?"
# RFC 3339 (JSON Schema's `date-time`) needs the seconds.
CLOCK_WITH_SECONDS = rf"{_HOUR_MINUTE}{_SECONDS}"
OFFSET = r"(Z|[+-]([01][0-9]|2[0-3]):[0-5][0-9])"

ANY_MONTH_DAY = r"-[0-9]{2}-[0-9]{2}"
ANY_HOUR_MINUTE = r"[0-9]{2}:[0-9]{2}"
ANY_SECONDS = r"(:[0-9]{2}(\.[0-9]+)?)?"
ANY_OFFSET = r"([Zz]|[+-][0-9]{2}:?[0-9]{2})"
# Between date and time: `T`, `t`, or the space a hand-typed query carries.
ANY_SEPARATOR = r"[Tt ]"
