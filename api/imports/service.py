"""Accepting spreadsheets for import and reporting on them."""

from __future__ import annotations

from collections.abc import Sequence
from uuid import UUID

from sqlalchemy import Select
from sqlalchemy.ext.asyncio import AsyncSession

from api.auth.subject import AuthSubject
from api.config import Settings
from api.imports.errors import (
    ImportFileEmpty,
    ImportFileTooLarge,
    ImportFileUnsupported,
    ImportNotFound,
)
from api.imports.reader import looks_like_xlsx
from api.imports.repository import ImportJobRepository
from api.kit.crypto import FieldCipher, FieldContext
from api.kit.ids import uuid7
from api.kit.jobs import enqueue_after_commit
from api.kit.pagination import PageParams
from api.models.import_job import ImportJob, ImportKind, ImportMode

RUN_TASK = "imports.run"
_CSV_SUFFIXES = (".csv", ".txt")


def file_context(tenant_id: UUID, import_id: UUID) -> FieldContext:
    return FieldContext(
        table="import_jobs", column="content", tenant_id=tenant_id, row_id=import_id
    )


def _looks_like_csv(file_name: str, content: bytes) -> bool:
    # Old .xls files (OLE2) and other binaries carry NUL bytes; CSV text never does.
    return file_name.lower().endswith(_CSV_SUFFIXES) and b"\x00" not in content[:4096]


async def create_import(
    session: AsyncSession,
    subject: AuthSubject,
    settings: Settings,
    cipher: FieldCipher,
    *,
    kind: ImportKind,
    mode: ImportMode,
    file_name: str,
    content: bytes,
) -> ImportJob:
    if len(content) > settings.import_max_bytes:
        raise ImportFileTooLarge(
            f"The file has {len(content):,} bytes; at most {settings.import_max_bytes:,} are accepted."
        )
    if not content.removeprefix(b"\xef\xbb\xbf").strip():
        raise ImportFileEmpty("The file is empty; fill in the template and upload it again.")
    if not (looks_like_xlsx(content) or _looks_like_csv(file_name, content)):
        raise ImportFileUnsupported(
            "Upload the template as .xlsx (Excel 2007 or later) or as .csv in UTF-8 or Shift_JIS."
        )
    job_id = uuid7()
    job = ImportJob(
        id=job_id,
        tenant_id=subject.tenant_id,
        kind=kind,
        mode=mode,
        file_name=file_name[:255] or "upload",
        # Sheets carry 本人確認番号 in plain text: the file is kept encrypted until the job ends.
        content=cipher.encrypt_bytes(content, file_context(subject.tenant_id, job_id)),
        created_by_user_id=subject.user.id if subject.user else None,
    )
    await ImportJobRepository(session).add(job)
    enqueue_after_commit(session, RUN_TASK, subject.tenant_id, job.id)
    return job


def _visible(repository: ImportJobRepository, subject: AuthSubject) -> Select[ImportJob]:
    statement = repository.scoped(subject.tenant_id)
    if subject.branch_ids is not None:
        # Branch-limited staff see their own uploads: a file may name other branches' data.
        statement = statement.where(ImportJob.created_by_user_id == subject.actor_id)
    return statement


async def get_import(session: AsyncSession, subject: AuthSubject, import_id: UUID) -> ImportJob:
    repository = ImportJobRepository(session)
    job = await repository.get_one_or_none(
        _visible(repository, subject).where(ImportJob.id == import_id)
    )
    if job is None:
        raise ImportNotFound()
    return job


async def list_imports(
    session: AsyncSession, subject: AuthSubject, kind: ImportKind | None, page: PageParams
) -> tuple[Sequence[ImportJob], int]:
    repository = ImportJobRepository(session)
    statement = _visible(repository, subject)
    if kind is not None:
        statement = statement.where(ImportJob.kind == kind)
    statement = statement.order_by(ImportJob.created_at.desc(), ImportJob.id.desc())
    return await repository.paginate(statement, page)
