"""Whole-archive health check: SQLite integrity, every chain verified, observation counts.

``check_archive_integrity(settings)`` is what crash-safety tests (and operators) run after an
unclean stop; it opens the archive read-mostly and never changes data.
"""

from __future__ import annotations

import asyncio
import sqlite3
from dataclasses import dataclass, field

from sqlalchemy import make_url

from tamperwatch.archive.audit import LogReport
from tamperwatch.archive.base import ChainReport
from tamperwatch.archive.sql import SqlArchive
from tamperwatch.settings import Settings


@dataclass(frozen=True, slots=True)
class IntegrityReport:
    database_ok: bool  # PRAGMA integrity_check (always True for non-SQLite databases)
    database_messages: list[str]
    chains: list[ChainReport] = field(default_factory=list)
    counts: dict[int, tuple[int, int]] = field(default_factory=dict)  # target id -> (observations, max seq)
    log: LogReport | None = None  # the whole log against the newest checkpoint in the data folder

    @property
    def ok(self) -> bool:
        log_ok = self.log is None or self.log.ok
        return self.database_ok and all(chain.ok for chain in self.chains) and log_ok

    @property
    def tampered(self) -> bool:
        return any(chain.tampered or chain.broken_links for chain in self.chains) or not (
            self.log is None or self.log.ok
        )


def sqlite_integrity(url: str) -> list[str]:
    """``PRAGMA integrity_check`` lines (["ok"] when healthy); [] for other databases."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return []
    with sqlite3.connect(parsed.database) as conn:
        return [str(row[0]) for row in conn.execute("PRAGMA integrity_check")]


async def check_archive_integrity(settings: Settings) -> IntegrityReport:
    messages = await asyncio.to_thread(sqlite_integrity, settings.effective_database_url)
    async with SqlArchive.from_settings(settings) as archive:
        counts = await archive.observation_counts()
        log = await archive.verify_log()
    return IntegrityReport(
        database_ok=messages in ([], ["ok"]),
        database_messages=messages,
        chains=log.chains,
        counts=counts,
        log=log,
    )
