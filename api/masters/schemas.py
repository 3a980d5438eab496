from __future__ import annotations

from uuid import UUID

from pydantic import Field

from api.kit.fields import Code, Name
from api.kit.schemas import Schema


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
    major_code: Code = Field(max_length=4)
    major_name: Name = Field(max_length=50)
    minor_code: Code = Field(max_length=4)
    minor_name: Name = Field(max_length=50)
    evaluable: bool | None = None


class OccupationUpdate(Schema):
    major_name: Name | None = Field(default=None, max_length=50)
    minor_name: Name | None = Field(default=None, max_length=50)
    evaluable: bool | None = None
    is_active: bool | None = None
