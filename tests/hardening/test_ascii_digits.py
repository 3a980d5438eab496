"""ASCII digits: a CCUS ID, 本人確認番号, phone or postal code in Arabic-Indic digits is refused;
full-width digits become ASCII first, and are kept."""

from __future__ import annotations

from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from api.config import Settings
from tests.fixtures.factories import bearer, create_branch, create_tenant, create_user
from tests.hardening.bodies import ARABIC, business_body


async def test_non_ascii_digits_are_refused_in_every_code(
    client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    tenant = await create_tenant(session)
    branch = str((await create_branch(session, tenant)).id)
    headers = bearer(settings, await create_user(session, tenant))
    cases = {
        "ccus_business_id": (ARABIC + "0123", "ccus_id.invalid"),
        "verification_number": (ARABIC[:4], "verification_number.invalid"),
        "phone": ("0" + ARABIC[1:], "phone.invalid"),
        "postal_code": (ARABIC[:7], "postal_code.invalid"),
        "kentaikyo_contract_number": (ARABIC, "digits.invalid"),
    }
    for field, (value, code) in cases.items():
        response = await client.post(
            "/api/v1/businesses", json=business_body(branch, **{field: value}), headers=headers
        )
        assert response.status_code == 422, (field, response.text)
        assert [(e["loc"], e["code"]) for e in response.json()["errors"]] == [
            (["body", field], code)
        ]
    listed = await client.get("/api/v1/businesses", headers=headers)
    assert listed.json()["pagination"]["total_count"] == 0
    full_width = await client.post(
        "/api/v1/businesses",
        json=business_body(
            branch, ccus_business_id="１２３４５６７８９０１２３４", phone="０３-１２３４-５６７８"
        ),
        headers=headers,
    )
    assert full_width.status_code == 201, full_width.text
    assert (full_width.json()["ccus_business_id"], full_width.json()["phone"]) == (
        "12345678901234",
        "0312345678",
    )
