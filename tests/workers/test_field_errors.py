"""A worker's rules, contacts, formats and limits answer as field errors."""

from __future__ import annotations

from httpx import AsyncClient
from sqlalchemy.ext.asyncio import AsyncSession

from api.config import Settings
from tests.fixtures.factories import (
    PLUMBER,
    REBAR_WELDING,
    bearer,
    create_business,
    create_tenant,
    create_user,
)
from tests.workers.helpers import kawagoe_body


async def test_rules_are_field_errors(
    client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    tenant = await create_tenant(session)
    business = await create_business(session, tenant)
    headers = bearer(settings, await create_user(session, tenant))
    response = await client.post(
        "/api/v1/workers",
        json=kawagoe_body(
            business.id,
            phones=[],
            birth_date="2020-01-01",
            occupation_ids=[
                str(REBAR_WELDING),
                str(PLUMBER),
                "00000000-0000-0000-0000-000000000000",
            ],
            employment_type_code="99",
            hired_on="2019-01-01",
            verification_number="12",
            blood_pressure_high=120,
            blood_pressure_low=130,
        ),
        headers=headers,
    )
    assert response.status_code == 422
    codes = {(tuple(error["loc"][1:]), error["code"]) for error in response.json()["errors"]}
    assert codes == {
        (("phones",), "worker.contact_required"),
        (("birth_date",), "worker.birth_date_implausible"),
        (("occupation_ids", 0), "occupation.duplicate"),
        (("occupation_ids", 2), "occupation.not_found"),
        (("employment_type_code",), "master.unknown_code"),
        (("hired_on",), "worker.hired_before_birth"),
        (("verification_number",), "verification_number.length"),
        (("blood_pressure_low",), "worker.blood_pressure_order"),
    }


async def test_an_email_alone_is_enough_contact(
    client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    tenant = await create_tenant(session)
    business = await create_business(session, tenant)
    headers = bearer(settings, await create_user(session, tenant))
    response = await client.post(
        "/api/v1/workers",
        json=kawagoe_body(business.id, phones=[], email="sato@example.com"),
        headers=headers,
    )
    assert response.status_code == 201, response.text


async def test_formats_and_limits(
    client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    tenant = await create_tenant(session)
    business = await create_business(session, tenant)
    headers = bearer(settings, await create_user(session, tenant))
    response = await client.post(
        "/api/v1/workers",
        json=kawagoe_body(
            business.id,
            phones=["09011112222", "09011112223", "09011112224", "09011112225"],
            ccus_worker_id="1230456789123",
            family_kana="川越",
            birth_date="1990-02-30",
            blood_type="C",
        ),
        headers=headers,
    )
    assert response.status_code == 422
    fields = {error["loc"][1] for error in response.json()["errors"]}
    assert fields == {"phones", "ccus_worker_id", "family_kana", "birth_date", "blood_type"}
