"""Names and codes as people type them in a sheet (支店名, 都道府県, 職種名, 性別 …), and the
maps that resolve them to what the API stores."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from uuid import UUID

from api.kit.normalize import nfkc
from api.models.master import Occupation

_LIST_SEPARATORS = re.compile(r"[、,，\n/／]+")
SEX_NAMES = {
    "男": "male",
    "男性": "male",
    "女": "female",
    "女性": "female",
    "未回答": "unspecified",
}
PERMISSION_NAMES = {"管理者": "manager", "一般": "member"}
RH_NAMES = {"+": "+", "-": "-", "RH+": "+", "RH-": "-", "プラス": "+", "マイナス": "-"}


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


def split_list(value: Any) -> list[str]:
    return (
        [part.strip() for part in _LIST_SEPARATORS.split(str(value)) if part.strip()]
        if value
        else []
    )
