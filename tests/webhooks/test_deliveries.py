"""Signed deliveries to a real receiver process: what arrives, and retries after 5xx and
timeouts."""

from __future__ import annotations

import json
import time

from httpx import AsyncClient

from api.config import Settings
from api.db import SessionMaker
from api.webhooks.signing import verify
from tests.webhooks.conftest import Partner, Receiver, deliverer
from tests.webhooks.delivery_helpers import delivery_log, signed_by, work_day


async def test_a_new_work_day_arrives_once_signed_with_its_event_id(
    client: AsyncClient,
    partner: Partner,
    receiver: Receiver,
    sessionmaker: SessionMaker,
    hook_settings: Settings,
) -> None:
    day_id = await work_day(client, partner)
    deliver = deliverer(sessionmaker, hook_settings)
    assert await deliver(partner.tenant_id) == 1
    assert await deliver(partner.tenant_id) == 0

    [request] = receiver.received()
    event = json.loads(request["body"])
    assert (event["type"], event["data"]["work_day_id"]) == ("work_day.created", day_id)
    assert request["headers"]["genba-event-id"] == event["id"]
    assert signed_by(partner.secret, request)
    assert not signed_by(partner.secret + "x", request)
    header = request["headers"]["genba-signature"]
    assert verify(partner.secret, header, request["body"].encode(), int(time.time()))
    assert not verify(partner.secret, header, request["body"].encode(), int(time.time()) + 3600)

    [logged] = await delivery_log(client, partner)
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
    await work_day(client, partner)
    deliver = deliverer(sessionmaker, hook_settings)

    await deliver(partner.tenant_id)
    [logged] = await delivery_log(client, partner)
    assert (logged["status"], logged["attempts"], logged["last_status_code"]) == (
        "pending",
        1,
        500,
    )
    await deliver(partner.tenant_id)
    [logged] = await delivery_log(client, partner)
    assert (logged["status"], logged["attempts"], logged["last_error"]) == (
        "pending",
        2,
        "ReadTimeout",
    )
    await deliver(partner.tenant_id)
    [logged] = await delivery_log(client, partner)
    assert (logged["status"], logged["attempts"], logged["last_status_code"]) == (
        "succeeded",
        3,
        200,
    )
    requests = receiver.received()
    assert [r["action"] for r in requests] == ["error", "hang", "ok"]
    assert len({json.loads(r["body"])["id"] for r in requests}) == 1
