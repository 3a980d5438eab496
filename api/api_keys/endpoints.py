from __future__ import annotations

from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Path, status

from api.api_keys import service
from api.api_keys.errors import ApiKeyNotFound
from api.api_keys.schemas import ApiKey, ApiKeyCreate, ApiKeyCreated
from api.auth.deps import ApiKeysManage
from api.auth.errors import AUTH_ERRORS
from api.db import SessionDep
from api.deps import SettingsDep
from api.errors import ValidationFailed, error_responses
from api.kit.pagination import PageDep
from api.kit.schemas import ListResource, Pagination

router = APIRouter(prefix="/api-keys", tags=["api-keys"])

ApiKeyID = Annotated[UUID, Path(description="API key id.")]


@router.get(
    "",
    summary="List API keys",
    response_model=ListResource[ApiKey],
    responses=error_responses(*AUTH_ERRORS),
)
async def list_api_keys(
    subject: ApiKeysManage, session: SessionDep, page: PageDep
) -> ListResource[ApiKey]:
    rows, total = await service.list_keys(session, subject, page)
    return ListResource[ApiKey](
        items=[ApiKey.model_validate(row) for row in rows],
        pagination=Pagination.of(total, page.page, page.limit),
    )


@router.post(
    "",
    summary="Create an API key",
    status_code=status.HTTP_201_CREATED,
    response_model=ApiKeyCreated,
    responses=error_responses(*AUTH_ERRORS, ValidationFailed),
)
async def create_api_key(
    body: ApiKeyCreate, subject: ApiKeysManage, session: SessionDep, settings: SettingsDep
) -> ApiKeyCreated:
    """The response carries the secret key once; it cannot be read again."""
    key, secret = await service.create_key(session, settings, subject, body)
    return ApiKeyCreated.model_validate({**ApiKey.model_validate(key).model_dump(), "key": secret})


@router.get(
    "/{api_key_id}",
    summary="Get an API key",
    response_model=ApiKey,
    responses=error_responses(*AUTH_ERRORS, ApiKeyNotFound),
)
async def get_api_key(api_key_id: ApiKeyID, subject: ApiKeysManage, session: SessionDep) -> ApiKey:
    return ApiKey.model_validate(await service.get_key(session, subject, api_key_id))


@router.delete(
    "/{api_key_id}",
    summary="Revoke an API key",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=error_responses(*AUTH_ERRORS, ApiKeyNotFound),
)
async def revoke_api_key(api_key_id: ApiKeyID, subject: ApiKeysManage, session: SessionDep) -> None:
    await service.revoke_key(session, subject, api_key_id)
