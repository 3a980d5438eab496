"""R4 at a reduced size: schemathesis over every operation, with staff and terminal credentials."""

from __future__ import annotations

from reliability.schema_fuzz import main


def test_no_operation_answers_a_server_error_or_breaks_its_schema() -> None:
    result = main(examples=3)
    assert result["staff_ok"], result["staff_output"][-4000:]
    assert result["terminal_ok"], result["terminal_output"][-4000:]
