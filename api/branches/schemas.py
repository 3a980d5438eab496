from __future__ import annotations

from api.kit.fields import Code, DisplayOrder, Name
from api.kit.schemas import Schema, TimestampedSchema
from api.kit.updates import PatchSchema, keep
from api.models.branch import Branch as BranchRow


class Branch(TimestampedSchema):
    code: str
    name: str
    display_order: int


class BranchCreate(Schema):
    code: Code
    name: Name
    display_order: DisplayOrder = 0


class BranchUpdate(PatchSchema):
    orm_model = BranchRow

    code: Code = keep()
    name: Name = keep()
    display_order: DisplayOrder = keep()
