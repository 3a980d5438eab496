from __future__ import annotations

from collections.abc import Sequence
from uuid import UUID

from sqlalchemy.ext.asyncio import AsyncSession

from api.audit import service as audit
from api.auth.subject import AuthSubject
from api.branches.errors import BranchCodeTaken, BranchInUse, BranchNotFound
from api.branches.repository import BranchRepository
from api.branches.schemas import BranchCreate, BranchUpdate
from api.errors import field_error
from api.kit.pagination import PageParams
from api.models.branch import Branch

_AUDITED = ("code", "name", "display_order")


def _snapshot(branch: Branch) -> dict[str, object]:
    return {field: getattr(branch, field) for field in _AUDITED}


def _code_taken(code: str) -> BranchCodeTaken:
    return BranchCodeTaken(
        f"Branch code {code!r} is already used.",
        errors=[field_error(["body", "code"], BranchCodeTaken.code, BranchCodeTaken.title)],
    )


async def list_branches(
    session: AsyncSession, subject: AuthSubject, page: PageParams
) -> tuple[Sequence[Branch], int]:
    repository = BranchRepository(session)
    statement = repository.visible(subject).order_by(Branch.display_order, Branch.code, Branch.id)
    return await repository.paginate(statement, page)


async def get_branch(session: AsyncSession, subject: AuthSubject, branch_id: UUID) -> Branch:
    repository = BranchRepository(session)
    branch = await repository.get_one_or_none(
        repository.visible(subject).where(Branch.id == branch_id)
    )
    if branch is None:
        raise BranchNotFound()
    return branch


async def create_branch(session: AsyncSession, subject: AuthSubject, data: BranchCreate) -> Branch:
    repository = BranchRepository(session)
    if await repository.code_taken(subject.tenant_id, data.code):
        raise _code_taken(data.code)
    branch = await repository.add(Branch(tenant_id=subject.tenant_id, **data.model_dump()))
    await audit.record(
        session, subject, "branch.create", "branch", branch.id, audit.diff({}, _snapshot(branch))
    )
    return branch


async def update_branch(
    session: AsyncSession, subject: AuthSubject, branch_id: UUID, data: BranchUpdate
) -> Branch:
    branch = await get_branch(session, subject, branch_id)
    changes = data.model_dump(exclude_unset=True, exclude_none=True)
    repository = BranchRepository(session)
    if "code" in changes and await repository.code_taken(
        subject.tenant_id, changes["code"], except_id=branch.id
    ):
        raise _code_taken(changes["code"])
    before = _snapshot(branch)
    for field, value in changes.items():
        setattr(branch, field, value)
    await session.flush()
    await audit.record(
        session,
        subject,
        "branch.update",
        "branch",
        branch.id,
        audit.diff(before, _snapshot(branch)),
    )
    return branch


async def delete_branch(session: AsyncSession, subject: AuthSubject, branch_id: UUID) -> None:
    branch = await get_branch(session, subject, branch_id)
    if await BranchRepository(session).is_referenced(subject.tenant_id, branch.id):
        raise BranchInUse()
    await session.delete(branch)
    await session.flush()
    await audit.record(
        session, subject, "branch.delete", "branch", branch.id, audit.diff(_snapshot(branch), {})
    )
