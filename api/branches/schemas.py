from __future__ import annotations

from api.kit.fields import Code, Name
from api.kit.schemas import Schema, TimestampedSchema


class Branch(TimestampedSchema):
    code: str
    name: str
    display_order: int


class BranchCreate(Schema):
    code: Code
    name: Name
    display_order: int = 0


class BranchUpdate(Schema):
    code: Code | None = None
    name: Name | None = None
    display_order: int | None = None
