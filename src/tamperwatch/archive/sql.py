"""SqlArchive: the Archive on SQLAlchemy 2 Core (async); SQLite WAL by default, PostgreSQL too.

Usage::

    archive = await SqlArchive.from_settings(settings).open()   # runs migrations
    ...
    await archive.aclose()

or ``async with SqlArchive.from_settings(settings) as archive: ...``.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import AsyncIterator, Callable
from datetime import datetime
from types import TracebackType
from typing import Any, Self

from sqlalchemy import and_, delete, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from tamperwatch.archive import rows
from tamperwatch.archive import tables as t
from tamperwatch.archive.base import ChainReport, Observation, TargetState
from tamperwatch.archive.blobs import BlobStore, FileBlobStore
from tamperwatch.archive.chain import check_fields, seal, to_micros, verify_observations
from tamperwatch.archive.engine import create_engine, upsert
from tamperwatch.archive.errors import DuplicateTargetError
from tamperwatch.archive.memory import utc_now
from tamperwatch.archive.migrate import migrate
from tamperwatch.archive.retention import ACTIVE_INCIDENT_STATES, evidence_blobs
from tamperwatch.archive.signing import Signer
from tamperwatch.models import Capture, Incident, IncidentKind, IncidentState, Target, Verdict
from tamperwatch.settings import Settings

Head = tuple[int, str, str]  # (seq, record_hash, content_hash) of a target's last observation
VERIFY_PAGE = 5000


class SqlArchive:
    """The archive in a SQL database plus a blob store. Call ``open()`` before use."""

    def __init__(
        self, engine: AsyncEngine, signer: Signer, blobs: BlobStore, clock: Callable[[], datetime] = utc_now
    ) -> None:
        self.engine = engine
        self.signer = signer
        self.blobs = blobs
        self._clock = clock
        self._heads: dict[int, Head] = {}
        # SQLite has one writer: serialising writes in-process avoids lock-upgrade failures.
        self._single_writer = engine.dialect.name == "sqlite"
        self._write_lock = asyncio.Lock()

    @classmethod
    def from_settings(cls, settings: Settings) -> SqlArchive:
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        engine = create_engine(settings.effective_database_url, settings.sqlite_synchronous)
        return cls(engine, Signer.load_or_create(settings.key_path), FileBlobStore(settings.blob_dir))

    async def open(self) -> Self:
        """Migrate the database to the current schema (a no-op when it is current)."""
        await migrate(self.engine)
        return self

    async def __aenter__(self) -> Self:
        return await self.open()

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self.engine.dispose()

    @contextlib.asynccontextmanager
    async def _write(self) -> AsyncIterator[AsyncConnection]:
        """One write transaction (serialised on SQLite)."""
        lock = self._write_lock if self._single_writer else contextlib.nullcontext()
        async with lock, self.engine.begin() as conn:
            yield conn

    def _now_us(self) -> int:
        return to_micros(self._clock())

    # --- targets -------------------------------------------------------------
    async def add_target(self, target: Target) -> Target:
        try:
            async with self._write() as conn:
                values = rows.target_values(target) | {"created_us": self._now_us()}
                result = await conn.execute(t.targets.insert().values(**values).returning(t.targets.c.id))
                target_id = int(result.scalar_one())
                await conn.execute(t.target_state.insert().values(**rows.state_values(TargetState(target_id))))
        except IntegrityError as exc:
            raise DuplicateTargetError(f"already watching {target.url}") from exc
        return rows.target_from_row(values | {"id": target_id})

    async def get_target(self, key: int | str) -> Target | None:
        column = t.targets.c.id if isinstance(key, int) else t.targets.c.url
        async with self.engine.connect() as conn:
            row = (await conn.execute(select(t.targets).where(column == key))).mappings().first()
        return rows.target_from_row(row) if row else None

    async def list_targets(self) -> list[Target]:
        async with self.engine.connect() as conn:
            result = await conn.execute(select(t.targets).order_by(t.targets.c.id))
            return [rows.target_from_row(r) for r in result.mappings()]

    async def remove_target(self, target_id: int) -> bool:
        """Stop watching a target; its observations and incidents are kept as proof."""
        async with self._write() as conn:
            result = await conn.execute(delete(t.targets).where(t.targets.c.id == target_id))
            await conn.execute(delete(t.target_state).where(t.target_state.c.target_id == target_id))
            await conn.execute(delete(t.profiles).where(t.profiles.c.target_id == target_id))
        return bool(result.rowcount)

    async def get_state(self, target_id: int) -> TargetState:
        async with self.engine.connect() as conn:
            query = select(t.target_state).where(t.target_state.c.target_id == target_id)
            row = (await conn.execute(query)).mappings().first()
        return rows.state_from_row(row) if row else TargetState(target_id=target_id)

    async def save_state(self, state: TargetState) -> None:
        async with self._write() as conn:
            await upsert(conn, t.target_state, rows.state_values(state), ["target_id"])

    async def due_targets(self, now: float, limit: int) -> list[tuple[Target, TargetState]]:
        query = (
            select(t.targets, *[c.label(f"s_{c.name}") for c in t.target_state.c])
            .join(t.target_state, t.target_state.c.target_id == t.targets.c.id)
            .where(t.target_state.c.next_due <= now)
            .order_by(t.target_state.c.next_due, t.targets.c.id)
            .limit(limit)
        )
        async with self.engine.connect() as conn:
            result = (await conn.execute(query)).mappings().all()
        return [
            (rows.target_from_row(r), rows.state_from_row({k[2:]: v for k, v in r.items() if k.startswith("s_")}))
            for r in result
        ]

    # --- observations ----------------------------------------------------------
    async def _head(self, conn: AsyncConnection, target_id: int) -> Head:
        cached = self._heads.get(target_id)
        if cached is not None:
            return cached
        o = t.observations.c
        query = select(o.seq, o.record_hash, o.content_hash).where(o.target_id == target_id)
        row = (await conn.execute(query.order_by(o.seq.desc()).limit(1))).first()
        return (int(row[0]), str(row[1]), str(row[2])) if row else (0, "", "")

    async def record_check(
        self, target: Target, capture: Capture, verdict: Verdict, state: TargetState | None = None
    ) -> Observation:
        body_hash = capture.content_hash
        stored_body = False
        for attempt in range(3):
            try:
                async with self._write() as conn:
                    seq, prev_hash, head_content = await self._head(conn, target.id)
                    fields = check_fields(target.id, seq + 1, prev_hash, head_content, capture, verdict)
                    if body_hash and body_hash != head_content:
                        if not stored_body:  # blob first: a committed row never points at nothing
                            await self.blobs.put(capture.body)
                            stored_body = True
                        blob = {"hash": body_hash, "size": len(capture.body), "stored_us": self._now_us(),
                                "pruned_us": None}
                        await upsert(conn, t.blobs, blob, ["hash"])
                    observation = seal(fields, self.signer)
                    await conn.execute(t.observations.insert().values(**rows.observation_values(observation)))
                    if state is not None:
                        await upsert(conn, t.target_state, rows.state_values(state), ["target_id"])
            except IntegrityError:
                self._heads.pop(target.id, None)  # another writer extended the chain: re-read the head
                if attempt == 2:
                    raise
                continue
            self._heads[target.id] = (observation.seq, observation.record_hash, observation.content_hash)
            return observation
        raise AssertionError("unreachable")

    async def observations(self, target_id: int, limit: int = 100) -> list[Observation]:
        """The latest ``limit`` observations of a target, oldest first."""
        o = t.observations.c
        query = select(t.observations).where(o.target_id == target_id).order_by(o.seq.desc()).limit(limit)
        async with self.engine.connect() as conn:
            found = [rows.observation_from_row(r) for r in (await conn.execute(query)).mappings()]
        return found[::-1]

    async def observation_count(self, target_id: int) -> int:
        query = select(func.count()).select_from(t.observations).where(t.observations.c.target_id == target_id)
        async with self.engine.connect() as conn:
            return int((await conn.execute(query)).scalar_one())

    async def observed_target_ids(self) -> list[int]:
        """Every target id with a chain, removed targets included."""
        query = select(t.observations.c.target_id).distinct().order_by(t.observations.c.target_id)
        async with self.engine.connect() as conn:
            return [int(r[0]) for r in await conn.execute(query)]

    async def load_body(self, content_hash: str) -> bytes | None:
        return await self.blobs.get(content_hash)

    async def verify_chain(self, target_id: int) -> ChainReport:
        o = t.observations.c
        chain: list[Observation] = []
        async with self.engine.connect() as conn:
            last = 0
            while True:
                query = (select(t.observations).where(o.target_id == target_id, o.seq > last)
                         .order_by(o.seq).limit(VERIFY_PAGE))
                page = [rows.observation_from_row(r) for r in (await conn.execute(query)).mappings()]
                if not page:
                    break
                chain.extend(page)
                last = page[-1].seq
            hashes = {obs.content_hash for obs in chain if obs.content_hash}
            pruned: set[str] = set()
            if hashes:
                query = select(t.blobs.c.hash).where(t.blobs.c.pruned_us.is_not(None), t.blobs.c.hash.in_(hashes))
                pruned = {str(r[0]) for r in await conn.execute(query)}
        states = {h: "pruned" if h in pruned else await self._present(h) for h in hashes}
        return verify_observations(target_id, chain, self.signer, lambda h: states.get(h, "missing"))

    async def _present(self, content_hash: str) -> str:
        return "present" if await self.blobs.get(content_hash) is not None else "missing"

    async def prune_blobs(self, older_than: datetime) -> int:
        o = t.observations.c
        latest = select(o.target_id, func.max(o.seq).label("seq")).group_by(o.target_id).subquery()
        heads = select(o.content_hash).join(latest, and_(o.target_id == latest.c.target_id, o.seq == latest.c.seq))
        async with self.engine.connect() as conn:
            keep = {str(r[0]) for r in await conn.execute(heads)}
            for (evidence,) in await conn.execute(select(t.incidents.c.evidence)):
                keep |= evidence_blobs(json.loads(evidence))
            old = select(t.blobs.c.hash).where(t.blobs.c.stored_us < to_micros(older_than),
                                               t.blobs.c.pruned_us.is_(None))
            doomed = [str(r[0]) for r in await conn.execute(old) if str(r[0]) not in keep]
        for content_hash in doomed:  # mark first: a crash leaves a "pruned" row, never a silent gap
            async with self._write() as conn:
                await conn.execute(update(t.blobs).where(t.blobs.c.hash == content_hash)
                                   .values(pruned_us=self._now_us()))
            await self.blobs.delete(content_hash)
        return len(doomed)

    # --- profiles --------------------------------------------------------------
    async def load_profile(self, target_id: int) -> bytes | None:
        query = select(t.profiles.c.data).where(t.profiles.c.target_id == target_id)
        async with self.engine.connect() as conn:
            row = (await conn.execute(query)).first()
        return bytes(row[0]) if row else None

    async def save_profile(self, target_id: int, data: bytes) -> None:
        values = {"target_id": target_id, "data": bytes(data), "updated_us": self._now_us()}
        async with self._write() as conn:
            await upsert(conn, t.profiles, values, ["target_id"])

    # --- incidents -------------------------------------------------------------
    async def open_incident(
        self, target_id: int, kind: IncidentKind, score: float, reasons: tuple[str, ...],
        evidence: dict[str, Any],
    ) -> Incident:
        now = self._now_us()
        values = {
            "target_id": target_id, "kind": str(kind), "state": str(IncidentState.OPEN), "opened_us": now,
            "updated_us": now, "score": score, "reasons": json.dumps(list(reasons)),
            "evidence": json.dumps(evidence, default=str), "note": "",
        }
        async with self._write() as conn:
            result = await conn.execute(t.incidents.insert().values(**values).returning(t.incidents.c.id))
            incident_id = int(result.scalar_one())
        return rows.incident_from_row(values | {"id": incident_id})

    async def open_incident_for(self, target_id: int, kind: IncidentKind) -> Incident | None:
        """The target's active (open or acknowledged) incident of this kind, newest first."""
        i = t.incidents.c
        query = (select(t.incidents)
                 .where(i.target_id == target_id, i.kind == str(kind),
                        i.state.in_([str(s) for s in ACTIVE_INCIDENT_STATES]))
                 .order_by(i.id.desc()).limit(1))
        async with self.engine.connect() as conn:
            row = (await conn.execute(query)).mappings().first()
        return rows.incident_from_row(row) if row else None

    async def set_incident_state(self, incident_id: int, state: IncidentState, note: str = "") -> Incident:
        i = t.incidents.c
        changes: dict[str, Any] = {"state": str(state), "updated_us": self._now_us()}
        if note:
            changes["note"] = note
        async with self._write() as conn:
            await conn.execute(update(t.incidents).where(i.id == incident_id).values(**changes))
            row = (await conn.execute(select(t.incidents).where(i.id == incident_id))).mappings().first()
        if row is None:
            raise KeyError(f"no incident {incident_id}")
        return rows.incident_from_row(row)

    async def get_incident(self, incident_id: int) -> Incident | None:
        async with self.engine.connect() as conn:
            query = select(t.incidents).where(t.incidents.c.id == incident_id)
            row = (await conn.execute(query)).mappings().first()
        return rows.incident_from_row(row) if row else None

    async def list_incidents(self, state: IncidentState | None = None) -> list[Incident]:
        """Incidents newest first, optionally only those in ``state``."""
        query = select(t.incidents).order_by(t.incidents.c.id.desc())
        if state is not None:
            query = query.where(t.incidents.c.state == str(state))
        async with self.engine.connect() as conn:
            return [rows.incident_from_row(r) for r in (await conn.execute(query)).mappings()]
