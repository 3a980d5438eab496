"""Due account mail for the service wall: one queued invitation mail to a user of the tenant.
Whether the SMTP server takes it or not, a run counts an attempt on the mails it tried."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from api.mail.outbox import queue_mail
from api.mail.sender import Mail
from tests.ccus.world import World
from tests.fixtures.factories import create_user
from tests.service_wall.scene import Scene, job

MAIL_DUE = "SELECT count(*) FROM mail_outbox WHERE tenant_id = :t AND attempts = 0"


async def queued_mail(scene: Scene, world: World) -> None:
    user = await create_user(scene.session, world.tenant)
    mail = Mail(user.email, "招待", "text", "<p>html</p>", "invitation")
    expires = datetime.now(UTC) + timedelta(hours=1)
    await queue_mail(
        scene.session,
        scene.ctx["settings"],
        world.tenant.id,
        user.id,
        mail,
        link_expires_at=expires,
    )


async def run_send(scene: Scene) -> int | None:
    tried: int = await job("mail.send")(scene.ctx, scene.runner.tenant.id)
    return tried
