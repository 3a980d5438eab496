from __future__ import annotations

from pydantic import Field, computed_field

from api.kit.schemas import Instant, Schema, TimestampedSchema
from api.models.import_job import ImportKind, ImportMode, ImportStatus


class ImportRowError(Schema):
    row: int = Field(description="Row number in the sheet, counting the header as row 1.")
    column: str | None = Field(description="The column header, as in the template.")
    code: str = Field(description="Stable machine code, e.g. `phone.invalid`.")
    message: str


class ImportJob(TimestampedSchema):
    kind: ImportKind
    mode: ImportMode
    status: ImportStatus
    file_name: str
    rows_total: int = Field(description="Data rows in the file (known once it was read).")
    rows_done: int = Field(description="Rows checked so far.")
    rows_imported: int = Field(description="Rows written; 0 until the job succeeded.")
    error_code: str | None = Field(
        description="Why the whole import failed, e.g. `import.rows_invalid`."
    )
    error_detail: str | None
    row_errors: list[ImportRowError]
    started_at: Instant | None
    finished_at: Instant | None

    @computed_field  # type: ignore[prop-decorator]
    @property
    def progress(self) -> float:
        """0.0 to 1.0, for a progress bar."""
        if self.status is ImportStatus.succeeded or self.status is ImportStatus.failed:
            return 1.0
        return round(self.rows_done / self.rows_total, 3) if self.rows_total else 0.0
