"""Due webhook deliveries for the service wall: an endpoint at a closed local port (the call is
refused at once) and one event for it."""

from __future__ import annotations

from api.kit.crypto import cipher_from_setting
from api.kit.ids import uuid7
from api.models.webhook import WebhookEndpoint
from api.webhooks.delivery import secret_context
from api.webhooks.emit import emit
from api.webhooks.events import EventType, StructureData
from tests.ccus.world import World
from tests.service_wall.scene import Scene, job

WEBHOOK_DUE = "SELECT count(*) FROM webhook_deliveries WHERE tenant_id = :t AND attempts = 0"


async def due_deliveries(scene: Scene, world: World) -> None:
    settings = scene.ctx["settings"]
    endpoint = WebhookEndpoint(
        id=uuid7(),
        tenant_id=world.tenant.id,
        url="http://127.0.0.1:9/hooks",
        description="",
        event_types=[EventType.structure_changed.value],
        enabled=True,
    )
    cipher = cipher_from_setting(settings.encryption_keys.get_secret_value())
    endpoint.secret_ciphertext = cipher.encrypt("whsec_wall", secret_context(endpoint))
    scene.session.add(endpoint)
    await scene.session.flush()
    data = StructureData(site_id=world.site.id)
    await emit(scene.session, world.tenant.id, EventType.structure_changed, [(world.site.id, data)])


async def run_deliver(scene: Scene) -> int | None:
    tried: int = await job("webhooks.deliver")(scene.ctx, scene.runner.tenant.id)
    return tried
