from __future__ import annotations

from api.errors import Conflict, NotFound


class OccupationNotFound(NotFound):
    code = "occupation.not_found"
    title = "Occupation not found"


class OccupationCodeTaken(Conflict):
    code = "occupation.code_taken"
    title = "An occupation with these codes already exists"


class ShippedOccupationReadOnly(Conflict):
    code = "occupation.shipped_read_only"
    title = "Shipped occupations change only with a data release; add your own instead"
