"""Partial updates (PATCH): a field left out stays as it is; `null` clears it, and only where
the field can be cleared — which the schema itself says. A field whose declared type admits
None is clearable; one declared with its plain type (default `keep()`) is not, the spec shows it
without `null`, and an explicit null is a field error (`missing`), never a database failure.

Where a schema names its table (`orm_model`), a NOT NULL column cannot be declared clearable:
the class refuses to be defined."""

from __future__ import annotations

import types
from typing import Any, ClassVar, Union, get_args, get_origin

from pydantic import Field, ValidationInfo, field_validator
from pydantic.fields import FieldInfo
from pydantic_core import PydanticCustomError

from api.kit.schemas import Schema


def keep(**kwargs: Any) -> Any:
    """The default of a field that cannot be cleared: left out, it stays."""
    return Field(default=None, **kwargs)


def clearable(field: FieldInfo) -> bool:
    annotation = field.annotation
    if annotation is None or annotation is type(None) or annotation is Any:
        return True
    return get_origin(annotation) in (Union, types.UnionType) and type(None) in get_args(annotation)


def _not_nullable_without_default(schema: dict[str, Any], model: type[Any]) -> None:
    fields = getattr(model, "model_fields", {})
    for name, prop in schema.get("properties", {}).items():
        field = fields.get(name)
        if field is not None and not clearable(field) and prop.get("default", 0) is None:
            del prop["default"]


class PatchSchema(Schema):
    """Base of every PATCH body."""

    orm_model: ClassVar[type[Any] | None] = None
    model_config = {"json_schema_extra": _not_nullable_without_default}  # noqa: RUF012

    @classmethod
    def __pydantic_init_subclass__(cls, **kwargs: Any) -> None:
        super().__pydantic_init_subclass__(**kwargs)
        table = getattr(cls.orm_model, "__table__", None)
        for name, field in cls.model_fields.items():
            if field.is_required():
                raise TypeError(f"{cls.__name__}.{name}: a PATCH field must be optional")
            column = table.columns.get(name) if table is not None else None
            if column is not None and not column.nullable and clearable(field):
                raise TypeError(
                    f"{cls.__name__}.{name}: column {column.table.name}.{name} is NOT NULL; "
                    "declare the field with its plain type and keep()"
                )

    @field_validator("*", mode="before")
    @classmethod
    def _null_only_where_clearable(cls, value: Any, info: ValidationInfo) -> Any:
        # A blank form field is an attempt to clear it too.
        blank = value is None or (isinstance(value, str) and not value.strip())
        name = info.field_name
        if blank and name is not None and not clearable(cls.model_fields[name]):
            raise PydanticCustomError("missing", "This field cannot be cleared")
        return value
