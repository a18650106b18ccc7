"""MemoryArchive: the in-memory twin of SqlArchive, with the same chain and signing semantics.

Used by replay and by tests; it passes the same contract tests as the SQL archive.
"""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Callable
from datetime import datetime
from typing import Any

from tamperwatch.archive.base import ChainReport, Observation, ProfileUpdate, TargetState
from tamperwatch.archive.blobs import BlobStore, MemoryBlobStore
from tamperwatch.archive.chain import check_fields, seal, utc_now, verify_observations
from tamperwatch.archive.errors import DuplicateTargetError
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
    ) -> None:
        self.signer = signer or Signer.ephemeral()
        self.blobs: BlobStore = blobs or MemoryBlobStore()
        self._clock = clock
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
        if state is not None:
            await self.save_state(state)
        if profile is not None:
            await self.save_profile(target.id, profile.data, profile.keep_previous)
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
        return "present" if await self.blobs.get(content_hash) is not None else "missing"

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
        updated = dataclasses.replace(
            incident, state=state, updated_at=self._clock(), note=note or incident.note
        )
        self._incidents[incident_id] = updated
        return updated

    async def get_incident(self, incident_id: int) -> Incident | None:
        return self._incidents.get(incident_id)

    async def list_incidents(self, state: IncidentState | None = None) -> list[Incident]:
        """Incidents newest first, optionally only those in ``state``."""
        found = [i for i in self._incidents.values() if state is None or i.state == state]
        return sorted(found, key=lambda i: i.id, reverse=True)

    async def aclose(self) -> None:
        return None
