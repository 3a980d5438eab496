"""The operator's credential: one key, of which the settings hold only the SHA-256. It is no
tenant's role, and no tenant credential opens the operator API."""

from __future__ import annotations

import hmac
from typing import Annotated

from fastapi import Depends
from fastapi.security import APIKeyHeader

from api.audit.service import Actor
from api.deps import SettingsDep
from api.errors import NotFound, Unauthorized
from api.kit.digests import sha256_hex

_header = APIKeyHeader(name="X-Operator-Key", auto_error=False, scheme_name="OperatorKey")


class InvalidOperatorKey(Unauthorized):
    code = "operator.invalid_key"
    title = "The operator key is missing or wrong"
    headers = {"WWW-Authenticate": "X-Operator-Key"}  # noqa: RUF012 - read-only default


class OperatorApiOff(NotFound):
    code = "operator.disabled"
    title = "The operator API is not enabled here (GENBA_OPERATOR_KEY_SHA256)"


def operator_key_digest(key: str) -> str:
    """What the settings hold of an operator key (the CLI prints it, the API compares it)."""
    return sha256_hex(key)


async def operator(settings: SettingsDep, key: Annotated[str | None, Depends(_header)]) -> Actor:
    expected = settings.operator_key_sha256
    if not expected:
        raise OperatorApiOff()
    given = operator_key_digest(key or "")
    if not key or not hmac.compare_digest(given, expected.strip().lower()):
        raise InvalidOperatorKey()
    return Actor(type="operator", label=f"operator-api:{given[:8]}")


Operator = Annotated[Actor, Depends(operator)]
OPERATOR_ERRORS = (InvalidOperatorKey, OperatorApiOff)
