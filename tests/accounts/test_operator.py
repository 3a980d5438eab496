"""The operator API: its own key, tenants created, listed, suspended and resumed, a first
administrator invited by email, every action in the tenant's audit log."""

from __future__ import annotations

import hashlib
import re

import pytest
from httpx import AsyncClient
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from api.config import Settings
from api.db import set_tenant
from api.models.audit_log import AuditLogEntry
from api.tenants import __main__ as tenants_cli
from tests.accounts.conftest import OPERATOR, SendMail
from tests.accounts.flows import NEW_PASSWORD, accept, login, only_message
from tests.fixtures.factories import bearer, create_tenant, create_user, unique
from tests.fixtures.mailcatcher import MailCatcher

TENANTS = "/api/v1/operator/tenants"


async def _actions(session: AsyncSession, tenant_id: object) -> list[tuple[str, str]]:
    await set_tenant(session, tenant_id)  # type: ignore[arg-type]
    rows = await session.execute(
        select(AuditLogEntry.action, AuditLogEntry.actor_type)
        .where(AuditLogEntry.tenant_id == tenant_id)
        .order_by(AuditLogEntry.occurred_at, AuditLogEntry.id)
    )
    return [(row.action, row.actor_type) for row in rows]


async def test_a_tenant_is_created_its_admin_invited_and_logs_in(
    client: AsyncClient, session: AsyncSession, mailcatcher: MailCatcher, send_mail: SendMail
) -> None:
    code = unique("yamada-")
    email = f"{code}@example.com"
    created = await client.post(
        TENANTS,
        json={"code": code, "name": "山田建設株式会社", "admin_email": email},
        headers=OPERATOR,
    )
    assert created.status_code == 201, created.text
    assert created.json()["status"] == "active"
    await send_mail()

    message = only_message(mailcatcher, email)
    assert message["subject"] == "【genba】山田建設株式会社 への招待"
    assert "パスワードを設定" in str(message["text"])
    assert (await login(client, email, "")).status_code in (401, 422)
    assert (await accept(client, mailcatcher.link_token(email))).status_code == 204
    logged_in = await login(client, email, NEW_PASSWORD)
    assert logged_in.status_code == 200, logged_in.text

    listed = await client.get(TENANTS, headers=OPERATOR)
    assert code in [row["code"] for row in listed.json()]
    assert await _actions(session, created.json()["id"]) == [
        ("tenant.create", "operator"),
        ("user.invite", "operator"),
        ("user.invitation_accept", "user"),
    ]


async def test_suspend_and_resume_are_audited(client: AsyncClient, session: AsyncSession) -> None:
    tenant = await create_tenant(session)
    suspended = await client.post(f"{TENANTS}/{tenant.code}/suspend", headers=OPERATOR)
    assert (suspended.status_code, suspended.json()["status"]) == (200, "suspended")
    assert suspended.json()["suspended_at"] is not None
    resumed = await client.post(f"{TENANTS}/{tenant.code}/resume", headers=OPERATOR)
    assert (resumed.json()["status"], resumed.json()["suspended_at"]) == ("active", None)
    assert await _actions(session, tenant.id) == [
        ("tenant.suspend", "operator"),
        ("tenant.resume", "operator"),
    ]


async def test_a_taken_code_and_an_unknown_tenant_are_refused(
    client: AsyncClient, session: AsyncSession
) -> None:
    tenant = await create_tenant(session)
    again = await client.post(TENANTS, json={"code": tenant.code, "name": "x"}, headers=OPERATOR)
    assert (again.status_code, again.json()["code"]) == (409, "tenant.code_taken")
    unknown = await client.post(f"{TENANTS}/no-such-tenant/suspend", headers=OPERATOR)
    assert (unknown.status_code, unknown.json()["code"]) == (404, "tenant.not_found")


async def test_only_the_operator_key_opens_the_operator_api(
    client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    admin = await create_user(session, await create_tenant(session))
    for headers in ({}, {"X-Operator-Key": "gop_wrong"}, bearer(settings, admin)):
        answer = await client.get(TENANTS, headers=headers)
        assert (answer.status_code, answer.json()["code"]) == (401, "operator.invalid_key")


async def test_without_a_configured_key_the_operator_api_is_not_there(
    client: AsyncClient, app: object, mail_settings: Settings
) -> None:
    app.state.settings = mail_settings.model_copy(update={"operator_key_sha256": None})  # type: ignore[attr-defined]
    answer = await client.get(TENANTS, headers=OPERATOR)
    assert (answer.status_code, answer.json()["code"]) == (404, "operator.disabled")


def test_the_cli_prints_the_digest_the_api_compares(capsys: pytest.CaptureFixture[str]) -> None:
    """`operator-key` hands out a key and the setting that opens the operator API with it."""
    assert tenants_cli.main(["operator-key"]) == 0
    printed = capsys.readouterr().out
    key = re.search(r"shown once\): (gop_\S+)", printed)
    digest = re.search(r"GENBA_OPERATOR_KEY_SHA256=([0-9a-f]{64})", printed)
    assert key is not None, printed
    assert digest is not None, printed
    assert digest.group(1) == hashlib.sha256(key.group(1).encode()).hexdigest()
