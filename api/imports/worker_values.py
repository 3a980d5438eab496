"""A worker row's sheet names (事業者コード, 雇用区分, 職種 …) resolved to the values the API takes."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from api.imports.names import PERMISSION_NAMES, RH_NAMES, SEX_NAMES, NameMaps, split_list
from api.imports.sheet_row import SheetRow
from api.kit.normalize import nfkc


def worker_values(row: SheetRow, values: dict[str, Any], names: NameMaps) -> dict[str, Any]:
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
    for label in split_list(values.pop("other_occupations")):
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
            "rh", nfkc(str(values["rh"])).upper(), RH_NAMES, "rh.unknown", "RH因子が不明です"
        )
    return values
