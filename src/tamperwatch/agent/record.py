"""Signed records, incidents and notifications of what the agent found, in the installation's
archive and log (the same signed log as the remote checks).

Each root is a target ``file://HOST/ROOT`` (its incidents list beside the remote checks). One
batch of changes is one signed record: the first batch of an episode opens a ``defaced`` incident
(its signed "opened" event carries the evidence); later batches within ``episode_gap_s`` of the
previous change join it as one signed ``agent-tamper`` event each, so a burst of 10,000 writes is
one incident listing every path, not 10,000 incidents. The full list of changes is a blob the
incident references (kept by retention); the evidence lists the first ``EVIDENCE_MAX_CHANGES``.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, Protocol

from tamperwatch.agent.changes import GOLDEN_BAD, Outcome
from tamperwatch.agent.config import DIFF_MAX_FILES, EVIDENCE_MAX_CHANGES
from tamperwatch.agent.episodes import Episodes, MemoryEpisodes
from tamperwatch.agent.events import (
    AGENT_ACTOR,
    AGENT_EVENTS_PATH,
    BASELINE_EVENT,
    BATCH_CHANGE,
    GENERATION_EVENTS,
    MAINTENANCE_EVENT,
    PUBLISH_EVENT,
    TAMPER_EVENT,
    target_url,
)
from tamperwatch.archive.base import Archive
from tamperwatch.models import Incident, IncidentEvent, IncidentKind, IncidentState, Target, TargetKind

AGENT_TARGET_KIND = TargetKind.AGENT  # the scheduler fetches only web targets
AGENT_TARGET_INTERVAL_S = 86400.0
RECOVERED_BY = "before the agent stopped"
REASONS_MAX = 5  # reasons an incident lists (the first changed paths)
ACTIVE = (IncidentState.OPEN, IncidentState.ACKNOWLEDGED)
__all__ = [
    "AGENT_ACTOR",
    "AGENT_EVENTS_PATH",
    "BASELINE_EVENT",
    "BATCH_CHANGE",
    "MAINTENANCE_EVENT",
    "PUBLISH_EVENT",
    "TAMPER_EVENT",
    "Recorder",
    "target_url",
]


class EventSink(Protocol):
    async def publish(self, event: IncidentEvent) -> None: ...


class Recorder:
    def __init__(
        self,
        archive: Archive,
        events: EventSink | None,
        host: str,
        episode_gap_s: float,
        clock: Callable[[], float] = time.monotonic,
        episodes: Episodes | None = None,
        reports: EventSink | None = None,
    ) -> None:
        """``events``: the notifiers (an incident opened); ``reports``: the central serve, which
        hears of every batch (the incident opened, then each batch that joins it);
        ``episodes``: where the episode of each root is kept (in memory by default; a recorder
        that lives for a few batches keeps them in a file, with a wall ``clock``)."""
        self.archive = archive
        self.events = events
        self.reports = reports
        self.host = host
        self.episode_gap_s = episode_gap_s
        self._clock = clock
        self._targets: dict[str, Target] = {}
        self._episodes = episodes if episodes is not None else MemoryEpisodes()

    async def target(self, root: str) -> Target:
        found = self._targets.get(root)
        if found is not None:
            return found
        url = target_url(self.host, root)
        target = await self.archive.get_target(url)
        if target is None:
            target = await self.archive.add_target(
                Target(url, kind=AGENT_TARGET_KIND, interval_s=AGENT_TARGET_INTERVAL_S, tags=("agent",))
            )
        self._targets[root] = target
        return target

    async def note(self, change: str, root: str, data: dict[str, Any], actor: str = AGENT_ACTOR) -> int:
        """One signed log event about ``root`` (a baseline made, a publish, a maintenance window)."""
        target = await self.target(root)
        data = {"target_id": target.id, "root": root} | data
        event = await self.archive.append_event(change, data, 0, actor)
        return event.idx

    async def newest_generation(self, root: str) -> int:
        """The newest baseline generation of ``root`` the signed log knows of (0: none)."""
        events = getattr(self.archive, "log_events", None)
        if events is None:
            return 0
        logged = [
            int(e.data.get("generation", 0))
            for e in await events()
            if e.change in GENERATION_EVENTS and e.data.get("root") == root
        ]
        return max(logged, default=0)

    async def outcome(self, outcome: Outcome) -> Incident | None:
        """Record one batch; the incident it opened or joined (None when nothing changed)."""
        if not outcome.changes:
            return None
        full = [c.describe() for c in outcome.changes]
        return await self.record(outcome.root, outcome.reason, outcome.note, full, outcome.diffs)

    async def recovered(
        self, root: str, changes: list[dict[str, Any]], at: float | None = None
    ) -> Incident | None:
        """Record the changes a run fixed but was killed before recording (its journal)."""
        if not changes:
            return None
        note = "recorded from its journal"
        return await self.record(root, RECOVERED_BY, note, changes, {}, at)

    async def record(
        self,
        root: str,
        found_by: str,
        note: str,
        full: list[dict[str, Any]],
        diffs: dict[str, str],
        at: float | None = None,
    ) -> Incident | None:
        """Record one batch of described changes, found at ``at`` (the clock's time; default
        now); the incident it opened or joined."""
        target = await self.target(root)
        blob = await self.archive.put_blob(json.dumps(full, sort_keys=True).encode())
        batch = self._evidence(root, found_by, note, full, diffs) | {"change_lists": [blob], "blobs": [blob]}
        reasons = _reasons(root, note, full)
        now = self._clock() if at is None else at
        joined = await self._episode(root, now)
        if joined is not None:
            evidence = _merge(joined.evidence, batch)
            data = {"batch": _summary(batch), "evidence": evidence, "reasons": list(reasons)}
            await self.archive.append_event(TAMPER_EVENT, data, joined.id, AGENT_ACTOR)
            self._episodes.put(root, joined.id, now)
            updated = await self.archive.get_incident(joined.id)
            if updated is not None and self.reports is not None:
                change = f"{BATCH_CHANGE}{evidence['batches']}"  # one id per batch: none deduplicated
                await self.reports.publish(IncidentEvent(updated, target.url, change, datetime.now(UTC)))
            return updated
        incident = await self.archive.open_incident(target.id, IncidentKind.DEFACED, 1.0, reasons, batch)
        self._episodes.put(root, incident.id, now)
        await self._notify(incident, target)
        return incident

    async def alarm(self, root: str, reason: str, evidence: dict[str, Any]) -> Incident:
        """The agent's own protection is broken (a baseline or golden copy that does not verify)."""
        target = await self.target(root)
        data = {"source": "agent", "alarm": True, "host": self.host, "root": root} | evidence
        incident = await self.archive.open_incident(target.id, IncidentKind.DEFACED, 1.0, (reason,), data)
        await self._notify(incident, target)
        return incident

    async def _episode(self, root: str, now: float) -> Incident | None:
        incident_id, last = self._episodes.get(root)
        if not incident_id or now - last > self.episode_gap_s:
            return None
        incident = await self.archive.get_incident(incident_id)
        return incident if incident is not None and incident.state in ACTIVE else None

    async def _notify(self, incident: Incident, target: Target) -> None:
        event = IncidentEvent(incident, target.url, "opened", datetime.now(UTC))
        for sink in (self.events, self.reports):
            if sink is not None:
                await sink.publish(event)

    def _evidence(
        self, root: str, found_by: str, note: str, full: list[dict[str, Any]], diffs: dict[str, str]
    ) -> dict[str, Any]:
        quarantined = {c["path"]: c["quarantined"] for c in full if c.get("quarantined")}
        errors = [c for c in full if c.get("error")]
        poisoned = [c["path"] for c in errors if c["error"].startswith(GOLDEN_BAD)]
        return {
            "source": "agent",
            "host": self.host,
            "root": root,
            "found_by": found_by,
            "restoring": not note,
            "note": note,
            "batches": 1,
            "counts": dict(Counter(c["change"] for c in full)),
            "changes_total": len(full),
            "restored": sum(1 for c in full if c.get("restored")),
            "failed": len(errors),
            "poisoned": poisoned[:EVIDENCE_MAX_CHANGES],
            "changes": full[:EVIDENCE_MAX_CHANGES],
            "quarantined": dict(list(quarantined.items())[:EVIDENCE_MAX_CHANGES]),
            "diffs": diffs,
        }


