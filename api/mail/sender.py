"""Email over SMTP (aiosmtplib). Messages reach here from the mail outbox (api/mail/outbox.py),
after the unit of work that wrote them committed; a failure is logged without the message's body
(it holds a one-time link)."""

from __future__ import annotations

from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import make_msgid

import aiosmtplib
import structlog

from api.config import Settings

log = structlog.get_logger(__name__)


@dataclass(frozen=True)
class Mail:
    to: str
    subject: str
    text: str
    html: str
    # What the message is, for logs: never its body.
    kind: str


def build(settings: Settings, mail: Mail) -> EmailMessage:
    message = EmailMessage()
    message["From"] = settings.mail_from
    message["To"] = mail.to
    message["Subject"] = mail.subject
    message["Message-ID"] = make_msgid(domain="genba.localhost")
    message.set_content(mail.text)
    message.add_alternative(mail.html, subtype="html")
    return message


async def send(settings: Settings, mail: Mail) -> str | None:
    """None once the server took the message; else what went wrong (an error's class name)."""
    password = settings.smtp_password.get_secret_value() if settings.smtp_password else None
    try:
        await aiosmtplib.send(
            build(settings, mail),
            hostname=settings.smtp_host,
            port=settings.smtp_port,
            start_tls=settings.smtp_starttls,
            use_tls=settings.smtp_tls,
            username=settings.smtp_username,
            password=password,
            timeout=settings.smtp_timeout_seconds,
        )
    except (aiosmtplib.SMTPException, OSError) as error:
        log.warning("mail_not_sent", kind=mail.kind, error=type(error).__name__)
        return type(error).__name__
    log.info("mail_sent", kind=mail.kind)
    return None
