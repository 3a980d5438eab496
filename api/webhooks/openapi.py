"""The OpenAPI 3.1 `webhooks` section: one POST per event type, with its payload schema and
the signature headers, so partners can generate receivers from the same document."""

from __future__ import annotations

import re
from typing import Any

from api.webhooks.events import DATA_SCHEMAS, EventType
from api.webhooks.signing import EVENT_ID_HEADER, SIGNATURE_HEADER

_REF = "#/components/schemas/{model}"
_DESCRIPTION = (
    "Sent to every endpoint subscribed to the event type. Verify `Genba-Signature` "
    '(`t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">`, one v1 per secret in use) '
    "before trusting the body, and de-duplicate on the event `id`: delivery is at least once, "
    "and events of one entity may arrive out of order (compare `created_at`). Answer any 2xx "
    "within 10 seconds; anything else is retried with backoff for 72 hours. See docs/partners.md."
)


def envelope_name(event_type: EventType) -> str:
    return "".join(part.title() for part in re.split(r"[._]", event_type.value)) + "Event"


def _envelope(event_type: EventType, data_name: str) -> dict[str, Any]:
    return {
        "type": "object",
        "title": envelope_name(event_type),
        "required": ["id", "type", "created_at", "data"],
        "properties": {
            "id": {
                "type": "string",
                "format": "uuid",
                "description": "The event id: the same in every retry; de-duplicate on it.",
            },
            "type": {"const": event_type.value},
            "created_at": {"type": "string", "format": "date-time"},
            "data": {"$ref": _REF.format(model=data_name)},
        },
    }


def _header(name: str, description: str) -> dict[str, Any]:
    return {
        "name": name,
        "in": "header",
        "required": True,
        "description": description,
        "schema": {"type": "string"},
    }


def add_webhooks(document: dict[str, Any]) -> None:
    components = document.setdefault("components", {}).setdefault("schemas", {})
    webhooks: dict[str, Any] = {}
    for event_type, model in DATA_SCHEMAS.items():
        schema = model.model_json_schema(ref_template=_REF)
        components.update(schema.pop("$defs", {}))
        components.setdefault(model.__name__, schema)
        name = envelope_name(event_type)
        components[name] = _envelope(event_type, model.__name__)
        webhooks[event_type.value] = {
            "post": {
                "summary": f"{event_type.value} event",
                "operationId": f"webhook_{event_type.value.replace('.', '_')}",
                "description": _DESCRIPTION,
                "tags": ["webhooks"],
                "parameters": [
                    _header(SIGNATURE_HEADER, "t=<unix seconds>,v1=<hex> (see description)"),
                    _header(EVENT_ID_HEADER, "The event id, as in the body."),
                ],
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": {"$ref": _REF.format(model=name)}}},
                },
                "responses": {
                    "200": {"description": "Any 2xx: received. Anything else is retried."}
                },
            }
        }
    document["webhooks"] = webhooks
