"""IncidentService: the one way an incident opens, changes state or gets a comment.

Every change is a signed event in the archive's append-only log (``Archive.append_event``)
with who (``actor``) and when, so the history survives whole, not just the last note. State
changes follow ``TRANSITIONS``; anything else is refused with a one-line ``TransitionRefused``
naming the actions that are allowed from the incident's state. A false positive teaches the
incident's capture to the target's baseline; when the cold-start classifier calls that capture
a defacement page by itself, the change needs ``force=True`` and the event records that it
was forced.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, Protocol

from tamperwatch.archive.base import Archive
from tamperwatch.archive.log import LogEvent
from tamperwatch.models import Incident, IncidentKind, IncidentState, Status, Verdict

SYSTEM_ACTOR = "tamperwatch"  # the actor of the changes the checks themselves make

OPEN, ACK = IncidentState.OPEN, IncidentState.ACKNOWLEDGED
RESOLVED, FALSE_POSITIVE = IncidentState.RESOLVED, IncidentState.FALSE_POSITIVE


@dataclass(frozen=True, slots=True)
class Action:
    name: str  # the event's ``change``
    sources: frozenset[IncidentState]  # the states it may start from
    target: IncidentState | None  # the state it leads to; None keeps the state (a comment)


ACTIONS = {
    a.name: a
    for a in (
        Action("acknowledged", frozenset({OPEN}), ACK),
        Action("commented", frozenset(IncidentState), None),
        Action("resolved", frozenset({OPEN, ACK}), RESOLVED),
        Action("false-positive", frozenset({OPEN, ACK}), FALSE_POSITIVE),
        Action("reopened", frozenset({RESOLVED, FALSE_POSITIVE}), OPEN),
        Action("notified", frozenset(IncidentState), None),
        Action("held", frozenset(IncidentState), None),  # a notification held by a maintenance window
    )
}
# The table as (from, action) -> to; a pair not in it is refused.
TRANSITIONS: dict[tuple[IncidentState, str], IncidentState] = {
    (source, a.name): a.target or source for a in ACTIONS.values() for source in a.sources
}


class IncidentError(Exception):
    """A change that cannot be made; ``str()`` is one line for the operator."""


class TransitionRefused(IncidentError):
    pass


class ForceNeeded(IncidentError):
    pass


# Fetches a stored capture's body by hash and judges it cold: the verdict of the classifier.
ColdJudge = Callable[[bytes], Verdict]
# Teaches the incident's capture to the target's baseline (feedback.accept_baseline).
TeachBaseline = Callable[[Incident], Awaitable[object]]


class EventLog(Protocol):
    async def log_events(self) -> list[LogEvent]: ...


class IncidentService:
    def __init__(
        self,
        archive: Archive,
        cold_judge: ColdJudge | None = None,
        teach_baseline: TeachBaseline | None = None,
    ) -> None:
        self.archive = archive
        self.cold_judge = cold_judge
        self.teach_baseline = teach_baseline

    async def open(
        self,
        target_id: int,
        kind: IncidentKind,
        score: float,
        reasons: tuple[str, ...],
        evidence: dict[str, Any],
    ) -> Incident:
        """Open an incident (the archive logs the signed "opened" event)."""
        return await self.archive.open_incident(target_id, kind, score, reasons, evidence)

    async def change(
        self, incident_id: int, action: str, actor: str, note: str = "", force: bool = False
    ) -> Incident:
        """Apply ``action`` (a key of ``ACTIONS``) as ``actor``; returns the incident after it."""
        incident = await self.archive.get_incident(incident_id)
        if incident is None:
            raise IncidentError(f"no incident {incident_id}")
        spec = ACTIONS.get(action)
        if spec is None:
            raise IncidentError(f"unknown incident action {action!r}; known: {', '.join(ACTIONS)}")
        if incident.state not in spec.sources:
            allowed = [name for (state, name) in TRANSITIONS if state is incident.state]
            raise TransitionRefused(
                f"incident {incident_id} is {incident.state.value}: it cannot be {action}; "
                f"allowed from {incident.state.value}: {', '.join(allowed)}"
            )
        data: dict[str, Any] = {"note": note} if note else {}
        if spec.target is not None and spec.target is not incident.state:
            data["state"] = spec.target.value
        if spec.target is FALSE_POSITIVE:
            data |= await self._false_positive(incident, force)
        await self.archive.append_event(action, data, incident_id, actor)
        changed = await self.archive.get_incident(incident_id)
        assert changed is not None
        return changed

    async def _false_positive(self, incident: Incident, force: bool) -> dict[str, Any]:
        """Teach the capture to the baseline, unless the classifier calls it a defacement unforced."""
        extra: dict[str, Any] = {}
        content_hash = str(incident.evidence.get("content_hash", ""))
        body = await self.archive.load_body(content_hash) if content_hash else None
        if incident.kind is IncidentKind.DEFACED and body and self.cold_judge is not None:
            verdict = self.cold_judge(body)
            if verdict.status is Status.DEFACED:
                if not force:
                    raise ForceNeeded(
                        f"incident {incident.id}: the captured page reads as a defacement on its own "
                        f"(score {verdict.score:.2f}); a false positive teaches it to the baseline, so "
                        "confirm with --force"
                    )
                extra = {"forced": True, "cold_score": verdict.score}
        if self.teach_baseline is not None and content_hash:
            await self.teach_baseline(incident)
        return extra


async def history(log: EventLog, incident_id: int) -> list[LogEvent]:
    """Every signed event of one incident, oldest first (reads the whole log: for one incident's page)."""
    return [e for e in await log.log_events() if e.incident_id == incident_id]
