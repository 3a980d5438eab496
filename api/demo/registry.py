"""Demo businesses and workers, loaded through the import's checks so they obey every rule."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from api.auth.subject import AuthSubject
from api.businesses.records import new_business
from api.businesses.repository import BusinessRepository
from api.config import Settings
from api.imports.business_rows import BusinessRowChecker
from api.imports.columns import BUSINESS_COLUMNS, WORKER_COLUMNS, Column
from api.imports.lookups import business_lookups, name_maps, worker_lookups
from api.imports.repository import ImportLookupRepository
from api.imports.sheet_row import CheckedRows
from api.imports.worker_rows import WorkerRowChecker
from api.kit.crypto import FieldCipher
from api.workers.records import new_worker
from api.workers.repository import WorkerRepository


class DemoDataInvalid(Exception):
    pass


def _row(columns: Sequence[Column], cells: dict[str, Any]) -> list[Any]:
    return [cells.get(column.field) for column in columns]


def _business_cells(item: dict[str, Any]) -> dict[str, Any]:
    return {
        "branches": "、".join(item["branches"]),
        "code": item["code"],
        "name": item["name"],
        "name_kana": item["kana"],
        "phone": item["phone"],
        "prefecture": item.get("prefecture"),
        "address": item.get("address"),
        "representative_name": item.get("representative"),
        "ccus_business_id": item.get("ccus_business_id"),
        "verification_number": item.get("verification_number"),
    }


def _worker_cells(item: dict[str, Any]) -> dict[str, Any]:
    phones = [*item.get("phones", []), None, None, None]
    return {
        "business_code": item["business"],
        "code": item["code"],
        "family_name": item["family_name"],
        "given_name": item["given_name"],
        "family_kana": item["family_kana"],
        "given_kana": item["given_kana"],
        "phone1": phones[0],
        "phone2": phones[1],
        "phone3": phones[2],
        "email": item.get("email"),
        "birth_date": item["birth_date"],
        "employment_type": item["employment_type"],
        "occupation_major": item["occupation"][0],
        "occupation_minor": item["occupation"][1],
        "other_occupations": "、".join(
            f"{major}：{minor}" for major, minor in item.get("extra_occupations", [])
        ),
        "position": item.get("position"),
        "ccus_worker_id": item.get("ccus_worker_id"),
        "verification_number": item.get("verification_number"),
    }


def _valid(checked: CheckedRows, what: str) -> list[dict[str, Any]]:
    if checked.errors:
        raise DemoDataInvalid(
            f"demo {what} break the rules: {[e.as_dict() for e in checked.errors]}"
        )
    return [state for _, state in checked.states]


async def load_registry(
    session: AsyncSession,
    subject: AuthSubject,
    settings: Settings,
    cipher: FieldCipher,
    businesses: list[dict[str, Any]],
    workers: list[dict[str, Any]],
) -> tuple[int, int]:
    """Add the demo businesses and workers whose codes are not there yet."""
    tenant_id = subject.tenant_id
    lookups = ImportLookupRepository(session)
    existing, _ = await lookups.taken_business_keys(tenant_id)
    headers = [column.header for column in BUSINESS_COLUMNS]
    checker = BusinessRowChecker(
        headers,
        await name_maps(session, subject),
        await business_lookups(session, subject),
        settings,
    )
    for offset, item in enumerate(item for item in businesses if item["code"] not in existing):
        checker.check(offset, _row(BUSINESS_COLUMNS, _business_cells(item)))
    new_businesses = _valid(checker.result, "businesses")
    # The import has no column for it: the 元請 of the structure is the tenant's own company.
    own = {item["code"] for item in businesses if item.get("own_company")}
    for state in new_businesses:
        state["is_own_company"] = state["code"] in own
    await BusinessRepository(session).add_all(
        [new_business(subject, state, cipher) for state in new_businesses]
    )

    existing, _, _ = await lookups.taken_worker_keys(tenant_id)
    names = await name_maps(session, subject)
    headers = [column.header for column in WORKER_COLUMNS]
    worker_checker = WorkerRowChecker(
        headers, names, await worker_lookups(session, subject, names), settings
    )
    for offset, item in enumerate(item for item in workers if item["code"] not in existing):
        worker_checker.check(offset, _row(WORKER_COLUMNS, _worker_cells(item)))
    new_workers = _valid(worker_checker.result, "workers")
    await WorkerRepository(session).add_all(
        [new_worker(subject, state, cipher) for state in new_workers]
    )
    return len(new_businesses), len(new_workers)
