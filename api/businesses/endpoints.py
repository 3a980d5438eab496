from __future__ import annotations

from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Depends, Path, Query, Response, status

from api.auth.deps import RegistryRead, RegistryWrite, SecretsReveal
from api.auth.errors import AUTH_ERRORS
from api.businesses import service
from api.businesses.errors import BusinessHasWorkers, BusinessNotFound
from api.businesses.repository import SORTABLE, BusinessFilters
from api.businesses.schemas import (
    Business,
    BusinessCreate,
    BusinessUpdate,
    RevealedVerificationNumber,
)
from api.db import SessionDep
from api.deps import CipherDep, SettingsDep
from api.errors import ValidationFailed, error_responses
from api.imports.columns import BUSINESS_COLUMNS, SHEET_NAMES
from api.imports.workbook import write_workbook
from api.kit.downloads import XLSX_MEDIA_TYPE, XLSX_RESPONSE, attachment
from api.kit.fields import Text14, Text20, Text32, Text100
from api.kit.pagination import PageDep
from api.kit.schemas import ListResource, Pagination
from api.kit.sorting import sort_query
from api.kit.verification import masked
from api.models.business import Business as BusinessRow
from api.models.import_job import ImportKind

router = APIRouter(prefix="/businesses", tags=["businesses"])

BusinessID = Annotated[UUID, Path(description="Business id.")]


def business_schema(row: BusinessRow) -> Business:
    return Business.model_validate(
        {
            **{
                field: getattr(row, field) for field in Business.model_fields if hasattr(row, field)
            },
            "verification_number": masked(row.verification_number_encrypted),
        }
    )


def business_filters(
    branch_id: UUID | None = None,
    code: Annotated[Text32 | None, Query(description="Partial match.")] = None,
    name: Annotated[Text100 | None, Query(description="Partial match of name or kana.")] = None,
    ccus_business_id: Annotated[Text14 | None, Query()] = None,
    phone: Annotated[Text20 | None, Query()] = None,
    has_ccus_id: bool | None = None,
    site_id: Annotated[
        UUID | None, Query(description="Businesses in this site's structure.")
    ] = None,
    sort: Annotated[str | None, sort_query(SORTABLE)] = None,
) -> BusinessFilters:
    return BusinessFilters(
        branch_id=branch_id,
        code=code,
        name=name,
        ccus_business_id=ccus_business_id,
        phone=phone,
        has_ccus_id=has_ccus_id,
        site_id=site_id,
        sort=sort,
    )


FiltersDep = Annotated[BusinessFilters, Depends(business_filters)]


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
    rows, total = await service.list_businesses(session, subject, filters, page)
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
    return business_schema(await service.create_business(session, subject, settings, cipher, body))


@router.get(
    "/export",
    summary="Export businesses to Excel",
    response_class=Response,
    responses={**XLSX_RESPONSE, **error_responses(*AUTH_ERRORS, ValidationFailed)},
)
async def export_businesses(
    subject: RegistryRead, session: SessionDep, filters: FiltersDep
) -> Response:
    """The filtered list in the import template's columns (本人確認番号 left out)."""
    rows = await service.export_businesses(session, subject, filters)
    content = write_workbook(SHEET_NAMES[ImportKind.businesses], BUSINESS_COLUMNS, rows)
    return attachment(content, XLSX_MEDIA_TYPE, "事業者一覧.xlsx")


@router.get(
    "/{business_id}",
    summary="Get a business",
    response_model=Business,
    responses=error_responses(*AUTH_ERRORS, BusinessNotFound),
)
async def get_business(
    business_id: BusinessID, subject: RegistryRead, session: SessionDep
) -> Business:
    return business_schema(await service.get_business(session, subject, business_id))


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
    return business_schema(
        await service.update_business(session, subject, settings, cipher, business_id, body)
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
    await service.delete_business(session, subject, business_id)


@router.post(
    "/{business_id}/verification-number/reveal",
    summary="Reveal a business's 本人確認番号",
    response_model=RevealedVerificationNumber,
    responses=error_responses(*AUTH_ERRORS, BusinessNotFound),
)
async def reveal_business_verification_number(
    business_id: BusinessID, subject: SecretsReveal, session: SessionDep, cipher: CipherDep
) -> RevealedVerificationNumber:
    """Administrators only; every reveal is written to the audit log."""
    value = await service.reveal_verification_number(session, subject, cipher, business_id)
    return RevealedVerificationNumber(verification_number=value)
