"""代表電話番号 is a landline: one field type refuses mobile numbers on create, update and import."""

from __future__ import annotations

from httpx import AsyncClient, Response
from sqlalchemy.ext.asyncio import AsyncSession

from api.config import Settings
from tests.businesses.helpers import asagaya_body
from tests.fixtures.factories import (
    bearer,
    create_branch,
    create_business,
    create_tenant,
    create_user,
)

MOBILE = "mobile_not_allowed"


def _phone_codes(response: Response) -> list[str]:
    assert response.status_code == 422, response.text
    errors = response.json()["errors"]
    return [error["code"] for error in errors if error["loc"][-1] == "phone"]


async def test_a_mobile_number_is_refused_on_create_and_update(
    client: AsyncClient, session: AsyncSession, settings: Settings
) -> None:
    tenant = await create_tenant(session)
    branch = await create_branch(session, tenant)
    headers = bearer(settings, await create_user(session, tenant))
    for mobile in ("090-1234-5678", "０８０１２３４５６７８", "07012345678"):
        refused = await client.post(
            "/api/v1/businesses", json=asagaya_body([str(branch.id)], phone=mobile), headers=headers
        )
        assert refused.headers["content-type"] == "application/problem+json"
        assert _phone_codes(refused) == [f"phone.{MOBILE}"], mobile
    # Landlines, toll-free 0800 and 0120 and IP phones stay accepted.
    for number, code in (("03-1234-5678", "L1"), ("0800-123-4567", "L2"), ("0120-123-456", "L3")):
        accepted = await client.post(
            "/api/v1/businesses",
            json=asagaya_body(
                [str(branch.id)],
                phone=number,
                code=code,
                ccus_business_id=None,
                representative_name="阿佐ヶ谷 一郎",
            ),
            headers=headers,
        )
        assert accepted.status_code == 201, (number, accepted.text)
    business = await create_business(session, tenant, [branch])
    patched = await client.patch(
        f"/api/v1/businesses/{business.id}", json={"phone": "09012345678"}, headers=headers
    )
    assert _phone_codes(patched) == [f"phone.{MOBILE}"]
