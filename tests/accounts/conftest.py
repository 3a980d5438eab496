"""The app with its emails going to a real mail catcher process, and an operator key."""

from __future__ import annotations

import hashlib
from collections.abc import Awaitable, Callable, Iterator

import pytest
from arq.connections import ArqRedis
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncEngine

from api.config import Settings
from api.db import SessionMaker
from tests.fixtures.app import harness_app
from tests.fixtures.jobs import run_queued_jobs
from tests.fixtures.mailcatcher import MailCatcher, start_mailcatcher

OPERATOR_KEY = "gop_test-operator-key-0123456789abcdef"
OPERATOR = {"X-Operator-Key": OPERATOR_KEY}

# Runs what the requests queued (the mail outbox's wake-ups) with arq's own worker.
SendMail = Callable[[], Awaitable[int]]


@pytest.fixture(scope="session")
def mailcatcher_session() -> Iterator[MailCatcher]:
    yield from start_mailcatcher()


@pytest.fixture
def mailcatcher(mailcatcher_session: MailCatcher) -> MailCatcher:
    mailcatcher_session.clear()
    return mailcatcher_session


@pytest.fixture
def mail_settings(settings: Settings, mailcatcher: MailCatcher) -> Settings:
    return settings.model_copy(
        update={
            "smtp_port": mailcatcher.smtp_port,
            "public_url": "http://genba.test",
            "operator_key_sha256": hashlib.sha256(OPERATOR_KEY.encode()).hexdigest(),
        }
    )


@pytest.fixture
def app(
    mail_settings: Settings, engine: AsyncEngine, sessionmaker: SessionMaker, redis: ArqRedis
) -> FastAPI:
    return harness_app(mail_settings, engine, sessionmaker, redis)


@pytest.fixture
def send_mail(mail_settings: Settings, sessionmaker: SessionMaker, redis: ArqRedis) -> SendMail:
    async def run() -> int:
        return await run_queued_jobs(mail_settings, sessionmaker, redis)

    return run
