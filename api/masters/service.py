from __future__ import annotations

from uuid import UUID

from sqlalchemy.ext.asyncio import AsyncSession

from api.audit import service as audit
from api.auth.subject import AuthSubject
from api.errors import field_error
from api.masters.errors import OccupationCodeTaken, OccupationNotFound, ShippedOccupationReadOnly
from api.masters.repository import OccupationRepository
from api.masters.schemas import OccupationCreate, OccupationUpdate
from api.models.master import Occupation

_AUDITED = ("major_code", "major_name", "minor_code", "minor_name", "evaluable", "is_active")


def _snapshot(occupation: Occupation) -> dict[str, object]:
    return {field: getattr(occupation, field) for field in _AUDITED}


async def create_occupation(
    session: AsyncSession, subject: AuthSubject, data: OccupationCreate
) -> Occupation:
    repository = OccupationRepository(session)
    if await repository.codes_taken(subject.tenant_id, data.major_code, data.minor_code):
        raise OccupationCodeTaken(
            errors=[
                field_error(
                    ["body", "minor_code"], OccupationCodeTaken.code, OccupationCodeTaken.title
                )
            ]
        )
    occupation = await repository.add(
        Occupation(tenant_id=subject.tenant_id, confidence="tenant", source="", **data.model_dump())
    )
    await audit.record(
        session,
        subject,
        "occupation.create",
        "occupation",
        occupation.id,
        audit.diff({}, _snapshot(occupation)),
    )
    return occupation


async def update_occupation(
    session: AsyncSession, subject: AuthSubject, occupation_id: UUID, data: OccupationUpdate
) -> Occupation:
    occupation = await OccupationRepository(session).get_by_id(subject.tenant_id, occupation_id)
    if occupation is None:
        raise OccupationNotFound()
    if occupation.tenant_id is None:
        raise ShippedOccupationReadOnly()
    before = _snapshot(occupation)
    for field, value in data.model_dump(exclude_unset=True).items():
        if value is not None or field == "evaluable":
            setattr(occupation, field, value)
    await session.flush()
    await audit.record(
        session,
        subject,
        "occupation.update",
        "occupation",
        occupation.id,
        audit.diff(before, _snapshot(occupation)),
    )
    return occupation
