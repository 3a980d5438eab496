"""Managing webhook endpoints: register (secret shown once), change, rotate the secret with an
overlap, send a test event, read the delivery log and redeliver. Every change audited."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any
from uuid import UUID

from sqlalchemy.ext.asyncio import AsyncSession

from api.audit import service as audit
from api.auth.subject import AuthSubject
from api.config import Settings
from api.errors import ValidationFailed, field_error
from api.kit.crypto import cipher_from_setting
from api.kit.ids import uuid7
from api.kit.pagination import PageParams
from api.models.webhook import WebhookEndpoint
from api.webhooks.delivery import secret_context
from api.webhooks.emit import emit, wake_delivery
from api.webhooks.errors import DeliveryNotFound, EndpointNotFound
from api.webhooks.events import EventType, TestData
from api.webhooks.outbox_repository import WebhookOutboxRepository
from api.webhooks.repository import WebhookEndpointRepository
from api.webhooks.schemas import SecretRotation, WebhookEndpointCreate, WebhookEndpointUpdate
from api.webhooks.signing import new_secret
from api.webhooks.urls import url_problem


def _check_url(settings: Settings, url: str) -> None:
    problem = url_problem(url, settings.webhook_allow_local_http)
    if problem:
        raise ValidationFailed(
            errors=[field_error(["body", "url"], "webhook.url_refused", problem)]
        )


def _seal(settings: Settings, endpoint: WebhookEndpoint, secret: str) -> bytes:
    cipher = cipher_from_setting(settings.encryption_keys.get_secret_value())
    return cipher.encrypt(secret, secret_context(endpoint))


async def list_endpoints(
    session: AsyncSession, subject: AuthSubject, page: PageParams
) -> tuple[Sequence[WebhookEndpoint], int]:
    repository = WebhookEndpointRepository(session)
    statement = repository.scoped(subject.tenant_id).order_by(
        WebhookEndpoint.created_at.desc(), WebhookEndpoint.id
    )
    return await repository.paginate(statement, page)


async def get_endpoint(
    session: AsyncSession, subject: AuthSubject, endpoint_id: UUID
) -> WebhookEndpoint:
    endpoint = await WebhookEndpointRepository(session).get_by_id(subject.tenant_id, endpoint_id)
    if endpoint is None:
        raise EndpointNotFound()
    return endpoint


async def create_endpoint(
    session: AsyncSession, settings: Settings, subject: AuthSubject, data: WebhookEndpointCreate
) -> tuple[WebhookEndpoint, str]:
    """The stored endpoint and its secret, which is shown this once."""
    _check_url(settings, data.url)
    endpoint = WebhookEndpoint(
        id=uuid7(),
        tenant_id=subject.tenant_id,
        url=data.url,
        description=data.description,
        event_types=sorted({str(t) for t in data.event_types}),
        enabled=True,
    )
    secret = new_secret()
    endpoint.secret_ciphertext = _seal(settings, endpoint, secret)
    await WebhookEndpointRepository(session).add(endpoint)
    await audit.record(
        session,
        subject,
        "webhook_endpoint.create",
        "webhook_endpoint",
        endpoint.id,
        audit.diff({}, {"url": endpoint.url, "event_types": endpoint.event_types}),
    )
    return endpoint, secret


async def update_endpoint(
    session: AsyncSession,
    settings: Settings,
    subject: AuthSubject,
    endpoint_id: UUID,
    data: WebhookEndpointUpdate,
) -> WebhookEndpoint:
    endpoint = await get_endpoint(session, subject, endpoint_id)
    changes: dict[str, Any] = data.model_dump(exclude_unset=True)
    if "url" in changes:
        _check_url(settings, changes["url"])
    if "event_types" in changes:
        changes["event_types"] = sorted({str(t) for t in changes["event_types"]})
    before = {field: getattr(endpoint, field) for field in changes}
    for field, value in changes.items():
        setattr(endpoint, field, value)
    if changes.get("enabled") is True and before.get("enabled") is False:
        endpoint.disabled_at, endpoint.disabled_reason = None, None
        now = datetime.now(UTC)
        await WebhookOutboxRepository(session).resume_endpoint(subject.tenant_id, endpoint.id, now)
        wake_delivery(session, subject.tenant_id)
    await session.flush()
    difference = audit.diff(before, changes)
    if difference:
        await audit.record(
            session, subject, "webhook_endpoint.update", "webhook_endpoint", endpoint.id, difference
        )
    return endpoint


async def delete_endpoint(session: AsyncSession, subject: AuthSubject, endpoint_id: UUID) -> None:
    endpoint = await get_endpoint(session, subject, endpoint_id)
    await session.delete(endpoint)
    await audit.record(session, subject, "webhook_endpoint.delete", "webhook_endpoint", endpoint_id)
    await session.flush()


async def rotate_secret(
    session: AsyncSession,
    settings: Settings,
    subject: AuthSubject,
    endpoint_id: UUID,
    data: SecretRotation,
) -> tuple[WebhookEndpoint, str]:
    """A new secret (shown once); the old one keeps signing for `overlap_hours` beside it."""
    endpoint = await get_endpoint(session, subject, endpoint_id)
    secret = new_secret()
    endpoint.previous_secret_ciphertext = endpoint.secret_ciphertext
    endpoint.previous_secret_expires_at = datetime.now(UTC) + timedelta(hours=data.overlap_hours)
    endpoint.secret_ciphertext = _seal(settings, endpoint, secret)
    await session.flush()
    await audit.record(
        session,
        subject,
        "webhook_endpoint.rotate_secret",
        "webhook_endpoint",
        endpoint.id,
        {"overlap_hours": data.overlap_hours},
    )
    return endpoint, secret


async def send_test_event(session: AsyncSession, subject: AuthSubject, endpoint_id: UUID) -> UUID:
    endpoint = await get_endpoint(session, subject, endpoint_id)
    [event_id] = await emit(
        session,
        subject.tenant_id,
        EventType.webhook_test,
        [(endpoint.id, TestData(endpoint_id=endpoint.id))],
        endpoint_ids=[endpoint.id],
    )
    return event_id


async def list_deliveries(
    session: AsyncSession, subject: AuthSubject, endpoint_id: UUID, page: PageParams
) -> tuple[list[Any], int]:
    await get_endpoint(session, subject, endpoint_id)
    return await WebhookOutboxRepository(session).page(subject.tenant_id, endpoint_id, page)


async def redeliver(session: AsyncSession, subject: AuthSubject, delivery_id: UUID) -> None:
    now = datetime.now(UTC)
    if not await WebhookOutboxRepository(session).redeliver(subject.tenant_id, delivery_id, now):
        raise DeliveryNotFound()
    await audit.record(
        session, subject, "webhook_delivery.redeliver", "webhook_delivery", delivery_id
    )
    wake_delivery(session, subject.tenant_id)
