"""What genba keeps of a CCUS code and its message is cut once, to the width every column that
holds them has: a wider answer (a proxy's error page, a long refusal) is stored, never a
failed write of the row that records the failure."""

from __future__ import annotations

from sqlalchemy import String

import api.models  # noqa: F401 - every table on the metadata
from api.ccus.gateway import CODE_LENGTH, MESSAGE_LENGTH, CcusRejected
from api.models.base import Model

_CODES = {"hold_code", "error_code", "ccus_hold_code", "ccus_error_code"}
_MESSAGES = {"hold_message", "error_message", "ccus_error_message"}
# Import jobs keep genba's own codes (import.*), not CCUS's.
_NOT_CCUS = {"import_jobs"}


def _widths(names: set[str]) -> dict[str, int | None]:
    return {
        f"{table.name}.{column.name}": column.type.length
        for table in Model.metadata.tables.values()
        if table.name not in _NOT_CCUS
        for column in table.columns
        if column.name in names and isinstance(column.type, String)
    }


def test_the_cut_is_the_width_of_every_ccus_code_and_message_column() -> None:
    codes, messages = _widths(_CODES), _widths(_MESSAGES)
    # Hold and error code of the outbox and the work days; the error code of businesses,
    # workers, sites and structure changes; a message beside each but the days' hold code.
    assert len(codes) == 8, codes
    assert len(messages) == 7, messages
    assert set(codes.values()) == {CODE_LENGTH}, codes
    assert set(messages.values()) == {MESSAGE_LENGTH}, messages


def test_an_error_keeps_what_fits() -> None:
    wide = CcusRejected("DATK0408E" + "X" * 20, "理由" * 800)
    code, message = wide.stored()
    assert (code, len(message)) == ("DATK0408EXXXXXXX", 1000)
    assert message == "理由" * 500
    assert CcusRejected("SYSA0001E", "down").stored() == ("SYSA0001E", "down")
