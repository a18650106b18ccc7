"""Signed records and incidents: one incident per episode, one signed record per batch."""

from __future__ import annotations

from tamperwatch.agent.changes import Change, Outcome, What
from tamperwatch.agent.manifest import Entry, Kind
from tamperwatch.agent.record import TAMPER_EVENT, Recorder, target_url
from tamperwatch.archive.memory import MemoryArchive
from tamperwatch.models import IncidentKind, IncidentState
from tamperwatch.notify.base import MemoryNotifier
from tamperwatch.pipeline.services import DirectSink

ROOT = "/var/www/site"
FILE = Entry(Kind.FILE, 0o644, 33, 33, 5, "ab" * 32)


def batch(*paths: str) -> Outcome:
    outcome = Outcome(ROOT, "watch", restoring=True)
    outcome.changes = [Change(p, What.MODIFIED, FILE, FILE, "cd" * 32, restored=True) for p in paths]
    return outcome


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


async def test_a_batch_opens_one_signed_incident_on_the_roots_target_and_notifies_once() -> None:
    archive, notifier, clock = MemoryArchive(), MemoryNotifier(), Clock()
    recorder = Recorder(archive, DirectSink(notifier), "web1", 60.0, clock)
    incident = await recorder.outcome(batch(*(f"page{i}.html" for i in range(10_000))))
    assert incident is not None and incident.kind is IncidentKind.DEFACED
    target = await archive.get_target(target_url("web1", ROOT))
    assert target is not None and incident.target_id == target.id
    assert incident.evidence["changes_total"] == 10_000 and len(incident.evidence["changes"]) == 200
    full = await archive.load_body(incident.evidence["change_lists"][0])
    assert full is not None and full.count(b'"path"') == 10_000
    assert [e.change for e in notifier.events] == ["opened"]
    assert (await archive.verify_log()).ok


async def test_batches_of_one_episode_join_its_incident_later_ones_open_another() -> None:
    archive, clock = MemoryArchive(), Clock()
    recorder = Recorder(archive, None, "web1", 60.0, clock)
    first = await recorder.outcome(batch("a.html"))
    clock.now += 5
    joined = await recorder.outcome(batch("b.html", "c.html"))
    assert first is not None and joined is not None and joined.id == first.id
    assert joined.evidence["changes_total"] == 3 and joined.evidence["batches"] == 2
    assert len(joined.evidence["change_lists"]) == 2
    events = [e for e in await archive.log_events() if e.incident_id == first.id]
    assert [e.change for e in events] == ["opened", TAMPER_EVENT]
    clock.now += 61
    later = await recorder.outcome(batch("d.html"))
    assert later is not None and later.id != first.id
    assert len(await archive.list_incidents(IncidentState.OPEN)) == 2


async def test_a_resolved_incident_is_not_joined() -> None:
    archive, clock = MemoryArchive(), Clock()
    recorder = Recorder(archive, None, "web1", 60.0, clock)
    first = await recorder.outcome(batch("a.html"))
    assert first is not None
    await archive.set_incident_state(first.id, IncidentState.RESOLVED)
    again = await recorder.outcome(batch("a.html"))
    assert again is not None and again.id != first.id


async def test_nothing_changed_records_nothing() -> None:
    archive = MemoryArchive()
    recorder = Recorder(archive, None, "web1", 60.0)
    assert await recorder.outcome(Outcome(ROOT, "rescan", restoring=True)) is None
    assert await archive.list_incidents() == []
