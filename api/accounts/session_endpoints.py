"""Sessions: own, and for administrators a user's."""

from __future__ import annotations

from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Path, status

from api.accounts import service
from api.accounts.errors import SessionNotFound
from api.accounts.schemas import SessionInfo, SessionsRevoked
from api.auth.deps import CurrentUser, UsersManage
from api.auth.errors import AUTH_ERRORS
from api.auth.session_repository import SessionRepository
from api.db import SessionDep
from api.errors import error_responses
from api.users import service as users
from api.users.errors import UserNotFound

router = APIRouter(tags=["accounts"])

SessionID = Annotated[UUID, Path(description="Session id.")]
UserID = Annotated[UUID, Path(description="User id.")]


@router.get(
    "/me/sessions",
    summary="List my sessions",
    response_model=list[SessionInfo],
    responses=error_responses(*AUTH_ERRORS),
)
async def list_my_sessions(subject: CurrentUser, session: SessionDep) -> list[SessionInfo]:
    assert subject.user is not None
    rows = await SessionRepository(session).of_user(subject.tenant_id, subject.user.id)
    return [
        SessionInfo(
            id=row.id,
            user_agent=row.user_agent,
            client_address=row.client_address,
            created_at=row.created_at,
            last_seen_at=row.last_seen_at,
            current=row.id == subject.session_id,
        )
        for row in rows
    ]


@router.delete(
    "/me/sessions/{session_id}",
    summary="End one of my sessions",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=error_responses(*AUTH_ERRORS, SessionNotFound),
)
async def revoke_my_session(
    session_id: SessionID, subject: CurrentUser, session: SessionDep
) -> None:
    assert subject.user is not None
    if not await service.revoke_sessions(session, subject, subject.user.id, only=session_id):
        raise SessionNotFound()


@router.post(
    "/users/{user_id}/sessions/revoke",
    summary="End every session of a user",
    response_model=SessionsRevoked,
    responses=error_responses(*AUTH_ERRORS, UserNotFound),
)
async def revoke_user_sessions(
    user_id: UserID, subject: UsersManage, session: SessionDep
) -> SessionsRevoked:
    user = await users.get_user(session, subject, user_id)
    return SessionsRevoked(revoked=await service.revoke_sessions(session, subject, user.id))
