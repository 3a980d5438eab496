from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Any
from uuid import UUID

from sqlalchemy import (
    CheckConstraint,
    ForeignKey,
    Index,
    LargeBinary,
    SmallInteger,
    String,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from api.models.base import (
    IDMixin,
    Model,
    TenantMixin,
    TimestampMixin,
    str_enum,
    tenant_foreign_key,
)
from api.models.business import Business
from api.models.ccus_status import CcusStatusMixin
from api.models.master import Occupation


class BloodType(StrEnum):
    a = "A"
    b = "B"
    o = "O"
    ab = "AB"


class RhFactor(StrEnum):
    positive = "+"
    negative = "-"


class Sex(StrEnum):
    male = "male"
    female = "female"
    unspecified = "unspecified"


class WorkerPermission(StrEnum):
    """権限 in the seed's product: whether the worker administers their company's data."""

    manager = "manager"
    member = "member"


class Worker(IDMixin, TenantMixin, TimestampMixin, CcusStatusMixin, Model):
    """技能者: always registered under one business. Retiring frees the phone numbers and the
    CCUS ID for a new registration; the record and its history stay."""

    __tablename__ = "workers"
    tenant_constraints = (
        UniqueConstraint("tenant_id", "code"),
        tenant_foreign_key("business_id", "businesses"),
        Index(
            "uq_workers_active_ccus_worker_id",
            "tenant_id",
            "ccus_worker_id",
            unique=True,
            postgresql_where=text("ccus_worker_id IS NOT NULL AND retired_on IS NULL"),
        ),
        Index(None, "tenant_id", "business_id"),
        Index(None, "tenant_id", "family_kana", "given_kana"),
        CheckConstraint(
            "blood_pressure_high IS NULL OR blood_pressure_high BETWEEN 40 AND 300",
            name="blood_pressure_high",
        ),
        CheckConstraint(
            "blood_pressure_low IS NULL OR blood_pressure_low BETWEEN 20 AND 200",
            name="blood_pressure_low",
        ),
    )

    business_id: Mapped[UUID]
    code: Mapped[str] = mapped_column(String(32))
    family_name: Mapped[str] = mapped_column(String(50))
    given_name: Mapped[str] = mapped_column(String(50))
    family_kana: Mapped[str] = mapped_column(String(100))
    given_kana: Mapped[str] = mapped_column(String(100))
    alias_family: Mapped[str | None] = mapped_column(String(50))
    alias_given: Mapped[str | None] = mapped_column(String(50))
    email: Mapped[str | None] = mapped_column(String(254))
    birth_date: Mapped[date]
    blood_type: Mapped[BloodType | None] = mapped_column(str_enum(BloodType, "blood_type"))
    rh: Mapped[RhFactor | None] = mapped_column(str_enum(RhFactor, "rh_factor"))
    kentaikyo_member_number: Mapped[str | None] = mapped_column(String(20))
    ccus_worker_id: Mapped[str | None] = mapped_column(String(14))
    verification_number_encrypted: Mapped[bytes | None] = mapped_column(LargeBinary)
    employment_type_code: Mapped[str] = mapped_column(ForeignKey("employment_types.code"))
    primary_occupation_id: Mapped[UUID] = mapped_column(ForeignKey("occupations.id"))
    position_code: Mapped[str | None] = mapped_column(ForeignKey("positions.code"))
    permission: Mapped[WorkerPermission | None] = mapped_column(
        str_enum(WorkerPermission, "worker_permission")
    )
    qualifications: Mapped[list[dict[str, Any]]] = mapped_column(default=list)
    sex: Mapped[Sex | None] = mapped_column(str_enum(Sex, "sex"))
    health_check_on: Mapped[date | None]
    blood_pressure_high: Mapped[int | None] = mapped_column(SmallInteger)
    blood_pressure_low: Mapped[int | None] = mapped_column(SmallInteger)
    postal_code: Mapped[str | None] = mapped_column(String(7))
    prefecture_code: Mapped[str | None] = mapped_column(ForeignKey("prefectures.code"))
    address: Mapped[str | None] = mapped_column(String(200))
    hired_on: Mapped[date | None]
    retired_on: Mapped[date | None]

    business: Mapped[Business] = relationship(lazy="raise", viewonly=True)
    primary_occupation: Mapped[Occupation] = relationship(lazy="raise", viewonly=True)
    phones: Mapped[list[WorkerPhone]] = relationship(
        lazy="raise",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="WorkerPhone.position",
    )
    occupation_links: Mapped[list[WorkerOccupation]] = relationship(
        lazy="raise", cascade="all, delete-orphan", passive_deletes=True
    )

    @property
    def is_retired(self) -> bool:
        return self.retired_on is not None

    @property
    def phone_numbers(self) -> list[str]:
        return [phone.number for phone in sorted(self.phones, key=lambda phone: phone.position)]

    @property
    def occupation_ids(self) -> list[UUID]:
        return [link.occupation_id for link in self.occupation_links]


class WorkerPhone(TenantMixin, Model):
    """Up to three mobile numbers. `active` mirrors "the worker is not retired" so a partial
    unique index can free a retired worker's numbers."""

    __tablename__ = "worker_phones"
    tenant_constraints = (
        tenant_foreign_key("worker_id", "workers", ondelete="CASCADE"),
        Index(
            "uq_worker_phones_active_number",
            "tenant_id",
            "number",
            unique=True,
            postgresql_where=text("active"),
        ),
        CheckConstraint("position BETWEEN 1 AND 3", name="position"),
    )

    worker_id: Mapped[UUID] = mapped_column(primary_key=True)
    position: Mapped[int] = mapped_column(SmallInteger, primary_key=True)
    number: Mapped[str] = mapped_column(String(11))
    active: Mapped[bool] = mapped_column(default=True)


class WorkerOccupation(TenantMixin, Model):
    """Further 職種 a worker has besides the 代表職種."""

    __tablename__ = "worker_occupations"
    tenant_constraints = (tenant_foreign_key("worker_id", "workers", ondelete="CASCADE"),)

    worker_id: Mapped[UUID] = mapped_column(primary_key=True)
    occupation_id: Mapped[UUID] = mapped_column(ForeignKey("occupations.id"), primary_key=True)
