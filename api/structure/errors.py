from __future__ import annotations

from api.errors import Conflict, NotFound


class StructureEntryNotFound(NotFound):
    code = "structure.not_found"
    title = "The business is not in this site's structure"


class StructureBusinessExists(Conflict):
    code = "structure.business_exists"
    title = "The business is already in this site's structure"


class StructureHasAttendance(Conflict):
    code = "structure.has_attendance"
    title = "The business has attendance on this site and cannot be removed"


class StructureHasLower(Conflict):
    code = "structure.has_lower"
    title = "Businesses sit under this one; move them first"


class SiteWorkerNotFound(NotFound):
    code = "site_worker.not_found"
    title = "The worker has not entered this site"


class SiteWorkerExists(Conflict):
    code = "site_worker.exists"
    title = "The worker is already on this site"


class SiteWorkerHasHistory(Conflict):
    code = "site_worker.has_attendance"
    title = "The worker has attendance on this site and cannot be removed"
