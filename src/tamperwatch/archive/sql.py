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
from collections.abc import Callable, Mapping
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import Any, Self

from sqlalchemy.exc import IntegrityError

from tamperwatch.archive import log_queries as lq
from tamperwatch.archive import queries as q
from tamperwatch.archive import rows
from tamperwatch.archive.audit import LogReport, verify_log
from tamperwatch.archive.base import ChainReport, Observation, ProfileUpdate, TargetState
from tamperwatch.archive.blobs import BlobStore, FileBlobStore
from tamperwatch.archive.chain import check_fields, seal, to_micros, utc_now, verify_observations
from tamperwatch.archive.checkpointer import DEFAULT_EVERY, DEFAULT_INTERVAL_S, Checkpointer
from tamperwatch.archive.errors import DuplicateTargetError
from tamperwatch.archive.log import Checkpoint, Heads, LeafRow, LogEvent, checkpoint_dir
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
        self,
        db: DbRunner,
        signer: Signer,
        blobs: BlobStore,
        clock: Callable[[], datetime] = utc_now,
        checkpoints: Path | None = None,
        checkpoint_every: int = DEFAULT_EVERY,
        checkpoint_interval_s: float = DEFAULT_INTERVAL_S,
    ) -> None:
        self.db = db
        self.signer = signer
        self.blobs = blobs
        self._clock = clock
        self.checkpoints = Checkpointer(
            signer, self._advance, clock, checkpoints, checkpoint_every, checkpoint_interval_s
        )
        self._heads: dict[int, q.Head] = {}  # chain heads read or written; PK clashes refresh them
        self._heads_read: asyncio.Future[None] | None = None  # every head, read once on the first append

    @classmethod
    def from_settings(cls, settings: Settings) -> SqlArchive:
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        db = create_runner(settings.effective_database_url, settings.sqlite_synchronous)
        blobs = FileBlobStore(settings.blob_dir, sync=settings.sqlite_synchronous.upper() == "FULL")
        return cls(
            db,
            Signer.load_or_create(settings.key_path),
            blobs,
            checkpoints=checkpoint_dir(settings.data_dir),
            checkpoint_every=settings.checkpoint_every,
            checkpoint_interval_s=settings.checkpoint_interval_s,
        )

    async def open(self) -> Self:
        """Migrate the database to the current schema (a no-op when it is current); the first time
        after the upgrade that added the log, log the older rows and sign a checkpoint of them."""
        await self.db.write(upgrade_to_head)
        if self.signer.can_sign:
            adopted: int = await self.db.write(lq.adopt_unlogged, self.signer, self._now_us())
            if adopted:
                await self.checkpoints.checkpoint()
        return self

    async def __aenter__(self) -> Self:
        return await self.open()

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        try:
            await self.checkpoints.flush()
        finally:
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
                await self.db.write(
                    lq.append_observation_logged, observation, blob, state, profile, self._now_us()
                )
            except IntegrityError:
                self._heads.pop(target.id, None)  # another writer extended the chain: re-read the head
                if attempt == APPEND_ATTEMPTS - 1:
                    raise
                continue
            self._heads[target.id] = (observation.seq, observation.record_hash, observation.content_hash)
            await self.checkpoints.appended()
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
        chain = await self.full_chain(target_id)
        states = await self.blob_states({obs.content_hash for obs in chain if obs.content_hash})
        return verify_observations(target_id, chain, self.signer, lambda h: states.get(h, "missing"))

    async def _present(self, content_hash: str) -> str:
        if await self.blobs.get(content_hash) is not None:
            return "present"
        return "tampered" if await self.blobs.exists(content_hash) else "missing"

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
        incident = await self.db.write(lq.insert_incident_logged, values, "", self.signer)
        await self.checkpoints.appended(now=True)  # the notification about it carries a covering checkpoint
        return incident

    async def open_incident_for(self, target_id: int, kind: IncidentKind) -> Incident | None:
        """The target's active (open or acknowledged) incident of this kind, newest first."""
        return await self.db.read(q.active_incident, target_id, kind)

    async def set_incident_state(self, incident_id: int, state: IncidentState, note: str = "") -> Incident:
        data: dict[str, Any] = {"state": str(state)} | ({"note": note} if note else {})
        incident = await self.db.write(
            lq.set_incident_logged, incident_id, str(state), data, "", self._now_us(), self.signer
        )
        if incident is None:
            raise KeyError(f"no incident {incident_id}")
        await self.checkpoints.appended(now=True)
        return incident

    # --- the append-only log -----------------------------------------------------
    async def append_event(
        self, change: str, data: Mapping[str, Any], incident_id: int = 0, actor: str = ""
    ) -> LogEvent:
        """Log one signed event (``change``, JSON-able ``data``, who); a checkpoint follows at once.

        Keys of ``data`` among ``log.INCIDENT_MUTABLE`` (state, note, ...) also set those columns
        of incident ``incident_id``, in the same transaction."""
        event = await self.db.write(
            lq.append_event, incident_id, change, dict(data), actor, self._now_us(), self.signer
        )
        await self.checkpoints.appended(now=True)
        return event

    async def checkpoint(self) -> Checkpoint | None:
        """Sign and write a checkpoint of the log now (None without the private key)."""
        return await self.checkpoints.checkpoint()

    def latest_checkpoint(self) -> Checkpoint | None:
        return self.checkpoints.newest()

    async def _advance(self, now_us: int) -> tuple[int, bytes, Heads] | None:
        return await self.db.write(lq.advance_checkpoint, now_us)

    async def verify_log(self, checkpoint: Checkpoint | None = None, label: str = "") -> LogReport:
        """The whole archive against ``checkpoint`` (default: the newest one written)."""
        unreadable = ""
        if checkpoint is None:
            (checkpoint, unreadable), label = self.checkpoints.newest_or_error(), "newest in the data folder"
        return await verify_log(self, self.signer, checkpoint, label, unreadable)

    async def observation_leaf(self, target_id: int, seq: int) -> tuple[Observation, LeafRow] | None:
        observation = await self.db.read(lq.observation, target_id, seq)
        leaf = await self.db.read(lq.observation_leaf, target_id, seq)
        return (observation, leaf) if observation is not None and leaf is not None else None

    # LogSource (audit.py)
    async def log_leaves(self, start: int, end: int) -> list[LeafRow]:
        return await self.db.read(lq.leaves, start, end)

    async def log_end(self) -> int:
        return await self.db.read(lq.log_size)

    async def observed_target_ids(self) -> set[int]:
        return set(await self.observation_counts()) | await self.db.read(lq.log_target_ids)

    async def full_chain(self, target_id: int) -> list[Observation]:
        chain: list[Observation] = []
        while page := await self.db.read(
            q.observations_after, target_id, chain[-1].seq if chain else 0, VERIFY_PAGE
        ):
            chain.extend(page)
            if len(page) < VERIFY_PAGE:  # the last page: no query for an empty one
                break
        return chain

    async def target_leaves(self, target_id: int) -> list[LeafRow]:
        return await self.db.read(lq.target_leaves, target_id)

    async def log_events(self) -> list[LogEvent]:
        return await self.db.read(lq.events)

    async def incident_rows(self) -> dict[int, dict[str, Any]]:
        return await self.db.read(lq.incident_rows)

    async def blob_states(self, hashes: set[str]) -> dict[str, str]:
        pruned = await self.db.read(q.pruned_hashes, sorted(hashes))
        kept = [h for h in hashes if h not in pruned]
        if isinstance(self.blobs, FileBlobStore):  # one pass on a worker thread, not a call per body
            states = await asyncio.to_thread(self.blobs.states_sync, kept)
        else:
            states = {h: await self._present(h) for h in kept}
        return states | dict.fromkeys(pruned & hashes, "pruned")

    async def get_incident(self, incident_id: int) -> Incident | None:
        return await self.db.read(q.get_incident, incident_id)

    async def list_incidents(self, state: IncidentState | None = None) -> list[Incident]:
        """Incidents newest first, optionally only those in ``state``."""
        return await self.db.read(q.list_incidents, state)
