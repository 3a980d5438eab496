from __future__ import annotations

from datetime import datetime
from uuid import UUID

from pydantic import EmailStr, Field

from api.auth.passwords import MIN_PASSWORD_LENGTH
from api.kit.fields import Name
from api.kit.schemas import Schema, TimestampedSchema
from api.models.user import UserRole


class User(TimestampedSchema):
    email: str
    name: str
    role: UserRole
    is_active: bool
    branch_ids: list[UUID] = Field(description="Branches this user is limited to; empty means all.")
    last_login_at: datetime | None


class UserCreate(Schema):
    email: EmailStr
    name: Name
    role: UserRole
    password: str = Field(min_length=MIN_PASSWORD_LENGTH, max_length=256)
    branch_ids: list[UUID] = Field(default_factory=list, max_length=100)


class UserUpdate(Schema):
    name: Name | None = None
    role: UserRole | None = None
    is_active: bool | None = None
    password: str | None = Field(default=None, min_length=MIN_PASSWORD_LENGTH, max_length=256)
    branch_ids: list[UUID] | None = Field(default=None, max_length=100)
