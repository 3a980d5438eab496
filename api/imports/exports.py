"""Registry rows as spreadsheet cells, in the template's columns. 本人確認番号 is never exported."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any
from uuid import UUID

from sqlalchemy.ext.asyncio import AsyncSession

from api.imports.columns import BUSINESS_COLUMNS, WORKER_COLUMNS
from api.imports.names import PERMISSION_NAMES, SEX_NAMES
from api.imports.repository import ImportLookupRepository
from api.masters.repository import OccupationRepository
from api.models.business import Business
from api.models.master import EmploymentType, Position, Prefecture
from api.models.worker import Worker

_SEX_LABELS = {value: label for label, value in reversed(SEX_NAMES.items())}
_PERMISSION_LABELS = {value: label for label, value in PERMISSION_NAMES.items()}


async def _names(session: AsyncSession, model: type) -> dict[str, str]:
    return dict(await ImportLookupRepository(session).master_names(model))


async def business_rows(session: AsyncSession, businesses: Sequence[Business]) -> list[list[Any]]:
    tenant_ids = {business.tenant_id for business in businesses}
    branches = await ImportLookupRepository(session).branch_codes(tenant_ids)
    prefectures = await _names(session, Prefecture)
    rows = []
    for business in businesses:
        values: dict[str, Any] = {
            column.field: getattr(business, column.field, None) for column in BUSINESS_COLUMNS
        }
        values["branches"] = "、".join(
            branches[branch_id] for branch_id in business.branch_ids if branch_id in branches
        )
        values["prefecture"] = prefectures.get(business.prefecture_code or "")
        values["verification_number"] = None
        rows.append([values[column.field] for column in BUSINESS_COLUMNS])
    return rows


def _occupation_label(occupations: Mapping[UUID, Any], occupation_id: UUID) -> str:
    occupation = occupations[occupation_id]
    return f"{occupation.major_name}：{occupation.minor_name}"


async def worker_rows(
    session: AsyncSession, tenant_id: UUID, workers: Sequence[Worker]
) -> list[list[Any]]:
    occupation_ids = {worker.primary_occupation_id for worker in workers}
    occupation_ids.update(
        occupation_id for worker in workers for occupation_id in worker.occupation_ids
    )
    occupations = await OccupationRepository(session).by_ids(tenant_id, occupation_ids)
    prefectures = await _names(session, Prefecture)
    employment_types = await _names(session, EmploymentType)
    positions = await _names(session, Position)
    rows = []
    for worker in workers:
        values: dict[str, Any] = {
            column.field: getattr(worker, column.field, None) for column in WORKER_COLUMNS
        }
        phones = worker.phone_numbers + [None, None, None]
        values.update(
            business_code=worker.business.code,
            phone1=phones[0],
            phone2=phones[1],
            phone3=phones[2],
            blood_type=worker.blood_type.value if worker.blood_type else None,
            rh=worker.rh.value if worker.rh else None,
            verification_number=None,
            employment_type=employment_types.get(worker.employment_type_code),
            occupation_major=occupations[worker.primary_occupation_id].major_name,
            occupation_minor=occupations[worker.primary_occupation_id].minor_name,
            other_occupations="、".join(
                _occupation_label(occupations, occupation_id)
                for occupation_id in worker.occupation_ids
            ),
            position=positions.get(worker.position_code or ""),
            permission=_PERMISSION_LABELS.get(worker.permission) if worker.permission else None,
            sex=_SEX_LABELS.get(worker.sex) if worker.sex else None,
            prefecture=prefectures.get(worker.prefecture_code or ""),
        )
        rows.append([values[column.field] for column in WORKER_COLUMNS])
    return rows
