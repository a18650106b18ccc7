"""The spool between the resident process and its recording children: items written whole and
read in order, and recorded by children that each live for a few items, yet join one episode."""

from __future__ import annotations

import asyncio
from pathlib import Path

from tamperwatch.agent.config import EPISODE_GAP_S
from tamperwatch.agent.drain import drain
from tamperwatch.agent.spool import BAD_SUFFIX, Spool
from tamperwatch.models import Incident
from tamperwatch.settings import Settings

ROOT = "/var/www/site"


def batch(path: str, at: float) -> dict[str, object]:
    change = {"path": path, "change": "added", "restored": True}
    return {
        "kind": "batch",
        "root": ROOT,
        "found_by": "watch",
        "note": "",
        "changes": [change],
        "diffs": {},
        "at": at,
    }


def test_items_come_back_in_order_and_a_half_written_or_unreadable_one_never_does(tmp_path: Path) -> None:
    spool = Spool(tmp_path / "spool")
    first, second = spool.put({"n": 1}), spool.put({"n": 2})
    (spool.folder / ".tmp-abc-3.json").write_bytes(b'{"n": 3')  # a write killed before its rename
    (spool.folder / "00000000000000000000-1-00000009.json").write_bytes(b"not json")
    assert spool.items()[1:] == [first, second]
    bad = spool.items()[0]
    assert spool.read(bad) is None and bad.with_name(bad.name + BAD_SUFFIX).exists()
    assert [spool.read(p) for p in spool.items()] == [{"n": 1}, {"n": 2}]
    spool.done(first)
    assert spool.items() == [second]


def test_batches_recorded_by_separate_children_join_one_incident_per_episode(tmp_path: Path) -> None:
    settings = Settings(_env_file=None, data_dir=tmp_path / "data")
    spool = Spool(settings.agent_path / "spool")

    def record(item: dict[str, object]) -> int:
        spool.put(item)
        return asyncio.run(drain(settings, "web1"))  # one recording child's work

    assert record(batch("index.html", 1000.0)) == 1
    assert record(batch("shell.php", 1010.0)) == 1
    assert record(batch("evil.php", 1010.0 + EPISODE_GAP_S + 1)) == 1
    assert spool.items() == []

    async def incidents() -> list[Incident]:
        from tamperwatch.runtime import open_archive

        async with open_archive(settings) as archive:
            return await archive.list_incidents()

    first, second = sorted(asyncio.run(incidents()), key=lambda i: i.id)
    assert first.evidence["batches"] == 2 and first.evidence["changes_total"] == 2
    assert second.evidence["batches"] == 1 and second.reasons[1] == "added: evil.php"
