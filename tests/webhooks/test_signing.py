"""Signatures as genba makes them, checked by the example the partner guide gives."""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from typing import Any

from api.partner_guide import GUIDE_PATH
from api.webhooks.signing import signature_header


def _guide_verify() -> Callable[..., bool]:
    [code] = re.findall(r"```python\n(.*?)```", GUIDE_PATH.read_text(encoding="utf-8"), re.DOTALL)
    namespace: dict[str, Any] = {}
    exec(code, namespace)  # noqa: S102 - our own documentation's example
    verify: Callable[..., bool] = namespace["verify"]
    return verify


def test_the_guides_example_verifies_genbas_signatures() -> None:
    verify = _guide_verify()
    body = b'{"id":"e1","type":"work_day.created"}'
    now = int(time.time())
    header = signature_header(["whsec_new", "whsec_old"], now, body)
    assert verify("whsec_new", header, body)
    assert verify("whsec_old", header, body)
    assert not verify("whsec_other", header, body)
    assert not verify("whsec_new", header, body + b" ")
    stale = signature_header(["whsec_new"], now - 3600, body)
    assert not verify("whsec_new", stale, body)
