"""Inviting users by email and managing the pending invitations; the mails that failed."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Path, status

from api.accounts import invitations, service
from api.accounts.errors import InvitationNotFound, TooManyInvitationResends
from api.accounts.schemas import Accepted, Invitation, MailFailure, PendingInvitation
from api.accounts.throttle import AccountMailThrottle
from api.audit.service import Actor
from api.auth.deps import UsersManage
from api.auth.errors import AUTH_ERRORS
from api.db import SessionDep
from api.deps import RedisDep, SettingsDep
from api.errors import ValidationFailed, error_responses
from api.mail.outbox_repository import MailOutboxRepository
from api.tenants.repository import TenantRepository
from api.users.errors import EmailTaken
from api.users.schemas import User

router = APIRouter(tags=["accounts"])

UserID = Annotated[UUID, Path(description="The invited user's id.")]
# How long a failed mail stays on お知らせ.
FAILURES_SHOWN_FOR = timedelta(days=7)


@router.get(
    "/users/invitations",
    summary="List pending invitations",
    response_model=list[PendingInvitation],
    responses=error_responses(*AUTH_ERRORS),
)
async def list_invitations(subject: UsersManage, session: SessionDep) -> list[PendingInvitation]:
    """Invited users who have not set a password yet, newest first, with their link's expiry
    and their mail's state."""
    return [
        PendingInvitation(
            user_id=row.user.id,
            email=row.user.email,
            name=row.user.name,
            role=row.user.role,
            invited_at=row.link.created_at if row.link else row.user.created_at,
            expires_at=row.link.expires_at if row.link else None,
            expired=invitations.is_expired(row.link),
            mail_status=row.mail.status if row.mail else None,
        )
        for row in await invitations.pending(session, subject)
    ]


@router.post(
    "/users/invitations",
    summary="Invite a user by email",
    status_code=status.HTTP_201_CREATED,
    response_model=User,
    responses=error_responses(*AUTH_ERRORS, EmailTaken, ValidationFailed),
)
async def invite_user(
    body: Invitation, subject: UsersManage, session: SessionDep, settings: SettingsDep
) -> User:
    """The account has no password until the invitee sets one from the emailed link."""
    tenant = await TenantRepository(session).get(subject.tenant_id)
    actor = Actor(type=subject.kind.value, label=subject.actor_label, id=subject.actor_id)
    user = await service.invite_new_user(
        session, settings, tenant, actor, email=body.email, name=body.name, role=body.role
    )
    return User.model_validate(user)


@router.post(
    "/users/invitations/{user_id}/resend",
    summary="Send an invitation again",
    status_code=status.HTTP_202_ACCEPTED,
    response_model=Accepted,
    responses=error_responses(*AUTH_ERRORS, InvitationNotFound, TooManyInvitationResends),
)
async def resend_invitation(
    user_id: UserID,
    subject: UsersManage,
    session: SessionDep,
    settings: SettingsDep,
    redis: RedisDep,
) -> Accepted:
    """A new link (with a new expiry) goes out; the earlier link stops working. A few resends
    an hour per user, then 429 with Retry-After."""
    await AccountMailThrottle(redis, settings).ensure_resend_allowed(subject.tenant_id, user_id)
    await invitations.resend(session, settings, subject, user_id)
    return Accepted(detail="招待メールを再送しました。")


@router.delete(
    "/users/invitations/{user_id}",
    summary="Revoke an invitation",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=error_responses(*AUTH_ERRORS, InvitationNotFound),
)
async def revoke_invitation(user_id: UserID, subject: UsersManage, session: SessionDep) -> None:
    """The link stops working and the account without a password is removed."""
    await invitations.revoke(session, subject, user_id)


@router.get(
    "/mail/failures",
    summary="List account mails that could not be sent",
    response_model=list[MailFailure],
    responses=error_responses(*AUTH_ERRORS),
)
async def list_mail_failures(subject: UsersManage, session: SessionDep) -> list[MailFailure]:
    """Mails the SMTP server never took before their link expired or the retry period ended,
    from the last 7 days, newest first (the notice on お知らせ)."""
    since = datetime.now(UTC) - FAILURES_SHOWN_FOR
    rows = await MailOutboxRepository(session).failures(subject.tenant_id, since)
    return [
        MailFailure(
            id=row.id,
            kind=row.kind,
            recipient=row.recipient,
            user_id=row.user_id,
            attempts=row.attempts,
            last_error=row.last_error,
            failed_at=row.updated_at,
        )
        for row in rows
    ]
