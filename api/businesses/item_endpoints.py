"""GET, PATCH and DELETE /businesses/{business_id}."""

from __future__ import annotations

from fastapi import APIRouter, status

from api.auth.deps import RegistryRead, RegistryWrite
from api.auth.errors import AUTH_ERRORS
from api.businesses import reading, registration, update
from api.businesses.errors import BusinessHasWorkers, BusinessNotFound
from api.businesses.params import BusinessID
from api.businesses.patch_schema import BusinessUpdate
from api.businesses.views import Business, business_schema
from api.ccus.wakeups import recheck_of
from api.db import SessionDep
from api.deps import CipherDep, SettingsDep
from api.errors import ValidationFailed, error_responses

router = APIRouter(prefix="/businesses", tags=["businesses"])


@router.get(
    "/{business_id}",
    summary="Get a business",
    response_model=Business,
    responses=error_responses(*AUTH_ERRORS, BusinessNotFound),
)
async def get_business(
    business_id: BusinessID, subject: RegistryRead, session: SessionDep
) -> Business:
    return business_schema(await reading.get_business(session, subject, business_id))


@router.patch(
    "/{business_id}",
    summary="Update a business",
    response_model=Business,
    responses=error_responses(*AUTH_ERRORS, BusinessNotFound, ValidationFailed),
)
async def update_business(
    business_id: BusinessID,
    body: BusinessUpdate,
    subject: RegistryWrite,
    session: SessionDep,
    settings: SettingsDep,
    cipher: CipherDep,
) -> Business:
    """A change CCUS must learn puts the business back to `ccus_status=pending`."""
    business = await update.update_business(session, subject, settings, cipher, business_id, body)
    return business_schema(business).model_copy(
        update={"ccus_recheck": recheck_of(session, business.id)}
    )


@router.delete(
    "/{business_id}",
    summary="Delete a business",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=error_responses(*AUTH_ERRORS, BusinessNotFound, BusinessHasWorkers),
)
async def delete_business(
    business_id: BusinessID, subject: RegistryWrite, session: SessionDep
) -> None:
    await registration.delete_business(session, subject, business_id)
