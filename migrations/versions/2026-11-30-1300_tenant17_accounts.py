"""tenant17_accounts: tenant status, emails unique per tenant, account tokens, sessions

Revision ID: 5a17c0de7e17
Revises: 7c3a9e5d1f40
Create Date: 2026-11-30 13:00:00.000000+00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from migrations.tenancy import disable_tenant_rls, enable_tenant_rls

revision: str = "5a17c0de7e17"
down_revision: str | None = "7c3a9e5d1f40"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_NEW_TABLES = ("account_tokens", "user_sessions")


def _timestamp(name: str, *, nullable: bool = False, now: bool = False) -> sa.Column[object]:
    default = sa.text("now()") if now else None
    return sa.Column(name, sa.DateTime(timezone=True), server_default=default, nullable=nullable)


def _owned(table: str) -> list[sa.Constraint]:
    return [
        sa.ForeignKeyConstraint(
            ["tenant_id"], ["tenants.id"], name=op.f(f"fk_{table}_tenant_id_tenants"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["tenant_id", "user_id"], ["users.tenant_id", "users.id"],
            name=op.f(f"fk_{table}_tenant_id_user_id_users"), ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}")),
        sa.UniqueConstraint("tenant_id", "id", name=op.f(f"uq_{table}_tenant_id_id")),
    ]  # fmt: skip


def upgrade(app_role: str) -> None:
    op.execute("SET LOCAL lock_timeout = '5s'")
    op.add_column(
        "tenants",
        sa.Column(
            "status",
            sa.Enum(
                "active", "suspended", name="tenant_status", native_enum=False,
                create_constraint=True, length=16,
            ),
            server_default=sa.text("'active'"),
            nullable=False,
        ),
    )  # fmt: skip
    op.add_column("tenants", _timestamp("suspended_at", nullable=True))
    # The operator's console lists every tenant; only a transaction that asks sees them all.
    op.execute(
        "CREATE POLICY operator_lookup ON tenants FOR SELECT "
        "USING (current_setting('app.operator', true) = 'on')"
    )
    op.drop_constraint("uq_users_email", "users", type_="unique")
    op.create_unique_constraint(op.f("uq_users_tenant_id_email"), "users", ["tenant_id", "email"])
    op.create_table(
        "account_tokens",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("tenant_id", sa.Uuid(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column(
            "purpose",
            sa.Enum(
                "invitation", "password_reset", "email_change", name="token_purpose",
                native_enum=False, create_constraint=True, length=32,
            ),
            nullable=False,
        ),
        sa.Column("token_hash", sa.String(length=64), nullable=False),
        sa.Column("new_email", sa.String(length=254), nullable=True),
        _timestamp("expires_at"),
        _timestamp("used_at", nullable=True),
        _timestamp("created_at", now=True),
        *_owned("account_tokens"),
        sa.UniqueConstraint("token_hash", name=op.f("uq_account_tokens_token_hash")),
    )  # fmt: skip
    op.create_index(
        op.f("ix_account_tokens_tenant_id_user_id_purpose"),
        "account_tokens",
        ["tenant_id", "user_id", "purpose"],
    )
    op.create_table(
        "user_sessions",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("tenant_id", sa.Uuid(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("user_agent", sa.String(length=256), nullable=False),
        sa.Column("client_address", sa.String(length=64), nullable=False),
        _timestamp("created_at", now=True),
        _timestamp("last_seen_at", now=True),
        _timestamp("revoked_at", nullable=True),
        *_owned("user_sessions"),
    )
    op.create_index(
        op.f("ix_user_sessions_tenant_id_user_id_created_at"),
        "user_sessions",
        ["tenant_id", "user_id", "created_at"],
    )
    for table in _NEW_TABLES:
        enable_tenant_rls(table)
    # A link's token names its row before the tenant is known, like login_lookup on users.
    op.execute(
        "CREATE POLICY token_lookup ON account_tokens FOR SELECT "
        "USING (token_hash = current_setting('app.account_token_hash', true))"
    )


def downgrade(app_role: str) -> None:
    op.execute("SET LOCAL lock_timeout = '5s'")
    op.execute("DROP POLICY IF EXISTS token_lookup ON account_tokens")
    for table in _NEW_TABLES:
        disable_tenant_rls(table)
    op.drop_table("user_sessions")
    op.drop_table("account_tokens")
    op.drop_constraint(op.f("uq_users_tenant_id_email"), "users", type_="unique")
    op.create_unique_constraint("uq_users_email", "users", ["email"])
    op.execute("DROP POLICY IF EXISTS operator_lookup ON tenants")
    op.drop_column("tenants", "suspended_at")
    op.drop_column("tenants", "status")
