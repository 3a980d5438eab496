"""An optional field reads a blank string as "not given", and the contract says so: "" is one
of its accepted forms, so a client (or a fuzzer) sending it is not told it broke the spec."""

from __future__ import annotations

import json

from pydantic import TypeAdapter

from api.kit.fields import OptionalCcusId
from api.openapi import current_document

BLANK = {"type": "string", "const": ""}


def test_a_blank_optional_field_is_none_and_declared() -> None:
    adapter: TypeAdapter[str | None] = TypeAdapter(OptionalCcusId)
    assert adapter.validate_python("") is None
    assert adapter.validate_python("  ") is None
    assert adapter.validate_python("12345678901234") == "12345678901234"
    assert BLANK in adapter.json_schema()["anyOf"]


def test_the_spec_declares_blank_where_the_server_reads_it() -> None:
    schemas = json.loads(current_document())["components"]["schemas"]
    for model, name in (("SiteCreate", "ccus_site_id"), ("WorkerUpdate", "email")):
        assert BLANK in schemas[model]["properties"][name]["anyOf"], (model, name)
