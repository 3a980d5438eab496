"""Everything an import checks against, loaded once per file instead of once per row."""

from __future__ import annotations

from uuid import UUID

from sqlalchemy.ext.asyncio import AsyncSession

from api.auth.subject import AuthSubject
from api.businesses.repository import BusinessRepository
from api.businesses.rules import BusinessLookups
from api.imports.names import NameMaps, occupation_names
from api.imports.repository import ImportLookupRepository
from api.kit.japan import business_today
from api.kit.normalize import nfkc
from api.masters.repository import OccupationRepository
from api.models.master import EmploymentType, Position, Prefecture
from api.workers.repository import WorkerRepository
from api.workers.rules import WorkerLookups


async def _name_table(session: AsyncSession, model: type, key: str = "code") -> dict[str, str]:
    rows = await ImportLookupRepository(session).master_names(model, key)
    table: dict[str, str] = {}
    for code, name in rows:
        table[nfkc(name)] = code
        table.setdefault(nfkc(code), code)
    return table


async def name_maps(session: AsyncSession, subject: AuthSubject) -> NameMaps:
    """Sheets name things the way people do: 支店 by code or name, 職種 by their names,
    事業者 by code. A branch-limited user only resolves their own branches and businesses."""
    lookups = ImportLookupRepository(session)
    branches: dict[str, UUID] = {}
    branch_ids = await BusinessRepository(session).assignable_branch_ids(subject)
    for branch in await lookups.branches(branch_ids):
        branches[nfkc(branch.name)] = branch.id
        branches[nfkc(branch.code)] = branch.id
    businesses = await lookups.business_codes(BusinessRepository(session).visible(subject))
    occupations = await OccupationRepository(session).list(
        subject.tenant_id, major_code=None, active_only=True
    )
    return NameMaps(
        branches=branches,
        prefectures=await _name_table(session, Prefecture),
        employment_types=await _name_table(session, EmploymentType),
        positions=await _name_table(session, Position),
        occupations=occupation_names({row.id: row for row in occupations}),
        businesses=businesses,
    )


async def business_lookups(session: AsyncSession, subject: AuthSubject) -> BusinessLookups:
    repository = BusinessRepository(session)
    tenant = subject.tenant_id
    codes, ccus_ids = await ImportLookupRepository(session).taken_business_keys(tenant)
    return BusinessLookups(
        assignable_branch_ids=await repository.assignable_branch_ids(subject),
        prefecture_codes=await repository.prefecture_codes(),
        taken_codes=codes,
        taken_ccus_ids=ccus_ids,
        own_company_id=await repository.own_company_id(tenant),
    )


async def worker_lookups(
    session: AsyncSession, subject: AuthSubject, names: NameMaps
) -> WorkerLookups:
    repository = WorkerRepository(session)
    tenant = subject.tenant_id
    employment, positions, prefectures = await repository.master_codes()
    codes, phones, ccus_ids = await ImportLookupRepository(session).taken_worker_keys(tenant)
    return WorkerLookups(
        business_ids=set(names.businesses.values()),
        employment_type_codes=employment,
        position_codes=positions,
        prefecture_codes=prefectures,
        occupations=await OccupationRepository(session).by_ids(tenant, names.occupations.values()),
        taken_codes=codes,
        taken_phones=phones,
        taken_ccus_ids=ccus_ids,
        today=business_today(),
    )
