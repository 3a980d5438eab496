from __future__ import annotations

from typing import Annotated
from uuid import UUID

from pydantic import Field, StringConstraints

from api.kit.fields import Text200
from api.kit.patterns import PlainText
from api.kit.schemas import Instant, Schema, TimestampedSchema
from api.kit.updates import PatchSchema, keep
from api.models.webhook import DeliveryStatus
from api.models.webhook import WebhookEndpoint as WebhookEndpointRow
from api.webhooks.events import EventType

WebhookUrl = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=8, max_length=2048),
    PlainText,
    Field(description="https only (plain http to localhost where the deployment allows it)."),
]
EventTypes = Annotated[
    list[EventType],
    Field(min_length=1, max_length=len(EventType), description="The events to receive."),
]


class WebhookEndpoint(TimestampedSchema):
    url: str
    description: str
    event_types: list[EventType]
    enabled: bool
    disabled_at: Instant | None = Field(description="When persistent failure disabled it.")
    disabled_reason: str | None
    previous_secret_expires_at: Instant | None = Field(
        description="Until then the previous secret signs too (after a rotation)."
    )


class WebhookEndpointWithSecret(WebhookEndpoint):
    secret: str = Field(
        description="The signing secret. Shown only in this response; store it now."
    )


class WebhookEndpointCreate(Schema):
    url: WebhookUrl
    description: Text200 = ""
    event_types: EventTypes


class WebhookEndpointUpdate(PatchSchema):
    orm_model = WebhookEndpointRow

    url: WebhookUrl = keep()
    description: Text200 = keep()
    event_types: EventTypes = keep()
    enabled: bool = keep(description="true re-enables it and sends again what failed meanwhile.")


class SecretRotation(Schema):
    overlap_hours: int = Field(
        default=24, ge=0, le=168, description="How long the previous secret keeps signing."
    )


class WebhookDelivery(TimestampedSchema):
    event_id: UUID = Field(description="The event's id: the same in every retry.")
    event_type: str
    endpoint_id: UUID
    status: DeliveryStatus
    attempts: int
    next_attempt_at: Instant | None
    last_status_code: int | None
    last_latency_ms: int | None
    last_error: str | None
    delivered_at: Instant | None


class TestEventSent(Schema):
    event_id: UUID
