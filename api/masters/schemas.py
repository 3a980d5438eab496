from __future__ import annotations

from typing import Annotated
from uuid import UUID

from pydantic import Field, StringConstraints

from api.kit.fields import ShortName
from api.kit.schemas import Schema
from api.kit.updates import PatchSchema, keep
from api.models.master import Occupation as OccupationRow

ShortCode = Annotated[str, StringConstraints(min_length=1, max_length=4, pattern=r"^[0-9A-Za-z]+$")]


class Prefecture(Schema):
    code: str
    name: str


class Position(Schema):
    code: str
    name: str
    is_management: bool = Field(description="Days in this position count as management experience.")


class EmploymentType(Schema):
    code: str
    name: str


class InsuranceValue(Schema):
    kind: str = Field(description="health, pension, employment or kentaikyo.")
    code: str
    name: str


class Occupation(Schema):
    id: UUID
    major_code: str
    major_name: str
    minor_code: str
    minor_name: str
    evaluable: bool | None = Field(description="Counts for 能力評価; null where unknown.")
    confidence: str = Field(
        description="confirmed, seed or inferred for shipped rows; tenant for yours."
    )
    source: str
    is_active: bool
    shipped: bool = Field(
        description="Shipped with the product (read-only) rather than added by you."
    )


class OccupationCreate(Schema):
    major_code: ShortCode
    major_name: ShortName
    minor_code: ShortCode
    minor_name: ShortName
    evaluable: bool | None = None


class OccupationUpdate(PatchSchema):
    orm_model = OccupationRow

    major_name: ShortName = keep()
    minor_name: ShortName = keep()
    evaluable: bool | None = None
    is_active: bool = keep()
