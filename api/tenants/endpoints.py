"""The operator API: provisioning tenants, behind the operator key (not a tenant role)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, status

from api.db import SessionDep
from api.deps import SettingsDep
from api.errors import ValidationFailed, error_responses
from api.models.tenant import TenantStatus
from api.tenants import service
from api.tenants.errors import TenantCodeTaken, TenantNotFound
from api.tenants.operator_auth import OPERATOR_ERRORS, Operator
from api.tenants.schemas import AdminInvitation, InvitationSent, TenantCreate, TenantOut
from api.users.errors import EmailTaken

router = APIRouter(prefix="/operator/tenants", tags=["operator"])

Code = Annotated[
    str, Path(max_length=32, pattern=r"^[a-z0-9][a-z0-9-]*$", description="The tenant's code.")
]


@router.get(
    "",
    summary="List tenants",
    response_model=list[TenantOut],
    responses=error_responses(*OPERATOR_ERRORS),
)
async def list_tenants(operator: Operator, session: SessionDep) -> list[TenantOut]:
    return [TenantOut.model_validate(row) for row in await service.list_tenants(session)]


@router.post(
    "",
    summary="Create a tenant (and invite its first administrator)",
    status_code=status.HTTP_201_CREATED,
    response_model=TenantOut,
    responses=error_responses(*OPERATOR_ERRORS, TenantCodeTaken, ValidationFailed),
)
async def create_tenant(
    body: TenantCreate,
    operator: Operator,
    session: SessionDep,
    settings: SettingsDep,
) -> TenantOut:
    tenant = await service.create_tenant(session, operator, code=body.code, name=body.name)
    if body.admin_email:
        await service.invite_admin(
            session, settings, operator, tenant.code, email=body.admin_email, name=body.admin_name
        )
    return TenantOut.model_validate(tenant)


async def _set_status(
    session: SessionDep, operator: Operator, code: str, status: TenantStatus
) -> TenantOut:
    return TenantOut.model_validate(await service.set_status(session, operator, code, status))


@router.post(
    "/{code}/suspend",
    summary="Suspend a tenant",
    response_model=TenantOut,
    responses=error_responses(*OPERATOR_ERRORS, TenantNotFound),
)
async def suspend_tenant(code: Code, operator: Operator, session: SessionDep) -> TenantOut:
    """Its tokens, API keys and jobs are refused (`tenant.suspended`); its data is kept."""
    return await _set_status(session, operator, code, TenantStatus.suspended)


@router.post(
    "/{code}/resume",
    summary="Resume a suspended tenant",
    response_model=TenantOut,
    responses=error_responses(*OPERATOR_ERRORS, TenantNotFound),
)
async def resume_tenant(code: Code, operator: Operator, session: SessionDep) -> TenantOut:
    return await _set_status(session, operator, code, TenantStatus.active)


@router.post(
    "/{code}/admins",
    summary="Invite an administrator of a tenant by email",
    status_code=status.HTTP_202_ACCEPTED,
    response_model=InvitationSent,
    responses=error_responses(*OPERATOR_ERRORS, TenantNotFound, EmailTaken, ValidationFailed),
)
async def invite_admin(
    code: Code,
    body: AdminInvitation,
    operator: Operator,
    session: SessionDep,
    settings: SettingsDep,
) -> InvitationSent:
    user = await service.invite_admin(
        session, settings, operator, code, email=body.email, name=body.name
    )
    return InvitationSent(user_id=user.id, email=user.email)
