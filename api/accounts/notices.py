"""Notices after a change to how an account signs in: its password was reset or changed, or its
email moved to another address (the notice goes to the old one). Whoever took over a session or
a mailbox cannot change these silently: the owner hears of it where they still read mail. No
link in them, nothing to act on but telling an administrator."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from enum import StrEnum
from html import escape

from sqlalchemy.ext.asyncio import AsyncSession

from api.accounts.emails import SIGNATURE, html_mail
from api.config import Settings
from api.kit.japan import tokyo_text
from api.mail.outbox import queue_mail
from api.mail.sender import Mail
from api.models.user import User
from api.tenants.repository import TenantRepository


class Notice(StrEnum):
    email_changed = "email_changed"
    password_reset = "password_reset_done"
    password_changed = "password_changed"


_SUBJECTS = {
    Notice.email_changed: "【genba】メールアドレスが変更されました",
    Notice.password_reset: "【genba】パスワードが再設定されました",
    Notice.password_changed: "【genba】パスワードが変更されました",
}

_WHAT = {
    Notice.email_changed: "メールアドレスが {new_email} に変更されました。\n"
    "今後のお知らせは新しいアドレスに届きます。",
    Notice.password_reset: "パスワードが再設定され、すべての端末でログアウトしました。",
    Notice.password_changed: "パスワードが変更され、ほかの端末ではログアウトしました。",
}


def masked(email: str) -> str:
    """Enough of an address for its owner to know it, not enough to hand it to a stranger who
    reads the old mailbox: `ya***@example.com`."""
    local, _, domain = email.partition("@")
    return f"{local[:2]}***@{domain}"


def notice_mail(notice: Notice, *, to: str, name: str, tenant: str, at: str, **fields: str) -> Mail:
    what = _WHAT[notice].format(**fields)
    body = (
        f"{name} 様\n\n{tenant} の genba アカウントの{what}\n日時: {at}\n"
        "お心当たりがない場合は、すぐに管理者に連絡してください。"
    )
    return Mail(
        to=to,
        subject=_SUBJECTS[notice],
        text=body + SIGNATURE,
        html=html_mail(escape(body)),
        kind=notice.value,
    )


async def queue_notice(
    session: AsyncSession,
    settings: Settings,
    user: User,
    notice: Notice,
    *,
    to: str | None = None,
    **fields: str,
) -> None:
    """In the change's transaction: the notice exists exactly when the change committed."""
    tenant = await TenantRepository(session).get(user.tenant_id)
    now = datetime.now(UTC)
    mail = notice_mail(
        notice,
        to=to or user.email,
        name=user.name,
        tenant=tenant.name,
        at=tokyo_text(now, "%Y年%m月%d日 %H:%M"),
        **fields,
    )
    # Nothing in it expires: it is tried for the whole retry period.
    expires = now + timedelta(hours=settings.mail_retry_hours)
    await queue_mail(session, settings, user.tenant_id, user.id, mail, link_expires_at=expires)
