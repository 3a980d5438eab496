from __future__ import annotations

from api.errors import NotFound


class EndpointNotFound(NotFound):
    code = "webhook_endpoint.not_found"
    title = "Webhook endpoint not found"


class DeliveryNotFound(NotFound):
    code = "webhook_delivery.not_found"
    title = "Webhook delivery not found"
