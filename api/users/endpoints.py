from __future__ import annotations

from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Path, status

from api.auth.deps import UsersManage
from api.auth.errors import AUTH_ERRORS
from api.db import SessionDep
from api.errors import ValidationFailed, error_responses
from api.kit.pagination import PageDep
from api.kit.schemas import ListResource, Pagination
from api.users import service
from api.users.errors import EmailTaken, SelfLockout, UserNotFound
from api.users.schemas import User, UserCreate, UserUpdate

router = APIRouter(prefix="/users", tags=["users"])

UserID = Annotated[UUID, Path(description="User id.")]


@router.get(
    "",
    summary="List users",
    response_model=ListResource[User],
    responses=error_responses(*AUTH_ERRORS),
)
async def list_users(
    subject: UsersManage, session: SessionDep, page: PageDep
) -> ListResource[User]:
    rows, total = await service.list_users(session, subject, page)
    return ListResource[User](
        items=[User.model_validate(row) for row in rows],
        pagination=Pagination.of(total, page.page, page.limit),
    )


@router.post(
    "",
    summary="Create a user",
    status_code=status.HTTP_201_CREATED,
    response_model=User,
    responses=error_responses(*AUTH_ERRORS, EmailTaken, ValidationFailed),
)
async def create_user(body: UserCreate, subject: UsersManage, session: SessionDep) -> User:
    return User.model_validate(await service.create_user(session, subject, body))


@router.get(
    "/{user_id}",
    summary="Get a user",
    response_model=User,
    responses=error_responses(*AUTH_ERRORS, UserNotFound),
)
async def get_user(user_id: UserID, subject: UsersManage, session: SessionDep) -> User:
    return User.model_validate(await service.get_user(session, subject, user_id))


@router.patch(
    "/{user_id}",
    summary="Update a user",
    response_model=User,
    responses=error_responses(*AUTH_ERRORS, UserNotFound, SelfLockout, ValidationFailed),
)
async def update_user(
    user_id: UserID, body: UserUpdate, subject: UsersManage, session: SessionDep
) -> User:
    """A new password, a role change or deactivation ends the user's existing sessions."""
    return User.model_validate(await service.update_user(session, subject, user_id, body))
