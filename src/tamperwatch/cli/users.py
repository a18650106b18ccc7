"""Users and API tokens of the REST API and dashboard: `user add/list/disable/enable`,
`token create/list/revoke`. Each change is written to the audit log as made by ``cli:LOGIN``.

The first admin is made here (``tamperwatch user add alice --role admin``); the password is asked
for twice without echo, or read from the first line of standard input with --password-stdin.
"""

from __future__ import annotations

import getpass
import sys
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, TypeVar

import typer

from tamperwatch.cli.common import print_json, run_async, settings_of, table_console

if TYPE_CHECKING:
    from tamperwatch.api.auth_store import AuthStore
    from tamperwatch.settings import Settings

T = TypeVar("T")

user_app = typer.Typer(help="Users of the API and dashboard, and their roles.", no_args_is_help=True)
token_app = typer.Typer(help="API tokens: scoped, revocable, stored hashed.", no_args_is_help=True)

ROLE_HELP = "admin, operator or viewer."


def _actor() -> str:
    try:
        return f"cli:{getpass.getuser()}"
    except (KeyError, OSError):  # no passwd entry (containers)
        return "cli:operator"


def with_store(settings: Settings, work: Callable[[AuthStore], Awaitable[T]]) -> T:
    async def go() -> T:
        from tamperwatch.api.auth_store import AuthStore
        from tamperwatch.runtime import open_archive

        async with open_archive(settings) as archive:
            return await work(AuthStore(archive.db))

    return run_async(go())


def _read_password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    password = typer.prompt("Password", hide_input=True)
    if typer.prompt("Again", hide_input=True) != password:
        from tamperwatch.errors import ConfigError

        raise ConfigError("the two passwords differ")
    return str(password)


@user_app.command("add")
def user_add(
    ctx: typer.Context,
    name: str = typer.Argument(..., help="The user's login name."),
    role: str = typer.Option("viewer", "--role", help=ROLE_HELP),
    password_stdin: bool = typer.Option(False, "--password-stdin", help="Read the password from stdin."),
) -> None:
    """Add a user (the first admin: --role admin)."""
    from tamperwatch.api.passwords import Passwords
    from tamperwatch.api.roles import Role

    settings = settings_of(ctx)
    parsed = Role.parse(role)
    password_hash = Passwords().hash(_read_password(password_stdin))

    async def work(store: AuthStore) -> int:
        user = await store.add_user(name, parsed, password_hash)
        await store.audit(_actor(), "user.add", f"user:{user.name}", "local", {"role": parsed.label})
        return user.id

    user_id = with_store(settings, work)
    typer.echo(f"user {name.strip()} added as {parsed.label} (id {user_id})")


@user_app.command("list")
def user_list(
    ctx: typer.Context, json_out: bool = typer.Option(False, "--json", help="Print as JSON.")
) -> None:
    """List users with their roles."""
    settings = settings_of(ctx)
    users = with_store(settings, lambda store: store.list_users(limit=1_000_000))
    rows = [
        {"id": u.id, "name": u.name, "role": u.role.label, "disabled": u.disabled, "created_at": u.created_at}
        for u in users
    ]
    if json_out:
        print_json(rows)
        return
    from rich.table import Table

    table = Table("id", "name", "role", "state", "created")
    for row in rows:
        state = "disabled" if row["disabled"] else "active"
        table.add_row(str(row["id"]), str(row["name"]), str(row["role"]), state, str(row["created_at"])[:19])
    table_console().print(table)


def _set_disabled(ctx: typer.Context, name: str, disabled: bool) -> None:
    from tamperwatch.errors import ConfigError

    settings = settings_of(ctx)

    async def work(store: AuthStore) -> None:
        user = await store.get_user(name)
        if user is None:
            raise ConfigError(f"no user named {name!r} (see 'tamperwatch user list')")
        await store.update_user(user.id, disabled=disabled)
        action = "user.disable" if disabled else "user.enable"
        await store.audit(_actor(), action, f"user:{user.name}", "local")

    with_store(settings, work)
    typer.echo(f"user {name} {'disabled: its sessions and tokens no longer work' if disabled else 'enabled'}")


