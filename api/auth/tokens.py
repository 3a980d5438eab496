"""JWT access tokens for staff users."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from uuid import UUID

import jwt

from api.config import Settings

_ALGORITHM = "HS256"


@dataclass(frozen=True)
class AccessClaims:
    user_id: UUID
    tenant_id: UUID
    session_version: int
    # The login (user_sessions row) the token belongs to; tokens made outside a login (tests,
    # scripts holding the signing secret) carry none and end only with session_version.
    session_id: UUID | None = None


class InvalidTokenError(Exception):
    pass


def issue_access_token(settings: Settings, claims: AccessClaims) -> tuple[str, int]:
    lifetime = timedelta(minutes=settings.access_token_minutes)
    now = datetime.now(UTC)
    payload = {
        "iss": settings.jwt_issuer,
        "sub": str(claims.user_id),
        "tid": str(claims.tenant_id),
        "sv": claims.session_version,
        **({"sid": str(claims.session_id)} if claims.session_id else {}),
        "iat": now,
        "exp": now + lifetime,
    }
    token = jwt.encode(payload, settings.jwt_secret.get_secret_value(), algorithm=_ALGORITHM)
    return token, int(lifetime.total_seconds())


def decode_access_token(settings: Settings, token: str) -> AccessClaims:
    try:
        payload = jwt.decode(
            token,
            settings.jwt_secret.get_secret_value(),
            algorithms=[_ALGORITHM],
            issuer=settings.jwt_issuer,
            options={"require": ["exp", "iat", "sub", "tid", "sv", "iss"]},
        )
        return AccessClaims(
            user_id=UUID(payload["sub"]),
            tenant_id=UUID(payload["tid"]),
            session_version=int(payload["sv"]),
            session_id=UUID(payload["sid"]) if "sid" in payload else None,
        )
    except (jwt.PyJWTError, ValueError, TypeError) as error:
        raise InvalidTokenError(str(error)) from error
