"""Webhook endpoints of a tenant (APIキー管理 → Webhook). Admins only: an endpoint receives the
tenant's events wherever its URL points."""

from __future__ import annotations

from typing import Annotated, Any
from uuid import UUID

from fastapi import APIRouter, Path, status

from api.auth.deps import ApiKeysManage
from api.auth.errors import AUTH_ERRORS
from api.db import SessionDep
from api.deps import SettingsDep
from api.errors import ValidationFailed, error_responses
from api.kit.pagination import PageDep
from api.kit.schemas import ListResource, Pagination
from api.webhooks import service
from api.webhooks.errors import DeliveryNotFound, EndpointNotFound
from api.webhooks.schemas import (
    SecretRotation,
    TestEventSent,
    WebhookDelivery,
    WebhookEndpoint,
    WebhookEndpointCreate,
    WebhookEndpointUpdate,
    WebhookEndpointWithSecret,
)

router = APIRouter(prefix="/webhooks", tags=["webhooks"])

EndpointID = Annotated[UUID, Path(description="Webhook endpoint id.")]
DeliveryID = Annotated[UUID, Path(description="Webhook delivery id.")]


def _with_secret(endpoint: Any, secret: str) -> WebhookEndpointWithSecret:
    return WebhookEndpointWithSecret.model_validate(
        {**WebhookEndpoint.model_validate(endpoint).model_dump(), "secret": secret}
    )


@router.get(
    "/endpoints",
    summary="List webhook endpoints",
    response_model=ListResource[WebhookEndpoint],
    responses=error_responses(*AUTH_ERRORS),
)
async def list_webhook_endpoints(
    subject: ApiKeysManage, session: SessionDep, page: PageDep
) -> ListResource[WebhookEndpoint]:
    rows, total = await service.list_endpoints(session, subject, page)
    return ListResource[WebhookEndpoint](
        items=[WebhookEndpoint.model_validate(row) for row in rows],
        pagination=Pagination.of(total, page.page, page.limit),
    )


@router.post(
    "/endpoints",
    summary="Register a webhook endpoint",
    status_code=status.HTTP_201_CREATED,
    response_model=WebhookEndpointWithSecret,
    responses=error_responses(*AUTH_ERRORS, ValidationFailed),
)
async def create_webhook_endpoint(
    body: WebhookEndpointCreate, subject: ApiKeysManage, session: SessionDep, settings: SettingsDep
) -> WebhookEndpointWithSecret:
    """The response carries the signing secret once; it cannot be read again."""
    endpoint, secret = await service.create_endpoint(session, settings, subject, body)
    return _with_secret(endpoint, secret)


@router.get(
    "/endpoints/{endpoint_id}",
    summary="Get a webhook endpoint",
    response_model=WebhookEndpoint,
    responses=error_responses(*AUTH_ERRORS, EndpointNotFound),
)
async def get_webhook_endpoint(
    endpoint_id: EndpointID, subject: ApiKeysManage, session: SessionDep
) -> WebhookEndpoint:
    return WebhookEndpoint.model_validate(await service.get_endpoint(session, subject, endpoint_id))


@router.patch(
    "/endpoints/{endpoint_id}",
    summary="Change a webhook endpoint",
    response_model=WebhookEndpoint,
    responses=error_responses(*AUTH_ERRORS, EndpointNotFound, ValidationFailed),
)
async def update_webhook_endpoint(
    endpoint_id: EndpointID,
    body: WebhookEndpointUpdate,
    subject: ApiKeysManage,
    session: SessionDep,
    settings: SettingsDep,
) -> WebhookEndpoint:
    """`enabled: true` on a disabled endpoint sends again what failed while it was off."""
    endpoint = await service.update_endpoint(session, settings, subject, endpoint_id, body)
    return WebhookEndpoint.model_validate(endpoint)


@router.delete(
    "/endpoints/{endpoint_id}",
    summary="Delete a webhook endpoint",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=error_responses(*AUTH_ERRORS, EndpointNotFound),
)
async def delete_webhook_endpoint(
    endpoint_id: EndpointID, subject: ApiKeysManage, session: SessionDep
) -> None:
    await service.delete_endpoint(session, subject, endpoint_id)


@router.post(
    "/endpoints/{endpoint_id}/rotate-secret",
    summary="Rotate a webhook endpoint's signing secret",
    response_model=WebhookEndpointWithSecret,
    responses=error_responses(*AUTH_ERRORS, EndpointNotFound, ValidationFailed),
)
async def rotate_webhook_secret(
    endpoint_id: EndpointID,
    body: SecretRotation,
    subject: ApiKeysManage,
    session: SessionDep,
    settings: SettingsDep,
) -> WebhookEndpointWithSecret:
    """The new secret is shown once; the previous one signs beside it for `overlap_hours`."""
    endpoint, secret = await service.rotate_secret(session, settings, subject, endpoint_id, body)
    return _with_secret(endpoint, secret)


@router.post(
    "/endpoints/{endpoint_id}/test",
    summary="Send a test event to a webhook endpoint",
    status_code=status.HTTP_202_ACCEPTED,
    response_model=TestEventSent,
    responses=error_responses(*AUTH_ERRORS, EndpointNotFound),
)
async def send_webhook_test(
    endpoint_id: EndpointID, subject: ApiKeysManage, session: SessionDep
) -> TestEventSent:
    """A `webhook.test` event, delivered like any other (see the delivery log)."""
    return TestEventSent(event_id=await service.send_test_event(session, subject, endpoint_id))


@router.get(
    "/endpoints/{endpoint_id}/deliveries",
    summary="List a webhook endpoint's deliveries",
    response_model=ListResource[WebhookDelivery],
    responses=error_responses(*AUTH_ERRORS, EndpointNotFound),
)
async def list_webhook_deliveries(
    endpoint_id: EndpointID, subject: ApiKeysManage, session: SessionDep, page: PageDep
) -> ListResource[WebhookDelivery]:
    """Newest first: each delivery's state, tries, last status code and latency."""
    rows, total = await service.list_deliveries(session, subject, endpoint_id, page)
    return ListResource[WebhookDelivery](
        items=[
            WebhookDelivery.model_validate(
                {
                    **{k: getattr(d, k) for k in WebhookDelivery.model_fields if hasattr(d, k)},
                    "event_type": event_type,
                    "next_attempt_at": d.next_attempt_at if d.status == "pending" else None,
                }
            )
            for d, event_type in rows
        ],
        pagination=Pagination.of(total, page.page, page.limit),
    )


@router.post(
    "/deliveries/{delivery_id}/redeliver",
    summary="Redeliver a webhook delivery",
    status_code=status.HTTP_202_ACCEPTED,
    response_model=None,
    responses=error_responses(*AUTH_ERRORS, DeliveryNotFound),
)
async def redeliver_webhook(
    delivery_id: DeliveryID, subject: ApiKeysManage, session: SessionDep
) -> None:
    """The same event (same id) goes again at once, with a fresh retry period."""
    await service.redeliver(session, subject, delivery_id)
