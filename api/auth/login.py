"""Logging in: an email and password, and the tenant when the address has accounts in several.

Emails are unique per tenant (ADR 0021). The tenants an address belongs to are named only to
whoever proved the password of each: a wrong password, an unknown address and an address used
elsewhere all answer the same 401.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy.ext.asyncio import AsyncSession

from api.auth.errors import InvalidCredentials, TenantRequired
from api.auth.login_throttle import LoginThrottle
from api.auth.passwords import hash_password, needs_rehash, verify_password
from api.auth.repository import CredentialRepository
from api.auth.schemas import AccessToken
from api.auth.service import ensure_tenant_active, normalise_email, token_for
from api.auth.session_repository import SessionRepository
from api.config import Settings
from api.db import set_tenant
from api.errors import field_error
from api.models.user import User
from api.tenants.repository import TenantRepository


async def _matching(
    session: AsyncSession, email: str, password: str, tenant: str | None
) -> list[User]:
    users = await CredentialRepository(session).find_users_for_login(email)
    if tenant:
        wanted = await TenantRepository(session).find_id_by_code(tenant.strip())
        users = [user for user in users if user.tenant_id == wanted]
    if not users:
        verify_password(None, password)  # an unknown address costs what a known one does
        return []
    return [
        user for user in users if verify_password(user.password_hash, password) and user.is_active
    ]


async def _tenant_required(session: AsyncSession, users: list[User]) -> TenantRequired:
    choices = []
    for user in users:
        await set_tenant(session, user.tenant_id)
        tenant = await TenantRepository(session).get(user.tenant_id)
        choices.append(
            field_error(["body", "tenant"], "tenant.choice", f"{tenant.code} {tenant.name}")
        )
    return TenantRequired(errors=choices)


async def login(
    session: AsyncSession,
    settings: Settings,
    throttle: LoginThrottle,
    *,
    email: str,
    password: str,
    tenant: str | None,
    client_address: str,
    user_agent: str,
) -> AccessToken:
    email = normalise_email(email)
    await throttle.ensure_allowed(email, client_address)
    users = await _matching(session, email, password, tenant)
    if not users:
        refused = await throttle.record_failure(email, client_address)
        raise refused or InvalidCredentials()
    await throttle.record_success(email, client_address)
    if len(users) > 1:
        raise await _tenant_required(session, users)
    user = users[0]
    await ensure_tenant_active(session, user.tenant_id)
    user.last_login_at = datetime.now(UTC)
    if needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    row = await SessionRepository(session).start(
        user.tenant_id, user.id, user_agent=user_agent, client_address=client_address
    )
    return token_for(settings, user, row.id)
