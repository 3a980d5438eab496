from __future__ import annotations

from api.errors import Conflict, Forbidden, TooManyRequests, Unauthorized, ValidationFailed


class InvalidCredentials(Unauthorized):
    code = "auth.invalid_credentials"
    title = "Email or password is wrong"


class InvalidToken(Unauthorized):
    code = "auth.invalid_token"
    title = "The access token is invalid or expired"


class InvalidApiKey(Unauthorized):
    code = "auth.invalid_api_key"
    title = "The API key is invalid, expired or revoked"


class MissingCredentials(Unauthorized):
    code = "auth.missing_credentials"
    title = "Authentication required"


class InsufficientScope(Forbidden):
    code = "auth.insufficient_scope"
    title = "This credential may not perform this operation"


class TooManyLoginAttempts(TooManyRequests):
    code = "auth.too_many_attempts"
    title = "Too many failed logins; wait before trying again"


class TenantRequired(Conflict):
    code = "auth.tenant_required"
    title = "This email and password open accounts in several tenants; choose one"


class WrongCurrentPassword(ValidationFailed):
    code = "auth.wrong_current_password"
    title = "The current password is wrong"
    loc = ("body", "current_password")


# The authentication failures any protected operation can answer with.
AUTH_ERRORS = (MissingCredentials, InvalidToken, InvalidApiKey, InsufficientScope)
