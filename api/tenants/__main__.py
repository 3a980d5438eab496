"""`python -m api.tenants create|list|suspend|resume|invite-admin|operator-key` — the operator's
command line, on the same service functions as the operator API."""

from __future__ import annotations

import argparse
import asyncio
import getpass
import secrets
import sys
from collections.abc import Awaitable, Callable
from uuid import UUID

from api.audit.service import Actor
from api.config import Settings, get_settings
from api.db import SessionMaker, create_engine, create_sessionmaker, set_tenant, unit_of_work
from api.errors import AppError
from api.mail.delivery import send_due
from api.mail.outbox_repository import MailOutboxRepository
from api.models.mail import MailStatus
from api.models.tenant import TenantStatus
from api.tenants import service
from api.tenants.operator_auth import operator_key_digest

Step = Callable[..., Awaitable[list[str]]]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m api.tenants")
    commands = parser.add_subparsers(dest="command", required=True)
    create = commands.add_parser("create", help="create a tenant (and invite its first admin)")
    create.add_argument("code", help="the tenant's code (login and URLs), e.g. yamada-kensetsu")
    create.add_argument("name", help="the company's name, e.g. 山田建設株式会社")
    create.add_argument("--admin-email", help="invite this address as the first administrator")
    create.add_argument("--admin-name", default="管理者", help="the administrator's name")
    commands.add_parser("list", help="every tenant with its status")
    for verb in ("suspend", "resume"):
        commands.add_parser(verb, help=f"{verb} a tenant").add_argument("code")
    invite = commands.add_parser("invite-admin", help="invite an administrator by email")
    invite.add_argument("code")
    invite.add_argument("email")
    invite.add_argument("--name", default="管理者")
    commands.add_parser("operator-key", help="make an operator API key and its setting")
    return parser


def _mail_line(settings: Settings, email: str, status: MailStatus) -> str:
    if status is MailStatus.sent:
        return f"invitation sent to {email}"
    return (
        f"invitation for {email} NOT sent yet: SMTP {settings.smtp_host}:{settings.smtp_port} "
        "(the worker keeps trying)"
    )


async def _mail_status(sessionmaker: SessionMaker, tenant_id: UUID, user_id: UUID) -> MailStatus:
    async with unit_of_work(sessionmaker, None) as session:
        await set_tenant(session, tenant_id)
        latest = await MailOutboxRepository(session).latest(tenant_id, [user_id], "invitation")
    return latest[user_id].status


async def run(settings: Settings, args: argparse.Namespace) -> list[str]:
    actor = Actor(type="operator", label=f"cli:{getpass.getuser()}")
    engine = create_engine(settings, application_name="genba-tenants")
    invited: list[tuple[UUID, UUID, str]] = []
    lines: list[str] = []
    sessionmaker = create_sessionmaker(engine)
    try:
        async with unit_of_work(sessionmaker, None) as session:
            if args.command == "create":
                tenant = await service.create_tenant(session, actor, code=args.code, name=args.name)
                lines.append(f"created tenant {tenant.code} ({tenant.name}) id={tenant.id}")
                if args.admin_email:
                    user = await service.invite_admin(
                        session, settings, actor, tenant.code,
                        email=args.admin_email, name=args.admin_name,
                    )  # fmt: skip
                    invited.append((user.tenant_id, user.id, user.email))
            elif args.command == "list":
                for row in await service.list_tenants(session):
                    lines.append(f"{row.code}\t{row.status.value}\t{row.name}\t{row.id}")
            elif args.command in ("suspend", "resume"):
                status = (
                    TenantStatus.suspended if args.command == "suspend" else TenantStatus.active
                )
                tenant = await service.set_status(session, actor, args.code, status)
                lines.append(f"{tenant.code}: {tenant.status.value}")
            elif args.command == "invite-admin":
                user = await service.invite_admin(
                    session, settings, actor, args.code, email=args.email, name=args.name
                )
                invited.append((user.tenant_id, user.id, user.email))
        # After the commit, the outbox's own sending (the worker's sweep retries a failure).
        for tenant_id, user_id, email in invited:
            await send_due(sessionmaker, settings, tenant_id)
            sent = await _mail_status(sessionmaker, tenant_id, user_id)
            lines.append(_mail_line(settings, email, sent))
    finally:
        await engine.dispose()
    return lines


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "operator-key":
        key = f"gop_{secrets.token_urlsafe(32)}"
        print(f"operator key (give it to the operator, shown once): {key}")
        print(f"GENBA_OPERATOR_KEY_SHA256={operator_key_digest(key)}")
        return 0
    try:
        lines = asyncio.run(run(get_settings(), args))
    except AppError as error:
        print(f"genba: {error.code}: {error.detail}", file=sys.stderr)
        return 1
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
