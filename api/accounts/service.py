"""Accounts by email: invitations, password reset, email change. Every step is audited; each
email is written to the mail outbox in the step's transaction and sent after its commit."""

from __future__ import annotations

from uuid import UUID

from sqlalchemy.ext.asyncio import AsyncSession

from api.accounts import links
from api.accounts.notices import Notice, masked, queue_notice
from api.audit import service as audit
from api.audit.service import Actor
from api.auth.passwords import hash_password
from api.auth.repository import CredentialRepository
from api.auth.service import normalise_email, require_current_password
from api.auth.session_repository import SessionRepository
from api.auth.subject import AuthSubject
from api.config import Settings
from api.db import set_tenant
from api.errors import field_error
from api.logs import MASK
from api.models.account import TokenPurpose
from api.models.tenant import Tenant, TenantStatus
from api.models.user import NO_PASSWORD, User, UserRole
from api.tenants.repository import TenantRepository
from api.users.errors import EmailTaken
from api.users.repository import UserRepository


def _as_user(user: User) -> Actor:
    return Actor(type="user", label=user.email, id=user.id)


def _email_taken(field: str) -> EmailTaken:
    return EmailTaken(errors=[field_error(["body", field], EmailTaken.code, EmailTaken.title)])


async def invite_new_user(
    session: AsyncSession,
    settings: Settings,
    tenant: Tenant,
    actor: Actor,
    *,
    email: str,
    name: str,
    role: UserRole,
) -> User:
    """An account without a password and the invitation to set one."""
    email = normalise_email(email)
    await set_tenant(session, tenant.id)
    repository = UserRepository(session)
    if await repository.email_taken(tenant.id, email):
        raise _email_taken("email")
    user = await repository.add(
        User(
            tenant_id=tenant.id,
            email=email,
            name=name,
            role=role,
            password_hash=NO_PASSWORD,
            branch_links=[],
        )
    )
    await links.issue(session, settings, tenant, user, TokenPurpose.invitation)
    changes = {"email": [None, email], "name": [None, name], "role": [None, role.value]}
    await audit.record_by(session, tenant.id, actor, "user.invite", "user", user.id, changes)
    return user


async def accept_invitation(session: AsyncSession, token: str, password: str) -> User:
    row, user = await links.redeem(session, token, TokenPurpose.invitation)
    user.password_hash = hash_password(password)
    user.session_version += 1
    await session.flush()
    changes = {"password": [None, MASK]}
    await audit.record_by(
        session, row.tenant_id, _as_user(user), "user.invitation_accept", "user", user.id, changes
    )
    return user


async def request_password_reset(session: AsyncSession, settings: Settings, email: str) -> int:
    """One email per account with this address (one per tenant); nothing tells the caller
    whether there was any. Returns how many were written."""
    mails = 0
    users = await CredentialRepository(session).find_users_for_login(normalise_email(email))
    for user in users:
        await set_tenant(session, user.tenant_id)
        tenant = await TenantRepository(session).get(user.tenant_id)
        if not user.is_active or tenant.status is not TenantStatus.active:
            continue
        await links.issue(session, settings, tenant, user, TokenPurpose.password_reset)
        mails += 1
        await audit.record_by(
            session, tenant.id, _as_user(user), "user.password_reset_request", "user", user.id
        )
    return mails


async def reset_password(
    session: AsyncSession, settings: Settings, token: str, password: str
) -> User:
    """A new password, and every session of the account ends; the account's address is told."""
    row, user = await links.redeem(session, token, TokenPurpose.password_reset)
    user.password_hash = hash_password(password)
    user.session_version += 1
    ended = await SessionRepository(session).revoke(row.tenant_id, user.id)
    await session.flush()
    changes = {"password": [MASK, MASK], "sessions_revoked": [None, ended]}
    await audit.record_by(
        session, row.tenant_id, _as_user(user), "user.password_reset", "user", user.id, changes
    )
    await queue_notice(session, settings, user, Notice.password_reset)
    return user


async def request_email_change(
    session: AsyncSession,
    settings: Settings,
    subject: AuthSubject,
    *,
    new_email: str,
    current_password: str,
) -> None:
    user = subject.user
    assert user is not None
    require_current_password(user, current_password)
    new_email = normalise_email(new_email)
    if await UserRepository(session).email_taken(subject.tenant_id, new_email):
        raise _email_taken("new_email")
    tenant = await TenantRepository(session).get(subject.tenant_id)
    await links.issue(
        session, settings, tenant, user, TokenPurpose.email_change, new_email=new_email
    )
    await audit.record(
        session, subject, "user.email_change_request", "user", user.id,
        {"email": [user.email, new_email]},
    )  # fmt: skip


async def confirm_email_change(session: AsyncSession, settings: Settings, token: str) -> User:
    """The new address takes over; the old one is told where the account went."""
    row, user = await links.redeem(session, token, TokenPurpose.email_change)
    assert row.new_email is not None
    if await UserRepository(session).email_taken(row.tenant_id, row.new_email):
        raise _email_taken("token")
    before = user.email
    user.email = row.new_email
    await session.flush()
    changes = {"email": [before, user.email]}
    await audit.record_by(
        session, row.tenant_id, _as_user(user), "user.email_change", "user", user.id, changes
    )
    await queue_notice(
        session, settings, user, Notice.email_changed, to=before, new_email=masked(user.email)
    )
    return user


async def revoke_sessions(
    session: AsyncSession, subject: AuthSubject, user_id: UUID, *, only: UUID | None = None
) -> int:
    ended = await SessionRepository(session).revoke(subject.tenant_id, user_id, only=only)
    await audit.record(
        session, subject, "user.sessions_revoke", "user", user_id,
        {"sessions_revoked": [None, ended], **({"session": [None, str(only)]} if only else {})},
    )  # fmt: skip
    return ended
