"""Bodies of /api/v1 about people: login sessions, users, API tokens and the audit log."""

from __future__ import annotations

from dataclasses import asdict
from datetime import datetime
from typing import Any, Literal

from pydantic import ConfigDict, Field

from tamperwatch.api.auth_store import ApiToken, AuditEntry, User
from tamperwatch.api.passwords import MAX_PASSWORD_CHARS, MIN_PASSWORD_CHARS
from tamperwatch.api.schemas import Strict

RoleName = Literal["admin", "operator", "viewer"]
Password = Field(min_length=MIN_PASSWORD_CHARS, max_length=MAX_PASSWORD_CHARS)


class LoginIn(Strict):
    model_config = ConfigDict(
        json_schema_extra={"examples": [{"name": "alice", "password": "correct horse battery"}]}
    )

    name: str = Field(min_length=1, max_length=100)
    password: str = Field(min_length=1, max_length=MAX_PASSWORD_CHARS)


class SessionOut(Strict):
    user: str
    role: RoleName
    via: str
    csrf_token: str | None = Field(description="Send it in X-CSRF-Token with every change (sessions only).")
    expires_at: datetime | None


class UserOut(Strict):
    id: int
    name: str
    role: RoleName
    disabled: bool
    created_at: datetime

    @classmethod
    def of(cls, user: User) -> UserOut:
        return cls(
            id=user.id,
            name=user.name,
            role=user.role.label,
            disabled=user.disabled,
            created_at=user.created_at,
        )


class UserIn(Strict):
    model_config = ConfigDict(
        json_schema_extra={"examples": [{"name": "bob", "role": "operator", "password": "a long passphrase"}]}
    )

    name: str = Field(min_length=1, max_length=100)
    role: RoleName
    password: str = Password


class UserPatch(Strict):
    model_config = ConfigDict(json_schema_extra={"examples": [{"role": "viewer"}]})

    role: RoleName | None = None
    disabled: bool | None = None
    password: str | None = Field(None, min_length=MIN_PASSWORD_CHARS, max_length=MAX_PASSWORD_CHARS)


class TokenIn(Strict):
    model_config = ConfigDict(json_schema_extra={"examples": [{"name": "ci", "scope": "viewer"}]})

    name: str = Field(min_length=1, max_length=200)
    scope: RoleName
    user_id: int | None = Field(None, ge=1, description="Admins only: make it for another user.")
    expires_in_s: float | None = Field(None, gt=0, le=10 * 365 * 86400)


class TokenOut(Strict):
    id: int
    user_id: int
    name: str
    scope: RoleName
    created_at: datetime
    expires_at: datetime | None
    revoked_at: datetime | None

    @classmethod
    def of(cls, token: ApiToken) -> TokenOut:
        return cls(
            id=token.id,
            user_id=token.user_id,
            name=token.name,
            scope=token.scope.label,
            created_at=token.created_at,
            expires_at=token.expires_at,
            revoked_at=token.revoked_at,
        )


class TokenCreated(Strict):
    token: TokenOut
    secret: str = Field(description="Shown only now; only its hash is kept.")


class AuditOut(Strict):
    id: int
    at: datetime
    actor: str
    action: str
    subject: str
    remote: str
    detail: dict[str, Any]

    @classmethod
    def of(cls, entry: AuditEntry) -> AuditOut:
        return cls.model_validate(asdict(entry))
