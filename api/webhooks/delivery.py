"""Sending due deliveries: lease a batch (committed), post each signed body, then record each
outcome. A 2xx delivers; anything else is tried again on the project's one backoff until the
retry period ends, when the delivery fails and its endpoint is disabled (お知らせ shows it).

At least once: a worker killed between the lease and the record leaves the delivery due again
once the lease runs out, so a receiver may see an event twice — with the same event id."""

from __future__ import annotations

import asyncio
import json
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from uuid import UUID

import httpx
from sqlalchemy.ext.asyncio import AsyncSession

from api.ccus.backoff import backoff
from api.config import Settings
from api.db import SessionMaker, set_tenant, unit_of_work
from api.kit.crypto import FieldCipher, FieldContext, cipher_from_setting
from api.models.webhook import DeliveryStatus, WebhookEndpoint
from api.webhooks.outbox_repository import Claimed, WebhookOutboxRepository
from api.webhooks.repository import WebhookEndpointRepository
from api.webhooks.signing import EVENT_ID_HEADER, SIGNATURE_HEADER, signature_header

BATCH = 50
DISABLED_REASON = "failed_for_retry_period"


@dataclass(frozen=True)
class Outcome:
    status_code: int | None
    latency_ms: int
    error: str | None

    @property
    def delivered(self) -> bool:
        return self.status_code is not None and 200 <= self.status_code < 300


def secret_context(endpoint: WebhookEndpoint) -> FieldContext:
    return FieldContext("webhook_endpoints", "secret", endpoint.tenant_id, endpoint.id)


def signing_secrets(endpoint: WebhookEndpoint, cipher: FieldCipher, now: datetime) -> list[str]:
    """The current secret, and the previous one while its overlap lasts."""
    context = secret_context(endpoint)
    in_use = [cipher.decrypt(endpoint.secret_ciphertext, context)]
    expires = endpoint.previous_secret_expires_at
    if endpoint.previous_secret_ciphertext is not None and expires is not None and expires > now:
        in_use.append(cipher.decrypt(endpoint.previous_secret_ciphertext, context))
    return in_use


def body_of(claimed: Claimed) -> bytes:
    envelope = {
        "id": str(claimed.event_id),
        "type": claimed.type,
        "created_at": claimed.event_created_at.isoformat(),
        "data": claimed.data,
    }
    return json.dumps(envelope, ensure_ascii=False, separators=(",", ":")).encode()


async def post(
    client: httpx.AsyncClient, settings: Settings, url: str, secrets: list[str], claimed: Claimed
) -> Outcome:
    body = body_of(claimed)
    headers = {
        "Content-Type": "application/json",
        "User-Agent": "genba-webhooks/1",
        EVENT_ID_HEADER: str(claimed.event_id),
        SIGNATURE_HEADER: signature_header(secrets, int(time.time()), body),
    }
    started = time.perf_counter()
    try:
        response = await client.post(
            url, content=body, headers=headers, timeout=settings.webhook_timeout_seconds
        )
    except httpx.HTTPError as error:
        elapsed = int((time.perf_counter() - started) * 1000)
        return Outcome(None, elapsed, type(error).__name__)
    return Outcome(response.status_code, int((time.perf_counter() - started) * 1000), None)


async def deliver_due(
    sessionmaker: SessionMaker, settings: Settings, client: httpx.AsyncClient, tenant_id: UUID
) -> int:
    """Send the tenant's due deliveries, a batch per lease, until none is due. Returns how many
    were tried."""
    cipher = cipher_from_setting(settings.encryption_keys.get_secret_value())
    lease = timedelta(seconds=settings.webhook_lease_seconds)
    tried = 0
    while True:
        now = datetime.now(UTC)
        async with unit_of_work(sessionmaker, None) as session:
            await set_tenant(session, tenant_id)
            claimed = await WebhookOutboxRepository(session).claim(tenant_id, now, lease, BATCH)
            endpoints = await WebhookEndpointRepository(session).by_ids(
                tenant_id, list({c.endpoint_id for c in claimed})
            )
        if not claimed:
            return tried
        outcomes = await asyncio.gather(
            *(
                post(
                    client,
                    settings,
                    endpoints[c.endpoint_id].url,
                    signing_secrets(endpoints[c.endpoint_id], cipher, now),
                    c,
                )
                for c in claimed
            )
        )
        async with unit_of_work(sessionmaker, None) as session:
            await set_tenant(session, tenant_id)
            for delivery, outcome in zip(claimed, outcomes, strict=True):
                await record(session, settings, tenant_id, delivery, outcome)
        tried += len(claimed)
        if len(claimed) < BATCH:
            return tried


async def record(
    session: AsyncSession, settings: Settings, tenant_id: UUID, delivery: Claimed, outcome: Outcome
) -> None:
    outbox, endpoints = WebhookOutboxRepository(session), WebhookEndpointRepository(session)
    now = datetime.now(UTC)
    give_up_at = delivery.retry_from + timedelta(hours=settings.webhook_retry_hours)
    if outcome.delivered:
        status, next_attempt_at = DeliveryStatus.succeeded, None
    elif now >= give_up_at:
        status, next_attempt_at = DeliveryStatus.failed, None
        await endpoints.disable(tenant_id, delivery.endpoint_id, now, DISABLED_REASON)
    else:
        delay = backoff(
            delivery.attempts,
            settings.webhook_backoff_base_seconds,
            settings.webhook_backoff_max_seconds,
        )
        status, next_attempt_at = DeliveryStatus.pending, now + timedelta(seconds=delay)
    await outbox.record(
        tenant_id,
        delivery.id,
        status=status,
        next_attempt_at=next_attempt_at,
        status_code=outcome.status_code,
        latency_ms=outcome.latency_ms,
        error=outcome.error,
        now=now,
    )
