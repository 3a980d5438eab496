"""POST /businesses/{business_id}/verification-number/reveal."""

from __future__ import annotations

from fastapi import APIRouter

from api.auth.deps import SecretsReveal
from api.auth.errors import AUTH_ERRORS
from api.businesses.errors import BusinessNotFound
from api.businesses.params import BusinessID
from api.businesses.reading import get_business
from api.db import SessionDep
from api.deps import CipherDep
from api.errors import error_responses
from api.kit.sealed import RevealedVerificationNumber, reveal

router = APIRouter(prefix="/businesses", tags=["businesses"])


@router.post(
    "/{business_id}/verification-number/reveal",
    summary="Reveal a business's 本人確認番号",
    response_model=RevealedVerificationNumber,
    responses=error_responses(*AUTH_ERRORS, BusinessNotFound),
)
async def reveal_business_verification_number(
    business_id: BusinessID, subject: SecretsReveal, session: SessionDep, cipher: CipherDep
) -> RevealedVerificationNumber:
    """Administrators only; every reveal is written to the audit log."""
    business = await get_business(session, subject, business_id)
    value = await reveal(session, subject, cipher, business, "business")
    return RevealedVerificationNumber(verification_number=value)
