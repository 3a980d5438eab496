"""The emailed links' answers (no credential: the link's token is the proof) and the request
for a password reset."""

from __future__ import annotations

from fastapi import APIRouter, status

from api.accounts import service
from api.accounts.errors import LinkExpired, LinkInvalid, LinkUsed, TooManyResetRequests
from api.accounts.schemas import (
    Accepted,
    EmailChangeRequest,
    LinkConfirmation,
    PasswordResetRequest,
    SetPassword,
)
from api.accounts.throttle import AccountMailThrottle
from api.auth.deps import CurrentUser
from api.auth.errors import AUTH_ERRORS, WrongCurrentPassword
from api.auth.service import normalise_email
from api.db import SessionDep
from api.deps import ClientAddressDep, RedisDep, SettingsDep
from api.errors import ValidationFailed, error_responses
from api.tenants.errors import TenantSuspended
from api.users.errors import EmailTaken

router = APIRouter(tags=["accounts"])

_LINK_ERRORS = (LinkInvalid, LinkExpired, LinkUsed, TenantSuspended, ValidationFailed)
RESET_ANSWER = "該当するアカウントがあれば、パスワード再設定のメールを送信しました。"


@router.post(
    "/auth/invitations/accept",
    summary="Accept an invitation: set the password",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=error_responses(*_LINK_ERRORS),
)
async def accept_invitation(body: SetPassword, session: SessionDep) -> None:
    """The link works once and until it expires; the invitee then logs in."""
    await service.accept_invitation(session, body.token, body.password)


@router.post(
    "/auth/password-reset",
    summary="Ask for a password reset link",
    status_code=status.HTTP_202_ACCEPTED,
    response_model=Accepted,
    responses=error_responses(TooManyResetRequests, ValidationFailed),
)
async def request_password_reset(
    body: PasswordResetRequest,
    session: SessionDep,
    settings: SettingsDep,
    redis: RedisDep,
    client_address: ClientAddressDep,
) -> Accepted:
    """The same answer whether the address has accounts or not; each account it has gets its
    own email (after the commit). A few requests an hour per address send mail, later ones are
    answered alike and send none; too many from one client answer 429."""
    throttle = AccountMailThrottle(redis, settings)
    if await throttle.reset_allowed(normalise_email(body.email), client_address):
        await service.request_password_reset(session, settings, body.email)
    return Accepted(detail=RESET_ANSWER)


@router.post(
    "/auth/password-reset/confirm",
    summary="Set a new password from a reset link",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=error_responses(*_LINK_ERRORS),
)
async def reset_password(body: SetPassword, session: SessionDep, settings: SettingsDep) -> None:
    """Every session of the account ends, and its address is told of the new password."""
    await service.reset_password(session, settings, body.token, body.password)


@router.post(
    "/me/email",
    summary="Change my email: a confirmation goes to the new address",
    status_code=status.HTTP_202_ACCEPTED,
    response_model=Accepted,
    responses=error_responses(*AUTH_ERRORS, WrongCurrentPassword, EmailTaken, ValidationFailed),
)
async def request_email_change(
    body: EmailChangeRequest,
    subject: CurrentUser,
    session: SessionDep,
    settings: SettingsDep,
) -> Accepted:
    """The address changes only once the link sent to the new address is opened."""
    await service.request_email_change(
        session,
        settings,
        subject,
        new_email=body.new_email,
        current_password=body.current_password,
    )
    return Accepted(detail="新しいメールアドレスに確認メールを送信しました。")


@router.post(
    "/auth/email-change/confirm",
    summary="Confirm an email change from the link sent to the new address",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=error_responses(*_LINK_ERRORS, EmailTaken),
)
async def confirm_email_change(
    body: LinkConfirmation, session: SessionDep, settings: SettingsDep
) -> None:
    """The old address is told where the account went."""
    await service.confirm_email_change(session, settings, body.token)
