"""mail17_outbox: account emails written in the change's transaction and sent by the worker

Revision ID: 6c1d17a0e4b2
Revises: 4d7e2b9c1a63
Create Date: 2026-11-30 16:00:00.000000+00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from migrations.tenancy import disable_tenant_rls, enable_tenant_rls

revision: str = "6c1d17a0e4b2"
down_revision: str | None = "4d7e2b9c1a63"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _timestamp(name: str) -> sa.Column[object]:
    return sa.Column(
        name, sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False
    )


def upgrade(app_role: str) -> None:
    op.execute("SET LOCAL lock_timeout = '5s'")
    op.create_table(
        "mail_outbox",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("tenant_id", sa.Uuid(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("recipient", sa.String(length=254), nullable=False),
        sa.Column("subject", sa.String(length=200), nullable=False),
        sa.Column("body_sealed", sa.LargeBinary(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "pending",
                "sent",
                "failed",
                name="mail_status",
                native_enum=False,
                create_constraint=True,
                length=16,
            ),
            nullable=False,
        ),
        sa.Column("attempts", sa.Integer(), nullable=False),
        _timestamp("next_attempt_at"),
        sa.Column("give_up_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_error", sa.String(length=200), nullable=True),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=True),
        _timestamp("created_at"),
        _timestamp("updated_at"),
        sa.ForeignKeyConstraint(
            ["tenant_id", "user_id"],
            ["users.tenant_id", "users.id"],
            name=op.f("fk_mail_outbox_tenant_id_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["tenant_id"],
            ["tenants.id"],
            name=op.f("fk_mail_outbox_tenant_id_tenants"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mail_outbox")),
        sa.UniqueConstraint("tenant_id", "id", name=op.f("uq_mail_outbox_tenant_id_id")),
    )
    op.create_index(
        "ix_mail_outbox_due",
        "mail_outbox",
        ["tenant_id", "next_attempt_at"],
        unique=False,
        postgresql_where=sa.text("status = 'pending'"),
    )
    op.create_index(
        op.f("ix_mail_outbox_tenant_id_status_updated_at"),
        "mail_outbox",
        ["tenant_id", "status", "updated_at"],
        unique=False,
    )
    enable_tenant_rls("mail_outbox")


def downgrade(app_role: str) -> None:
    op.execute("SET LOCAL lock_timeout = '5s'")
    disable_tenant_rls("mail_outbox")
    op.drop_table("mail_outbox")
