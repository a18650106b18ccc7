"""The packaged Alembic migrations build the schema the code expects, once."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

import tamperwatch.api.auth_store  # registers the users, tokens and audit tables
import tamperwatch.incidents.held_store  # registers the held notifications table
import tamperwatch.incidents.maintenance  # noqa: F401  (registers the maintenance windows table)
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
            assert current_revision(conn) == head_revision()
            row = conn.execute(text("SELECT target_id, next_due, rendered_at FROM target_state")).one()
        assert tuple(row) == (7, 1.5, 0.0)
    finally:
        engine.dispose()


async def test_an_archive_from_before_the_log_is_logged_once_when_opened(settings: Settings) -> None:
    """0003 -> 0004 adds the log: SqlArchive.open logs the older observations (in time order) and an
    "imported" event per incident, signs a checkpoint, and never does it again."""
    from alembic import command

    from tamperwatch.archive import rows
    from tamperwatch.archive import tables as t
    from tamperwatch.archive.chain import ObservationFields, seal
    from tamperwatch.archive.migrate import alembic_config
    from tamperwatch.archive.signing import Signer
    from tamperwatch.archive.sql import SqlArchive

    from .helpers import T0

    settings.data_dir.mkdir(parents=True)
    signer = Signer.load_or_create(settings.key_path)
    engine = sqlite_engine(settings.effective_database_url)
    try:
        with engine.begin() as conn:
            config = alembic_config()
            config.attributes["connection"] = conn
            command.upgrade(config, "0003")
            prev = {1: "", 2: ""}
            for minute, target_id in enumerate((1, 2, 1, 2, 1)):
                seq = minute // 2 + 1
                fields = ObservationFields(
                    target_id,
                    seq,
                    T0.replace(minute=minute),
                    200,
                    "",
                    "",
                    "",
                    "clean",
                    0.0,
                    "",
                    prev[target_id],
                )
                obs = seal(fields, signer)
                prev[target_id] = obs.record_hash
                conn.execute(t.observations.insert(), rows.observation_values(obs))
            conn.execute(
                t.incidents.insert().values(
                    target_id=2,
                    kind="defaced",
                    state="acknowledged",
                    opened_us=5,
                    updated_us=6,
                    score=0.9,
                    reasons='["x"]',
                    evidence='{"blobs": []}',
                    note="seen",
                )
            )
    finally:
        engine.dispose()
    async with SqlArchive.from_settings(settings) as archive:
        report = await archive.verify_log()
        assert report.ok, report.findings
        assert report.checkpoint is not None and report.checkpoint.tree_size == 6
        assert report.checkpoint.heads.targets == {1: 3, 2: 2} and report.checkpoint.heads.events == 1
        leaves = await archive.log_leaves(0, 6)
        assert [(leaf.target_id, leaf.seq) for leaf in leaves[:5]] == [(1, 1), (2, 1), (1, 2), (2, 2), (1, 3)]
        assert [e.change for e in await archive.log_events()] == ["imported"]
    async with SqlArchive.from_settings(settings) as archive:
        assert await archive.log_end() == 6
