"""AuthStore: users, hashed API tokens and the audit log, in the archive's database.

Every method is one transaction through the archive's ``DbRunner``. Tokens are shown once, when
made, and kept only as their SHA-256 (they are 256 random bits, so a fast hash is enough); a
revoked or expired token, or one whose user is disabled, authenticates nobody.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, select, update
from sqlalchemy.exc import IntegrityError

from tamperwatch.api.roles import Role
from tamperwatch.archive import auth_tables as t
from tamperwatch.archive.chain import from_micros, to_micros, utc_now
from tamperwatch.archive.runner import DbRunner
from tamperwatch.errors import ConfigError

TOKEN_PREFIX = "tw_"
TOKEN_BYTES = 32
MAX_NAME_CHARS = 100


@dataclass(frozen=True, slots=True)
class User:
    id: int
    name: str
    role: Role
    disabled: bool
    created_at: datetime


@dataclass(frozen=True, slots=True)
class ApiToken:
    id: int
    user_id: int
    name: str
    scope: Role
    created_at: datetime
    expires_at: datetime | None
    revoked_at: datetime | None


@dataclass(frozen=True, slots=True)
class AuditEntry:
    id: int
    at: datetime
    actor: str
    action: str
    subject: str
    remote: str
    detail: dict[str, Any]


def token_digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _user(row: Any) -> User:
    return User(row.id, row.name, Role.parse(row.role), bool(row.disabled), from_micros(row.created_us))


def _token(row: Any) -> ApiToken:
    def when(us: int | None) -> datetime | None:
        return None if us is None else from_micros(us)

    return ApiToken(
        row.id,
        row.user_id,
        row.name,
        Role.parse(row.scope),
        from_micros(row.created_us),
        when(row.expires_us),
        when(row.revoked_us),
    )


def check_user_name(name: str) -> str:
    name = name.strip()
    if not name or len(name) > MAX_NAME_CHARS or not name.isprintable():
        raise ConfigError(f"a user name is 1 to {MAX_NAME_CHARS} printable characters (got {name!r})")
    return name


class AuthStore:
    def __init__(self, db: DbRunner, clock: Callable[[], datetime] = utc_now) -> None:
        self.db = db
        self.clock = clock

    # --- users ---------------------------------------------------------------
    async def add_user(self, name: str, role: Role, password_hash: str) -> User:
        name = check_user_name(name)
        created_us = to_micros(self.clock())
        values = {
            "name": name,
            "role": role.label,
            "password_hash": password_hash,
            "disabled": 0,
            "created_us": created_us,
        }

        def insert(conn: Connection) -> int:
            return int(conn.execute(t.users.insert().values(**values).returning(t.users.c.id)).scalar_one())

        try:
            user_id = await self.db.write(insert)
        except IntegrityError:
            raise ConfigError(f"a user named {name!r} already exists") from None
        return User(user_id, name, role, False, from_micros(created_us))

    async def get_user(self, key: int | str) -> User | None:
        found = await self.user_with_hash(key)
        return found[0] if found else None

    async def user_with_hash(self, key: int | str) -> tuple[User, str] | None:
        column = t.users.c.id if isinstance(key, int) else t.users.c.name
        row = await self.db.read(lambda c: c.execute(select(t.users).where(column == key)).first())
        return (_user(row), str(row.password_hash)) if row else None

    async def list_users(self, after_id: int = 0, limit: int = 100) -> list[User]:
        query = select(t.users).where(t.users.c.id > after_id).order_by(t.users.c.id).limit(limit)
        return [_user(r) for r in await self.db.read(lambda c: c.execute(query).all())]

    async def update_user(
        self, user_id: int, role: Role | None = None, disabled: bool | None = None, password_hash: str = ""
    ) -> User | None:
        values: dict[str, Any] = {}
        if role is not None:
            values["role"] = role.label
        if disabled is not None:
            values["disabled"] = int(disabled)
        if password_hash:
            values["password_hash"] = password_hash
        if values:
            await self.db.write(
                lambda c: c.execute(update(t.users).where(t.users.c.id == user_id).values(**values))
            )
        return await self.get_user(user_id)

    async def count_admins(self) -> int:
        query = select(t.users.c.id).where(t.users.c.role == Role.ADMIN.label, t.users.c.disabled == 0)
        return len(await self.db.read(lambda c: c.execute(query).all()))

    # --- tokens --------------------------------------------------------------
    async def create_token(
        self, user_id: int, name: str, scope: Role, expires_at: datetime | None = None
    ) -> tuple[ApiToken, str]:
        """A new token and its secret text (shown once; only its digest is kept)."""
        secret = TOKEN_PREFIX + secrets.token_urlsafe(TOKEN_BYTES)
        now = to_micros(self.clock())
        values = {
            "user_id": user_id,
            "name": name.strip()[:200],
            "scope": scope.label,
            "token_sha256": token_digest(secret),
            "created_us": now,
            "expires_us": to_micros(expires_at) if expires_at else None,
            "revoked_us": None,
        }

        def insert(conn: Connection) -> Any:
            return conn.execute(t.api_tokens.insert().values(**values).returning(*t.api_tokens.c)).first()

        return _token(await self.db.write(insert)), secret

    async def list_tokens(
        self, user_id: int | None = None, after_id: int = 0, limit: int = 100
    ) -> list[ApiToken]:
        query = select(t.api_tokens).where(t.api_tokens.c.id > after_id)
        if user_id is not None:
            query = query.where(t.api_tokens.c.user_id == user_id)
        query = query.order_by(t.api_tokens.c.id).limit(limit)
        return [_token(r) for r in await self.db.read(lambda c: c.execute(query).all())]

    async def get_token(self, token_id: int) -> ApiToken | None:
        query = select(t.api_tokens).where(t.api_tokens.c.id == token_id)
        row = await self.db.read(lambda c: c.execute(query).first())
        return _token(row) if row else None

    async def revoke_token(self, token_id: int) -> bool:
        now = to_micros(self.clock())
        stmt = (
            update(t.api_tokens)
            .where(t.api_tokens.c.id == token_id, t.api_tokens.c.revoked_us.is_(None))
            .values(revoked_us=now)
        )
        return bool(await self.db.write(lambda c: c.execute(stmt).rowcount))

    async def authenticate_token(self, secret: str) -> tuple[User, ApiToken] | None:
        """The user and token a secret belongs to, when the token is live and the user enabled."""
        if not secret.startswith(TOKEN_PREFIX):
            return None
        query = select(t.api_tokens).where(t.api_tokens.c.token_sha256 == token_digest(secret))
        row = await self.db.read(lambda c: c.execute(query).first())
        if row is None:
            return None
        token = _token(row)
        now = self.clock()
        if token.revoked_at is not None or (token.expires_at is not None and token.expires_at <= now):
            return None
        user = await self.get_user(token.user_id)
        if user is None or user.disabled:
            return None
        return user, token

    # --- audit log -----------------------------------------------------------
    async def audit(
        self,
        actor: str,
        action: str,
        subject: str = "",
        remote: str = "",
        detail: dict[str, Any] | None = None,
    ) -> None:
        values = {
            "at_us": to_micros(self.clock()),
            "actor": actor[:200],
            "action": action[:100],
            "subject": subject[:500],
            "remote": remote[:100],
            "detail": json.dumps(detail or {}, sort_keys=True, default=str),
        }
        await self.db.write(lambda c: c.execute(t.audit_log.insert().values(**values)))

    async def audit_entries(self, before_id: int = 0, limit: int = 100, actor: str = "") -> list[AuditEntry]:
        """Newest first; ``before_id`` (a cursor) pages further back."""
        a = t.audit_log.c
        query = select(t.audit_log)
        if before_id:
            query = query.where(a.id < before_id)
        if actor:
            query = query.where(a.actor == actor)
        query = query.order_by(a.id.desc()).limit(limit)
        rows = await self.db.read(lambda c: c.execute(query).all())
        return [
            AuditEntry(
                r.id, from_micros(r.at_us), r.actor, r.action, r.subject, r.remote, json.loads(r.detail)
            )
            for r in rows
        ]
