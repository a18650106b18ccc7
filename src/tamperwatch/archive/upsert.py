"""A portable upsert (INSERT ... ON CONFLICT on SQLite and PostgreSQL, update-then-insert elsewhere).

Statements are built once per (dialect, table) and executed with parameters, so SQLAlchemy's
compiled cache is hit on the hot path.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any

from sqlalchemy import Connection, Insert, Table, bindparam, insert, update


@functools.cache
def _on_conflict_statement(dialect: str, table: Table, keys: tuple[str, ...]) -> Insert:
    if dialect == "sqlite":  # each dialect's module is imported only by a database that uses it
        from sqlalchemy.dialects import sqlite

        stmt: sqlite.Insert | Any = sqlite.insert(table)
    else:
        from sqlalchemy.dialects import postgresql

        stmt = postgresql.insert(table)
    changes = {c.name: stmt.excluded[c.name] for c in table.c if c.name not in keys}
    return stmt.on_conflict_do_update(index_elements=list(keys), set_=changes)


def upsert(conn: Connection, table: Table, values: Mapping[str, Any], keys: tuple[str, ...]) -> None:
    """Insert ``values`` (every column of ``table``) or update the row with the same ``keys``."""
    name = conn.dialect.name
    if name in ("sqlite", "postgresql"):
        conn.execute(_on_conflict_statement(name, table, keys), dict(values))
        return
    where = [table.c[k] == bindparam(f"key_{k}") for k in keys]
    changes = {k: v for k, v in values.items() if k not in keys}
    params = {f"key_{k}": values[k] for k in keys}
    if conn.execute(update(table).where(*where).values(**changes), params).rowcount == 0:
        conn.execute(insert(table), dict(values))
