from __future__ import annotations

from collections.abc import Sequence
from uuid import UUID

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from api.audit import service as audit
from api.auth.passwords import hash_password
from api.auth.service import normalise_email
from api.auth.subject import AuthSubject
from api.branches.repository import BranchRepository
from api.errors import ValidationFailed, field_error
from api.kit.pagination import PageParams
from api.logs import MASK
from api.models.user import User, UserBranch, UserRole
from api.users.errors import EmailTaken, SelfLockout, UserNotFound
from api.users.repository import UserRepository
from api.users.schemas import UserCreate, UserUpdate

_AUDITED = ("email", "name", "role", "is_active", "branch_ids")


def _snapshot(user: User) -> dict[str, object]:
    return {field: getattr(user, field) for field in _AUDITED}


def _email_taken() -> EmailTaken:
    return EmailTaken(errors=[field_error(["body", "email"], EmailTaken.code, EmailTaken.title)])


def _own_password_needs_current() -> ValidationFailed:
    return ValidationFailed(
        "Change your own password with POST /api/v1/me/password, which needs the current one.",
        errors=[
            field_error(
                ["body", "password"],
                "user.own_password_needs_current",
                "Your own password is changed on マイページ with the current password",
            )
        ],
    )


async def _check_branches(
    session: AsyncSession, subject: AuthSubject, branch_ids: list[UUID]
) -> None:
    wanted = set(branch_ids)
    found = await BranchRepository(session).existing_ids(subject.tenant_id, wanted)
    missing = [index for index, branch_id in enumerate(branch_ids) if branch_id not in found]
    if missing:
        raise ValidationFailed(
            "Unknown branch.",
            errors=[
                field_error(["body", "branch_ids", index], "branch.not_found", "No such branch")
                for index in missing
            ],
        )


async def list_users(
    session: AsyncSession, subject: AuthSubject, page: PageParams
) -> tuple[Sequence[User], int]:
    repository = UserRepository(session)
    return await repository.paginate(
        repository.scoped(subject.tenant_id).order_by(User.email), page
    )


async def get_user(session: AsyncSession, subject: AuthSubject, user_id: UUID) -> User:
    user = await UserRepository(session).get_by_id(subject.tenant_id, user_id)
    if user is None:
        raise UserNotFound()
    return user


async def create_user(session: AsyncSession, subject: AuthSubject, data: UserCreate) -> User:
    email = normalise_email(data.email)
    repository = UserRepository(session)
    if await repository.email_taken(subject.tenant_id, email):
        raise _email_taken()
    await _check_branches(session, subject, data.branch_ids)
    user = User(
        tenant_id=subject.tenant_id,
        email=email,
        name=data.name,
        role=data.role,
        password_hash=hash_password(data.password),
        branch_links=[
            UserBranch(tenant_id=subject.tenant_id, branch_id=branch_id)
            for branch_id in set(data.branch_ids)
        ],
    )
    try:
        await repository.add(user)
    except IntegrityError as error:  # a concurrent registration of the same email
        raise _email_taken() from error
    await audit.record(
        session, subject, "user.create", "user", user.id, audit.diff({}, _snapshot(user))
    )
    return user


async def update_user(
    session: AsyncSession, subject: AuthSubject, user_id: UUID, data: UserUpdate
) -> User:
    user = await get_user(session, subject, user_id)
    changes = data.model_dump(exclude_unset=True, exclude_none=True)
    is_self = subject.user is not None and subject.user.id == user.id
    if is_self and (
        changes.get("is_active") is False or changes.get("role", UserRole.admin) != UserRole.admin
    ):
        raise SelfLockout()
    if is_self and "password" in changes:
        # Whoever holds this session must also know the password it replaces.
        raise _own_password_needs_current()
    before = _snapshot(user)
    if "branch_ids" in changes:
        await _check_branches(session, subject, data.branch_ids or [])
        user.branch_links = [
            UserBranch(tenant_id=subject.tenant_id, user_id=user.id, branch_id=branch_id)
            for branch_id in set(changes.pop("branch_ids"))
        ]
    password = changes.pop("password", None)
    for field, value in changes.items():
        setattr(user, field, value)
    if password is not None:
        user.password_hash = hash_password(password)
    if password is not None or "role" in changes or changes.get("is_active") is False:
        # Tokens issued before this change must not keep the old password or role alive.
        user.session_version += 1
    await session.flush()
    diff = audit.diff(before, _snapshot(user))
    if password is not None:
        diff["password"] = [MASK, MASK]
    await audit.record(session, subject, "user.update", "user", user.id, diff)
    return user
