"""A business's or worker's 本人確認番号 as its row holds it: sealed to that row, unsealed, and
revealed to an administrator under audit. One place for both tables."""

from __future__ import annotations

from typing import Protocol
from uuid import UUID

from sqlalchemy.ext.asyncio import AsyncSession

from api.audit import service as audit
from api.auth.subject import AuthSubject
from api.kit.crypto import FieldCipher
from api.kit.schemas import Schema
from api.kit.verification import seal, unseal


class RevealedVerificationNumber(Schema):
    verification_number: str | None


class SecretHolder(Protocol):
    """A row with a sealed 本人確認番号 (businesses, workers); the seal binds table, tenant and id."""

    __tablename__: str
    id: UUID
    tenant_id: UUID
    verification_number_encrypted: bytes | None


def seal_into(cipher: FieldCipher, row: SecretHolder, value: str | None) -> None:
    """Seal the number into the row; an empty value clears it."""
    row.verification_number_encrypted = (
        seal(cipher, value, table=row.__tablename__, tenant_id=row.tenant_id, row_id=row.id)
        if value
        else None
    )


def secret_of(cipher: FieldCipher, row: SecretHolder) -> str | None:
    """The row's number in clear, or None if it has none."""
    blob = row.verification_number_encrypted
    if blob is None:
        return None
    return unseal(cipher, blob, table=row.__tablename__, tenant_id=row.tenant_id, row_id=row.id)


async def reveal(
    session: AsyncSession, subject: AuthSubject, cipher: FieldCipher, row: SecretHolder, entity: str
) -> str | None:
    """Show an administrator the number in clear; the reveal is written to the audit log."""
    await audit.record(session, subject, f"{entity}.reveal_verification_number", entity, row.id, {})
    return secret_of(cipher, row)
