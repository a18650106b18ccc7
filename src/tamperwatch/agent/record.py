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
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, Protocol

from tamperwatch.agent.changes import Outcome
from tamperwatch.agent.config import DIFF_MAX_FILES, EVIDENCE_MAX_CHANGES
from tamperwatch.archive.base import Archive
from tamperwatch.models import Incident, IncidentEvent, IncidentKind, IncidentState, Target, TargetKind

AGENT_ACTOR = "tamperwatch-agent"
TAMPER_EVENT = "agent-tamper"
BASELINE_EVENT = "agent-baseline"
PUBLISH_EVENT = "agent-published"
MAINTENANCE_EVENT = "agent-maintenance"
# The agent's roots are stored as targets of this kind: one the scheduler never fetches and no
# stream or screen loop runs without its own registration (there is no agent kind of target yet).
AGENT_TARGET_KIND = TargetKind.STREAM
AGENT_TARGET_INTERVAL_S = 86400.0
REASONS_MAX = 5  # reasons an incident lists (the first changed paths)
ACTIVE = (IncidentState.OPEN, IncidentState.ACKNOWLEDGED)


class EventSink(Protocol):
    async def publish(self, event: IncidentEvent) -> None: ...


def target_url(host: str, root: str) -> str:
    return f"file://{host}{root}"


class Recorder:
    def __init__(
        self,
        archive: Archive,
        events: EventSink | None,
        host: str,
        episode_gap_s: float,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.archive = archive
        self.events = events
        self.host = host
        self.episode_gap_s = episode_gap_s
        self._clock = clock
        self._targets: dict[str, Target] = {}
        self._episodes: dict[str, tuple[int, float]] = {}  # root -> (incident id, last change)

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

    async def outcome(self, outcome: Outcome) -> Incident | None:
        """Record one batch; the incident it opened or joined (None when nothing changed)."""
        if not outcome.changes:
            return None
        target = await self.target(outcome.root)
        full = [c.describe() for c in outcome.changes]
        blob = await self.archive.put_blob(json.dumps(full, sort_keys=True).encode())
        batch = self._evidence(outcome, full, blob)
        reasons = self._reasons(outcome)
        now = self._clock()
        joined = await self._episode(outcome.root, now)
        self._episodes[outcome.root] = (joined.id if joined else 0, now)
        if joined is not None:
            evidence = _merge(joined.evidence, batch)
            data = {"batch": _summary(batch), "evidence": evidence, "reasons": list(reasons)}
            await self.archive.append_event(TAMPER_EVENT, data, joined.id, AGENT_ACTOR)
            return await self.archive.get_incident(joined.id)
        incident = await self.archive.open_incident(target.id, IncidentKind.DEFACED, 1.0, reasons, batch)
        self._episodes[outcome.root] = (incident.id, now)
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
        incident_id, last = self._episodes.get(root, (0, 0.0))
        if not incident_id or now - last > self.episode_gap_s:
            return None
        incident = await self.archive.get_incident(incident_id)
        return incident if incident is not None and incident.state in ACTIVE else None

    async def _notify(self, incident: Incident, target: Target) -> None:
        if self.events is not None:
            await self.events.publish(IncidentEvent(incident, target.url, "opened", datetime.now(UTC)))

    def _evidence(self, outcome: Outcome, full: list[dict[str, Any]], blob: str) -> dict[str, Any]:
        quarantined = {c.path: c.quarantined for c in outcome.changes if c.quarantined}
        return {
            "source": "agent",
            "host": self.host,
            "root": outcome.root,
            "found_by": outcome.reason,
            "restoring": outcome.restoring,
            "note": outcome.note,
            "batches": 1,
            "counts": outcome.counts(),
            "changes_total": len(full),
            "restored": outcome.restored,
            "failed": sum(1 for c in outcome.changes if c.error),
            "poisoned": outcome.poisoned[:EVIDENCE_MAX_CHANGES],
            "changes": full[:EVIDENCE_MAX_CHANGES],
            "quarantined": dict(list(quarantined.items())[:EVIDENCE_MAX_CHANGES]),
            "diffs": outcome.diffs,
            "change_lists": [blob],
            "blobs": [blob],
        }

    def _reasons(self, outcome: Outcome) -> tuple[str, ...]:
        counts = ", ".join(f"{n} {what}" for what, n in sorted(outcome.counts().items()))
        action = f"restored {outcome.restored}" if outcome.restoring else f"not restored ({outcome.note})"
        head = f"files changed on the server under {outcome.root}: {counts}; {action}"
        paths = [f"{c.what.value}: {c.path}" for c in outcome.changes[:REASONS_MAX]]
        return (head, *paths)


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
