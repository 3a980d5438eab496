"""The account emails, in Japanese, as plain text and HTML."""

from __future__ import annotations

from html import escape

from api.config import Settings
from api.mail.sender import Mail
from api.models.account import TokenPurpose

_PATHS = {
    TokenPurpose.invitation: "/invitation",
    TokenPurpose.password_reset: "/reset-password",
    TokenPurpose.email_change: "/email-change",
}

_SUBJECTS = {
    TokenPurpose.invitation: "【genba】{tenant} への招待",
    TokenPurpose.password_reset: "【genba】パスワード再設定のご案内",
    TokenPurpose.email_change: "【genba】メールアドレス変更の確認",
}

_BODIES = {
    TokenPurpose.invitation: (
        (
            "{name} 様\n\n{tenant} の genba に招待されました。\n"
            "次のリンクを開いてパスワードを設定してください（有効期限: {expires}）。"
        ),
        "パスワードを設定する",
    ),
    TokenPurpose.password_reset: (
        (
            "{name} 様\n\n{tenant} の genba アカウントのパスワード再設定を受け付けました。\n"
            "次のリンクを開いて新しいパスワードを設定してください"
            "（有効期限: {expires}、一度だけ有効）。\n"
            "お心当たりがない場合は、このメールを破棄してください。"
        ),
        "パスワードを再設定する",
    ),
    TokenPurpose.email_change: (
        (
            "{name} 様\n\n{tenant} の genba アカウントのメールアドレスをこのアドレスに"
            "変更する依頼を受け付けました。\n次のリンクを開くと変更が確定します"
            "（有効期限: {expires}）。\n"
            "お心当たりがない場合は、このメールを破棄してください。"
        ),
        "メールアドレスの変更を確定する",
    ),
}


def link(settings: Settings, purpose: TokenPurpose, token: str) -> str:
    # In the fragment: a browser never sends it to a server, so no access log records it.
    return f"{settings.public_url.rstrip('/')}{_PATHS[purpose]}#token={token}"


SIGNATURE = "\n\n-- \ngenba\n"


def html_mail(body_html: str, action_html: str = "") -> str:
    """An account email's HTML: a paragraph per line of the (escaped) body, then the action."""
    paragraphs = "".join(f"<p>{line}</p>" for line in body_html.split("\n") if line)
    return (
        '<!doctype html><html lang="ja"><head><meta charset="utf-8"></head><body>'
        f"{paragraphs}{action_html}<p>genba</p></body></html>"
    )


def account_mail(
    settings: Settings,
    purpose: TokenPurpose,
    *,
    to: str,
    name: str,
    tenant: str,
    token: str,
    expires: str,
) -> Mail:
    url = link(settings, purpose, token)
    intro, action = _BODIES[purpose]
    text_intro = intro.format(name=name, tenant=tenant, expires=expires)
    html_intro = intro.format(name=escape(name), tenant=escape(tenant), expires=escape(expires))
    html = html_mail(html_intro, f'<p><a href="{escape(url)}">{action}</a></p>')
    text = f"{text_intro}\n\n{action}:\n{url}{SIGNATURE}"
    return Mail(
        to=to,
        subject=_SUBJECTS[purpose].format(tenant=tenant),
        text=text,
        html=html,
        kind=purpose.value,
    )
