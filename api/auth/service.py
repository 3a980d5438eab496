"""Resolving credentials into an AuthSubject, and changing one's password."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from uuid import UUID

from sqlalchemy.ext.asyncio import AsyncSession

from api.accounts.notices import Notice, queue_notice
from api.audit import service as audit
from api.auth.api_key_secrets import parse_key, secret_matches
from api.auth.errors import InvalidApiKey, InvalidToken, WrongCurrentPassword
from api.auth.passwords import hash_password, verify_password
from api.auth.repository import CredentialRepository
from api.auth.schemas import AccessToken
from api.auth.scopes import PARTNER_GRANTABLE_SCOPES, ROLE_SCOPES, TERMINAL_SCOPES, Scope
from api.auth.session_repository import SessionRepository
from api.auth.subject import AuthSubject, SubjectKind
from api.auth.tokens import AccessClaims, InvalidTokenError, decode_access_token, issue_access_token
from api.config import Settings
from api.db import set_tenant
from api.errors import field_error
from api.logs import MASK
from api.models.api_key import ApiKey, ApiKeyKind
from api.models.user import User, UserRole
from api.tenants.errors import TenantSuspended
from api.tenants.repository import TenantRepository

_LAST_USED_RESOLUTION = timedelta(minutes=5)


def normalise_email(email: str) -> str:
    return email.strip().lower()


def token_for(settings: Settings, user: User, session_id: UUID | None) -> AccessToken:
    token, expires_in = issue_access_token(
        settings,
        AccessClaims(
            user_id=user.id,
            tenant_id=user.tenant_id,
            session_version=user.session_version,
            session_id=session_id,
        ),
    )
    return AccessToken(access_token=token, expires_in=expires_in)


async def ensure_tenant_active(session: AsyncSession, tenant_id: UUID) -> None:
    """Scope the transaction to the tenant and refuse a suspended one."""
    await set_tenant(session, tenant_id)
    if not await TenantRepository(session).is_active(tenant_id):
        raise TenantSuspended()


def subject_for_user(user: User, session_id: UUID | None = None) -> AuthSubject:
    limited = user.role is not UserRole.admin and bool(user.branch_links)
    return AuthSubject(
        tenant_id=user.tenant_id,
        kind=SubjectKind.user,
        scopes=ROLE_SCOPES[user.role],
        user=user,
        branch_ids=frozenset(user.branch_ids) if limited else None,
        session_id=session_id,
    )


async def subject_from_token(session: AsyncSession, settings: Settings, token: str) -> AuthSubject:
    try:
        claims = decode_access_token(settings, token)
    except InvalidTokenError as error:
        raise InvalidToken() from error
    await set_tenant(session, claims.tenant_id)
    user = await CredentialRepository(session).get_user(claims.tenant_id, claims.user_id)
    if user is None or not user.is_active or user.session_version != claims.session_version:
        raise InvalidToken()
    if claims.session_id is not None:
        sessions = SessionRepository(session)
        if await sessions.live(claims.tenant_id, user.id, claims.session_id) is None:
            raise InvalidToken()
    await ensure_tenant_active(session, claims.tenant_id)
    return subject_for_user(user, claims.session_id)


def _subject_for_key(key: ApiKey) -> AuthSubject:
    if key.kind is ApiKeyKind.terminal:
        return AuthSubject(
            tenant_id=key.tenant_id,
            kind=SubjectKind.terminal,
            scopes=TERMINAL_SCOPES,
            api_key=key,
            site_ids=frozenset(key.site_ids),
        )
    granted = frozenset(Scope(scope) for scope in key.scopes if scope in PARTNER_GRANTABLE_SCOPES)
    return AuthSubject(
        tenant_id=key.tenant_id, kind=SubjectKind.partner, scopes=granted, api_key=key
    )


async def subject_from_api_key(
    session: AsyncSession, settings: Settings, raw_key: str
) -> AuthSubject:
    parsed = parse_key(raw_key)
    if parsed is None:
        raise InvalidApiKey()
    key = await CredentialRepository(session).find_api_key(parsed.prefix)
    pepper = settings.api_key_pepper.get_secret_value()
    if key is None or not secret_matches(pepper, parsed.secret, key.secret_hash):
        raise InvalidApiKey()
    now = datetime.now(UTC)
    if key.revoked_at is not None or (key.expires_at is not None and key.expires_at <= now):
        raise InvalidApiKey()
    await ensure_tenant_active(session, key.tenant_id)
    if key.last_used_at is None or now - key.last_used_at > _LAST_USED_RESOLUTION:
        key.last_used_at = now
        await session.flush()
    return _subject_for_key(key)


def require_current_password(user: User, password: str) -> None:
    """A change of one's own sign-in (password, email) asks for the password again."""
    if not verify_password(user.password_hash, password):
        field = field_error(
            ["body", "current_password"], WrongCurrentPassword.code, WrongCurrentPassword.title
        )
        raise WrongCurrentPassword(errors=[field])


async def change_password(
    session: AsyncSession, settings: Settings, subject: AuthSubject, *, current: str, new: str
) -> AccessToken:
    user = subject.user
    assert user is not None
    require_current_password(user, current)
    user.password_hash = hash_password(new)
    # Every other token and session of this user stops working; this one continues.
    user.session_version += 1
    await SessionRepository(session).revoke(user.tenant_id, user.id, keep=subject.session_id)
    await session.flush()
    await audit.record(
        session, subject, "user.password_change", "user", user.id, {"password": [MASK, MASK]}
    )
    await queue_notice(session, settings, user, Notice.password_changed)
    return token_for(settings, user, subject.session_id)
