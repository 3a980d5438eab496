"""Where R5 looks for a secret: in a text (with the forms a digit string can be written in), among
the values that protect secrets, and in every column of the tenant's rows."""

from __future__ import annotations

import base64
import unicodedata
from uuid import UUID

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from api.config import Settings

_SEPARATORS = str.maketrans("", "", "- ()\u30fc\u2010\u2212")


def found_in(haystack: str, secrets: list[str]) -> list[str]:
    """The secrets that appear in the text as sent, or for digits also with hyphens, spaces or
    full-width digits in between — a masked form must not be the value reformatted."""
    flat = unicodedata.normalize("NFKC", haystack).translate(_SEPARATORS)
    return sorted(
        {
            secret
            for secret in secrets
            if len(secret) >= 4 and (secret in haystack or (secret.isdigit() and secret in flat))
        }
    )


def _blob_forms(blob: bytes) -> list[str]:
    return [blob.hex(), base64.b64encode(blob).decode(), base64.urlsafe_b64encode(blob).decode()]


async def protecting_values(
    session: AsyncSession, settings: Settings, tenant_id: UUID
) -> list[str]:
    """The keys, hashes and ciphertexts that guard the secrets: none may leave either."""
    values = [
        settings.jwt_secret.get_secret_value(),
        settings.api_key_pepper.get_secret_value(),
        settings.ccus_token.get_secret_value(),
    ]
    for entry in settings.encryption_keys.get_secret_value().split(","):
        values.append(entry.split(":", 1)[1])
    hashes = await session.execute(
        text(
            "SELECT password_hash FROM users WHERE tenant_id = :t "
            "UNION ALL SELECT secret_hash FROM api_keys WHERE tenant_id = :t"
        ),
        {"t": tenant_id},
    )
    values += [row[0] for row in hashes]
    blobs = await session.execute(
        text(
            "SELECT verification_number_encrypted FROM businesses WHERE tenant_id = :t "
            "AND verification_number_encrypted IS NOT NULL UNION ALL "
            "SELECT verification_number_encrypted FROM workers WHERE tenant_id = :t "
            "AND verification_number_encrypted IS NOT NULL"
        ),
        {"t": tenant_id},
    )
    for (blob,) in blobs:
        values += _blob_forms(bytes(blob))
    assert len(values) >= 8, "the sweep stored no encrypted 本人確認番号 to look for"
    return values


async def at_rest(session: AsyncSession, tenant_id: UUID, secrets: list[str]) -> list[str]:
    """Columns of the tenant's rows that hold a secret in plain text (bytea read as escaped text)."""
    columns = await session.execute(
        text(
            "SELECT table_name, column_name, data_type FROM information_schema.columns c "
            "WHERE table_schema = 'public' AND data_type IN "
            "('text', 'character varying', 'jsonb', 'ARRAY', 'bytea') "
            "AND EXISTS (SELECT 1 FROM information_schema.columns t "
            "WHERE t.table_name = c.table_name AND t.column_name = 'tenant_id')"
        )
    )
    patterns = [f"%{secret}%" for secret in secrets if len(secret) >= 4]
    found = []
    for table, column, data_type in columns.all():
        value = f"encode(\"{column}\", 'escape')" if data_type == "bytea" else f'"{column}"::text'
        rows = await session.execute(
            text(f'SELECT {value} FROM "{table}" WHERE tenant_id = :t AND {value} LIKE ANY(:p)'),
            {"t": tenant_id, "p": patterns},
        )
        for (stored,) in rows:
            hits = [s for s in secrets if len(s) >= 4 and s in stored]
            found.append(f"{table}.{column} holds {hits}")
    return found
