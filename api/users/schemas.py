from __future__ import annotations

from uuid import UUID

from pydantic import Field

from api.auth.passwords import MIN_PASSWORD_LENGTH
from api.kit.fields import Email, Name
from api.kit.schemas import Instant, Schema, TimestampedSchema
from api.kit.updates import PatchSchema, keep
from api.models.user import User as UserRow
from api.models.user import UserRole


class User(TimestampedSchema):
    email: str
    name: str
    role: UserRole
    is_active: bool
    branch_ids: list[UUID] = Field(description="Branches this user is limited to; empty means all.")
    last_login_at: Instant | None
    invitation_pending: bool = Field(
        description="Invited by email and no password set yet (see GET /users/invitations)."
    )


class UserCreate(Schema):
    email: Email
    name: Name
    role: UserRole
    password: str = Field(min_length=MIN_PASSWORD_LENGTH, max_length=256)
    branch_ids: list[UUID] = Field(default_factory=list, max_length=100)


class UserUpdate(PatchSchema):
    orm_model = UserRow

    name: Name = keep()
    role: UserRole = keep()
    is_active: bool = keep()
    password: str = keep(min_length=MIN_PASSWORD_LENGTH, max_length=256)
    branch_ids: list[UUID] = keep(max_length=100, description="[] lifts the limit.")
