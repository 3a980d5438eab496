"""Business rows (事業者) of an import, checked one at a time against the file's earlier rows."""

from __future__ import annotations

from typing import Any

from api.businesses.rules import BusinessLookups, check_business
from api.businesses.schemas import BusinessCreate
from api.config import Settings
from api.imports.columns import BUSINESS_COLUMNS
from api.imports.names import NameMaps, split_list
from api.imports.row_cells import cells, fresh_code
from api.imports.row_validation import field_errors, validate
from api.imports.sheet_row import CheckedRows, SheetRow

_BUSINESS_FIELDS = {"branch_ids": "branches", "prefecture_code": "prefecture"}


class BusinessRowChecker:
    """Checks business rows one at a time, remembering what earlier rows of the file took."""

    def __init__(
        self, headers: list[str], names: NameMaps, lookups: BusinessLookups, settings: Settings
    ) -> None:
        self.headers, self.names, self.lookups, self.settings = headers, names, lookups, settings
        self.result = CheckedRows()
        self._codes: set[str] = set()
        self._ccus_ids: set[str] = set()

    def check(self, offset: int, raw: list[Any]) -> None:
        row = SheetRow(offset + 2, BUSINESS_COLUMNS)
        values = cells(self.headers, raw, BUSINESS_COLUMNS)
        branch_ids = [
            row.resolve(
                "branches",
                name,
                self.names.branches,
                "branch.not_found",
                f"支店「{name}」がありません",
            )
            for name in split_list(values.pop("branches"))
        ]
        values["branch_ids"] = [branch_id for branch_id in branch_ids if branch_id]
        values["prefecture_code"] = row.resolve(
            "prefecture",
            values.pop("prefecture"),
            self.names.prefectures,
            "prefecture.unknown",
            "都道府県が不明です",
        )
        state = validate(row, BusinessCreate, values, _BUSINESS_FIELDS)
        if state is not None and not row.errors:
            state["code"] = state["code"] or fresh_code("B", self.lookups.taken_codes | self._codes)
            errors = check_business(state, self.lookups, self.settings, loc=())
            field_errors(row, errors, _BUSINESS_FIELDS)
            if state["code"] in self._codes:
                row.error("code", "import.duplicate_in_file", "ファイル内で重複しています")
            if state["ccus_business_id"] and state["ccus_business_id"] in self._ccus_ids:
                row.error(
                    "ccus_business_id", "import.duplicate_in_file", "ファイル内で重複しています"
                )
        if self.result.keep(row, state):
            assert state is not None
            self._codes.add(state["code"])
            if state["ccus_business_id"]:
                self._ccus_ids.add(state["ccus_business_id"])
