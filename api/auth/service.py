"""Logging in, resolving credentials into an AuthSubject, and changing one's password."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from api.audit import service as audit
from api.auth.api_key_secrets import parse_key, secret_matches
from api.auth.errors import InvalidApiKey, InvalidCredentials, InvalidToken, WrongCurrentPassword
from api.auth.login_throttle import LoginThrottle
from api.auth.passwords import hash_password, needs_rehash, verify_password
from api.auth.repository import CredentialRepository
from api.auth.schemas import AccessToken
from api.auth.scopes import PARTNER_GRANTABLE_SCOPES, ROLE_SCOPES, TERMINAL_SCOPES, Scope
from api.auth.subject import AuthSubject, SubjectKind
from api.auth.tokens import AccessClaims, InvalidTokenError, decode_access_token, issue_access_token
from api.config import Settings
from api.db import set_tenant
from api.errors import field_error
from api.logs import MASK
from api.models.api_key import ApiKey, ApiKeyKind
from api.models.user import User, UserRole

_LAST_USED_RESOLUTION = timedelta(minutes=5)


def normalise_email(email: str) -> str:
    return email.strip().lower()


def _token_for(settings: Settings, user: User) -> AccessToken:
    token, expires_in = issue_access_token(
        settings,
        AccessClaims(
            user_id=user.id, tenant_id=user.tenant_id, session_version=user.session_version
        ),
    )
    return AccessToken(access_token=token, expires_in=expires_in)


async def login(
    session: AsyncSession,
    settings: Settings,
    throttle: LoginThrottle,
    *,
    email: str,
    password: str,
    client_address: str,
) -> AccessToken:
    email = normalise_email(email)
    await throttle.ensure_allowed(email, client_address)
    user = await CredentialRepository(session).find_user_for_login(email)
    password_ok = verify_password(user.password_hash if user else None, password)
    if user is None or not password_ok or not user.is_active:
        refused = await throttle.record_failure(email, client_address)
        raise refused or InvalidCredentials()
    await throttle.record_success(email, client_address)
    await set_tenant(session, user.tenant_id)
    user.last_login_at = datetime.now(UTC)
    if needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    await session.flush()
    return _token_for(settings, user)


def subject_for_user(user: User) -> AuthSubject:
    limited = user.role is not UserRole.admin and bool(user.branch_links)
    return AuthSubject(
        tenant_id=user.tenant_id,
        kind=SubjectKind.user,
        scopes=ROLE_SCOPES[user.role],
        user=user,
        branch_ids=frozenset(user.branch_ids) if limited else None,
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
    return subject_for_user(user)


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
    await set_tenant(session, key.tenant_id)
    if key.last_used_at is None or now - key.last_used_at > _LAST_USED_RESOLUTION:
        key.last_used_at = now
        await session.flush()
    return _subject_for_key(key)


async def change_password(
    session: AsyncSession, settings: Settings, subject: AuthSubject, *, current: str, new: str
) -> AccessToken:
    user = subject.user
    assert user is not None
    if not verify_password(user.password_hash, current):
        raise WrongCurrentPassword(
            errors=[
                field_error(
                    ["body", "current_password"],
                    WrongCurrentPassword.code,
                    WrongCurrentPassword.title,
                )
            ]
        )
    user.password_hash = hash_password(new)
    # Every other token of this user stops working.
    user.session_version += 1
    await session.flush()
    await audit.record(
        session, subject, "user.password_change", "user", user.id, {"password": [MASK, MASK]}
    )
    return _token_for(settings, user)
