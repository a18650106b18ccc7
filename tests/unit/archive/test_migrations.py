"""The packaged Alembic migrations build the schema the code expects, once."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Connection, inspect

from tamperwatch.archive.engine import create_engine
from tamperwatch.archive.migrate import current_revision, head_revision, migrate
from tamperwatch.archive.tables import metadata
from tamperwatch.settings import Settings


async def test_fresh_database_migrates_to_head_and_reopening_is_a_no_op(settings: Settings) -> None:
    settings.data_dir.mkdir(parents=True)
    engine = create_engine(settings.effective_database_url)
    try:
        await migrate(engine)
        async with engine.connect() as conn:
            assert await conn.run_sync(current_revision) == head_revision()
            tables = set(await conn.run_sync(lambda c: inspect(c).get_table_names()))
        assert {"targets", "target_state", "observations", "blobs", "profiles", "incidents"} <= tables
        async with engine.begin() as conn:
            await conn.exec_driver_sql("INSERT INTO blobs (hash, size, stored_us) VALUES ('k', 1, 1)")
        await migrate(engine)
        async with engine.connect() as conn:
            assert (await conn.exec_driver_sql("SELECT count(*) FROM blobs")).scalar_one() == 1
    finally:
        await engine.dispose()


async def test_migrations_match_the_table_definitions(settings: Settings) -> None:
    settings.data_dir.mkdir(parents=True)
    engine = create_engine(settings.effective_database_url)

    def diff(conn: Connection) -> list[object]:
        return list(compare_metadata(MigrationContext.configure(conn), metadata))

    try:
        await migrate(engine)
        async with engine.connect() as conn:
            assert await conn.run_sync(diff) == []
    finally:
        await engine.dispose()


async def test_wal_mode_is_on(settings: Settings) -> None:
    settings.data_dir.mkdir(parents=True)
    engine = create_engine(settings.effective_database_url, "FULL")
    try:
        async with engine.connect() as conn:
            assert (await conn.exec_driver_sql("PRAGMA journal_mode")).scalar_one() == "wal"
            assert (await conn.exec_driver_sql("PRAGMA synchronous")).scalar_one() == 2
    finally:
        await engine.dispose()
