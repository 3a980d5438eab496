from __future__ import annotations

from api.errors import NotFound


class PermitNotFound(NotFound):
    code = "permit.not_found"
    title = "Construction permit not found"
