"""Refuse a spreadsheet by its size before its rows are materialised.

A few hundred kilobytes of .xlsx can unpack into millions of rows, or declare two cells far
apart that the reader turns into one dense grid: the worker's memory would follow. So the zip
is inspected first: the unpacked size of its entries, the `<dimension>` a sheet declares, and
then every sheet's XML streamed in chunks, counting rows and the widest column as they come,
stopping at the first limit passed. Only a file inside every limit is handed to the reader."""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from operator import itemgetter
from typing import IO

from api.config import Settings

_CHUNK = 1 << 20
_TAG = re.compile(rb"<(?:\w+:)?(row|c)(?=[\s/>])([^>]*)>")
# The fast path: unprefixed tags, every cell opening with its reference (as Excel writes).
_ROW = re.compile(rb"<row(?=[\s/>])([^>]*)>")
_CELL_REF = re.compile(rb'<c r="([A-Z]+)(\d+)"')
_CELL_OPENINGS = (b"<c ", b"<c>", b"<c/", b"<c\n", b"<c\r", b"<c\t")
_PREFIXED = (b":c", b":row")
# Any `r` attribute, however quoted; a value that is not a plain place refuses the file, so
# nothing the reader would place differently slips past the count.
_REF = re.compile(rb"""\sr\s*=\s*(["'])(.*?)\1""")
_PLACE = re.compile(rb"([A-Z]{0,3})([0-9]{0,7})")
_DIMENSION = re.compile(rb"""<(?:\w+:)?dimension\s+ref=["'][A-Z]*\d*:?([A-Z]*)(\d*)["']""")


class SheetTooLarge(Exception):
    def __init__(self, code: str, detail: str) -> None:
        super().__init__(detail)
        self.code = code
        self.detail = detail


@dataclass(frozen=True)
class SheetLimits:
    max_rows: int
    max_columns: int
    max_unpacked_bytes: int

    @classmethod
    def from_settings(cls, settings: Settings) -> SheetLimits:
        return cls(
            max_rows=settings.import_max_rows,
            max_columns=settings.import_max_columns,
            max_unpacked_bytes=settings.import_max_unpacked_bytes,
        )

    @property
    def last_row(self) -> int:
        return self.max_rows + 1  # the header row comes on top of the data rows

    def too_many_rows(self, rows: int) -> SheetTooLarge:
        return SheetTooLarge(
            "import.too_many_rows",
            f"The sheet reaches row {rows:,}; split it into files of at most "
            f"{self.max_rows:,} rows.",
        )

    def too_many_columns(self, columns: int) -> SheetTooLarge:
        return SheetTooLarge(
            "import.too_many_columns",
            f"The sheet reaches column {columns:,}; the template has far fewer than "
            f"{self.max_columns:,}. Remove the extra columns.",
        )


def column_number(letters: bytes) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + letter - 64
    return number


def check_xlsx(content: bytes, limits: SheetLimits) -> None:
    """Raises SheetTooLarge, or zipfile.BadZipFile for a broken archive."""
    archive = zipfile.ZipFile(io.BytesIO(content))
    entries = archive.infolist()
    unpacked = sum(entry.file_size for entry in entries)
    if unpacked > limits.max_unpacked_bytes:
        raise SheetTooLarge(
            "import.unpacked_too_large",
            f"The workbook unpacks to {unpacked:,} bytes; at most "
            f"{limits.max_unpacked_bytes:,} are accepted.",
        )
    for entry in entries:
        if entry.filename.lower().endswith(".xml"):
            with archive.open(entry) as stream:
                _check_sheet_xml(stream, limits)


class _SheetScan:
    """Where the stream is: the row and the column of the last cell seen."""

    def __init__(self, limits: SheetLimits) -> None:
        self.limits = limits
        self.row = self.column = 0
        self.names: dict[bytes, int] = {}

    def number(self, letters: bytes) -> int:
        return self.names.get(letters) or self.names.setdefault(letters, column_number(letters))

    def fast(self, data: bytes) -> bool:
        """Every cell names its place (as Excel writes them): rows one by one, cells in bulk."""
        if any(prefixed in data for prefixed in _PREFIXED):
            return False
        refs = _CELL_REF.findall(data)
        if len(refs) != sum(data.count(opening) for opening in _CELL_OPENINGS):
            return False
        for match in _ROW.finditer(data):
            self.enter_row(_place(match.group(1)))
        if refs:
            widest = max(map(self.number, set(map(itemgetter(0), refs))))
            if widest > self.limits.max_columns:
                raise self.limits.too_many_columns(widest)
            deepest = max(map(int, map(itemgetter(1), refs)))
            if deepest > self.limits.last_row:
                raise self.limits.too_many_rows(deepest)
            self.column = self.number(refs[-1][0])
        return True

    def exact(self, data: bytes) -> None:
        """Cells without a reference sit one after the other: follow them tag by tag."""
        for match in _TAG.finditer(data):
            letters, digits = _place(match.group(2))
            if match.group(1) == b"row":
                self.enter_row((letters, digits))
                continue
            if digits and int(digits) > self.limits.last_row:
                raise self.limits.too_many_rows(int(digits))
            self.column = self.number(letters) if letters else self.column + 1
            if self.column > self.limits.max_columns:
                raise self.limits.too_many_columns(self.column)

    def enter_row(self, place: tuple[bytes, bytes]) -> None:
        self.row = int(place[1]) if place[1] else self.row + 1
        self.column = 0
        if self.row > self.limits.last_row:
            raise self.limits.too_many_rows(self.row)


def _place(attributes: bytes) -> tuple[bytes, bytes]:
    """The column letters and row digits of a tag's `r` (empty when it has none)."""
    ref = _REF.search(attributes)
    if ref is None:
        return b"", b""
    place = _PLACE.fullmatch(ref.group(2))
    if place is None:
        raise SheetTooLarge("import.unreadable_file", "A cell or row has a malformed reference.")
    return place.group(1), place.group(2)


def _check_sheet_xml(stream: IO[bytes], limits: SheetLimits) -> None:
    scan = _SheetScan(limits)
    tail = b""
    first = True
    while chunk := stream.read(_CHUNK):
        data = tail + chunk
        if first:
            _check_dimension(data, limits)
            first = False
        cut = data.rfind(b"<")
        data, tail = (data[:cut], data[cut:]) if cut >= 0 else (data, b"")
        if not scan.fast(data):
            scan.exact(data)


def _check_dimension(head: bytes, limits: SheetLimits) -> None:
    """The declared extent, read from the sheet's first bytes: a bomb announcing itself is
    refused without streaming the rest."""
    declared = _DIMENSION.search(head)
    if declared is None:
        return
    letters, digits = declared.groups()
    if digits and int(digits) > limits.last_row:
        raise limits.too_many_rows(int(digits))
    if letters and column_number(letters) > limits.max_columns:
        raise limits.too_many_columns(column_number(letters))
