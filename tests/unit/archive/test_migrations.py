"""The packaged Alembic migrations build the schema the code expects, once."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from tamperwatch.archive.migrate import current_revision, head_revision, upgrade_to_head
from tamperwatch.archive.runner import sqlite_engine
from tamperwatch.archive.tables import metadata
from tamperwatch.settings import Settings


def test_fresh_database_migrates_to_head_and_reopening_is_a_no_op(settings: Settings) -> None:
    settings.data_dir.mkdir(parents=True)
    engine = sqlite_engine(settings.effective_database_url)
    try:
        with engine.begin() as conn:
            upgrade_to_head(conn)
        with engine.begin() as conn:
            assert current_revision(conn) == head_revision() is not None
            names = set(inspect(conn).get_table_names())
            assert {"targets", "target_state", "observations", "blobs", "profiles", "incidents"} <= names
            conn.execute(text("INSERT INTO blobs (hash, size, stored_us) VALUES ('k', 1, 1)"))
        with engine.begin() as conn:
            upgrade_to_head(conn)
        with engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM blobs")).scalar_one() == 1
    finally:
        engine.dispose()


def test_migrations_match_the_table_definitions(settings: Settings) -> None:
    settings.data_dir.mkdir(parents=True)
    engine = sqlite_engine(settings.effective_database_url)
    try:
        with engine.begin() as conn:
            upgrade_to_head(conn)
            assert list(compare_metadata(MigrationContext.configure(conn), metadata)) == []
    finally:
        engine.dispose()


def test_wal_mode_and_synchronous_setting_are_applied(settings: Settings) -> None:
    settings.data_dir.mkdir(parents=True)
    engine = sqlite_engine(settings.effective_database_url, "FULL")
    try:
        with engine.connect() as conn:
            assert conn.execute(text("PRAGMA journal_mode")).scalar_one() == "wal"
            assert conn.execute(text("PRAGMA synchronous")).scalar_one() == 2
    finally:
        engine.dispose()


def test_schema_head_constant_matches_alembic_head() -> None:
    from tamperwatch.archive.migrate import SCHEMA_HEAD

    assert head_revision() == SCHEMA_HEAD, "bump SCHEMA_HEAD in archive/migrate.py with every new revision"


def test_a_database_of_the_previous_revision_keeps_its_targets_and_states(settings: Settings) -> None:
    """0002 -> 0003 adds target_state.rendered_at: existing rows stay, with 0 (not rendered yet)."""
    from alembic import command

    from tamperwatch.archive.migrate import alembic_config

    settings.data_dir.mkdir(parents=True)
    engine = sqlite_engine(settings.effective_database_url)
    try:
        with engine.begin() as conn:
            config = alembic_config()
            config.attributes["connection"] = conn
            command.upgrade(config, "0002")
            conn.execute(
                text(
                    "INSERT INTO target_state (target_id, next_due, etag, last_modified, last_body_hash,"
                    " last_status, last_score, last_checked_at, consecutive_failures,"
                    " consecutive_suspicious) VALUES (7, 1.5, '', '', 'ab', 'clean', 0.0, 1.0, 0, 0)"
                )
            )
        with engine.begin() as conn:
            upgrade_to_head(conn)
            assert current_revision(conn) == "0003"
            row = conn.execute(text("SELECT target_id, next_due, rendered_at FROM target_state")).one()
        assert tuple(row) == (7, 1.5, 0.0)
    finally:
        engine.dispose()
