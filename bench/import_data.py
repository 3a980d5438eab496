"""P4's input: a tenant to import into and a spreadsheet's worth of worker rows."""

from __future__ import annotations

from datetime import date, timedelta
from uuid import UUID

from api.auth.passwords import hash_password
from api.db import set_tenant, unit_of_work
from api.imports.columns import WORKER_COLUMNS
from api.kit.ids import uuid7
from api.models.branch import Branch
from api.models.business import Business, BusinessBranch
from api.models.tenant import Tenant
from api.models.user import User, UserRole
from bench.harness import Stack


def worker_rows(count: int) -> list[list[object]]:
    rows = []
    for index in range(count):
        cells = {
            "business_code": f"B{index % 50:04d}",
            "code": f"W{index:06d}",
            "family_name": "川越",
            "given_name": f"十郎{index}",
            "family_kana": "かわごえ",
            "given_kana": "じゅうろう",
            "phone1": f"090{index:08d}",
            "birth_date": date(1970, 1, 1) + timedelta(days=index % 12000),
            "employment_type": "労働者",
            "occupation_major": "鉄筋工",
            "occupation_minor": "鉄筋工",
            "position": "職長",
            "ccus_worker_id": f"{10_000_000_000_000 + index}",
            "verification_number": f"{1000 + index % 9000}",
            "sex": "男",
            "prefecture": "東京都",
        }
        rows.append([cells.get(column.field) for column in WORKER_COLUMNS])
    return rows


async def import_tenant(stack: Stack) -> tuple[UUID, UUID]:
    tenant_id, user_id = uuid7(), uuid7()
    async with unit_of_work(stack.sessionmaker, None) as session:
        # Row-level security admits the new tenant only once the transaction is scoped to it.
        await set_tenant(session, tenant_id)
        session.add(Tenant(id=tenant_id, name=f"bench {tenant_id}", code=tenant_id.hex[-16:]))
        await session.flush()
        branch = Branch(tenant_id=tenant_id, code="001", name="本社")
        session.add(branch)
        await session.flush()
        session.add(
            User(
                id=user_id,
                tenant_id=tenant_id,
                email=f"{user_id}@bench.test",
                name="bench",
                role=UserRole.admin,
                password_hash=hash_password("bench-password-1"),
            )
        )
        for number in range(50):
            business_id = uuid7()
            session.add(
                Business(
                    id=business_id,
                    tenant_id=tenant_id,
                    code=f"B{number:04d}",
                    name=f"事業者{number}",
                    name_kana="ジギョウシャ",
                    phone="0312345678",
                    representative_name="代表",
                    branch_links=[BusinessBranch(tenant_id=tenant_id, branch_id=branch.id)],
                )
            )
    return tenant_id, user_id
