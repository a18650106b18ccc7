"""The running agent (watch replaced by hand-fed paths): batches restored then recorded, and a
batch whose recording failed is recorded with the next one, from the journal."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path

from tamperwatch.agent.changes import Outcome
from tamperwatch.agent.journal import settled
from tamperwatch.agent.record import BASELINE_EVENT, PUBLISH_EVENT, Recorder
from tamperwatch.agent.service import Agent
from tamperwatch.agent.watch import ManualWatch
from tamperwatch.archive.memory import MemoryArchive
from tamperwatch.models import Incident

from .guarded import Guarded, build
from .sitekit import DEFAULT_TIMEOUT_S, POLL_S, state


async def until(check: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + DEFAULT_TIMEOUT_S
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(POLL_S)


@asynccontextmanager
async def running(guarded: Guarded, recorder: Recorder) -> AsyncIterator[Agent]:
    agent = Agent([guarded.guard], recorder, guarded.config, "tester", lambda roots: ManualWatch())
    stop, ready = asyncio.Event(), asyncio.Event()
    task = asyncio.create_task(agent.run(stop, ready.set))
    await asyncio.wait_for(ready.wait(), DEFAULT_TIMEOUT_S)
    try:
        yield agent
    finally:
        stop.set()
        await task


async def incidents(archive: MemoryArchive) -> list[Incident]:
    return await archive.list_incidents()


async def test_a_fed_change_is_restored_then_recorded(tmp_path: Path) -> None:
    guarded = build(tmp_path)
    archive = MemoryArchive()
    async with running(guarded, Recorder(archive, None, "web1", 60.0)) as agent:
        (guarded.root / "index.html").write_bytes(b"defaced")
        agent.coalescers[guarded.root].add(str(guarded.root / "index.html"))
        await until(lambda: agent.counters.restored == 1, "the restore")
        await until(lambda: bool(archive._incidents), "the incident")
    assert state(guarded.root) == guarded.golden
    assert not guarded.guard.journal.read()


class FailOnce(Recorder):
    failed = False

    async def outcome(self, outcome: Outcome) -> Incident | None:
        if not self.failed:
            self.failed = True
            raise OSError("database is locked")
        return await super().outcome(outcome)


async def test_a_batch_whose_recording_failed_is_recorded_with_the_next(tmp_path: Path) -> None:
    guarded = build(tmp_path)
    archive = MemoryArchive()
    async with running(guarded, FailOnce(archive, None, "web1", 60.0)) as agent:
        feed = agent.coalescers[guarded.root]
        (guarded.root / "index.html").write_bytes(b"defaced")
        feed.add(str(guarded.root / "index.html"))
        await until(lambda: agent.counters.errors == 1, "the failed recording")
        assert [c["path"] for c in settled(guarded.guard.journal.read())] == ["index.html"]
        (guarded.root / "shell.php").write_bytes(b"<?php")
        feed.add(str(guarded.root / "shell.php"))
        await until(lambda: agent.counters.restored == 2 and not guarded.guard.journal.read(), "both")
    (incident,) = await incidents(archive)
    assert {c["path"] for c in incident.evidence["changes"]} == {"index.html", "shell.php"}
    assert incident.evidence["batches"] == 2
    # the change recovered from the journal says what its fix did, not what was known before it
    assert all(c["restored"] for c in incident.evidence["changes"])


async def test_a_baseline_older_than_the_log_raises_an_alarm_and_restores_nothing(tmp_path: Path) -> None:
    guarded = build(tmp_path)
    archive = MemoryArchive()
    recorder = Recorder(archive, None, "web1", 60.0)
    await recorder.note(PUBLISH_EVENT, str(guarded.root), {"generation": 5}, "alice")
    async with running(guarded, recorder) as agent:
        (guarded.root / "index.html").write_bytes(b"defaced")
        agent.coalescers[guarded.root].add(str(guarded.root / "index.html"))
        await until(lambda: agent.counters.changes == 1, "the change to be judged")
    assert (guarded.root / "index.html").read_bytes() == b"defaced"
    reasons = [i.reasons[0] for i in await incidents(archive)]
    assert "agent baseline rolled back: generation 1 on disk, the log has 5" in reasons


def test_a_generation_older_than_the_one_in_use_is_refused(tmp_path: Path) -> None:
    from tamperwatch.agent.manifest import Manifest

    guarded = build(tmp_path)
    current = guarded.guard.manifest
    assert current is not None
    store = guarded.guard.parts.baselines
    store.save(Manifest(current.root, 2, "t", "alice", "release", dict(current.entries)))
    guarded.guard.refresh()
    store.save(Manifest(current.root, 1, "t", "mallory", "old", dict(current.entries)))
    guarded.guard.refresh()
    assert guarded.guard.tampered == "rolled back from generation 2 to 1"
    assert guarded.guard.manifest is not None and guarded.guard.manifest.generation == 2


async def test_a_baseline_tampered_while_running_raises_its_own_alarm_once(tmp_path: Path) -> None:
    guarded = build(tmp_path)
    archive = MemoryArchive()
    async with running(guarded, Recorder(archive, None, "web1", 60.0)) as agent:
        pointer = guarded.guard.parts.baselines.pointer
        pointer.write_text(pointer.read_text().replace('"signature": "', '"signature": "00'))
        for done, name in enumerate(("index.html", "about.html"), 1):  # two batches: one alarm
            (guarded.root / name).write_bytes(b"defaced")
            agent.coalescers[guarded.root].add(str(guarded.root / name))
            await until(lambda n=done: agent.counters.changes == n, f"batch {done}")
    reasons = [i.reasons[0] for i in await incidents(archive)]
    alarms = [r for r in reasons if r.startswith("agent baseline does not verify")]
    assert len(alarms) == 1 and "signature does not verify" in alarms[0]
    assert (guarded.root / "index.html").read_bytes() == b"defaced"  # nothing restored from it


async def test_a_golden_copy_poisoned_while_running_raises_the_golden_store_alarm(tmp_path: Path) -> None:
    guarded = build(tmp_path)
    archive = MemoryArchive()
    async with running(guarded, Recorder(archive, None, "web1", 60.0)) as agent:
        guarded.poison("index.html", b"<h1>poison</h1>")
        (guarded.root / "index.html").write_bytes(b"defaced")
        agent.coalescers[guarded.root].add(str(guarded.root / "index.html"))
        await until(lambda: agent.counters.changes == 1, "the change to be judged")
        await until(lambda: len(archive._incidents) == 2, "the tamper incident and the alarm")
    reasons = sorted(i.reasons[0] for i in await incidents(archive))
    assert reasons[0] == "agent golden store altered: 1 golden copies missing or changed (not used)"
    assert (guarded.root / "index.html").read_bytes() == b"defaced"


async def test_a_publish_killed_before_its_record_is_recorded_at_the_next_start(tmp_path: Path) -> None:
    import shutil

    from tamperwatch.agent.publish import commit_publish, plan_publish

    guarded = build(tmp_path)
    archive = MemoryArchive()
    recorder = Recorder(archive, None, "web1", 60.0)
    await recorder.note(BASELINE_EVENT, str(guarded.root), {"generation": 1})
    staging = tmp_path / "staging"
    shutil.copytree(guarded.root, staging)
    (staging / "index.html").write_bytes(b"<h1>New</h1>")
    commit_publish(guarded.guard, plan_publish(guarded.guard, staging, "alice", "release"))
    # ... and the process was killed here, before its signed record
    async with running(guarded, recorder):
        pass
    published = [e for e in await archive.log_events() if e.change == PUBLISH_EVENT]
    assert [(e.actor, e.data["generation"], e.data["recorded_late"]) for e in published] == [
        ("alice", 2, True)
    ]
    assert await incidents(archive) == []  # not taken for a rollback or a defacement
    assert (guarded.root / "index.html").read_bytes() == b"<h1>New</h1>"


async def test_a_baseline_with_a_bad_signature_at_start_raises_its_alarm_and_restores_nothing(
    tmp_path: Path,
) -> None:
    guarded = build(tmp_path)
    pointer = guarded.guard.parts.baselines.pointer
    pointer.write_text(pointer.read_text().replace('"signature": "', '"signature": "00'))
    archive = MemoryArchive()
    async with running(guarded, Recorder(archive, None, "web1", 60.0)) as agent:
        (guarded.root / "index.html").write_bytes(b"defaced")
        agent.coalescers[guarded.root].add(str(guarded.root / "index.html"))
        await until(lambda: agent.counters.changes == 1, "the change to be judged")
    reasons = [i.reasons[0] for i in await incidents(archive)]
    alarms = [r for r in reasons if r.startswith("agent baseline does not verify")]
    assert len(alarms) == 1 and "signature does not verify" in alarms[0], reasons
    assert (guarded.root / "index.html").read_bytes() == b"defaced"
