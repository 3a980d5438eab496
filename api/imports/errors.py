from __future__ import annotations

from api.errors import NotFound, PayloadTooLarge, ValidationFailed


class ImportNotFound(NotFound):
    code = "import.not_found"
    title = "Import not found"


class ImportFileTooLarge(PayloadTooLarge):
    code = "import.file_too_large"
    title = "The file is larger than an import accepts"


class ImportFileUnsupported(ValidationFailed):
    code = "import.unsupported_file"
    title = "The file is neither an Excel workbook (.xlsx) nor a CSV"
    loc = ("body", "file")


class ImportFileUnreadable(ValidationFailed):
    code = "import.unreadable_file"
    title = "The file cannot be read as a spreadsheet of the expected columns"
    loc = ("body", "file")


class ImportFileEmpty(ValidationFailed):
    code = "import.empty_file"
    title = "The file is empty"
    loc = ("body", "file")
