from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from uuid import UUID

from sqlalchemy.ext.asyncio import AsyncSession

from api.api_keys.errors import ApiKeyNotFound
from api.api_keys.repository import ApiKeyRepository
from api.api_keys.schemas import ApiKeyCreate
from api.audit import service as audit
from api.auth.api_key_secrets import generate_key, hash_secret
from api.auth.scopes import TERMINAL_SCOPES
from api.auth.subject import AuthSubject
from api.config import Settings
from api.errors import ValidationFailed, field_error
from api.kit.pagination import PageParams
from api.models.api_key import ApiKey, ApiKeyKind
from api.sites.repository import SiteRepository


async def list_keys(
    session: AsyncSession, subject: AuthSubject, page: PageParams
) -> tuple[Sequence[ApiKey], int]:
    repository = ApiKeyRepository(session)
    statement = repository.scoped(subject.tenant_id).order_by(ApiKey.created_at.desc(), ApiKey.id)
    return await repository.paginate(statement, page)


async def get_key(session: AsyncSession, subject: AuthSubject, key_id: UUID) -> ApiKey:
    key = await ApiKeyRepository(session).get_by_id(subject.tenant_id, key_id)
    if key is None:
        raise ApiKeyNotFound()
    return key


async def _check_sites(session: AsyncSession, subject: AuthSubject, site_ids: list[UUID]) -> None:
    """A terminal key names sites of its own tenant only: a foreign id is as unknown as a typo."""
    found = await SiteRepository(session).existing_ids(subject.tenant_id, set(site_ids))
    missing = [index for index, site_id in enumerate(site_ids) if site_id not in found]
    if missing:
        raise ValidationFailed(
            "Unknown site.",
            errors=[
                field_error(["body", "site_ids", index], "site.not_found", "No such site")
                for index in missing
            ],
        )


async def create_key(
    session: AsyncSession, settings: Settings, subject: AuthSubject, data: ApiKeyCreate
) -> tuple[ApiKey, str]:
    """Return the stored key and the full secret, which is never stored or shown again."""
    if data.site_ids:
        await _check_sites(session, subject, data.site_ids)
    generated = generate_key()
    scopes = (
        sorted(TERMINAL_SCOPES) if data.kind is ApiKeyKind.terminal else sorted(set(data.scopes))
    )
    key = await ApiKeyRepository(session).add(
        ApiKey(
            tenant_id=subject.tenant_id,
            name=data.name,
            kind=data.kind,
            prefix=generated.prefix,
            secret_hash=hash_secret(settings.api_key_pepper.get_secret_value(), generated.secret),
            scopes=[str(scope) for scope in scopes],
            site_ids=sorted(set(data.site_ids)),
            expires_at=data.expires_at,
            created_by_user_id=subject.actor_id,
        )
    )
    await audit.record(
        session,
        subject,
        "api_key.create",
        "api_key",
        key.id,
        audit.diff(
            {}, {"name": key.name, "kind": key.kind, "scopes": key.scopes, "site_ids": key.site_ids}
        ),
    )
    return key, generated.full


async def revoke_key(session: AsyncSession, subject: AuthSubject, key_id: UUID) -> None:
    key = await get_key(session, subject, key_id)
    if key.revoked_at is not None:
        return
    key.revoked_at = datetime.now(UTC)
    await session.flush()
    await audit.record(session, subject, "api_key.revoke", "api_key", key.id, {})
