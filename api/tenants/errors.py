from __future__ import annotations

from api.errors import Conflict, Forbidden, NotFound


class TenantSuspended(Forbidden):
    code = "tenant.suspended"
    title = "This tenant is suspended; contact the operator"


class TenantNotFound(NotFound):
    code = "tenant.not_found"
    title = "No such tenant"


class TenantCodeTaken(Conflict):
    code = "tenant.code_taken"
    title = "A tenant with this code exists"
