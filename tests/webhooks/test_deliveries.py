"""Signed deliveries to a real receiver process: what arrives, retries after 5xx and timeouts,
giving up after the retry period, redelivery and secret rotation."""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from typing import Any

from httpx import AsyncClient

from api.config import Settings
from api.db import SessionMaker
from api.webhooks.signing import verify
from tests.attendance.terminal_helpers import tokyo
from tests.webhooks.conftest import Partner, Receiver, deliverer


def _signatures(header: str) -> tuple[int, list[str]]:
    fields = [part.split("=", 1) for part in header.split(",")]
    [stamp] = [value for key, value in fields if key == "t"]
    return int(stamp), [value for key, value in fields if key == "v1"]


def _signed_by(secret: str, request: dict[str, Any]) -> bool:
    """The receiver's side, computed here by hand: HMAC-SHA256 of "t.body"."""
    stamp, signatures = _signatures(request["headers"]["genba-signature"])
    expected = hmac.new(
        secret.encode(), f"{stamp}.{request['body']}".encode(), hashlib.sha256
    ).hexdigest()
    return expected in signatures


async def _work_day(client: AsyncClient, partner: Partner, day: str = "2026-11-20") -> str:
    body = {
        "site_id": str(partner.site_id),
        "worker_id": str(partner.worker_id),
        "entry_at": tokyo(f"{day} 08:00"),
    }
    created = await client.post("/api/v1/attendance", json=body, headers=partner.headers)
    assert created.status_code == 201, created.text
    return str(created.json()["id"])


async def _log(client: AsyncClient, partner: Partner) -> list[dict[str, Any]]:
    url = f"/api/v1/webhooks/endpoints/{partner.endpoint_id}/deliveries"
    answer = await client.get(url, headers=partner.headers)
    assert answer.status_code == 200, answer.text
    items: list[dict[str, Any]] = answer.json()["items"]
    return items


async def test_a_new_work_day_arrives_once_signed_with_its_event_id(
    client: AsyncClient,
    partner: Partner,
    receiver: Receiver,
    sessionmaker: SessionMaker,
    hook_settings: Settings,
) -> None:
    day_id = await _work_day(client, partner)
    deliver = deliverer(sessionmaker, hook_settings)
    assert await deliver(partner.tenant_id) == 1
    assert await deliver(partner.tenant_id) == 0

    [request] = receiver.received()
    event = json.loads(request["body"])
    assert (event["type"], event["data"]["work_day_id"]) == ("work_day.created", day_id)
    assert request["headers"]["genba-event-id"] == event["id"]
    assert _signed_by(partner.secret, request)
    assert not _signed_by(partner.secret + "x", request)
    header = request["headers"]["genba-signature"]
    assert verify(partner.secret, header, request["body"].encode(), int(time.time()))
    assert not verify(partner.secret, header, request["body"].encode(), int(time.time()) + 3600)

    [logged] = await _log(client, partner)
    assert (logged["status"], logged["attempts"], logged["last_status_code"]) == (
        "succeeded",
        1,
        200,
    )
    assert logged["event_id"] == event["id"]
    assert logged["last_latency_ms"] >= 0


async def test_5xx_and_timeouts_are_retried_with_the_same_event_id(
    client: AsyncClient,
    partner: Partner,
    receiver: Receiver,
    sessionmaker: SessionMaker,
    hook_settings: Settings,
) -> None:
    receiver.script("error", "hang")
    await _work_day(client, partner)
    deliver = deliverer(sessionmaker, hook_settings)

    await deliver(partner.tenant_id)
    [logged] = await _log(client, partner)
    assert (logged["status"], logged["attempts"], logged["last_status_code"]) == (
        "pending",
        1,
        500,
    )
    await deliver(partner.tenant_id)
    [logged] = await _log(client, partner)
    assert (logged["status"], logged["attempts"], logged["last_error"]) == (
        "pending",
        2,
        "ReadTimeout",
    )
    await deliver(partner.tenant_id)
    [logged] = await _log(client, partner)
    assert (logged["status"], logged["attempts"], logged["last_status_code"]) == (
        "succeeded",
        3,
        200,
    )
    requests = receiver.received()
    assert [r["action"] for r in requests] == ["error", "hang", "ok"]
    assert len({json.loads(r["body"])["id"] for r in requests}) == 1