def _reasons(root: str, note: str, full: list[dict[str, Any]]) -> tuple[str, ...]:
    counts = ", ".join(f"{n} {what}" for what, n in sorted(Counter(c["change"] for c in full).items()))
    restored = sum(1 for c in full if c.get("restored"))
    action = f"not restored ({note})" if note and not restored else f"restored {restored}"
    head = f"files changed on the server under {root}: {counts}; {action}"
    return (head, *(f"{c['change']}: {c['path']}" for c in full[:REASONS_MAX]))


def _summary(batch: dict[str, Any]) -> dict[str, Any]:
    keep = ("found_by", "restoring", "note", "counts", "changes_total", "restored", "failed", "change_lists")
    return {k: batch[k] for k in keep}


def _merge(old: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    """The incident's evidence with one more batch folded in (lists capped, counts summed)."""
    merged = dict(old)
    counts = dict(old.get("counts", {}))
    for what, n in new["counts"].items():
        counts[what] = counts.get(what, 0) + n
    merged["counts"] = counts
    for key in ("changes_total", "restored", "failed", "batches"):
        merged[key] = int(old.get(key, 0)) + int(new[key])
    for key in ("changes", "poisoned"):
        merged[key] = (list(old.get(key, [])) + new[key])[:EVIDENCE_MAX_CHANGES]
    quarantined = dict(old.get("quarantined", {})) | new["quarantined"]
    merged["quarantined"] = dict(list(quarantined.items())[:EVIDENCE_MAX_CHANGES])
    merged["diffs"] = dict(list((dict(old.get("diffs", {})) | new["diffs"]).items())[:DIFF_MAX_FILES])
    for key in ("change_lists", "blobs"):
        merged[key] = list(old.get(key, [])) + new[key]
    return merged
