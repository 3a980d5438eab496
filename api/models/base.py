"""Declarative base: naming convention, id/timestamp columns, and tenant ownership."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any, ClassVar
from uuid import UUID

from sqlalchemy import (
    DateTime,
    Enum,
    ForeignKey,
    ForeignKeyConstraint,
    MetaData,
    PrimaryKeyConstraint,
    func,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

from api.kit.ids import uuid7

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_N_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Model(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    # Server-side values (timestamps) come back with RETURNING, never by a lazy load later.
    __mapper_args__ = {"eager_defaults": True}  # noqa: RUF012 - SQLAlchemy reads it per class
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        datetime: DateTime(timezone=True),
        dict[str, Any]: JSONB,
        dict[str, Any] | None: JSONB,
        list[dict[str, Any]]: JSONB,
        list[Any]: JSONB,
    }


class IDMixin:
    id: Mapped[UUID] = mapped_column(primary_key=True, default=uuid7, sort_order=-20)


class TimestampMixin:
    created_at: Mapped[datetime] = mapped_column(server_default=func.now(), sort_order=100)
    updated_at: Mapped[datetime] = mapped_column(
        server_default=func.now(), onupdate=func.now(), sort_order=101
    )


class TenantMixin:
    """Rows owned by one tenant. Row-level security keys on tenant_id (see migrations/tenancy.py).
    tenant_id leads the primary key, (tenant_id, id) or (tenant_id, <a link's columns>): other
    tenant tables point here with a composite foreign key, so a row can never reference another
    tenant's row, and every key is one a database distributed by tenant_id could enforce
    (docs/scaling.md, tests/database/test_distribution_keys.py).

    The ORM's identity is that key too, so every UPDATE and DELETE it writes names the tenant:
    the index finds the row even where a second RLS policy (a lookup before the tenant is known,
    the dispatcher's) ORs the tenant condition away, and a distributed database could route it."""

    tenant_constraints: ClassVar[tuple[Any, ...]] = ()

    tenant_id: Mapped[UUID] = mapped_column(
        ForeignKey("tenants.id", ondelete="RESTRICT"), primary_key=True, sort_order=-10
    )

    @declared_attr.directive
    def __table_args__(cls) -> tuple[Any, ...]:
        # Without it the key would follow column order, and id comes first.
        key = (PrimaryKeyConstraint("tenant_id", "id"),) if hasattr(cls, "id") else ()
        return (*key, *cls.tenant_constraints)


def tenant_foreign_key(
    column: str, target_table: str, *, ondelete: str = "RESTRICT"
) -> ForeignKeyConstraint:
    """A foreign key that carries tenant_id, so it can only point inside the same tenant."""
    return ForeignKeyConstraint(
        ["tenant_id", column],
        [f"{target_table}.tenant_id", f"{target_table}.id"],
        ondelete=ondelete,
    )


def str_enum(enum: type[StrEnum], name: str, length: int = 16) -> Enum:
    """A StrEnum stored as its values in a checked VARCHAR: adding a member needs no type change."""
    return Enum(
        enum,
        native_enum=False,
        length=length,
        create_constraint=True,
        name=name,
        values_callable=lambda members: [member.value for member in members],
    )
