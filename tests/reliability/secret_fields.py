"""Which fields of the API carry a secret — the one place R5 learns it from. A field whose name
looks secret and is in none of these tables fails `test_every_secret_looking_field_is_classified`."""

from __future__ import annotations

import random
import re
from enum import StrEnum
from typing import Any


class Kind(StrEnum):
    # 本人確認番号: 4–8 digits, encrypted at rest, masked in answers.
    DIGITS = "digits"
    # A new password or client secret: any value the schema accepts.
    PASSWORD = "password"
    # A credential that must match the one on record (the login's password, the current one).
    CREDENTIAL = "credential"


# Request fields that carry a secret, by name; so does every field of format `password`.
SECRET_FIELDS: dict[str, Kind] = {
    "verification_number": Kind.DIGITS,
    "password": Kind.PASSWORD,
    "new_password": Kind.PASSWORD,
    "client_secret": Kind.PASSWORD,
    "current_password": Kind.CREDENTIAL,
    # An emailed link's one-time token: a secret the caller proves by holding it.
    "token": Kind.PASSWORD,
}
# Credentials sent as headers; the sweep sends them and searches every answer and log for them.
SECRET_HEADERS = {
    "X-API-Key": "terminal and partner keys",
    "Authorization": "bearer tokens",
    "X-Operator-Key": "the operator's key (only its SHA-256 is configured)",
}
# (request schema, field) pairs whose value must be the user's actual password.
CREDENTIALS = {("Body_token", "password"), ("PasswordChange", "current_password")}
# Names that look secret but are not, each with the reason.
NOT_SECRET = {
    "token_type": "always 'bearer'",
    "grant_type": "always 'password' (OAuth2 form)",
    "api_key_id": "an id; the key's secret is never an id",
    "tenant": "a tenant's code, chosen at login (a field of the token form)",
    "previous_secret_expires_at": "when the previous webhook secret stops signing: a time",
    "invitation_pending": "whether the user has yet to set a password: a flag",
    "kind": "which account mail failed (invitation, password reset, email change): a name",
}
# The documented exceptions: response fields that hand out a secret by design. Everything else
# in those answers is still checked, and the secret handed out joins the canaries from then on.
BY_DESIGN: dict[tuple[str, str, str], str] = {
    ("POST", "/api/v1/api-keys", "key"): "the API key's secret, shown once at creation",
    ("POST", "/api/v1/auth/token", "access_token"): "the token a login exists to return",
    ("POST", "/api/v1/webhooks/endpoints", "secret"): "the signing secret, shown once",
    (
        "POST",
        "/api/v1/webhooks/endpoints/{endpoint_id}/rotate-secret",
        "secret",
    ): "the new signing secret, shown once",
    ("POST", "/api/v1/me/password", "access_token"): "the token that continues this session",
    (
        "POST",
        "/api/v1/businesses/{business_id}/verification-number/reveal",
        "verification_number",
    ): "the audited reveal",
    (
        "POST",
        "/api/v1/workers/{worker_id}/verification-number/reveal",
        "verification_number",
    ): "the audited reveal",
}
LOOKS_SECRET = re.compile(
    r"passw|secret|verif|token|key|pepper|encrypt|cipher|hash|credential|本人確認", re.IGNORECASE
)


def secret_kind(schema_name: str, field: str, schema: dict[str, Any]) -> Kind | None:
    if (schema_name, field) in CREDENTIALS:
        return Kind.CREDENTIAL
    if field in SECRET_FIELDS:
        return SECRET_FIELDS[field]
    if schema.get("format") == "password":
        return Kind.PASSWORD
    return None


def classified(field: str) -> bool:
    return (
        field in SECRET_FIELDS
        or field in SECRET_HEADERS
        or field in NOT_SECRET
        or any(field == name for _, _, name in BY_DESIGN)
    )


class Canaries:
    """Unique values to plant in secret fields; every one handed out is remembered."""

    def __init__(self, seed: int = 5) -> None:
        self._random = random.Random(seed)
        self.planted: list[str] = []  # put in request fields by this sweep
        self.sent: list[str] = []  # those, and every other secret seen since (keys, tokens)

    def _remember(self, value: str) -> str:
        self.planted.append(value)
        self.sent.append(value)
        return value

    def valid(self, kind: Kind) -> str:
        if kind is Kind.DIGITS:
            return self._remember(str(self._random.randrange(10**7, 10**8)))
        return self._remember(f"Kn{self._random.getrandbits(64):016x}")

    def invalid(self, kind: Kind) -> list[str]:
        """Values of that field the API refuses, each carrying a canary of its own."""
        if kind is Kind.DIGITS:
            too_long = str(self._random.randrange(10**11, 10**12))  # the service's 4–8 rule
            not_digits = f"{self._random.randrange(10**6, 10**7)}x"  # the schema's pattern
            return [self._remember(too_long), self._remember(not_digits)]
        if kind is Kind.PASSWORD:
            return [self._remember(f"k{self._random.getrandbits(32):08x}")]  # under 10 chars
        return [self.valid(Kind.PASSWORD)]  # a wrong password
