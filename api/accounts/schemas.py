from __future__ import annotations

from uuid import UUID

from pydantic import Field

from api.auth.passwords import MIN_PASSWORD_LENGTH
from api.kit.fields import Email, Name
from api.kit.schemas import Instant, Schema
from api.models.mail import MailStatus
from api.models.user import UserRole

LinkToken = Field(
    min_length=16,
    max_length=128,
    pattern=r"^[A-Za-z0-9_-]+$",
    description="The token from the emailed link.",
)


class SetPassword(Schema):
    token: str = LinkToken
    password: str = Field(min_length=MIN_PASSWORD_LENGTH, max_length=256)


class LinkConfirmation(Schema):
    token: str = LinkToken


class PasswordResetRequest(Schema):
    email: Email


class EmailChangeRequest(Schema):
    new_email: Email
    current_password: str = Field(max_length=256)


class Accepted(Schema):
    detail: str = Field(description="The same answer whatever happened behind it.")


class Invitation(Schema):
    email: Email
    name: Name
    role: UserRole


class SessionInfo(Schema):
    id: UUID
    user_agent: str
    client_address: str
    created_at: Instant
    last_seen_at: Instant
    current: bool = Field(description="The session of the token that asks.")


class SessionsRevoked(Schema):
    revoked: int = Field(description="How many sessions ended.")


class PendingInvitation(Schema):
    user_id: UUID
    email: str
    name: str
    role: UserRole
    invited_at: Instant = Field(description="When the newest invitation link was made.")
    expires_at: Instant | None = Field(description="When that link stops working.")
    expired: bool = Field(description="The link no longer works: resend to invite again.")
    mail_status: MailStatus | None = Field(
        description="The newest invitation mail: pending (being sent or retried), sent, failed."
    )


class MailFailure(Schema):
    id: UUID
    kind: str = Field(
        description="A link: invitation, password_reset, email_change; a notice: email_changed "
        "(to the old address), password_reset_done, password_changed."
    )
    recipient: str
    user_id: UUID
    attempts: int
    last_error: str | None
    failed_at: Instant
