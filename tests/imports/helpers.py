from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from typing import Any

from httpx import AsyncClient, Response
from python_calamine import CalamineWorkbook

from api.imports.columns import Column
from api.imports.workbook import write_workbook


def sheet(columns: Sequence[Column], rows: Sequence[Mapping[str, Any]]) -> bytes:
    """An .xlsx in the template's layout; rows name their cells by field."""
    return write_workbook("Sheet", columns, [[row.get(c.field) for c in columns] for row in rows])


def csv_text(columns: Sequence[Column], rows: Sequence[Mapping[str, Any]]) -> str:
    lines = [",".join(column.header for column in columns)]
    lines += [",".join(str(row.get(c.field) or "") for c in columns) for row in rows]
    return "\r\n".join(lines) + "\r\n"


def read_xlsx(content: bytes, sheet_index: int = 0) -> list[list[Any]]:
    workbook = CalamineWorkbook.from_filelike(io.BytesIO(content))
    return workbook.get_sheet_by_index(sheet_index).to_python()


def worker_row(business_code: str, **cells: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "business_code": business_code,
        "family_name": "川越",
        "given_name": "十郎",
        "family_kana": "かわごえ",
        "given_kana": "ｼﾞｭｳﾛｳ",
        "phone1": "090-5100-0010",
        "birth_date": "1990/01/20",
        "employment_type": "労働者",
        "occupation_major": "鉄筋工",
        "occupation_minor": "鉄筋圧接工",
        "position": "職長・安全衛生責任者",
    }
    row.update(cells)
    return row


def business_row(branch: str, **cells: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "branches": branch,
        "name": "(株)阿佐ヶ谷鉄筋工業",
        "name_kana": "アサガヤテッキンコウギョウ",
        "phone": "086-456-7891",
        "prefecture": "東京都",
        "address": "東久留米市上の原2-5-7",
        "representative_name": "阿佐ヶ谷 一郎",
    }
    row.update(cells)
    return row


async def upload(
    client: AsyncClient,
    headers: dict[str, str],
    kind: str,
    content: bytes,
    *,
    file_name: str = "upload.xlsx",
    mode: str | None = None,
) -> Response:
    data = {"kind": kind} | ({"mode": mode} if mode else {})
    return await client.post(
        "/api/v1/imports", data=data, files={"file": (file_name, content)}, headers=headers
    )
