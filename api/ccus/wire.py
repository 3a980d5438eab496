"""The CCUS wire format as the product sends and reads it (mirrors ccus_sandbox/schemas.py,
which may not import the product and vice versa: the two meet only on the wire)."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Any, Literal

from pydantic import BaseModel, Field


class EntityKind(StrEnum):
    site = "site"
    business = "business"
    worker = "worker"


class EntityResult(BaseModel):
    kind: EntityKind
    id: str
    status: Literal["ok", "error"]
    code: str | None = None
    message: str | None = None


class Entity(BaseModel):
    kind: EntityKind
    id: str
    data: dict[str, Any]
    updated_at: datetime


class SiteRegistered(BaseModel):
    """A site registered from the product: CCUS assigns its 現場ID and sets 標準APIの利用."""

    id: str
    standard_api: bool


class StructureDifference(BaseModel):
    key: str
    action: Literal["upsert_business", "remove_business", "upsert_worker", "remove_worker"]
    business_id: str
    tier: int | None = None
    upper_business_id: str | None = None
    worker_id: str | None = None
    occupation_code: str | None = None
    position_code: str | None = None


class WorkRecord(BaseModel):
    key: str
    site_id: str
    business_id: str
    worker_id: str
    work_date: date
    entry_at: datetime | None = None
    exit_at: datetime | None = None
    occupation_code: str | None = None
    position_code: str | None = None
    action: Literal["upsert", "delete"] = "upsert"


class SubmissionAccepted(BaseModel):
    submission_id: str
    accepted: int
    results_after_seconds: float = 0


class RecordResult(BaseModel):
    key: str
    status: Literal["ok", "error"]
    code: str | None = None
    message: str | None = None
    # Whose the record is, as CCUS names it (the IDs it carried).
    site_id: str | None = None
    business_id: str | None = None
    worker_id: str | None = None
    work_date: date | None = None


class Submission(BaseModel):
    submission_id: str
    status: Literal["processing", "done"]
    results: list[RecordResult] = Field(default_factory=list)


class VerifyResult(BaseModel):
    kind: EntityKind
    id: str
    valid: bool
    code: str | None = None
    message: str | None = None