async def test_failing_for_the_retry_period_disables_the_endpoint_until_enabled_again(
    client: AsyncClient,
    partner: Partner,
    receiver: Receiver,
    sessionmaker: SessionMaker,
    hook_settings: Settings,
) -> None:
    receiver.script("error")
    await _work_day(client, partner)
    expired = hook_settings.model_copy(update={"webhook_retry_hours": 0.0})
    await deliverer(sessionmaker, expired)(partner.tenant_id)
    [logged] = await _log(client, partner)
    assert (logged["status"], logged["last_status_code"]) == ("failed", 500)
    url = f"/api/v1/webhooks/endpoints/{partner.endpoint_id}"
    endpoint = (await client.get(url, headers=partner.headers)).json()
    assert (endpoint["enabled"], endpoint["disabled_reason"]) == (False, "failed_for_retry_period")
    # Disabled: later events wait, nothing is sent.
    await _work_day(client, partner, "2026-11-21")
    assert await deliverer(sessionmaker, hook_settings)(partner.tenant_id) == 0

    enabled = await client.patch(url, json={"enabled": True}, headers=partner.headers)
    assert (enabled.json()["enabled"], enabled.json()["disabled_at"]) == (True, None)
    assert await deliverer(sessionmaker, hook_settings)(partner.tenant_id) == 2
    assert {d["status"] for d in await _log(client, partner)} == {"succeeded"}


async def test_manual_redelivery_sends_the_same_event_again(
    client: AsyncClient,
    partner: Partner,
    receiver: Receiver,
    sessionmaker: SessionMaker,
    hook_settings: Settings,
) -> None:
    await _work_day(client, partner)
    deliver = deliverer(sessionmaker, hook_settings)
    await deliver(partner.tenant_id)
    [logged] = await _log(client, partner)
    again = await client.post(
        f"/api/v1/webhooks/deliveries/{logged['id']}/redeliver", headers=partner.headers
    )
    assert again.status_code == 202, again.text
    assert await deliver(partner.tenant_id) == 1
    first, second = receiver.received()
    assert json.loads(first["body"])["id"] == json.loads(second["body"])["id"] == logged["event_id"]


async def test_during_a_rotation_both_secrets_sign_then_only_the_new_one(
    client: AsyncClient,
    partner: Partner,
    receiver: Receiver,
    sessionmaker: SessionMaker,
    hook_settings: Settings,
) -> None:
    url = f"/api/v1/webhooks/endpoints/{partner.endpoint_id}"
    rotated = await client.post(
        f"{url}/rotate-secret", json={"overlap_hours": 1}, headers=partner.headers
    )
    assert rotated.status_code == 200, rotated.text
    new_secret = rotated.json()["secret"]
    assert new_secret != partner.secret
    assert "secret" not in (await client.get(url, headers=partner.headers)).json()
    test = await client.post(f"{url}/test", headers=partner.headers)
    assert test.status_code == 202, test.text
    deliver = deliverer(sessionmaker, hook_settings)
    await deliver(partner.tenant_id)
    [request] = receiver.received()
    assert json.loads(request["body"])["type"] == "webhook.test"
    assert _signed_by(new_secret, request)
    assert _signed_by(partner.secret, request)

    newest = await client.post(
        f"{url}/rotate-secret", json={"overlap_hours": 0}, headers=partner.headers
    )
    receiver.script()
    await client.post(f"{url}/test", headers=partner.headers)
    await deliver(partner.tenant_id)
    [request] = receiver.received()
    assert _signed_by(newest.json()["secret"], request)
    assert not _signed_by(new_secret, request)
    assert len(_signatures(request["headers"]["genba-signature"])[1]) == 1
