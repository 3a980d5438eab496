from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Header

from api.auth import login, service
from api.auth.deps import CurrentUser
from api.auth.errors import (
    InvalidCredentials,
    InvalidToken,
    MissingCredentials,
    TenantRequired,
    TooManyLoginAttempts,
    WrongCurrentPassword,
)
from api.auth.login_throttle import LoginThrottle
from api.auth.schemas import AccessToken, Me, PasswordChange, TenantSummary
from api.db import SessionDep
from api.deps import ClientAddressDep, RedisDep, SettingsDep
from api.errors import ValidationFailed, error_responses
from api.kit.patterns import PlainText
from api.tenants.errors import TenantSuspended
from api.tenants.repository import TenantRepository

router = APIRouter(tags=["auth"])

_TENANT_FIELD = (
    "The tenant's code, needed only when the email and password open accounts in several "
    "tenants (answered 409 `auth.tenant_required`, naming them)."
)


@router.post(
    "/auth/token",
    summary="Log in (OAuth2 password flow)",
    response_model=AccessToken,
    responses=error_responses(
        InvalidCredentials, TenantSuspended, TenantRequired, TooManyLoginAttempts, ValidationFailed
    ),
)
async def token(
    # The OAuth2 password form; the address goes to PostgreSQL, so it is bounded text.
    username: Annotated[str, PlainText, Form(max_length=254, description="The email address.")],
    password: Annotated[str, Form(json_schema_extra={"format": "password"})],
    session: SessionDep,
    settings: SettingsDep,
    redis: RedisDep,
    client_address: ClientAddressDep,
    tenant: Annotated[
        str | None, Form(max_length=32, pattern=r"^[A-Za-z0-9-]*$", description=_TENANT_FIELD)
    ] = None,
    grant_type: Annotated[str | None, Form(pattern="^password$")] = None,
    user_agent: Annotated[str, Header(include_in_schema=False)] = "",
) -> AccessToken:
    """Exchange email (as `username`) and password for a bearer access token; each login is a
    session (`GET /me/sessions`)."""
    return await login.login(
        session,
        settings,
        LoginThrottle(redis, settings),
        email=username,
        password=password,
        tenant=tenant,
        client_address=client_address,
        user_agent=user_agent,
    )


@router.get(
    "/me",
    summary="Get the current user",
    response_model=Me,
    responses=error_responses(MissingCredentials, InvalidToken),
)
async def me(subject: CurrentUser, session: SessionDep) -> Me:
    assert subject.user is not None
    tenant = await TenantRepository(session).get(subject.tenant_id)
    return Me(
        id=subject.user.id,
        email=subject.user.email,
        name=subject.user.name,
        role=subject.user.role,
        tenant=TenantSummary.model_validate(tenant),
        branch_ids=sorted(subject.branch_ids or []),
        scopes=sorted(subject.scopes),
    )


@router.post(
    "/me/password",
    summary="Change my password",
    response_model=AccessToken,
    responses=error_responses(MissingCredentials, InvalidToken, WrongCurrentPassword),
)
async def change_password(
    body: PasswordChange, subject: CurrentUser, session: SessionDep, settings: SettingsDep
) -> AccessToken:
    """Other sessions of this user end; the returned token continues this one."""
    return await service.change_password(
        session, settings, subject, current=body.current_password, new=body.new_password
    )
