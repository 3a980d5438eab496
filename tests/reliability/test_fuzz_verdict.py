"""R4's verdict, without a campaign: which failing checks pass as documented, and that each
documented one names a test that exists."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

from reliability.fuzz_campaign import Campaign
from reliability.fuzz_events import Failure
from reliability.fuzz_expected import EXPECTED

ROOT = Path(__file__).resolve().parents[2]


def _campaign(*failures: Failure) -> Campaign:
    return Campaign(who="t", cases=10, failures=Counter(failures), complete=True)


def test_a_refusal_passes_only_when_every_problem_it_carries_is_documented() -> None:
    known = Failure("ST202", "POST /x", 422, ("branch.not_found", "worker.contact_required"))
    assert _campaign(known).ok
    assert _campaign(known).documented == {
        "ST202 branch.not_found": 1,
        "ST202 worker.contact_required": 1,
    }
    mixed = Failure("ST202", "POST /x", 422, ("branch.not_found", "sort.unknown_field"))
    assert _campaign(mixed).undocumented == [
        "ST202 POST /x 422 branch.not_found,sort.unknown_field"
    ]
    bare = Failure("ST202", "POST /x", 400, ())
    assert not _campaign(bare).ok


def test_server_errors_and_schema_violations_never_pass() -> None:
    for check in ("ST100", "ST103"):
        campaign = _campaign(Failure(check, "GET /x", 500, ("branch.not_found",)))
        assert campaign.violations, check
        assert not campaign.ok, check
    assert _campaign(Failure("ST100", "GET /x", 500, ())).server_errors == 1
    accepted = _campaign(Failure("ST201", "POST /x", 201, ()))
    assert accepted.undocumented
    assert not accepted.ok
    assert _campaign(Failure("ST112", "GET /x", 200, ())).ok  # timing, documented


def test_an_incomplete_or_erroring_campaign_fails() -> None:
    assert not Campaign(who="t", complete=False).ok
    assert not Campaign(who="t", complete=True, errors=["Schema Loading Error ×1"]).ok


def test_each_documented_failure_names_its_reason_and_an_existing_test() -> None:
    """…a test whose file asserts the very code."""
    for (_, problem), reason in EXPECTED.items():
        assert reason.why, problem
        path, *names = reason.test.split("::")
        assert (ROOT / path).is_file(), (problem, reason.test)
        if not names:
            continue
        source = (ROOT / path).read_text()
        assert f'"{problem}"' in source + _imported_test_sources(source), (problem, reason.test)
        scope = ast.parse(source).body
        for name in names:
            found = [n for n in scope if getattr(n, "name", None) == name]
            assert found, (problem, reason.test)
            scope = getattr(found[0], "body", [])


def _imported_test_sources(source: str) -> str:
    """The cases a test takes from its own helper modules (`from tests.… import …`) count as its."""
    modules = [
        node.module
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("tests.")
    ]
    return "".join((ROOT / (m.replace(".", "/") + ".py")).read_text() for m in modules if m)
