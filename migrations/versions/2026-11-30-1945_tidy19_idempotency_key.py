"""tidy19_idempotency_key: one SQL function makes a CCUS outbox row's idempotency key

Queueing a row and sending a refused row again both make a key in the statement that writes
the row; they now call this function instead of each spelling the recipe (32 lowercase hex
digits of a random UUID), so the two cannot drift apart.

Revision ID: 7dfa803f4898
Revises: 2479550d9e6a
Create Date: 2026-11-30 19:45:00.000000+00:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "7dfa803f4898"
down_revision: str | None = "2479550d9e6a"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade(app_role: str) -> None:
    op.execute(
        """
        CREATE FUNCTION ccus_new_idempotency_key() RETURNS text
        LANGUAGE sql VOLATILE
        AS $$ SELECT replace(CAST(gen_random_uuid() AS text), '-', '') $$
        """
    )


def downgrade(app_role: str) -> None:
    op.execute("DROP FUNCTION ccus_new_idempotency_key()")
