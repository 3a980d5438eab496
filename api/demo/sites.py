"""Demo sites (現場), checked by the same rules as the API."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from pydantic import ValidationError
from sqlalchemy.ext.asyncio import AsyncSession

from api.auth.subject import AuthSubject
from api.demo.registry import DemoDataInvalid
from api.errors import ValidationFailed
from api.sites.registration import add_site
from api.sites.repository import SiteRepository
from api.sites.schemas import SiteCreate


def _site_create(
    item: dict[str, Any], branch_ids: dict[str, UUID], prefecture_codes: dict[str, str]
) -> SiteCreate:
    code = item["code"]
    if item["branch"] not in branch_ids:
        raise DemoDataInvalid(f"demo site {code}: no branch with code {item['branch']}")
    prefecture = item.get("prefecture")
    if prefecture is not None and prefecture not in prefecture_codes:
        raise DemoDataInvalid(f"demo site {code}: no prefecture named {prefecture}")
    try:
        return SiteCreate.model_validate(
            {
                "branch_id": branch_ids[item["branch"]],
                "code": code,
                "name": item["name"],
                "city": item["city"],
                "prefecture_code": prefecture_codes[prefecture] if prefecture else None,
                "address": item.get("address"),
                "period_start": item.get("period_start"),
                "period_end": item.get("period_end"),
                "ccus_site_id": item.get("ccus_site_id"),
                "work_location_memo": item.get("work_location_memo", False),
                "work_locations": item.get("work_locations", []),
                "structure_mode": item.get("structure_mode", "send"),
            }
        )
    except ValidationError as error:
        raise DemoDataInvalid(f"demo site {code} breaks a format: {error.errors()}") from error


async def load_sites(
    session: AsyncSession, subject: AuthSubject, sites: list[dict[str, Any]]
) -> int:
    """Add the demo sites whose codes are not there yet; return how many were added."""
    repository = SiteRepository(session)
    existing = await repository.codes(subject.tenant_id)
    branch_ids = await repository.branch_ids_by_code(subject.tenant_id)
    prefecture_codes = await repository.prefecture_codes_by_name()
    added = 0
    for item in sites:
        if item["code"] in existing:
            continue
        data = _site_create(item, branch_ids, prefecture_codes)
        try:
            await add_site(repository, subject, data)
        except ValidationFailed as error:
            problems = [problem.model_dump() for problem in error.errors]
            raise DemoDataInvalid(
                f"demo site {item['code']} breaks the rules: {problems}"
            ) from error
        existing.add(item["code"])
        added += 1
    return added
