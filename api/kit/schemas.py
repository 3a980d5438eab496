"""Base schemas: the API contract is pydantic, never the ORM models."""

from __future__ import annotations

from datetime import UTC, datetime
from math import ceil
from typing import Annotated, Generic, Literal, TypeVar
from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field, GetCoreSchemaHandler, PlainSerializer
from pydantic_core import CoreSchema

from api.kit.strict import strict_core_schema
from api.models.ccus_status import CcusStatus


def _with_offset(value: datetime) -> datetime:
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


# An instant as answered: always with its UTC offset (a naive value is UTC, as stored).
Instant = Annotated[datetime, PlainSerializer(_with_offset, return_type=datetime)]


class Schema(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    @classmethod
    def __get_pydantic_core_schema__(
        cls, source: type[BaseModel], handler: GetCoreSchemaHandler
    ) -> CoreSchema:
        # `true`/`false` only, and dates as ISO 8601: see api/kit/strict.py.
        schema: CoreSchema = strict_core_schema(handler(source))
        return schema


class IDSchema(Schema):
    id: UUID


class TimestampedSchema(IDSchema):
    created_at: Instant
    updated_at: Instant


class Pagination(Schema):
    total_count: int = Field(description="Rows matching the filters, over all pages.")
    total_is_exact: bool = Field(
        default=True,
        description="False when counting stopped at a cap (very large lists): at least this many.",
    )
    page: int
    limit: int
    max_page: int

    @classmethod
    def of(cls, total_count: int, page: int, limit: int, *, exact: bool = True) -> Pagination:
        return cls(
            total_count=total_count,
            total_is_exact=exact,
            page=page,
            limit=limit,
            max_page=max(1, ceil(total_count / limit)),
        )


T = TypeVar("T")


class ListResource(Schema, Generic[T]):
    items: list[T]
    pagination: Pagination


class CcusLink(Schema):
    """The CCUS state every registered entity shows (sites, businesses, workers, work days)."""

    ccus_status: CcusStatus
    ccus_checked_at: Instant | None
    ccus_error_code: str | None
    ccus_error_message: str | None


class CcusRecheck(Schema):
    """What a save of a site, business or worker set going in CCUS."""

    ccus_recheck: Literal["queued"] | None = Field(
        default=None,
        description="`queued`: the saved CCUS ID or 本人確認番号 is being checked now; on ○ the "
        "held, not-applicable and refused records it caused go to CCUS again.",
    )
