"""Control-free text: BEL, ESC, DEL, C1 controls and bidi overrides never reach a stored name,
on any path in (the API and the terminals)."""

from __future__ import annotations

from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from api.config import Settings
from tests.attendance.terminal_helpers import event, terminal_headers, tokyo
from tests.fixtures.factories import (
    REBAR,
    bearer,
    create_branch,
    create_business,
    create_site,
    create_tenant,
    create_user,
    create_worker,
)
from tests.hardening.bodies import ARABIC, business_body

CONTROLS = ["\u0007", "\u001b[31m", "\u007f", "\u0085", "\u202e", "\u2066", "\u200f", "\u061c"]


async def test_control_and_bidi_characters_are_refused_in_text(
    client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    tenant = await create_tenant(session)
    branch = await create_branch(session, tenant)
    business = await create_business(session, tenant, [branch])
    worker = await create_worker(session, tenant, business)
    site = await create_site(session, tenant, branch)
    headers = bearer(settings, await create_user(session, tenant))
    writes = [
        ("POST", "/branches", {"code": "B9", "name": "東京{}支店"}, "name"),
        ("POST", "/businesses", business_body(str(branch.id), name="山田{}工業"), "name"),
        ("PATCH", f"/workers/{worker.id}", {"family_name": "山{}田"}, "family_name"),
        ("PATCH", f"/workers/{worker.id}", {"address": "千代田{}1-1"}, "address"),
        ("PATCH", f"/sites/{site.id}", {"name": "現{}場"}, "name"),
        ("POST", "/users", {"email": "x@example.com", "name": "佐{}藤", "role": "staff", "password": "pass-word-123"}, "name"),
        ("POST", "/api-keys", {"name": "端{}末", "kind": "partner", "scopes": ["registry:read"]}, "name"),
        ("POST", "/masters/occupations", {"major_code": "90", "major_name": "自{}社", "minor_code": "01", "minor_name": "自社"}, "major_name"),
        ("POST", "/attendance", {"site_id": str(site.id), "worker_id": str(worker.id), "entry_at": tokyo("2026-11-20 08:00"), "occupation_id": str(REBAR), "work_location": "東{}棟"}, "work_location"),
    ]  # fmt: skip
    for method, path, template, field in writes:
        for control in CONTROLS:
            body = {
                key: value.format(control) if isinstance(value, str) else value
                for key, value in template.items()
            }
            response = await client.request(method, f"/api/v1{path}", json=body, headers=headers)
            assert response.status_code == 422, (path, repr(control), response.text)
            assert (["body", field], "text.control_character") in [
                (e["loc"], e["code"]) for e in response.json()["errors"]
            ], (path, repr(control))
    gate = await terminal_headers(session, settings, tenant, [site.id])
    bad = event("bidi", site.id, worker.id, "entry", "2026-11-20 08:00", work_location="A\u202eB")
    by_arabic_id = event("arabic", site.id, worker.id, "entry", "2026-11-20 08:00")
    del by_arabic_id["worker_id"]
    by_arabic_id["ccus_worker_id"] = ARABIC + "0123"
    answer = await client.post(
        "/api/v1/terminal/events", json={"events": [bad, by_arabic_id]}, headers=gate
    )
    assert [(r["status"], r["code"]) for r in answer.json()["results"]] == [
        ("rejected", "event.invalid"),
        ("rejected", "event.invalid"),
    ]
