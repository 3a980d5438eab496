"""list16_staff_permits: 現場担当者, 建設業許可番号, and which CCUS answer a site shows

Revision ID: 4d7e2b9c1a63
Revises: 5e2b8f1c9a63
Create Date: 2026-11-30 13:00:00.000000+00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

from migrations.tenancy import disable_tenant_rls, enable_tenant_rls

revision: str = "4d7e2b9c1a63"
down_revision: str | None = "5e2b8f1c9a63"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TENANT_TABLES = ("site_staff", "business_permits")


def upgrade(app_role: str) -> None:
    op.execute("SET LOCAL lock_timeout = '5s'")
    op.add_column(
        "sites",
        sa.Column(
            "ccus_operation",
            sa.Enum(
                "update",
                "check",
                name="ccus_operation",
                native_enum=False,
                create_constraint=True,
                length=8,
            ),
            nullable=True,
        ),
    )
    op.create_table(
        "site_staff",
        sa.Column("tenant_id", sa.Uuid(), nullable=False),
        sa.Column("site_id", sa.Uuid(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["tenant_id", "site_id"],
            ["sites.tenant_id", "sites.id"],
            name=op.f("fk_site_staff_tenant_id_site_id_sites"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["tenant_id", "user_id"],
            ["users.tenant_id", "users.id"],
            name=op.f("fk_site_staff_tenant_id_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["tenant_id"],
            ["tenants.id"],
            name=op.f("fk_site_staff_tenant_id_tenants"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("site_id", "user_id", name=op.f("pk_site_staff")),
    )
    op.create_index(op.f("ix_site_staff_tenant_id_user_id"), "site_staff", ["tenant_id", "user_id"])
    op.create_table(
        "business_permits",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("tenant_id", sa.Uuid(), nullable=False),
        sa.Column("business_id", sa.Uuid(), nullable=False),
        sa.Column(
            "authority",
            sa.Enum(
                "minister",
                "governor",
                name="permit_authority",
                native_enum=False,
                create_constraint=True,
                length=16,
            ),
            nullable=False,
        ),
        sa.Column("prefecture_code", sa.String(length=2), nullable=True),
        sa.Column(
            "grade",
            sa.Enum(
                "general",
                "special",
                name="permit_grade",
                native_enum=False,
                create_constraint=True,
                length=16,
            ),
            nullable=False,
        ),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("trades", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column("expires_on", sa.Date(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "(authority = 'governor') = (prefecture_code IS NOT NULL)",
            name=op.f("ck_business_permits_governor_prefecture"),
        ),
        sa.CheckConstraint("number BETWEEN 1 AND 999999", name=op.f("ck_business_permits_number")),
        sa.ForeignKeyConstraint(
            ["prefecture_code"],
            ["prefectures.code"],
            name=op.f("fk_business_permits_prefecture_code_prefectures"),
        ),
        sa.ForeignKeyConstraint(
            ["tenant_id", "business_id"],
            ["businesses.tenant_id", "businesses.id"],
            name=op.f("fk_business_permits_tenant_id_business_id_businesses"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["tenant_id"],
            ["tenants.id"],
            name=op.f("fk_business_permits_tenant_id_tenants"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_business_permits")),
        sa.UniqueConstraint("tenant_id", "id", name=op.f("uq_business_permits_tenant_id_id")),
    )
    op.create_index(
        op.f("ix_business_permits_tenant_id_business_id"),
        "business_permits",
        ["tenant_id", "business_id"],
    )
    for table in TENANT_TABLES:
        enable_tenant_rls(table)


def downgrade(app_role: str) -> None:
    op.execute("SET LOCAL lock_timeout = '5s'")
    for table in TENANT_TABLES:
        disable_tenant_rls(table)
    op.drop_table("business_permits")
    op.drop_table("site_staff")
    op.drop_column("sites", "ccus_operation")
