"""Alembic environment: runs on the connection handed over by ``archive.migrate``."""

from __future__ import annotations

from alembic import context

from tamperwatch.archive.tables import metadata

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("tamperwatch migrations run programmatically (SqlArchive.open / archive.migrate)")
context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
