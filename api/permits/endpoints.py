"""/businesses/{business_id}/permits: 建設業許可番号設定."""

from __future__ import annotations

from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Path, status

from api.auth.deps import RegistryRead, RegistryWrite
from api.auth.errors import AUTH_ERRORS
from api.businesses.errors import BusinessNotFound
from api.businesses.params import BusinessID
from api.db import SessionDep
from api.errors import ValidationFailed, error_responses
from api.permits import service
from api.permits.errors import PermitNotFound
from api.permits.schemas import Permit, PermitBody

router = APIRouter(prefix="/businesses/{business_id}/permits", tags=["businesses"])

PermitID = Annotated[UUID, Path(description="Permit id.")]


@router.get(
    "",
    summary="List a business's construction permits",
    response_model=list[Permit],
    responses=error_responses(*AUTH_ERRORS, BusinessNotFound),
)
async def list_permits(
    business_id: BusinessID, subject: RegistryRead, session: SessionDep
) -> list[Permit]:
    rows = await service.list_permits(session, subject, business_id)
    return [Permit.model_validate(row) for row in rows]


@router.post(
    "",
    summary="Add a construction permit",
    status_code=status.HTTP_201_CREATED,
    response_model=Permit,
    responses=error_responses(*AUTH_ERRORS, BusinessNotFound, ValidationFailed),
)
async def add_permit(
    business_id: BusinessID, body: PermitBody, subject: RegistryWrite, session: SessionDep
) -> Permit:
    return Permit.model_validate(await service.add_permit(session, subject, business_id, body))


@router.put(
    "/{permit_id}",
    summary="Change a construction permit",
    response_model=Permit,
    responses=error_responses(*AUTH_ERRORS, BusinessNotFound, PermitNotFound, ValidationFailed),
)
async def replace_permit(
    business_id: BusinessID,
    permit_id: PermitID,
    body: PermitBody,
    subject: RegistryWrite,
    session: SessionDep,
) -> Permit:
    permit = await service.replace_permit(session, subject, business_id, permit_id, body)
    return Permit.model_validate(permit)


@router.delete(
    "/{permit_id}",
    summary="Remove a construction permit",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=error_responses(*AUTH_ERRORS, BusinessNotFound, PermitNotFound),
)
async def remove_permit(
    business_id: BusinessID, permit_id: PermitID, subject: RegistryWrite, session: SessionDep
) -> None:
    await service.remove_permit(session, subject, business_id, permit_id)
