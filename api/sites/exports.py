"""現場一覧 as CSV: the list's columns, in UTF-8 with a BOM so Excel in Japanese opens it."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator, Mapping, Sequence
from datetime import date
from typing import Any
from uuid import UUID

from api.kit.cells import escape_cell
from api.models.ccus_status import CcusOperation, CcusStatus
from api.models.site import Site
from api.sites.export_repository import ExportRow

HEADERS = (
    "支店",
    "現場コード",
    "現場名",
    "住所",
    "開始日",
    "終了日",
    "CCUS現場ID",
    "CCUS連携",
    "顔認証設定",
    "建退共",
    "法定福利",
    "労災",
    "作業場所メモ",
    "表示設定",
    "担当者",
)
_OPERATIONS = {CcusOperation.update: "「更新」", CcusOperation.check: "「確認」"}
_RESULTS = {CcusStatus.synced: "成功", CcusStatus.failed: "失敗"}


def ccus_label(site: Site) -> str:
    """As the seed's 現場一覧 says it: 「更新」成功, 「確認」失敗; 送信待ち before any answer."""
    if site.ccus_status is CcusStatus.not_linked:
        return "未連携"
    if site.ccus_status is CcusStatus.pending:
        return "送信待ち"
    # Answers recorded before the operation was kept say only their result.
    operation = _OPERATIONS[site.ccus_operation] if site.ccus_operation else ""
    return operation + _RESULTS[site.ccus_status]


def _date(value: date | None) -> str:
    return value.strftime("%Y/%m/%d") if value else ""


def _usage(on: bool) -> str:
    return "利用" if on else "なし"


def site_cells(site: Site, branch: str, prefecture: str | None, staff: list[str]) -> list[Any]:
    address = "".join(part for part in (prefecture, site.city, site.address) if part)
    return [
        branch,
        site.code,
        site.name,
        address,
        _date(site.period_start),
        _date(site.period_end),
        site.ccus_site_id or "",
        ccus_label(site),
        "あり" if site.face_recognition else "なし",
        _usage(site.uses_kentaikyo),
        _usage(site.uses_legal_welfare),
        _usage(site.uses_workers_comp),
        "有効" if site.work_location_memo else "無効",
        "表示" if site.is_visible else "非表示",
        "、".join(staff),
    ]


def _csv_text(rows: Sequence[Sequence[Any]]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(
        [escape_cell(cell) for cell in row] for row in rows
    )
    return buffer.getvalue()


# Rows per chunk of the streamed response.
CHUNK = 200


def site_csv(rows: Sequence[ExportRow], staff: Mapping[UUID, list[str]]) -> Iterator[bytes]:
    """The header (after the BOM), then the rows a chunk at a time."""
    yield ("\ufeff" + _csv_text([HEADERS])).encode()
    for start in range(0, len(rows), CHUNK):
        chunk = rows[start : start + CHUNK]
        lines = [
            site_cells(site, branch, pref, staff.get(site.id, [])) for site, branch, pref in chunk
        ]
        yield _csv_text(lines).encode()
