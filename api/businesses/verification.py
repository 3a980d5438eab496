"""A business's 本人確認番号: sealed for its row, unsealed, and revealed under audit."""

from __future__ import annotations

from uuid import UUID

from sqlalchemy.ext.asyncio import AsyncSession

from api.audit import service as audit
from api.auth.subject import AuthSubject
from api.businesses.reading import get_business
from api.kit.crypto import FieldCipher
from api.kit.verification import seal, unseal
from api.models.business import Business

TABLE = "businesses"


def sealed(cipher: FieldCipher, value: str, *, tenant_id: UUID, business_id: UUID) -> bytes:
    return seal(cipher, value, table=TABLE, tenant_id=tenant_id, row_id=business_id)


def current_secret(cipher: FieldCipher, business: Business) -> str | None:
    if business.verification_number_encrypted is None:
        return None
    return unseal(
        cipher,
        business.verification_number_encrypted,
        table=TABLE,
        tenant_id=business.tenant_id,
        row_id=business.id,
    )


async def reveal_verification_number(
    session: AsyncSession, subject: AuthSubject, cipher: FieldCipher, business_id: UUID
) -> str | None:
    business = await get_business(session, subject, business_id)
    await audit.record(
        session, subject, "business.reveal_verification_number", "business", business.id, {}
    )
    return current_secret(cipher, business)
