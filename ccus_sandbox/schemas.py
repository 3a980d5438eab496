"""genba's CCUS wire format. IDs are CCUS's 14-digit IDs; dates are ISO 8601."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import BaseModel, Field

CcusId = Annotated[str, Field(pattern=r"^[0-9]{14}$")]
Key = Annotated[
    str, Field(min_length=1, max_length=100, description="Idempotency key, unique per record.")
]


class EntityKind(StrEnum):
    site = "site"
    business = "business"
    worker = "worker"


class EntityCollection(StrEnum):
    """The plural in `/v1/{collection}/{id}`."""

    sites = "sites"
    businesses = "businesses"
    workers = "workers"

    @property
    def kind(self) -> EntityKind:
        return {
            EntityCollection.sites: EntityKind.site,
            EntityCollection.businesses: EntityKind.business,
            EntityCollection.workers: EntityKind.worker,
        }[self]


class Problem(BaseModel):
    code: str
    message: str


class SiteData(BaseModel):
    name: Annotated[str, Field(max_length=200)]
    period_start: date | None = None
    period_end: date | None = None
    address: Annotated[str | None, Field(max_length=300)] = None


class SiteRegistration(BaseModel):
    key: Key
    data: SiteData


class SiteRegistered(BaseModel):
    """A site registered through the API: CCUS assigns its 現場ID and sets 標準APIの利用."""

    id: CcusId
    standard_api: bool


class MadeInCcus(SiteData):
    """A site registered on CCUS's own screens (610_現場・契約 > 10_新規(個別登録))."""

    standard_api: bool = Field(default=False, description="☑標準APIの利用; unticked by default.")


class StandardApiSetting(BaseModel):
    """610_現場・契約 > 30_内容変更: ☑標準APIの利用 ticked or not."""

    enabled: bool


class BusinessData(BaseModel):
    name: Annotated[str, Field(max_length=200)]
    name_kana: Annotated[str | None, Field(max_length=200)] = None
    address: Annotated[str | None, Field(max_length=300)] = None


class WorkerData(BaseModel):
    name: Annotated[str, Field(max_length=100)]
    name_kana: Annotated[str | None, Field(max_length=100)] = None
    birth_date: date | None = None
    occupation_codes: list[str] = Field(default_factory=list, max_length=4)


class EntityUpdate(BaseModel):
    key: Key
    data: dict[str, Any] = Field(description="SiteData, BusinessData or WorkerData by kind.")


class EntityResult(BaseModel):
    kind: EntityKind
    id: CcusId
    status: Literal["ok", "error"]
    code: str | None = None
    message: str | None = None


class Entity(BaseModel):
    kind: EntityKind
    id: CcusId
    data: dict[str, Any]
    updated_at: datetime


class StructureDifference(BaseModel):
    key: Key
    action: Literal["upsert_business", "remove_business", "upsert_worker", "remove_worker"]
    business_id: CcusId | None = Field(
        default=None, description="Required by CCUS: missing → `DATK0402E` for this difference."
    )
    tier: Annotated[int | None, Field(ge=1, le=5)] = None
    upper_business_id: CcusId | None = None
    worker_id: CcusId | None = Field(
        default=None, description="Required by `*_worker` actions: missing → `DATK0408E`."
    )
    occupation_code: Annotated[str | None, Field(max_length=8)] = None
    position_code: Annotated[str | None, Field(max_length=4)] = None


class StructureRequest(BaseModel):
    differences: Annotated[list[StructureDifference], Field(min_length=1, max_length=1000)]


class WorkRecord(BaseModel):
    """The three IDs are required by CCUS, but a record without one is refused per record
    (`DATK0401E`, `DATK0402E`, `DATK0408E`), not the whole batch."""

    key: Key
    site_id: CcusId | None = None
    business_id: CcusId | None = None
    worker_id: CcusId | None = None
    work_date: date
    entry_at: datetime | None = None
    exit_at: datetime | None = None
    occupation_code: Annotated[str | None, Field(max_length=8)] = None
    position_code: Annotated[str | None, Field(max_length=4)] = None
    action: Literal["upsert", "delete"] = "upsert"


class WorkHistoryBatch(BaseModel):
    records: Annotated[list[WorkRecord], Field(min_length=1, max_length=1000)]


class SubmissionAccepted(BaseModel):
    submission_id: str
    accepted: int
    results_after_seconds: float


class RecordResult(BaseModel):
    """The answer for one record, naming whose it is (the seed's エラー対象者一覧): the IDs the
    record carried, for a structure difference as for a work day."""

    key: str
    status: Literal["ok", "error"]
    code: str | None = None
    message: str | None = None
    site_id: str | None = None
    business_id: str | None = None
    worker_id: str | None = None
    work_date: date | None = Field(default=None, description="Work days only.")


class Submission(BaseModel):
    submission_id: str
    status: Literal["processing", "done"]
    results: list[RecordResult] = Field(description="Empty while processing.")


class VerifyRequest(BaseModel):
    kind: EntityKind
    id: CcusId
    verification_number: Annotated[str | None, Field(max_length=8)] = None


class VerifyResult(BaseModel):
    kind: EntityKind
    id: str
    valid: bool
    code: str | None = None
    message: str | None = None


class RecordApplications(BaseModel):
    natural_key: str
    applied: int = Field(description="Times stored as new, whatever the key.")
    replayed: int = Field(description="Times a key seen before got its first answer again.")
    keys: list[str] = Field(description="The key of each application, in order.")
