"""PATCH bodies: null clears only what the schema declares clearable, and the class refuses a
clearable field over a NOT NULL column."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from api.kit.updates import PatchSchema, keep
from api.models.branch import Branch


class Form(PatchSchema):
    name: str = keep()
    memo: str | None = None


def test_null_clears_only_a_clearable_field() -> None:
    assert Form.model_validate({"memo": None}).model_dump(exclude_unset=True) == {"memo": None}
    assert Form.model_validate({}).model_dump(exclude_unset=True) == {}
    with pytest.raises(ValidationError) as raised:
        Form.model_validate({"name": None, "memo": None})
    [error] = raised.value.errors()
    assert (error["loc"], error["type"]) == (("name",), "missing")


def test_the_spec_shows_null_only_where_it_clears() -> None:
    properties = Form.model_json_schema()["properties"]
    assert properties["name"] == {"title": "Name", "type": "string"}
    assert {"type": "null"} in properties["memo"]["anyOf"]


def test_a_clearable_field_over_a_not_null_column_is_refused_at_definition() -> None:
    with pytest.raises(TypeError, match="branches.name is NOT NULL"):

        class Wrong(PatchSchema):
            orm_model = Branch
            name: str | None = None


def test_every_patch_field_is_optional() -> None:
    with pytest.raises(TypeError, match="must be optional"):

        class Wrong(PatchSchema):
            name: str
