"""SqlArchive: the Archive on SQLAlchemy 2 Core; SQLite (WAL) by default, PostgreSQL via asyncpg.

Usage::

    archive = await SqlArchive.from_settings(settings).open()   # runs migrations
    ...
    await archive.aclose()

or ``async with SqlArchive.from_settings(settings) as archive: ...``.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Callable
from datetime import datetime
from types import TracebackType
from typing import Any, Self

from sqlalchemy.exc import IntegrityError

from tamperwatch.archive import queries as q
from tamperwatch.archive import rows
from tamperwatch.archive.base import ChainReport, Observation, ProfileUpdate, TargetState
from tamperwatch.archive.blobs import BlobStore, FileBlobStore
from tamperwatch.archive.chain import check_fields, seal, to_micros, utc_now, verify_observations
from tamperwatch.archive.errors import DuplicateTargetError
from tamperwatch.archive.migrate import upgrade_to_head
from tamperwatch.archive.runner import DbRunner, create_runner
from tamperwatch.archive.signing import Signer
from tamperwatch.models import Capture, Incident, IncidentKind, IncidentState, Target, Verdict
from tamperwatch.settings import Settings

log = logging.getLogger(__name__)

VERIFY_PAGE = 5000
APPEND_ATTEMPTS = 3


class SqlArchive:
    """The archive in a SQL database plus a blob store. Call ``open()`` before use."""

    def __init__(
        self, db: DbRunner, signer: Signer, blobs: BlobStore, clock: Callable[[], datetime] = utc_now
    ) -> None:
        self.db = db
        self.signer = signer
        self.blobs = blobs
        self._clock = clock
        self._heads: dict[int, q.Head] = {}  # chain heads read or written; PK clashes refresh them
        self._heads_read: asyncio.Future[None] | None = None  # every head, read once on the first append

    @classmethod
    def from_settings(cls, settings: Settings) -> SqlArchive:
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        db = create_runner(settings.effective_database_url, settings.sqlite_synchronous)
        blobs = FileBlobStore(settings.blob_dir, sync=settings.sqlite_synchronous.upper() == "FULL")
        return cls(db, Signer.load_or_create(settings.key_path), blobs)

    async def open(self) -> Self:
        """Migrate the database to the current schema (a no-op when it is current)."""
        await self.db.write(upgrade_to_head)
        return self

    async def __aenter__(self) -> Self:
        return await self.open()

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self.db.dispose()

    def _now_us(self) -> int:
        return to_micros(self._clock())

    # --- targets -------------------------------------------------------------
    async def add_target(self, target: Target) -> Target:
        values = rows.target_values(target) | {"created_us": self._now_us()}
        try:
            return await self.db.write(q.insert_target, values)
        except IntegrityError as exc:
            raise DuplicateTargetError(f"already watching {target.url}") from exc

    async def get_target(self, key: int | str) -> Target | None:
        return await self.db.read(q.get_target, key)

    async def list_targets(self) -> list[Target]:
        return await self.db.read(q.list_targets)

    async def remove_target(self, target_id: int) -> bool:
        """Stop watching a target; its observations and incidents are kept as proof."""
        return await self.db.write(q.delete_target, target_id)

    async def get_state(self, target_id: int) -> TargetState:
        return await self.db.read(q.get_state, target_id)

    async def save_state(self, state: TargetState) -> None:
        await self.db.write(q.save_state, state)

    async def due_targets(self, now: float, limit: int) -> list[tuple[Target, TargetState]]:
        return await self.db.read(q.due_targets, now, limit)

    # --- observations ----------------------------------------------------------
    async def record_check(
        self,
        target: Target,
        capture: Capture,
        verdict: Verdict,
        state: TargetState | None = None,
        profile: ProfileUpdate | None = None,
    ) -> Observation:
        stored_body = False
        for attempt in range(APPEND_ATTEMPTS):
            head = await self._chain_head(target.id)
            seq, prev_hash, head_content = head
            fields = check_fields(target.id, seq + 1, prev_hash, head_content, capture, verdict)
            blob = None
            if capture.body and fields.content_hash != head_content:
                if not stored_body:  # blob first: a committed row never points at nothing
                    await self.blobs.put(capture.body, capture.content_hash)
                    stored_body = True
                blob = {
                    "hash": fields.content_hash,
                    "size": len(capture.body),
                    "stored_us": self._now_us(),
                    "pruned_us": None,
                }
            observation = seal(fields, self.signer)
            try:
                await self.db.write(q.append_observation, observation, blob, state, profile, self._now_us())
            except IntegrityError:
                self._heads.pop(target.id, None)  # another writer extended the chain: re-read the head
                if attempt == APPEND_ATTEMPTS - 1:
                    raise
                continue
            self._heads[target.id] = (observation.seq, observation.record_hash, observation.content_hash)
            return observation
        raise AssertionError("unreachable")

    async def _chain_head(self, target_id: int) -> q.Head:
        """(seq, record hash, content hash) of the target's newest observation, as far as we know."""
        head = self._heads.get(target_id)
        if head is None and (self._heads_read is None or not self._heads_read.done()):
            if self._heads_read is None:  # one query for all targets instead of one per target
                self._heads_read = asyncio.ensure_future(self._read_all_heads())
            await asyncio.shield(self._heads_read)
            head = self._heads.get(target_id)
        if head is None:
            head = await self.db.read(q.chain_head, target_id)
        return head

    async def _read_all_heads(self) -> None:
        try:
            self._heads = await self.db.read(q.chain_heads) | self._heads
        except Exception:  # each append then reads its own head, which reports the error if it persists
            log.warning("could not read the chain heads at once", exc_info=True)

    async def observations(self, target_id: int, limit: int = 100) -> list[Observation]:
        """The latest ``limit`` observations of a target, oldest first."""
        return await self.db.read(q.latest_observations, target_id, limit)

    async def observation_counts(self) -> dict[int, tuple[int, int]]:
        """Per target id with a chain (removed targets included): (observations, highest seq)."""
        return await self.db.read(q.observation_counts)

    async def put_blob(self, data: bytes) -> str:
        return await self.blobs.put(data)

    async def load_body(self, content_hash: str) -> bytes | None:
        return await self.blobs.get(content_hash)

    async def verify_chain(self, target_id: int) -> ChainReport:
        chain: list[Observation] = []
        while page := await self.db.read(
            q.observations_after, target_id, chain[-1].seq if chain else 0, VERIFY_PAGE
        ):
            chain.extend(page)
        hashes = sorted({obs.content_hash for obs in chain if obs.content_hash})
        pruned = await self.db.read(q.pruned_hashes, hashes)
        states = {h: "pruned" if h in pruned else await self._present(h) for h in hashes}
        return verify_observations(target_id, chain, self.signer, lambda h: states.get(h, "missing"))

    async def _present(self, content_hash: str) -> str:
        return "present" if await self.blobs.get(content_hash) is not None else "missing"

    async def prune_blobs(self, older_than: datetime) -> int:
        doomed = await self.db.read(q.prunable_blobs, to_micros(older_than))
        for content_hash in doomed:  # mark first: a crash leaves a "pruned" row, never a silent gap
            await self.db.write(q.mark_pruned, content_hash, self._now_us())
            await self.blobs.delete(content_hash)
        return len(doomed)

    # --- profiles --------------------------------------------------------------
    async def load_profile(self, target_id: int) -> bytes | None:
        return await self.db.read(q.load_profile, target_id)

    async def save_profile(self, target_id: int, data: bytes, keep_previous: bool = False) -> None:
        await self.db.write(q.save_profile, target_id, bytes(data), self._now_us(), keep_previous)

    async def restore_previous_profile(self, target_id: int) -> bool:
        return await self.db.write(q.restore_previous_profile, target_id, self._now_us())

    # --- incidents -------------------------------------------------------------
    async def open_incident(
        self,
        target_id: int,
        kind: IncidentKind,
        score: float,
        reasons: tuple[str, ...],
        evidence: dict[str, Any],
    ) -> Incident:
        now = self._now_us()
        values = {
            "target_id": target_id,
            "kind": str(kind),
            "state": str(IncidentState.OPEN),
            "opened_us": now,
            "updated_us": now,
            "score": score,
            "reasons": json.dumps(list(reasons)),
            "evidence": json.dumps(evidence, default=str),
            "note": "",
        }
        return await self.db.write(q.insert_incident, values)

    async def open_incident_for(self, target_id: int, kind: IncidentKind) -> Incident | None:
        """The target's active (open or acknowledged) incident of this kind, newest first."""
        return await self.db.read(q.active_incident, target_id, kind)

    async def set_incident_state(self, incident_id: int, state: IncidentState, note: str = "") -> Incident:
        changes: dict[str, Any] = {"state": str(state), "updated_us": self._now_us()}
        if note:
            changes["note"] = note
        incident = await self.db.write(q.update_incident, incident_id, changes)
        if incident is None:
            raise KeyError(f"no incident {incident_id}")
        return incident

    async def get_incident(self, incident_id: int) -> Incident | None:
        return await self.db.read(q.get_incident, incident_id)

    async def list_incidents(self, state: IncidentState | None = None) -> list[Incident]:
        """Incidents newest first, optionally only those in ``state``."""
        return await self.db.read(q.list_incidents, state)
