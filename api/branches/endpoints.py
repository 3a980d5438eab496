from __future__ import annotations

from typing import Annotated
from uuid import UUID

from fastapi import APIRouter, Path, status

from api.auth.deps import MastersWrite, RegistryRead
from api.auth.errors import AUTH_ERRORS
from api.branches import service
from api.branches.errors import BranchCodeTaken, BranchInUse, BranchNotFound
from api.branches.schemas import Branch, BranchCreate, BranchUpdate
from api.db import SessionDep
from api.errors import ValidationFailed, error_responses
from api.kit.pagination import PageDep
from api.kit.schemas import ListResource, Pagination

router = APIRouter(prefix="/branches", tags=["branches"])

BranchID = Annotated[UUID, Path(description="Branch id.")]


@router.get(
    "",
    summary="List branches",
    response_model=ListResource[Branch],
    responses=error_responses(*AUTH_ERRORS),
)
async def list_branches(
    subject: RegistryRead, session: SessionDep, page: PageDep
) -> ListResource[Branch]:
    """Branch-limited users see only their branches."""
    rows, total = await service.list_branches(session, subject, page)
    return ListResource[Branch](
        items=[Branch.model_validate(row) for row in rows],
        pagination=Pagination.of(total, page.page, page.limit),
    )


@router.post(
    "",
    summary="Create a branch",
    status_code=status.HTTP_201_CREATED,
    response_model=Branch,
    responses=error_responses(*AUTH_ERRORS, BranchCodeTaken, ValidationFailed),
)
async def create_branch(body: BranchCreate, subject: MastersWrite, session: SessionDep) -> Branch:
    return Branch.model_validate(await service.create_branch(session, subject, body))


@router.get(
    "/{branch_id}",
    summary="Get a branch",
    response_model=Branch,
    responses=error_responses(*AUTH_ERRORS, BranchNotFound),
)
async def get_branch(branch_id: BranchID, subject: RegistryRead, session: SessionDep) -> Branch:
    return Branch.model_validate(await service.get_branch(session, subject, branch_id))


@router.patch(
    "/{branch_id}",
    summary="Update a branch",
    response_model=Branch,
    responses=error_responses(*AUTH_ERRORS, BranchNotFound, BranchCodeTaken, ValidationFailed),
)
async def update_branch(
    branch_id: BranchID, body: BranchUpdate, subject: MastersWrite, session: SessionDep
) -> Branch:
    return Branch.model_validate(await service.update_branch(session, subject, branch_id, body))


@router.delete(
    "/{branch_id}",
    summary="Delete a branch",
    status_code=status.HTTP_204_NO_CONTENT,
    responses=error_responses(*AUTH_ERRORS, BranchNotFound, BranchInUse),
)
async def delete_branch(branch_id: BranchID, subject: MastersWrite, session: SessionDep) -> None:
    """Refused while users, businesses or sites still refer to the branch."""
    await service.delete_branch(session, subject, branch_id)
