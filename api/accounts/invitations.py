"""Invitations an administrator manages: the pending ones (no password set yet) with their
link's expiry and their mail's state, resending (a new link retires the old) and revoking
(the account that never logged in is removed)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from uuid import UUID

from sqlalchemy.ext.asyncio import AsyncSession

from api.accounts import links
from api.accounts.errors import InvitationNotFound
from api.accounts.repository import AccountTokenRepository
from api.audit import service as audit
from api.auth.subject import AuthSubject
from api.config import Settings
from api.mail.outbox_repository import MailOutboxRepository
from api.models.account import AccountToken, TokenPurpose
from api.models.mail import OutboxMail
from api.models.user import User
from api.tenants.repository import TenantRepository
from api.users.repository import UserRepository


@dataclass(frozen=True)
class Pending:
    user: User
    link: AccountToken | None
    mail: OutboxMail | None


async def pending(session: AsyncSession, subject: AuthSubject) -> list[Pending]:
    tenant_id = subject.tenant_id
    tokens = AccountTokenRepository(session)
    users = await tokens.invited_users(tenant_id)
    ids = [user.id for user in users]
    latest_links = await tokens.latest(tenant_id, ids, TokenPurpose.invitation)
    mails = await MailOutboxRepository(session).latest(
        tenant_id, ids, TokenPurpose.invitation.value
    )
    return [Pending(user, latest_links.get(user.id), mails.get(user.id)) for user in users]


async def _pending_user(session: AsyncSession, subject: AuthSubject, user_id: UUID) -> User:
    user = await UserRepository(session).get_by_id(subject.tenant_id, user_id)
    if user is None or not user.invitation_pending or not user.is_active:
        raise InvitationNotFound()
    return user


async def resend(
    session: AsyncSession, settings: Settings, subject: AuthSubject, user_id: UUID
) -> None:
    """A new link by mail; the earlier one stops working."""
    user = await _pending_user(session, subject, user_id)
    tenant = await TenantRepository(session).get(subject.tenant_id)
    await links.issue(session, settings, tenant, user, TokenPurpose.invitation)
    await audit.record(session, subject, "user.invitation_resend", "user", user.id, {})


async def revoke(session: AsyncSession, subject: AuthSubject, user_id: UUID) -> None:
    """The link stops working and the account that never had a password is removed (with its
    links and mails), so the address can be invited again."""
    user = await _pending_user(session, subject, user_id)
    await UserRepository(session).remove(subject.tenant_id, user.id)
    changes = {"email": [user.email, None], "name": [user.name, None]}
    await audit.record(session, subject, "user.invitation_revoke", "user", user.id, changes)


def is_expired(link: AccountToken | None, now: datetime | None = None) -> bool:
    moment = now or datetime.now(UTC)
    return link is None or link.used_at is not None or link.expires_at <= moment
