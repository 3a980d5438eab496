from __future__ import annotations

import json
import logging

import pytest
import structlog

from api.logs import configure_logging


def test_secret_fields_are_masked_in_json_logs(capsys: pytest.CaptureFixture[str]) -> None:
    configure_logging("INFO", json=True)
    structlog.get_logger("test").info(
        "login",
        email="a@example.com",
        password="hunter2",
        verification_number="1234",
        api_key="gk_x",
    )
    line = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert line["event"] == "login"
    assert line["email"] == "a@example.com"
    assert line["password"] == line["verification_number"] == line["api_key"] == "****"
    assert "hunter2" not in json.dumps(line)


def test_standard_library_logs_are_json_too(capsys: pytest.CaptureFixture[str]) -> None:
    configure_logging("INFO", json=True)
    logging.getLogger("uvicorn.error").info("server ready")
    line = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert (line["event"], line["level"], line["logger"]) == (
        "server ready",
        "info",
        "uvicorn.error",
    )
