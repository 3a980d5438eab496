"""現場担当者 as the API answers and takes them."""

from __future__ import annotations

from uuid import UUID

from pydantic import Field

from api.kit.schemas import Schema


class StaffMember(Schema):
    id: UUID
    name: str


class SiteStaffUpdate(Schema):
    user_ids: list[UUID] = Field(
        max_length=50,
        description="Every user in charge of the site; the list replaces the old one.",
    )
