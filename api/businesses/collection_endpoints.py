"""GET and POST /businesses: the list and a new registration."""

from __future__ import annotations

from fastapi import APIRouter, status

from api.auth.deps import RegistryRead, RegistryWrite
from api.auth.errors import AUTH_ERRORS
from api.businesses import reading, registration
from api.businesses.params import FiltersDep
from api.businesses.schemas import BusinessCreate
from api.businesses.views import Business, business_schema
from api.ccus.wakeups import recheck_of
from api.db import SessionDep
from api.deps import CipherDep, SettingsDep
from api.errors import ValidationFailed, error_responses
from api.kit.pagination import PageDep
from api.kit.schemas import ListResource, Pagination

router = APIRouter(prefix="/businesses", tags=["businesses"])


@router.get(
    "",
    summary="List businesses",
    response_model=ListResource[Business],
    responses=error_responses(*AUTH_ERRORS, ValidationFailed),
)
async def list_businesses(
    subject: RegistryRead, session: SessionDep, page: PageDep, filters: FiltersDep
) -> ListResource[Business]:
    """下請事業者管理: filters as on the seed's screen; branch-limited users see their branches' businesses."""
    rows, total = await reading.list_businesses(session, subject, filters, page)
    return ListResource[Business](
        items=[business_schema(row) for row in rows],
        pagination=Pagination.of(total, page.page, page.limit),
    )


@router.post(
    "",
    summary="Register a business",
    status_code=status.HTTP_201_CREATED,
    response_model=Business,
    responses=error_responses(*AUTH_ERRORS, ValidationFailed),
)
async def create_business(
    body: BusinessCreate,
    subject: RegistryWrite,
    session: SessionDep,
    settings: SettingsDep,
    cipher: CipherDep,
) -> Business:
    business = await registration.create_business(session, subject, settings, cipher, body)
    return business_schema(business).model_copy(
        update={"ccus_recheck": recheck_of(session, business.id)}
    )
