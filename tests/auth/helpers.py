"""Logs in through the token endpoint, for the auth tests."""

from __future__ import annotations

from httpx import AsyncClient


async def login(client: AsyncClient, email: str, password: str) -> tuple[int, dict[str, object]]:
    response = await client.post(
        "/api/v1/auth/token", data={"username": email, "password": password}
    )
    return response.status_code, response.json()
