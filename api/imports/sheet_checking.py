"""Reading an import's sheet and checking every row, with progress as it goes."""

from __future__ import annotations

import asyncio

from sqlalchemy.ext.asyncio import AsyncSession

from api.auth.subject import AuthSubject
from api.imports.business_rows import BusinessRowChecker
from api.imports.columns import COLUMNS
from api.imports.lookups import business_lookups, name_maps, worker_lookups
from api.imports.reader import Sheet, UnreadableFile, read_sheet
from api.imports.row_cells import missing_headers
from api.imports.run_state import ImportFailed, ImportRun, progress
from api.imports.sheet_limits import SheetLimits
from api.imports.sheet_row import CheckedRows
from api.imports.worker_rows import WorkerRowChecker
from api.models.import_job import ImportKind

PROGRESS_EVERY = 500


def read_import_sheet(run: ImportRun, content: bytes, kind: ImportKind) -> Sheet:
    try:
        sheet = read_sheet(content, SheetLimits.from_settings(run.settings))
    except UnreadableFile as error:
        raise ImportFailed(error.code, error.detail) from error
    if missing := missing_headers(sheet.headers, COLUMNS[kind]):
        raise ImportFailed(
            "import.missing_columns",
            "Required columns are missing: " + ", ".join(missing) + ". Start from the template.",
        )
    if not sheet.rows:
        raise ImportFailed("import.no_rows", "The file has a header row but no data rows.")
    if len(sheet.rows) > run.settings.import_max_rows:
        raise ImportFailed(
            "import.too_many_rows",
            f"The file has {len(sheet.rows):,} rows; split it into files of at most "
            f"{run.settings.import_max_rows:,}.",
        )
    return sheet


async def check_rows(
    run: ImportRun, session: AsyncSession, subject: AuthSubject, kind: ImportKind, sheet: Sheet
) -> CheckedRows:
    names = await name_maps(session, subject)
    checker: BusinessRowChecker | WorkerRowChecker
    if kind is ImportKind.businesses:
        checker = BusinessRowChecker(
            sheet.headers, names, await business_lookups(session, subject), run.settings
        )
    else:
        checker = WorkerRowChecker(
            sheet.headers, names, await worker_lookups(session, subject, names), run.settings
        )
    for offset, raw in enumerate(sheet.rows):
        checker.check(offset, raw)
        if (offset + 1) % PROGRESS_EVERY == 0:
            await progress(run, rows_done=offset + 1)
            await asyncio.sleep(0)
    await progress(run, rows_done=len(sheet.rows))
    return checker.result
