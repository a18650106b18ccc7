"""Agent roots are targets of their own kind; roots recorded by an older agent as ``stream``
targets become ``agent`` targets when the archive is migrated, and real streams stay streams."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import text

from tamperwatch.agent.record import Recorder
from tamperwatch.archive.memory import MemoryArchive
from tamperwatch.archive.migrate import alembic_config, upgrade_to_head
from tamperwatch.archive.runner import sqlite_engine
from tamperwatch.models import TargetKind

ROW = (
    "INSERT INTO targets (url, kind, interval_s, tags, render_policy, headers, ignore_selectors, owner, "
    "created_us) VALUES (:url, 'stream', 1.0, :tags, 'never', '{}', '[]', '', 1)"
)


async def test_a_root_is_recorded_as_an_agent_target() -> None:
    archive = MemoryArchive()
    target = await Recorder(archive, None, "web1", 60.0).target("/var/www/site")
    assert target.kind is TargetKind.AGENT and target.url == "file://web1/var/www/site"


def test_roots_stored_as_streams_become_agent_targets_in_one_migration(tmp_path: Path) -> None:
    engine = sqlite_engine(f"sqlite:///{tmp_path / 'archive.db'}")
    try:
        with engine.begin() as conn:
            config = alembic_config()
            config.attributes["connection"] = conn
            command.upgrade(config, "0005")
            conn.execute(text(ROW), {"url": "file://web1/var/www/site", "tags": '["agent"]'})
            conn.execute(text(ROW), {"url": "file://web1/srv/channel.ts", "tags": "[]"})
            conn.execute(text(ROW), {"url": "https://tv.example.org/live.m3u8", "tags": '["agent"]'})
        with engine.begin() as conn:
            upgrade_to_head(conn)
            kinds = dict(conn.execute(text("SELECT url, kind FROM targets")).all())
    finally:
        engine.dispose()
    assert kinds == {
        "file://web1/var/www/site": "agent",
        "file://web1/srv/channel.ts": "stream",
        "https://tv.example.org/live.m3u8": "stream",
    }
