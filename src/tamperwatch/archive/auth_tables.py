"""Tables of the people who use the API and dashboard: users, their API tokens, and the audit log
of what they did (migration 0007). Same conventions as ``tables.py``: epoch microseconds."""

from __future__ import annotations

from sqlalchemy import BigInteger, Column, Index, Integer, String, Table, Text

from tamperwatch.archive.tables import metadata

users = Table(
    "users",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", String(100), nullable=False, unique=True),
    Column("role", String(16), nullable=False),
    Column("password_hash", Text, nullable=False),
    Column("disabled", Integer, nullable=False, server_default="0"),
    Column("created_us", BigInteger, nullable=False),
    sqlite_autoincrement=True,
)

api_tokens = Table(
    "api_tokens",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("user_id", Integer, nullable=False),
    Column("name", String(200), nullable=False),
    Column("scope", String(16), nullable=False),
    Column("token_sha256", String(64), nullable=False, unique=True),
    Column("created_us", BigInteger, nullable=False),
    Column("expires_us", BigInteger, nullable=True),
    Column("revoked_us", BigInteger, nullable=True),
    Index("ix_api_tokens_user", "user_id"),
    sqlite_autoincrement=True,
)

audit_log = Table(
    "audit_log",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at_us", BigInteger, nullable=False),
    Column("actor", String(200), nullable=False),
    Column("action", String(100), nullable=False),
    Column("subject", String(500), nullable=False),
    Column("remote", String(100), nullable=False),
    Column("detail", Text, nullable=False),
    Index("ix_audit_log_at", "at_us"),
    sqlite_autoincrement=True,
)