@user_app.command("disable")
def user_disable(ctx: typer.Context, name: str = typer.Argument(..., help="The user's login name.")) -> None:
    """Disable a user: its sessions and tokens stop working at once."""
    _set_disabled(ctx, name, True)


@user_app.command("enable")
def user_enable(ctx: typer.Context, name: str = typer.Argument(..., help="The user's login name.")) -> None:
    """Enable a disabled user again."""
    _set_disabled(ctx, name, False)


@token_app.command("create")
def token_create(
    ctx: typer.Context,
    user: str = typer.Option(..., "--user", help="The user the token acts as."),
    name: str = typer.Option("", "--name", help="What the token is for (shown in lists)."),
    scope: str = typer.Option("viewer", "--scope", help="Most it may do: " + ROLE_HELP),
    expires: str = typer.Option("", "--expires", help="Lifetime, e.g. 30d or 12h (default: never)."),
) -> None:
    """Create an API token; its secret is printed once and stored only hashed."""
    from datetime import UTC, datetime, timedelta

    from tamperwatch.api.roles import Role
    from tamperwatch.cli.common import parse_duration
    from tamperwatch.errors import ConfigError

    settings = settings_of(ctx)
    parsed = Role.parse(scope)
    try:
        lifetime = parse_duration(expires) if expires else None
    except ValueError as exc:
        raise ConfigError(str(exc)) from None

    async def work(store: AuthStore) -> tuple[int, str]:
        owner = await store.get_user(user)
        if owner is None:
            raise ConfigError(f"no user named {user!r} (see 'tamperwatch user list')")
        until = datetime.now(UTC) + timedelta(seconds=lifetime) if lifetime else None
        token, secret = await store.create_token(owner.id, name or "cli", parsed, until)
        await store.audit(_actor(), "token.create", f"token:{token.id}", "local", {"user": owner.name})
        return token.id, secret

    token_id, secret = with_store(settings, work)
    typer.echo(f"token {token_id} for {user} ({parsed.label}); shown only now:", err=True)
    typer.echo(secret)


@token_app.command("list")
def token_list(
    ctx: typer.Context, json_out: bool = typer.Option(False, "--json", help="Print as JSON.")
) -> None:
    """List tokens (never their secrets)."""
    settings = settings_of(ctx)

    async def work(store: AuthStore) -> list[dict[str, object]]:
        names = {u.id: u.name for u in await store.list_users(limit=1_000_000)}
        return [
            {
                "id": t.id,
                "user": names.get(t.user_id, f"#{t.user_id}"),
                "name": t.name,
                "scope": t.scope.label,
                "created_at": t.created_at,
                "expires_at": t.expires_at,
                "revoked_at": t.revoked_at,
            }
            for t in await store.list_tokens(limit=1_000_000)
        ]

    rows = with_store(settings, work)
    if json_out:
        print_json(rows)
        return
    from rich.table import Table

    table = Table("id", "user", "name", "scope", "state")
    for row in rows:
        state = "revoked" if row["revoked_at"] else "live"
        table.add_row(str(row["id"]), str(row["user"]), str(row["name"]), str(row["scope"]), state)
    table_console().print(table)


@token_app.command("revoke")
def token_revoke(ctx: typer.Context, token_id: int = typer.Argument(..., help="The token's id.")) -> None:
    """Revoke a token: it stops working at once."""
    from tamperwatch.errors import ConfigError

    settings = settings_of(ctx)

    async def work(store: AuthStore) -> bool:
        revoked = await store.revoke_token(token_id)
        if revoked:
            await store.audit(_actor(), "token.revoke", f"token:{token_id}", "local")
        return revoked

    if not with_store(settings, work):
        raise ConfigError(f"no live token {token_id} (see 'tamperwatch token list')")
    typer.echo(f"token {token_id} revoked")
