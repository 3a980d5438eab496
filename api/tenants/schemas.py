from __future__ import annotations

from uuid import UUID

from pydantic import Field

from api.kit.fields import Email, LongName, Name
from api.kit.schemas import Instant, Schema
from api.models.tenant import TenantStatus

TenantCode = Field(
    min_length=2, max_length=32, pattern=r"^[a-z0-9][a-z0-9-]*$", description="Login code."
)


class TenantOut(Schema):
    id: UUID
    code: str
    name: str
    status: TenantStatus
    suspended_at: Instant | None
    created_at: Instant


class TenantCreate(Schema):
    code: str = TenantCode
    name: LongName
    admin_email: Email | None = Field(
        default=None, description="Invite this address as the tenant's first administrator."
    )
    admin_name: Name = "管理者"


class AdminInvitation(Schema):
    email: Email
    name: Name = "管理者"


class InvitationSent(Schema):
    user_id: UUID
    email: str
