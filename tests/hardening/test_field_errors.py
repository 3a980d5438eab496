"""A 422 always says which field: every rule error of the API names its field when it is raised
without field errors of its own (`ValidationFailed.loc`), so a client can put the message next
to the field and a tired user sees where to look."""

from __future__ import annotations

import api.app  # noqa: F401 - every router, so every error class, is imported
from api.errors import ValidationFailed


def _subclasses(cls: type[ValidationFailed]) -> list[type[ValidationFailed]]:
    found = []
    for sub in cls.__subclasses__():
        found += [sub, *_subclasses(sub)]
    return found


def test_every_rule_error_raised_alone_names_its_field() -> None:
    subclasses = _subclasses(ValidationFailed)
    assert len(subclasses) >= 4
    for cls in subclasses:
        errors = cls().to_problem().errors
        assert errors, f"{cls.__name__} renders a 422 without field errors"
        assert errors[0].loc[0] in ("body", "query", "path"), cls.__name__
        assert errors[0].code == cls.code, cls.__name__
