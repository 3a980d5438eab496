"""What the delivery tests share: a work day made through the API, the delivery log, and the
receiver's side of a signature, computed by hand."""

from __future__ import annotations

import hashlib
import hmac
from typing import Any

from httpx import AsyncClient

from tests.attendance.terminal_helpers import tokyo
from tests.webhooks.conftest import Partner


def signatures(header: str) -> tuple[int, list[str]]:
    fields = [part.split("=", 1) for part in header.split(",")]
    [stamp] = [value for key, value in fields if key == "t"]
    return int(stamp), [value for key, value in fields if key == "v1"]


def signed_by(secret: str, request: dict[str, Any]) -> bool:
    """The receiver's side, computed here by hand: HMAC-SHA256 of "t.body"."""
    stamp, values = signatures(request["headers"]["genba-signature"])
    expected = hmac.new(
        secret.encode(), f"{stamp}.{request['body']}".encode(), hashlib.sha256
    ).hexdigest()
    return expected in values


async def work_day(client: AsyncClient, partner: Partner, day: str = "2026-11-20") -> str:
    body = {
        "site_id": str(partner.site_id),
        "worker_id": str(partner.worker_id),
        "entry_at": tokyo(f"{day} 08:00"),
    }
    created = await client.post("/api/v1/attendance", json=body, headers=partner.headers)
    assert created.status_code == 201, created.text
    return str(created.json()["id"])


async def delivery_log(client: AsyncClient, partner: Partner) -> list[dict[str, Any]]:
    url = f"/api/v1/webhooks/endpoints/{partner.endpoint_id}/deliveries"
    answer = await client.get(url, headers=partner.headers)
    assert answer.status_code == 200, answer.text
    items: list[dict[str, Any]] = answer.json()["items"]
    return items
