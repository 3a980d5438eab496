"""Every operation of the OpenAPI document called with one credential, listing the answers
that are not 403, for R6."""

from __future__ import annotations

import re
from typing import Any

from fastapi import FastAPI
from httpx import AsyncClient

NIL = "00000000-0000-0000-0000-000000000000"
ENUMS = {"kind": "workers", "table": "sites"}
QUERY = {"month": "2026-11"}
# Operations every signed-in account may call on itself.
OWN_ACCOUNT = {
    "/api/v1/auth/token",
    "/api/v1/me",
    "/api/v1/me/password",
    "/api/v1/me/email",
    "/api/v1/me/sessions",
    "/api/v1/me/sessions/{session_id}",
}
# The emailed links' answers: no credential, the link's token is the proof
# (tests/accounts/test_links.py).
BY_LINK = {
    "/api/v1/auth/invitations/accept",
    "/api/v1/auth/password-reset",
    "/api/v1/auth/password-reset/confirm",
    "/api/v1/auth/email-change/confirm",
}
# The operator API has its own key; a tenant credential there is no credential at all (401,
# tests/accounts/test_operator.py).
OPERATOR = "/api/v1/operator/"


def _operations(app: FastAPI) -> list[tuple[str, str, dict[str, Any]]]:
    found = []
    for path, methods in app.openapi()["paths"].items():
        if not path.startswith("/api/v1/") or path in OWN_ACCOUNT | BY_LINK:
            continue
        if path.startswith(OPERATOR):
            continue
        for method, operation in methods.items():
            url = re.sub(r"\{(\w+)\}", lambda match: ENUMS.get(match.group(1), NIL), path)
            required = [
                p["name"]
                for p in operation.get("parameters", [])
                if p["in"] == "query" and p.get("required")
            ]
            if required:
                url += "?" + "&".join(f"{name}={QUERY[name]}" for name in required)
            found.append((method.upper(), url, operation))
    return found


async def refusals(
    client: AsyncClient, app: FastAPI, headers: dict[str, str], wanted: Any
) -> list[str]:
    wrong = []
    for method, url, operation in _operations(app):
        if not wanted(method, url):
            continue
        body: dict[str, Any] | None = (
            {} if operation.get("requestBody", {}).get("required") else None
        )
        if "multipart/form-data" in operation.get("requestBody", {}).get("content", {}):
            response = await client.request(
                method,
                url,
                headers=headers,
                files={"file": ("x.csv", b"a")},
                data={"kind": "workers"},
            )
        else:
            response = await client.request(method, url, headers=headers, json=body)
        if response.status_code != 403:
            wrong.append(f"{method} {url} → {response.status_code}")
    return wrong
