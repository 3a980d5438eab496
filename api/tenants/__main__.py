"""`python -m api.tenants create|list|suspend|resume|invite-admin|operator-key` — the operator's
command line, on the same service functions as the operator API."""

from __future__ import annotations

import argparse
import asyncio
import getpass
import secrets
import sys
from collections.abc import Awaitable, Callable

from api.audit.service import Actor
from api.config import Settings, get_settings
from api.db import create_engine, create_sessionmaker, unit_of_work
from api.errors import AppError
from api.mail.sender import Mail, send
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


async def _mail(settings: Settings, mail: Mail) -> str:
    if await send(settings, mail):
        return f"invitation sent to {mail.to}"
    return f"invitation for {mail.to} NOT sent: SMTP {settings.smtp_host}:{settings.smtp_port}"


async def run(settings: Settings, args: argparse.Namespace) -> list[str]:
    actor = Actor(type="operator", label=f"cli:{getpass.getuser()}")
    engine = create_engine(settings, application_name="genba-tenants")
    mails: list[Mail] = []
    lines: list[str] = []
    try:
        async with unit_of_work(create_sessionmaker(engine), None) as session:
            if args.command == "create":
                tenant = await service.create_tenant(session, actor, code=args.code, name=args.name)
                lines.append(f"created tenant {tenant.code} ({tenant.name}) id={tenant.id}")
                if args.admin_email:
                    _, mail = await service.invite_admin(
                        session, settings, actor, tenant.code,
                        email=args.admin_email, name=args.admin_name,
                    )  # fmt: skip
                    mails.append(mail)
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
                _, mail = await service.invite_admin(
                    session, settings, actor, args.code, email=args.email, name=args.name
                )
                mails.append(mail)
    finally:
        await engine.dispose()
    # After the commit: a link is mailed only once it exists.
    lines += [await _mail(settings, mail) for mail in mails]
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
