from __future__ import annotations

from uuid import UUID

from pydantic import Field

from api.auth.passwords import MIN_PASSWORD_LENGTH
from api.kit.schemas import Schema
from api.models.user import UserRole


class AccessToken(Schema):
    access_token: str
    token_type: str = "bearer"
    expires_in: int = Field(description="Seconds until the token expires.")


class TenantSummary(Schema):
    id: UUID
    code: str
    name: str


class Me(Schema):
    id: UUID
    email: str
    name: str
    role: UserRole
    tenant: TenantSummary
    branch_ids: list[UUID] = Field(description="Branches this user is limited to; empty means all.")
    scopes: list[str]


class PasswordChange(Schema):
    current_password: str = Field(max_length=256)
    new_password: str = Field(min_length=MIN_PASSWORD_LENGTH, max_length=256)
