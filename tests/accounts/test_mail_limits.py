"""Limits on requests that send account mail (the login throttle's fixed windows): a reset
asked too often for one address answers alike and sends nothing more; too many from one client
answer 429 with Retry-After; invitation resends per user answer 429."""

from __future__ import annotations

import pytest
from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from api.config import Settings
from tests.accounts.conftest import SendMail
from tests.accounts.flows import bearer_of
from tests.fixtures.factories import PASSWORD, create_tenant, create_user
from tests.fixtures.mailcatcher import MailCatcher

RESET = "/api/v1/auth/password-reset"


@pytest.fixture
def mail_settings(mail_settings: Settings) -> Settings:
    return mail_settings.model_copy(
        update={
            "password_reset_max_per_address": 2,
            "password_reset_max_per_client": 5,
            "invitation_resend_max": 2,
        }
    )


async def test_an_address_asked_for_too_often_gets_the_same_answer_and_no_more_mail(
    client: AsyncClient, session: AsyncSession, mailcatcher: MailCatcher, send_mail: SendMail
) -> None:
    user = await create_user(session, await create_tenant(session))
    known = [await client.post(RESET, json={"email": user.email}) for _ in range(3)]
    unknown = [await client.post(RESET, json={"email": "no-one@example.com"}) for _ in range(2)]
    answers = {(a.status_code, a.text) for a in known + unknown}
    assert len(answers) == 1
    assert next(iter(answers))[0] == 202
    await send_mail()
    assert len(mailcatcher.messages(user.email)) == 2


async def test_too_many_requests_from_one_client_answer_429_whatever_the_address(
    client: AsyncClient, session: AsyncSession
) -> None:
    for n in range(5):
        answer = await client.post(RESET, json={"email": f"spray-{n}@example.com"})
        assert answer.status_code == 202
    refused = await client.post(RESET, json={"email": "spray-last@example.com"})
    assert refused.status_code == 429
    assert refused.headers["content-type"] == "application/problem+json"
    assert refused.json()["code"] == "account.reset_rate_limited"
    assert 0 < int(refused.headers["retry-after"]) <= 3600


async def test_an_invitation_resent_too_often_answers_429(
    client: AsyncClient, session: AsyncSession
) -> None:
    admin = await create_user(session, await create_tenant(session))
    headers = await bearer_of(client, admin.email, PASSWORD)
    body = {"email": f"often-{admin.email}", "name": "何度 も", "role": "viewer"}
    user_id = (await client.post("/api/v1/users/invitations", json=body, headers=headers)).json()[
        "id"
    ]
    resend = f"/api/v1/users/invitations/{user_id}/resend"
    assert [(await client.post(resend, headers=headers)).status_code for _ in range(2)] == [
        202,
        202,
    ]
    refused = await client.post(resend, headers=headers)
    assert (refused.status_code, refused.json()["code"]) == (429, "invitation.resend_rate_limited")
    assert int(refused.headers["retry-after"]) > 0
