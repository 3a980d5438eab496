"""Worker rows (作業員) of an import, checked one at a time against the file's earlier rows."""

from __future__ import annotations

from typing import Any

from api.config import Settings
from api.imports.columns import WORKER_COLUMNS
from api.imports.names import NameMaps
from api.imports.row_cells import cells, fresh_code
from api.imports.row_validation import field_errors, validate
from api.imports.sheet_row import CheckedRows, SheetRow
from api.imports.worker_values import worker_values
from api.workers.rules import WorkerLookups, check_worker
from api.workers.schemas import WorkerCreate

_WORKER_FIELDS = {
    "business_id": "business_code",
    "employment_type_code": "employment_type",
    "position_code": "position",
    "prefecture_code": "prefecture",
    "primary_occupation_id": "occupation_minor",
    "occupation_ids": "other_occupations",
    "phones": "phone1",
}


class WorkerRowChecker:
    """Checks worker rows one at a time, remembering what earlier rows of the file took."""

    def __init__(
        self, headers: list[str], names: NameMaps, lookups: WorkerLookups, settings: Settings
    ) -> None:
        self.headers, self.names, self.lookups, self.settings = headers, names, lookups, settings
        self.result = CheckedRows()
        self._codes: set[str] = set()
        self._phones: set[str] = set()
        self._ccus_ids: set[str] = set()

    def check(self, offset: int, raw: list[Any]) -> None:
        row = SheetRow(offset + 2, WORKER_COLUMNS)
        values = worker_values(row, cells(self.headers, raw, WORKER_COLUMNS), self.names)
        state = validate(row, WorkerCreate, values, _WORKER_FIELDS)
        if state is not None and not row.errors:
            state["code"] = state["code"] or fresh_code("W", self.lookups.taken_codes | self._codes)
            field_errors(
                row, check_worker(state, self.lookups, self.settings, loc=()), _WORKER_FIELDS
            )
            active = state["retired_on"] is None
            if state["code"] in self._codes:
                row.error("code", "import.duplicate_in_file", "ファイル内で重複しています")
            if active and any(phone in self._phones for phone in state["phones"]):
                row.error("phone1", "import.duplicate_in_file", "ファイル内で重複しています")
            if active and state["ccus_worker_id"] and state["ccus_worker_id"] in self._ccus_ids:
                row.error(
                    "ccus_worker_id", "import.duplicate_in_file", "ファイル内で重複しています"
                )
        if self.result.keep(row, state):
            assert state is not None
            self._codes.add(state["code"])
            if state["retired_on"] is None:
                self._phones.update(state["phones"])
                if state["ccus_worker_id"]:
                    self._ccus_ids.add(state["ccus_worker_id"])
