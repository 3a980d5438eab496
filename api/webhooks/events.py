"""The event types a partner can subscribe to, and what each event's `data` holds."""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from uuid import UUID

from pydantic import Field

from api.kit.schemas import Schema


class EventType(StrEnum):
    work_day_created = "work_day.created"
    work_day_changed = "work_day.changed"
    work_day_deleted = "work_day.deleted"
    ccus_record_accepted = "ccus_record.accepted"
    ccus_record_rejected = "ccus_record.rejected"
    id_check_failed = "id_check.failed"
    import_finished = "import.finished"
    structure_changed = "structure.changed"
    # Sent only by 「テスト送信」, to the one endpoint it was asked for.
    webhook_test = "webhook.test"


SUBSCRIBABLE = frozenset(EventType) - {EventType.webhook_test}


class WorkDayData(Schema):
    """Read the day itself (`GET /api/v1/attendance/{work_day_id}`) for its times."""

    work_day_id: UUID
    site_id: UUID
    worker_id: UUID
    work_date: date


class CcusRecordData(Schema):
    kind: str = Field(description="site, business, worker, structure or work_day")
    entity_id: UUID
    error_code: str | None = Field(description="CCUS's code when it refused the record.")


class IdCheckData(Schema):
    kind: str = Field(description="site, business or worker")
    entity_id: UUID
    error_code: str | None


class ImportData(Schema):
    import_id: UUID
    status: str = Field(description="succeeded or failed")
    rows_imported: int


class StructureData(Schema):
    site_id: UUID


class TestData(Schema):
    endpoint_id: UUID


DATA_SCHEMAS: dict[EventType, type[Schema]] = {
    EventType.work_day_created: WorkDayData,
    EventType.work_day_changed: WorkDayData,
    EventType.work_day_deleted: WorkDayData,
    EventType.ccus_record_accepted: CcusRecordData,
    EventType.ccus_record_rejected: CcusRecordData,
    EventType.id_check_failed: IdCheckData,
    EventType.import_finished: ImportData,
    EventType.structure_changed: StructureData,
    EventType.webhook_test: TestData,
}
