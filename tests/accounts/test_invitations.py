"""ユーザー管理's invitations: listed while pending with their link's expiry and mail, resent
(the old link stops working), revoked (the account without a password goes)."""

from __future__ import annotations

from httpx import AsyncClient
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from api.models.audit_log import AuditLogEntry
from tests.accounts.conftest import SendMail
from tests.accounts.flows import accept, bearer_of
from tests.fixtures.factories import PASSWORD, create_tenant, create_user
from tests.fixtures.mailcatcher import MailCatcher

INVITATIONS = "/api/v1/users/invitations"


async def _invite(client: AsyncClient, headers: dict[str, str], email: str) -> str:
    body = {"email": email, "name": "招待 次郎", "role": "staff"}
    invited = await client.post(INVITATIONS, json=body, headers=headers)
    assert invited.status_code == 201, invited.text
    assert invited.json()["invitation_pending"] is True
    return str(invited.json()["id"])


async def test_a_pending_invitation_is_listed_resent_and_then_accepted(
    client: AsyncClient, session: AsyncSession, mailcatcher: MailCatcher, send_mail: SendMail
) -> None:
    admin = await create_user(session, await create_tenant(session))
    headers = await bearer_of(client, admin.email, PASSWORD)
    email = f"pending-{admin.email}"
    user_id = await _invite(client, headers, email)
    (listed,) = (await client.get(INVITATIONS, headers=headers)).json()
    assert (listed["user_id"], listed["email"], listed["expired"]) == (user_id, email, False)
    assert (listed["mail_status"], listed["expires_at"] > listed["invited_at"]) == ("pending", True)
    await send_mail()
    assert (await client.get(INVITATIONS, headers=headers)).json()[0]["mail_status"] == "sent"
    first = mailcatcher.link_token(email)

    resent = await client.post(f"{INVITATIONS}/{user_id}/resend", headers=headers)
    assert resent.status_code == 202, resent.text
    await send_mail()
    second = mailcatcher.link_token(email)
    assert second != first
    assert (await accept(client, first)).json()["code"] == "account.link_used"
    assert (await accept(client, second)).status_code == 204
    assert (await client.get(INVITATIONS, headers=headers)).json() == []
    users = (await client.get("/api/v1/users", headers=headers)).json()["items"]
    assert {u["email"]: u["invitation_pending"] for u in users}[email] is False
    again = await client.post(f"{INVITATIONS}/{user_id}/resend", headers=headers)
    assert (again.status_code, again.json()["code"]) == (404, "invitation.not_found")


async def test_a_revoked_invitation_link_stops_working_and_the_address_is_free(
    client: AsyncClient, session: AsyncSession, mailcatcher: MailCatcher, send_mail: SendMail
) -> None:
    admin = await create_user(session, await create_tenant(session))
    headers = await bearer_of(client, admin.email, PASSWORD)
    email = f"revoked-{admin.email}"
    user_id = await _invite(client, headers, email)
    await send_mail()
    token = mailcatcher.link_token(email)
    assert (await client.delete(f"{INVITATIONS}/{user_id}", headers=headers)).status_code == 204
    assert (await accept(client, token)).json()["code"] == "account.link_invalid"
    assert (await client.get(INVITATIONS, headers=headers)).json() == []
    revoked = await session.scalars(
        select(AuditLogEntry.action).where(
            AuditLogEntry.tenant_id == admin.tenant_id, AuditLogEntry.action.like("user.invit%")
        )
    )
    assert sorted(revoked) == ["user.invitation_revoke", "user.invite"]
    await _invite(client, headers, email)
    # Someone with a password is no invitation to revoke.
    gone = await client.delete(f"{INVITATIONS}/{admin.id}", headers=headers)
    assert (gone.status_code, gone.json()["code"]) == (404, "invitation.not_found")
