"""Issuing and redeeming one-time links: invitation, password reset, email change."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from api.accounts.emails import account_mail
from api.accounts.errors import LinkExpired, LinkInvalid, LinkUsed
from api.accounts.link_tokens import hash_link_token, new_link_token
from api.accounts.repository import AccountTokenRepository
from api.auth.repository import CredentialRepository
from api.auth.service import ensure_tenant_active
from api.config import Settings
from api.kit.japan import tokyo_text
from api.mail.outbox import queue_mail
from api.models.account import AccountToken, TokenPurpose
from api.models.mail import OutboxMail
from api.models.tenant import Tenant
from api.models.user import User


def lifetime(settings: Settings, purpose: TokenPurpose) -> timedelta:
    if purpose is TokenPurpose.password_reset:
        return timedelta(minutes=settings.password_reset_minutes)
    if purpose is TokenPurpose.email_change:
        return timedelta(hours=settings.email_change_hours)
    return timedelta(hours=settings.invitation_hours)


async def issue(
    session: AsyncSession,
    settings: Settings,
    tenant: Tenant,
    user: User,
    purpose: TokenPurpose,
    *,
    new_email: str | None = None,
) -> OutboxMail:
    """A new link (replacing the user's open ones of this purpose) and the email carrying it,
    written to the mail outbox in the same transaction."""
    repository = AccountTokenRepository(session)
    await repository.retire_open(tenant.id, user.id, purpose)
    token, token_hash = new_link_token()
    expires_at = datetime.now(UTC) + lifetime(settings, purpose)
    await repository.add(
        AccountToken(
            tenant_id=tenant.id,
            user_id=user.id,
            purpose=purpose,
            token_hash=token_hash,
            new_email=new_email,
            expires_at=expires_at,
        )
    )
    mail = account_mail(
        settings,
        purpose,
        to=new_email or user.email,
        name=user.name,
        tenant=tenant.name,
        token=token,
        expires=tokyo_text(expires_at, "%Y年%m月%d日 %H:%M"),
    )
    return await queue_mail(session, settings, tenant.id, user.id, mail, link_expires_at=expires_at)


async def redeem(
    session: AsyncSession, token: str, purpose: TokenPurpose
) -> tuple[AccountToken, User]:
    """Use a link once: unknown, expired and used links are refused, each with its own code."""
    repository = AccountTokenRepository(session)
    row = await repository.find_by_hash(hash_link_token(token))
    if row is None or row.purpose is not purpose:
        raise LinkInvalid()
    if row.used_at is not None:
        raise LinkUsed()
    if row.expires_at <= datetime.now(UTC):
        raise LinkExpired()
    await ensure_tenant_active(session, row.tenant_id)
    user = await CredentialRepository(session).get_user(row.tenant_id, row.user_id)
    if user is None or not await repository.claim(row.tenant_id, row.id):
        raise LinkUsed()
    return row, user
