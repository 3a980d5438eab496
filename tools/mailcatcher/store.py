"""The mail catcher's inbox: every message received, newest last, in memory."""

from __future__ import annotations

import email
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from email.message import EmailMessage
from email.policy import default as default_policy
from itertools import count
from typing import Any

from aiosmtpd.smtp import SMTP, Envelope, Session


@dataclass(frozen=True)
class Caught:
    id: int
    received_at: str
    mail_from: str
    to: list[str]
    subject: str
    text: str
    html: str

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


def _part(message: EmailMessage, subtype: str) -> str:
    body = message.get_body(preferencelist=(subtype,))
    return body.get_content() if body is not None else ""


class Inbox:
    def __init__(self) -> None:
        self.messages: list[Caught] = []
        self._ids = count(1)

    def add(self, envelope: Envelope) -> Caught:
        raw = envelope.original_content or envelope.content or b""
        data = raw if isinstance(raw, bytes) else raw.encode()
        message = email.message_from_bytes(data, policy=default_policy)
        assert isinstance(message, EmailMessage)
        caught = Caught(
            id=next(self._ids),
            received_at=datetime.now(UTC).isoformat(),
            mail_from=envelope.mail_from or "",
            to=list(envelope.rcpt_tos),
            subject=str(message.get("Subject", "")),
            text=_part(message, "plain"),
            html=_part(message, "html"),
        )
        self.messages.append(caught)
        return caught

    def get(self, message_id: int) -> Caught | None:
        return next((m for m in self.messages if m.id == message_id), None)

    def clear(self) -> None:
        self.messages.clear()


class CatchingHandler:
    """aiosmtpd's handler: accept every message into the inbox."""

    def __init__(self, inbox: Inbox) -> None:
        self.inbox = inbox

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        self.inbox.add(envelope)
        return "250 Message accepted for delivery"
