from __future__ import annotations

from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Path, Query, status

from api.auth.deps import MastersWrite, RegistryRead
from api.auth.errors import AUTH_ERRORS
from api.db import SessionDep
from api.errors import ValidationFailed, error_responses
from api.kit.fields import Text4
from api.masters import service
from api.masters.errors import OccupationCodeTaken, OccupationNotFound, ShippedOccupationReadOnly
from api.masters.repository import MasterRepository, OccupationRepository
from api.masters.schemas import (
    EmploymentType,
    InsuranceValue,
    Occupation,
    OccupationCreate,
    OccupationUpdate,
    Position,
    Prefecture,
)
from api.models.master import Occupation as OccupationRow

router = APIRouter(prefix="/masters", tags=["masters"])


def occupation_schema(row: OccupationRow) -> Occupation:
    return Occupation(
        id=row.id,
        major_code=row.major_code,
        major_name=row.major_name,
        minor_code=row.minor_code,
        minor_name=row.minor_name,
        evaluable=row.evaluable,
        confidence=row.confidence,
        source=row.source,
        is_active=row.is_active,
        shipped=row.tenant_id is None,
    )


@router.get(
    "/prefectures",
    summary="List prefectures",
    response_model=list[Prefecture],
    responses=error_responses(*AUTH_ERRORS),
)
async def list_prefectures(subject: RegistryRead, session: SessionDep) -> list[Prefecture]:
    return [Prefecture.model_validate(row) for row in await MasterRepository(session).prefectures()]


@router.get(
    "/positions",
    summary="List positions (立場)",
    response_model=list[Position],
    responses=error_responses(*AUTH_ERRORS),
)
async def list_positions(subject: RegistryRead, session: SessionDep) -> list[Position]:
    return [Position.model_validate(row) for row in await MasterRepository(session).positions()]


@router.get(
    "/employment-types",
    summary="List employment types (雇用区分)",
    response_model=list[EmploymentType],
    responses=error_responses(*AUTH_ERRORS),
)
async def list_employment_types(subject: RegistryRead, session: SessionDep) -> list[EmploymentType]:
    rows = await MasterRepository(session).employment_types()
    return [EmploymentType.model_validate(row) for row in rows]


@router.get(
    "/insurance-values",
    summary="List insurance values (保険加入状況)",
    response_model=list[InsuranceValue],
    responses=error_responses(*AUTH_ERRORS),
)
async def list_insurance_values(subject: RegistryRead, session: SessionDep) -> list[InsuranceValue]:
    rows = await MasterRepository(session).insurance_values()
    return [InsuranceValue.model_validate(row) for row in rows]


@router.get(
    "/occupations",
    summary="List occupations (職種)",
    response_model=list[Occupation],
    responses=error_responses(*AUTH_ERRORS),
)
async def list_occupations(
    subject: RegistryRead,
    session: SessionDep,
    major_code: Annotated[Text4 | None, Query()] = None,
    active_only: bool = True,
) -> list[Occupation]:
    """Shipped occupations and the tenant's own, by 大分類 then 小分類 code."""
    rows = await OccupationRepository(session).list(
        subject.tenant_id, major_code=major_code, active_only=active_only
    )
    return [occupation_schema(row) for row in rows]


@router.post(
    "/occupations",
    summary="Add an occupation",
    status_code=status.HTTP_201_CREATED,
    response_model=Occupation,
    responses=error_responses(*AUTH_ERRORS, OccupationCodeTaken, ValidationFailed),
)
async def create_occupation(
    body: OccupationCreate, subject: MastersWrite, session: SessionDep
) -> Occupation:
    return occupation_schema(await service.create_occupation(session, subject, body))


@router.patch(
    "/occupations/{occupation_id}",
    summary="Update one of your occupations",
    response_model=Occupation,
    responses=error_responses(
        *AUTH_ERRORS, OccupationNotFound, ShippedOccupationReadOnly, ValidationFailed
    ),
)
async def update_occupation(
    occupation_id: Annotated[UUID, Path()],
    body: OccupationUpdate,
    subject: MastersWrite,
    session: SessionDep,
) -> Occupation:
    return occupation_schema(await service.update_occupation(session, subject, occupation_id, body))
