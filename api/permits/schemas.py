"""建設業許可番号 as the API takes and answers it."""

from __future__ import annotations

from datetime import date
from uuid import UUID

from pydantic import Field

from api.kit.fields import OptionalText2
from api.kit.schemas import Schema, TimestampedSchema
from api.kit.temporal import PeriodDate
from api.models.permit import PermitAuthority, PermitGrade
from api.permits.trades import Trade


class PermitBody(Schema):
    authority: PermitAuthority = Field(description="許可行政庁: 国土交通大臣 or 都道府県知事.")
    prefecture_code: OptionalText2 = Field(
        default=None, description="The 知事's prefecture; required for `governor`, else empty."
    )
    grade: PermitGrade = Field(description="般 (一般建設業) or 特 (特定建設業).")
    number: int = Field(ge=1, le=999_999, description="許可番号 (第○○号).")
    trades: list[Trade] = Field(min_length=1, max_length=29, description="業種, each once.")
    expires_on: PeriodDate = Field(description="有効期限.")


class Permit(TimestampedSchema):
    business_id: UUID
    authority: PermitAuthority
    prefecture_code: str | None
    grade: PermitGrade
    number: int
    trades: list[str]
    expires_on: date
