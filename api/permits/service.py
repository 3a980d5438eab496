"""建設業許可番号設定: a business's permits, listed, added, changed and removed."""

from __future__ import annotations

from collections.abc import Sequence
from uuid import UUID

from sqlalchemy.ext.asyncio import AsyncSession

from api.auth.subject import AuthSubject
from api.businesses.reading import get_business
from api.errors import ValidationFailed
from api.models.permit import BusinessPermit
from api.permits.errors import PermitNotFound
from api.permits.repository import PermitRepository
from api.permits.rules import check_permit
from api.permits.schemas import PermitBody


async def list_permits(
    session: AsyncSession, subject: AuthSubject, business_id: UUID
) -> Sequence[BusinessPermit]:
    await get_business(session, subject, business_id)
    return await PermitRepository(session).of_business(subject.tenant_id, business_id)


async def _checked(repository: PermitRepository, body: PermitBody) -> dict[str, object]:
    known = body.prefecture_code is not None and await repository.prefecture_exists(
        body.prefecture_code
    )
    errors = check_permit(body, known)
    if errors:
        raise ValidationFailed(errors=errors)
    return body.model_dump()


async def add_permit(
    session: AsyncSession, subject: AuthSubject, business_id: UUID, body: PermitBody
) -> BusinessPermit:
    await get_business(session, subject, business_id)
    repository = PermitRepository(session)
    values = await _checked(repository, body)
    permit = BusinessPermit(tenant_id=subject.tenant_id, business_id=business_id, **values)
    return await repository.add(permit)


async def _existing(
    session: AsyncSession, subject: AuthSubject, business_id: UUID, permit_id: UUID
) -> tuple[PermitRepository, BusinessPermit]:
    await get_business(session, subject, business_id)
    repository = PermitRepository(session)
    permit = await repository.get(subject.tenant_id, business_id, permit_id)
    if permit is None:
        raise PermitNotFound()
    return repository, permit


async def replace_permit(
    session: AsyncSession,
    subject: AuthSubject,
    business_id: UUID,
    permit_id: UUID,
    body: PermitBody,
) -> BusinessPermit:
    repository, permit = await _existing(session, subject, business_id, permit_id)
    for name, value in (await _checked(repository, body)).items():
        setattr(permit, name, value)
    await session.flush()
    await session.refresh(permit)
    return permit


async def remove_permit(
    session: AsyncSession, subject: AuthSubject, business_id: UUID, permit_id: UUID
) -> None:
    repository, permit = await _existing(session, subject, business_id, permit_id)
    await repository.remove(permit)
