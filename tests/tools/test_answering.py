"""A server process that dies while the tests wait for it fails the wait at once, with its exit
code, rather than after the whole timeout."""

from __future__ import annotations

import sys
import time

import pytest

from tests.fixtures.answering import wait_until_answering
from tools.devstack.ephemeral import free_port
from tools.devstack.processes import spawn


def test_a_process_that_exits_fails_the_wait_at_once() -> None:
    process = spawn([sys.executable, "-c", "raise SystemExit(3)"])
    started = time.monotonic()
    with pytest.raises(RuntimeError, match="the server exited with 3"):
        wait_until_answering(f"http://127.0.0.1:{free_port()}/healthz", process, "the server")
    assert time.monotonic() - started < 10
