"""issue15_heads: joins the outbox subject columns and the CCUS states (built side by side)

Revision ID: 9a15c0de1e15
Revises: 7c3a9e5d1f40, 7c3e5a1d9f42
Create Date: 2026-11-30 10:50:00.000000+00:00
"""

from __future__ import annotations

from collections.abc import Sequence

revision: str = "9a15c0de1e15"
down_revision: str | Sequence[str] | None = ("7c3a9e5d1f40", "7c3e5a1d9f42")
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade(app_role: str) -> None:
    pass


def downgrade(app_role: str) -> None:
    pass
