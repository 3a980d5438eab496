from __future__ import annotations

from api.errors import Conflict, NotFound


class BusinessNotFound(NotFound):
    code = "business.not_found"
    title = "Business not found"


class BusinessHasWorkers(Conflict):
    code = "business.has_workers"
    title = "The business still has workers; retire or move them first"
