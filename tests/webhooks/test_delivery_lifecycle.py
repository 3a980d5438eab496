"""Deliveries over time: giving up after the retry period, manual redelivery and secret rotation
(against the real receiver process)."""

from __future__ import annotations

import json

from httpx import AsyncClient

from api.config import Settings
from api.db import SessionMaker
from tests.webhooks.conftest import Partner, Receiver, deliverer
from tests.webhooks.delivery_helpers import delivery_log, signatures, signed_by, work_day


async def test_failing_for_the_retry_period_disables_the_endpoint_until_enabled_again(
    client: AsyncClient,
    partner: Partner,
    receiver: Receiver,
    sessionmaker: SessionMaker,
    hook_settings: Settings,
) -> None:
    receiver.script("error")
    await work_day(client, partner)
    expired = hook_settings.model_copy(update={"webhook_retry_hours": 0.0})
    await deliverer(sessionmaker, expired)(partner.tenant_id)
    [logged] = await delivery_log(client, partner)
    assert (logged["status"], logged["last_status_code"]) == ("failed", 500)
    url = f"/api/v1/webhooks/endpoints/{partner.endpoint_id}"
    endpoint = (await client.get(url, headers=partner.headers)).json()
    assert (endpoint["enabled"], endpoint["disabled_reason"]) == (False, "failed_for_retry_period")
    # Disabled: later events wait, nothing is sent.
    await work_day(client, partner, "2026-11-21")
    assert await deliverer(sessionmaker, hook_settings)(partner.tenant_id) == 0

    enabled = await client.patch(url, json={"enabled": True}, headers=partner.headers)
    assert (enabled.json()["enabled"], enabled.json()["disabled_at"]) == (True, None)
    assert await deliverer(sessionmaker, hook_settings)(partner.tenant_id) == 2
    assert {d["status"] for d in await delivery_log(client, partner)} == {"succeeded"}


async def test_manual_redelivery_sends_the_same_event_again(
    client: AsyncClient,
    partner: Partner,
    receiver: Receiver,
    sessionmaker: SessionMaker,
    hook_settings: Settings,
) -> None:
    await work_day(client, partner)
    deliver = deliverer(sessionmaker, hook_settings)
    await deliver(partner.tenant_id)
    [logged] = await delivery_log(client, partner)
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
    assert signed_by(new_secret, request)
    assert signed_by(partner.secret, request)

    newest = await client.post(
        f"{url}/rotate-secret", json={"overlap_hours": 0}, headers=partner.headers
    )
    receiver.script()
    await client.post(f"{url}/test", headers=partner.headers)
    await deliver(partner.tenant_id)
    [request] = receiver.received()
    assert signed_by(newest.json()["secret"], request)
    assert not signed_by(new_secret, request)
    assert len(signatures(request["headers"]["genba-signature"])[1]) == 1
