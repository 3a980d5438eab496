"""Turn spreadsheet rows into checked registry input, with errors per row and column.

The same schemas and rules as the API apply; names the sheet uses (支店名, 都道府県, 職種名 …)
are resolved to ids and codes first, and duplicates inside the file are caught."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any
from uuid import UUID

from pydantic import BaseModel, ValidationError

from api.businesses.rules import BusinessLookups, check_business
from api.businesses.schemas import BusinessCreate
from api.config import Settings
from api.errors import FieldError
from api.imports.columns import BUSINESS_COLUMNS, WORKER_COLUMNS, Column
from api.imports.reader import cell_value
from api.kit.codes import random_code
from api.kit.normalize import nfkc
from api.models.master import Occupation
from api.workers.rules import WorkerLookups, check_worker
from api.workers.schemas import WorkerCreate

_LIST_SEPARATORS = re.compile(r"[、,，\n/／]+")
SEX_NAMES = {
    "男": "male",
    "男性": "male",
    "女": "female",
    "女性": "female",
    "未回答": "unspecified",
}
PERMISSION_NAMES = {"管理者": "manager", "一般": "member"}
_RH = {"+": "+", "-": "-", "RH+": "+", "RH-": "-", "プラス": "+", "マイナス": "-"}


@dataclass(frozen=True)
class RowError:
    row: int
    column: str | None
    code: str
    message: str

    def as_dict(self) -> dict[str, Any]:
        return {"row": self.row, "column": self.column, "code": self.code, "message": self.message}


@dataclass
class NameMaps:
    """Names and codes as people type them in a sheet, resolved to what the API stores."""

    branches: dict[str, UUID] = field(default_factory=dict)
    prefectures: dict[str, str] = field(default_factory=dict)
    employment_types: dict[str, str] = field(default_factory=dict)
    positions: dict[str, str] = field(default_factory=dict)
    occupations: dict[tuple[str, str], UUID] = field(default_factory=dict)
    businesses: dict[str, UUID] = field(default_factory=dict)


def occupation_names(occupations: Mapping[UUID, Occupation]) -> dict[tuple[str, str], UUID]:
    names: dict[tuple[str, str], UUID] = {}
    for occupation in sorted(
        occupations.values(),
        key=lambda row: (row.tenant_id is not None, row.major_code, row.minor_code),
    ):
        names.setdefault((nfkc(occupation.major_name), nfkc(occupation.minor_name)), occupation.id)
    return names


def _split(value: Any) -> list[str]:
    return (
        [part.strip() for part in _LIST_SEPARATORS.split(str(value)) if part.strip()]
        if value
        else []
    )


def _headers(columns: Sequence[Column]) -> dict[str, str]:
    return {column.field: column.header for column in columns}


class _Row:
    def __init__(self, number: int, columns: Sequence[Column]) -> None:
        self.number = number
        self.errors: list[RowError] = []
        self._headers = _headers(columns)

    def header(self, field_name: str | None) -> str | None:
        return self._headers.get(field_name or "", field_name)

    def error(self, field_name: str | None, code: str, message: str) -> None:
        self.errors.append(RowError(self.number, self.header(field_name), code, message))

    def resolve(
        self, field_name: str, value: Any, table: Mapping[str, Any], code: str, message: str
    ) -> Any:
        if value is None:
            return None
        resolved = table.get(nfkc(str(value)))
        if resolved is None:
            self.error(field_name, code, message)
        return resolved


def _column_field(loc: Sequence[str | int], field_map: Mapping[str, str]) -> str | None:
    name = str(loc[0]) if loc else None
    if name == "phones" and len(loc) > 1:
        return f"phone{int(loc[1]) + 1}"
    return field_map.get(name or "", name)


def _field_errors(row: _Row, errors: Sequence[FieldError], field_map: Mapping[str, str]) -> None:
    for error in errors:
        row.error(_column_field(error.loc, field_map), error.code, error.message)


def _validate(
    row: _Row, model: type[BaseModel], data: dict[str, Any], field_map: Mapping[str, str]
) -> dict[str, Any] | None:
    """Validate with the API's schema. A column already reported (a name that did not resolve)
    is not reported a second time as a type error."""
    already = {error.column for error in row.errors}
    try:
        # A blank cell is a missing value: required columns then report `missing`.
        return model.model_validate({k: v for k, v in data.items() if v is not None}).model_dump()
    except ValidationError as error:
        for detail in error.errors(include_input=False, include_url=False):
            column_field = _column_field(detail["loc"], field_map)
            if row.header(column_field) not in already:
                row.error(column_field, str(detail["type"]), str(detail["msg"]))
        return None


@dataclass
class CheckedRows:
    """Rows that passed every check (with their row number) and the errors of the others."""

    states: list[tuple[int, dict[str, Any]]] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)

    def keep(self, row: _Row, state: dict[str, Any] | None) -> bool:
        if row.errors or state is None:
            self.errors.extend(row.errors)
            return False
        self.states.append((row.number, state))
        return True


def _cells(headers: list[str], raw: list[Any], columns: Sequence[Column]) -> dict[str, Any]:
    positions = {header: index for index, header in enumerate(headers)}
    values: dict[str, Any] = {}
    for column in columns:
        index = positions.get(column.header)
        values[column.field] = (
            cell_value(raw[index], column) if index is not None and index < len(raw) else None
        )
    return values


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
        row = _Row(offset + 2, BUSINESS_COLUMNS)
        values = _cells(self.headers, raw, BUSINESS_COLUMNS)
        branch_ids = [
            row.resolve(
                "branches",
                name,
                self.names.branches,
                "branch.not_found",
                f"支店「{name}」がありません",
            )
            for name in _split(values.pop("branches"))
        ]
        values["branch_ids"] = [branch_id for branch_id in branch_ids if branch_id]
        values["prefecture_code"] = row.resolve(
            "prefecture",
            values.pop("prefecture"),
            self.names.prefectures,
            "prefecture.unknown",
            "都道府県が不明です",
        )
        state = _validate(row, BusinessCreate, values, _BUSINESS_FIELDS)
        if state is not None and not row.errors:
            state["code"] = state["code"] or _fresh_code(
                "B", self.lookups.taken_codes | self._codes
            )
            errors = check_business(state, self.lookups, self.settings, loc=())
            _field_errors(row, errors, _BUSINESS_FIELDS)
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


_WORKER_FIELDS = {
    "business_id": "business_code",
    "employment_type_code": "employment_type",
    "position_code": "position",
    "prefecture_code": "prefecture",
    "primary_occupation_id": "occupation_minor",
    "occupation_ids": "other_occupations",
    "phones": "phone1",
}


def _worker_values(row: _Row, values: dict[str, Any], names: NameMaps) -> dict[str, Any]:
    values["business_id"] = row.resolve(
        "business_code",
        values.pop("business_code"),
        names.businesses,
        "business.not_found",
        "事業者コードがありません",
    )
    values["phones"] = [
        phone for phone in (values.pop(f"phone{index}") for index in (1, 2, 3)) if phone
    ]
    values["employment_type_code"] = row.resolve(
        "employment_type",
        values.pop("employment_type"),
        names.employment_types,
        "master.unknown_code",
        "雇用区分が不明です",
    )
    values["position_code"] = row.resolve(
        "position", values.pop("position"), names.positions, "master.unknown_code", "立場が不明です"
    )
    values["prefecture_code"] = row.resolve(
        "prefecture",
        values.pop("prefecture"),
        names.prefectures,
        "prefecture.unknown",
        "都道府県が不明です",
    )
    major, minor = values.pop("occupation_major"), values.pop("occupation_minor")
    values["primary_occupation_id"] = None
    if major and minor:
        values["primary_occupation_id"] = names.occupations.get(
            (nfkc(str(major)), nfkc(str(minor)))
        )
        if values["primary_occupation_id"] is None:
            row.error(
                "occupation_minor", "occupation.not_found", f"職種「{major}：{minor}」がありません"
            )
    others: list[UUID] = []
    for label in _split(values.pop("other_occupations")):
        major_name, _, minor_name = nfkc(label).partition(":")
        occupation_id = names.occupations.get((major_name.strip(), minor_name.strip()))
        if occupation_id is None:
            row.error("other_occupations", "occupation.not_found", f"職種「{label}」がありません")
        else:
            others.append(occupation_id)
    values["occupation_ids"] = others
    for key, table in (("sex", SEX_NAMES), ("permission", PERMISSION_NAMES)):
        if values[key] is not None:
            values[key] = row.resolve(key, values[key], table, f"{key}.unknown", "値が不明です")
    if values["blood_type"] is not None:
        values["blood_type"] = nfkc(str(values["blood_type"])).upper().removesuffix("型")
    if values["rh"] is not None:
        values["rh"] = row.resolve(
            "rh", nfkc(str(values["rh"])).upper(), _RH, "rh.unknown", "RH因子が不明です"
        )
    return values


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
        row = _Row(offset + 2, WORKER_COLUMNS)
        values = _worker_values(row, _cells(self.headers, raw, WORKER_COLUMNS), self.names)
        state = _validate(row, WorkerCreate, values, _WORKER_FIELDS)
        if state is not None and not row.errors:
            state["code"] = state["code"] or _fresh_code(
                "W", self.lookups.taken_codes | self._codes
            )
            _field_errors(
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


def _fresh_code(prefix: str, taken: set[str]) -> str:
    while (code := random_code(prefix)) in taken:
        continue
    return code


def missing_headers(headers: list[str], columns: Sequence[Column]) -> list[str]:
    present = set(headers)
    return [column.header for column in columns if column.required and column.header not in present]
