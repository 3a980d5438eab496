from __future__ import annotations

from api.errors import Conflict, NotFound


class WorkDayNotFound(NotFound):
    code = "work_day.not_found"
    title = "Work day not found"


class WorkDayExists(Conflict):
    code = "work_day.exists"
    title = "The worker already has a work day on this site that day; edit it instead"
