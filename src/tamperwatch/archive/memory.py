"""MemoryArchive: the in-memory twin of SqlArchive, with the same chain and signing semantics.

Used by replay and by tests; it passes the same contract tests as the SQL archive.
"""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Callable, Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

from tamperwatch.archive.audit import LogReport, verify_log
from tamperwatch.archive.base import ChainReport, Observation, ProfileUpdate, TargetState
from tamperwatch.archive.blobs import BlobStore, MemoryBlobStore
from tamperwatch.archive.chain import check_fields, seal, to_micros, utc_now, verify_observations
from tamperwatch.archive.checkpointer import DEFAULT_EVERY, DEFAULT_INTERVAL_S, Checkpointer
from tamperwatch.archive.errors import DuplicateTargetError
from tamperwatch.archive.log import (
    INCIDENT_MUTABLE,
    OBSERVATION,
    Checkpoint,
    Heads,
    LeafRow,
    LogEvent,
    incident_data,
    seal_event,
)
from tamperwatch.archive.merkle import Frontier
from tamperwatch.archive.retention import ACTIVE_INCIDENT_STATES, evidence_blobs
from tamperwatch.archive.signing import Signer
from tamperwatch.models import Capture, Incident, IncidentKind, IncidentState, Target, Verdict


class MemoryArchive:
    """Everything in dicts; ``signer`` defaults to an ephemeral key, ``blobs`` to memory."""

    def __init__(
        self,
        signer: Signer | None = None,
        blobs: BlobStore | None = None,
        clock: Callable[[], datetime] = utc_now,
        checkpoints: Path | None = None,
        checkpoint_every: int = DEFAULT_EVERY,
        checkpoint_interval_s: float = DEFAULT_INTERVAL_S,
    ) -> None:
        self.signer = signer or Signer.ephemeral()
        self.blobs: BlobStore = blobs or MemoryBlobStore()
        self._clock = clock
        self._leaves: list[LeafRow] = []
        self._events: dict[int, LogEvent] = {}
        self._frontier = Frontier()
        self._frontier_heads = Heads()
        self.checkpoints = Checkpointer(
            self.signer, self._advance, clock, checkpoints, checkpoint_every, checkpoint_interval_s
        )
        self._target_ids = itertools.count(1)
        self._incident_ids = itertools.count(1)
        self._targets: dict[int, Target] = {}
        self._states: dict[int, TargetState] = {}
        self._chains: dict[int, list[Observation]] = {}
        self._profiles: dict[int, bytes] = {}
        self._previous_profiles: dict[int, bytes | None] = {}
        self._incidents: dict[int, Incident] = {}
        self._blob_stored_at: dict[str, datetime] = {}
        self._pruned: set[str] = set()

    # --- targets -------------------------------------------------------------
    async def add_target(self, target: Target) -> Target:
        if any(t.url == target.url for t in self._targets.values()):
            raise DuplicateTargetError(f"already watching {target.url}")
        stored = dataclasses.replace(target, id=next(self._target_ids))
        self._targets[stored.id] = stored
        self._states[stored.id] = TargetState(target_id=stored.id)
        return stored

    async def get_target(self, key: int | str) -> Target | None:
        if isinstance(key, int):
            return self._targets.get(key)
        return next((t for t in self._targets.values() if t.url == key), None)

    async def list_targets(self) -> list[Target]:
        return [self._targets[k] for k in sorted(self._targets)]

    async def remove_target(self, target_id: int) -> bool:
        """Stop watching a target; its observations and incidents are kept as proof."""
        if self._targets.pop(target_id, None) is None:
            return False
        self._states.pop(target_id, None)
        self._profiles.pop(target_id, None)
        return True

    async def get_state(self, target_id: int) -> TargetState:
        state = self._states.get(target_id)
        return dataclasses.replace(state) if state else TargetState(target_id=target_id)

    async def save_state(self, state: TargetState) -> None:
        if state.target_id in self._targets:
            self._states[state.target_id] = dataclasses.replace(state)

    async def due_targets(self, now: float, limit: int) -> list[tuple[Target, TargetState]]:
        due = [s for s in self._states.values() if s.next_due <= now and s.target_id in self._targets]
        due.sort(key=lambda s: (s.next_due, s.target_id))
        return [(self._targets[s.target_id], dataclasses.replace(s)) for s in due[:limit]]

    # --- observations ----------------------------------------------------------
    async def record_check(
        self,
        target: Target,
        capture: Capture,
        verdict: Verdict,
        state: TargetState | None = None,
        profile: ProfileUpdate | None = None,
    ) -> Observation:
        chain = self._chains.setdefault(target.id, [])
        head = chain[-1] if chain else None
        fields = check_fields(
            target.id,
            head.seq + 1 if head else 1,
            head.record_hash if head else "",
            head.content_hash if head else "",
            capture,
            verdict,
        )
        if capture.body and fields.content_hash != (head.content_hash if head else ""):
            await self.blobs.put(capture.body, capture.content_hash)
            self._blob_stored_at[fields.content_hash] = self._clock()
            self._pruned.discard(fields.content_hash)
        observation = seal(fields, self.signer)
        chain.append(observation)
        self._leaves.append(
            LeafRow(len(self._leaves), OBSERVATION, target.id, observation.seq, observation.record_hash)
        )
        if state is not None:
            await self.save_state(state)
        if profile is not None:
            await self.save_profile(target.id, profile.data, profile.keep_previous)
        await self.checkpoints.appended()
        return observation

    async def observations(self, target_id: int, limit: int = 100) -> list[Observation]:
        """The latest ``limit`` observations of a target, oldest first."""
        chain = self._chains.get(target_id, [])
        return list(chain[-limit:]) if limit > 0 else []

    async def put_blob(self, data: bytes) -> str:
        return await self.blobs.put(data)

    async def load_body(self, content_hash: str) -> bytes | None:
        return await self.blobs.get(content_hash)

    async def verify_chain(self, target_id: int) -> ChainReport:
        states: dict[str, str] = {}
        for obs in self._chains.get(target_id, []):
            if obs.content_hash and obs.content_hash not in states:
                states[obs.content_hash] = await self._blob_state(obs.content_hash)
        return verify_observations(
            target_id, self._chains.get(target_id, []), self.signer, lambda h: states.get(h, "present")
        )

    async def _blob_state(self, content_hash: str) -> str:
        if content_hash in self._pruned:
            return "pruned"
        if await self.blobs.get(content_hash) is not None:
            return "present"
        return "tampered" if await self.blobs.exists(content_hash) else "missing"

    async def prune_blobs(self, older_than: datetime) -> int:
        keep = {chain[-1].content_hash for chain in self._chains.values() if chain}
        for incident in self._incidents.values():
            keep |= evidence_blobs(incident.evidence)
        doomed = [h for h, at in self._blob_stored_at.items() if at < older_than and h not in keep]
        for content_hash in doomed:
            await self.blobs.delete(content_hash)
            del self._blob_stored_at[content_hash]
            self._pruned.add(content_hash)
        return len(doomed)

    # --- profiles --------------------------------------------------------------
    async def load_profile(self, target_id: int) -> bytes | None:
        return self._profiles.get(target_id)

    async def save_profile(self, target_id: int, data: bytes, keep_previous: bool = False) -> None:
        if keep_previous:
            self._previous_profiles[target_id] = self._profiles.get(target_id)
        self._profiles[target_id] = bytes(data)

    async def restore_previous_profile(self, target_id: int) -> bool:
        previous = self._previous_profiles.get(target_id)
        if previous is None:
            return False
        self._previous_profiles[target_id] = self._profiles.get(target_id)
        self._profiles[target_id] = previous
        return True

    # --- incidents -------------------------------------------------------------
    async def open_incident(
        self,
        target_id: int,
        kind: IncidentKind,
        score: float,
        reasons: tuple[str, ...],
        evidence: dict[str, Any],
    ) -> Incident:
        now = self._clock()
        incident = Incident(
            id=next(self._incident_ids),
            target_id=target_id,
            kind=kind,
            state=IncidentState.OPEN,
            opened_at=now,
            updated_at=now,
            score=score,
            reasons=tuple(reasons),
            evidence=dict(evidence),
        )
        self._incidents[incident.id] = incident
        await self._log_event(incident.id, "opened", incident_data(incident), "", incident.opened_at)
        await self.checkpoints.appended(now=True)
        return incident

    async def open_incident_for(self, target_id: int, kind: IncidentKind) -> Incident | None:
        """The target's active (open or acknowledged) incident of this kind, newest first."""
        for incident_id in sorted(self._incidents, reverse=True):
            incident = self._incidents[incident_id]
            active = incident.state in ACTIVE_INCIDENT_STATES
            if active and incident.target_id == target_id and incident.kind == kind:
                return incident
        return None

    async def set_incident_state(self, incident_id: int, state: IncidentState, note: str = "") -> Incident:
        incident = self._incidents.get(incident_id)
        if incident is None:
            raise KeyError(f"no incident {incident_id}")
        data: dict[str, Any] = {"state": str(state)} | ({"note": note} if note else {})
        await self.append_event(str(state), data, incident_id)
        return self._incidents[incident_id]

    # --- the append-only log -----------------------------------------------------
    async def append_event(
        self, change: str, data: Mapping[str, Any], incident_id: int = 0, actor: str = ""
    ) -> LogEvent:
        """Log one signed event; keys of ``data`` in ``INCIDENT_MUTABLE`` also set the incident's."""
        incident = self._incidents.get(incident_id)
        if incident_id and incident is None:
            raise KeyError(f"no incident {incident_id}")
        now = self._clock()
        event = await self._log_event(incident_id, change, data, actor, now)
        if incident is not None and any(k in data for k in INCIDENT_MUTABLE):
            values = event.data
            self._incidents[incident_id] = dataclasses.replace(
                incident,
                state=IncidentState(values.get("state", incident.state)),
                note=values.get("note", incident.note),
                score=float(values.get("score", incident.score)),
                reasons=tuple(values.get("reasons", incident.reasons)),
                evidence=dict(values.get("evidence", incident.evidence)),
                updated_at=now,
            )
        await self.checkpoints.appended(now=True)
        return event

    async def _log_event(
        self, incident_id: int, change: str, data: Mapping[str, Any], actor: str, at: datetime
    ) -> LogEvent:
        idx = len(self._leaves)
        event = seal_event(idx, incident_id, change, to_micros(at), actor, data, self.signer)
        self._events[idx] = event
        self._leaves.append(event.leaf())
        return event

    async def checkpoint(self) -> Checkpoint | None:
        return await self.checkpoints.checkpoint()

    def latest_checkpoint(self) -> Checkpoint | None:
        return self.checkpoints.newest()

    async def _advance(self, now_us: int) -> tuple[int, bytes, Heads] | None:
        for leaf in self._leaves[self._frontier.size :]:
            self._frontier.append(leaf.leaf_hash())
            self._frontier_heads.add(leaf)
        heads = Heads(dict(self._frontier_heads.targets), self._frontier_heads.events)
        return self._frontier.size, self._frontier.root(), heads

    async def verify_log(self, checkpoint: Checkpoint | None = None, label: str = "") -> LogReport:
        unreadable = ""
        if checkpoint is None:
            (checkpoint, unreadable), label = self.checkpoints.newest_or_error(), "newest"
        return await verify_log(self, self.signer, checkpoint, label, unreadable)

    async def observation_leaf(self, target_id: int, seq: int) -> tuple[Observation, LeafRow] | None:
        observation = next((o for o in self._chains.get(target_id, []) if o.seq == seq), None)
        leaf = next((x for x in self._leaves if x.target_id == target_id and x.seq == seq), None)
        return (observation, leaf) if observation is not None and leaf is not None else None

    # LogSource (audit.py)
    async def log_leaves(self, start: int, end: int) -> list[LeafRow]:
        return [leaf for leaf in self._leaves if start <= leaf.idx < end]

    async def log_end(self) -> int:
        return max((leaf.idx for leaf in self._leaves), default=-1) + 1

    async def observed_target_ids(self) -> set[int]:
        logged = {leaf.target_id for leaf in self._leaves if leaf.target_id is not None}
        return {t for t, chain in self._chains.items() if chain} | logged

    async def full_chain(self, target_id: int) -> list[Observation]:
        return list(self._chains.get(target_id, []))

    async def target_leaves(self, target_id: int) -> list[LeafRow]:
        found = [x for x in self._leaves if x.target_id == target_id and x.kind == OBSERVATION]
        return sorted(found, key=lambda x: (x.seq or 0, x.idx))

    async def log_events(self) -> list[LogEvent]:
        return [self._events[idx] for idx in sorted(self._events)]

    async def incident_rows(self) -> dict[int, dict[str, Any]]:
        return {incident_id: incident_data(i) for incident_id, i in self._incidents.items()}

    async def blob_states(self, hashes: set[str]) -> dict[str, str]:
        return {h: await self._blob_state(h) for h in hashes}

    async def get_incident(self, incident_id: int) -> Incident | None:
        return self._incidents.get(incident_id)

    async def list_incidents(self, state: IncidentState | None = None) -> list[Incident]:
        """Incidents newest first, optionally only those in ``state``."""
        found = [i for i in self._incidents.values() if state is None or i.state == state]
        return sorted(found, key=lambda i: i.id, reverse=True)

    async def aclose(self) -> None:
        await self.checkpoints.flush()
