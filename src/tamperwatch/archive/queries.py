"""The archive's SQL, as plain SQLAlchemy Core functions of a sync ``Connection``.

``SqlArchive`` runs them through a ``DbRunner`` (worker threads for SQLite, ``run_sync`` for
asyncpg); each function is one unit of work and never commits by itself.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Connection, and_, bindparam, delete, func, select, update

from tamperwatch.archive import rows
from tamperwatch.archive import tables as t
from tamperwatch.archive.base import Observation, ProfileUpdate, TargetState
from tamperwatch.archive.retention import ACTIVE_INCIDENT_STATES, evidence_blobs
from tamperwatch.archive.upsert import upsert
from tamperwatch.models import Incident, IncidentKind, IncidentState, Target

OBSERVATION_COLUMNS = [t.observations.c[name] for name in rows.OBSERVATION_COLUMNS]
Head = tuple[int, str, str]  # (seq, record_hash, content_hash) of a target's last observation

# Hot-path statements, built once so execution reuses SQLAlchemy's compiled form.
INSERT_OBSERVATION = t.observations.insert()
SELECT_STATE = select(t.target_state).where(t.target_state.c.target_id == bindparam("target_id"))
SELECT_HEAD = (
    select(t.observations.c.seq, t.observations.c.record_hash, t.observations.c.content_hash)
    .where(t.observations.c.target_id == bindparam("target_id"))
    .order_by(t.observations.c.seq.desc())
    .limit(1)
)


def _latest(column: Any) -> Any:
    """``column`` of the target's newest observation: one index seek per target, no table scan."""
    o = t.observations.c
    newest = select(column).where(o.target_id == t.targets.c.id).order_by(o.seq.desc()).limit(1)
    return newest.scalar_subquery()


SELECT_HEADS = select(
    t.targets.c.id,
    _latest(t.observations.c.seq),
    _latest(t.observations.c.record_hash),
    _latest(t.observations.c.content_hash),
)


# --- targets -------------------------------------------------------------------
def insert_target(conn: Connection, values: dict[str, Any]) -> Target:
    target_id = int(conn.execute(t.targets.insert().values(**values).returning(t.targets.c.id)).scalar_one())
    conn.execute(t.target_state.insert().values(**rows.state_values(TargetState(target_id))))
    return rows.target_from_row(values | {"id": target_id})


def get_target(conn: Connection, key: int | str) -> Target | None:
    column = t.targets.c.id if isinstance(key, int) else t.targets.c.url
    row = conn.execute(select(t.targets).where(column == key)).mappings().first()
    return rows.target_from_row(row) if row else None


def list_targets(conn: Connection) -> list[Target]:
    return [
        rows.target_from_row(r) for r in conn.execute(select(t.targets).order_by(t.targets.c.id)).mappings()
    ]


def delete_target(conn: Connection, target_id: int) -> bool:
    removed = conn.execute(delete(t.targets).where(t.targets.c.id == target_id)).rowcount
    conn.execute(delete(t.target_state).where(t.target_state.c.target_id == target_id))
    conn.execute(delete(t.profiles).where(t.profiles.c.target_id == target_id))
    return bool(removed)


def get_state(conn: Connection, target_id: int) -> TargetState:
    row = conn.execute(SELECT_STATE, {"target_id": target_id}).mappings().first()
    return rows.state_from_row(row) if row else TargetState(target_id=target_id)


def save_state(conn: Connection, state: TargetState) -> None:
    upsert(conn, t.target_state, rows.state_values(state), ("target_id",))


def due_targets(conn: Connection, now: float, limit: int) -> list[tuple[Target, TargetState]]:
    query = (
        select(t.targets, *[c.label(f"s_{c.name}") for c in t.target_state.c])
        .join(t.target_state, t.target_state.c.target_id == t.targets.c.id)
        .where(t.target_state.c.next_due <= now)
        .order_by(t.target_state.c.next_due, t.targets.c.id)
        .limit(limit)
    )
    found = []
    for r in conn.execute(query).mappings():
        state = rows.state_from_row({k[2:]: v for k, v in r.items() if k.startswith("s_")})
        found.append((rows.target_from_row(r), state))
    return found


# --- observations and blobs ----------------------------------------------------------
def chain_head(conn: Connection, target_id: int) -> Head:
    row = conn.execute(SELECT_HEAD, {"target_id": target_id}).first()
    return (int(row[0]), str(row[1]), str(row[2])) if row else (0, "", "")


def chain_heads(conn: Connection) -> dict[int, Head]:
    """The chain head of every watched target in one query; (0, "", "") for a target with none yet."""
    return {
        int(r[0]): (int(r[1]), str(r[2]), str(r[3])) if r[1] is not None else (0, "", "")
        for r in conn.execute(SELECT_HEADS)
    }


def append_observation(
    conn: Connection,
    observation: Observation,
    blob: dict[str, Any] | None,
    state: TargetState | None,
    profile: ProfileUpdate | None,
    now_us: int,
) -> None:
    """The observation, its blob's index row, the target's state and profile, in one transaction."""
    if blob is not None:
        upsert(conn, t.blobs, blob, ("hash",))
    conn.execute(INSERT_OBSERVATION, rows.observation_values(observation))
    if state is not None:
        save_state(conn, state)
    if profile is not None:
        save_profile(conn, observation.target_id, profile.data, now_us, profile.keep_previous)


def latest_observations(conn: Connection, target_id: int, limit: int) -> list[Observation]:
    o = t.observations.c
    query = select(t.observations).where(o.target_id == target_id).order_by(o.seq.desc()).limit(limit)
    return [rows.observation_from_row(r) for r in conn.execute(query).mappings()][::-1]


def observations_after(conn: Connection, target_id: int, after_seq: int, limit: int) -> list[Observation]:
    o = t.observations.c
    query = (
        select(*OBSERVATION_COLUMNS)
        .where(o.target_id == target_id, o.seq > after_seq)
        .order_by(o.seq)
        .limit(limit)
    )
    return [rows.observation_from_values(r) for r in conn.execute(query)]


def observation_counts(conn: Connection) -> dict[int, tuple[int, int]]:
    """Per target with a chain (removed targets included): (number of observations, highest seq)."""
    o = t.observations.c
    query = select(o.target_id, func.count(), func.max(o.seq)).group_by(o.target_id).order_by(o.target_id)
    return {int(r[0]): (int(r[1]), int(r[2])) for r in conn.execute(query)}


def pruned_hashes(conn: Connection, hashes: list[str]) -> set[str]:
    b = t.blobs.c
    found: set[str] = set()
    for start in range(0, len(hashes), 500):
        query = select(b.hash).where(b.pruned_us.is_not(None), b.hash.in_(hashes[start : start + 500]))
        found |= {str(r[0]) for r in conn.execute(query)}
    return found


def prunable_blobs(conn: Connection, older_than_us: int) -> list[str]:
    """Blobs stored before the cut-off that no incident evidence lists and no target shows now."""
    o = t.observations.c
    latest = select(o.target_id, func.max(o.seq).label("seq")).group_by(o.target_id).subquery()
    heads = select(o.content_hash).join(
        latest, and_(o.target_id == latest.c.target_id, o.seq == latest.c.seq)
    )
    keep = {str(r[0]) for r in conn.execute(heads)}
    for (evidence,) in conn.execute(select(t.incidents.c.evidence)):
        keep |= evidence_blobs(json.loads(evidence))
    old = select(t.blobs.c.hash).where(t.blobs.c.stored_us < older_than_us, t.blobs.c.pruned_us.is_(None))
    return [str(r[0]) for r in conn.execute(old) if str(r[0]) not in keep]


def mark_pruned(conn: Connection, content_hash: str, now_us: int) -> None:
    conn.execute(update(t.blobs).where(t.blobs.c.hash == content_hash).values(pruned_us=now_us))


# --- profiles ------------------------------------------------------------------------
def load_profile(conn: Connection, target_id: int) -> bytes | None:
    row = conn.execute(select(t.profiles.c.data).where(t.profiles.c.target_id == target_id)).first()
    return bytes(row[0]) if row else None


def save_profile(conn: Connection, target_id: int, data: bytes, now_us: int, keep_previous: bool) -> None:
    values: dict[str, Any] = {"target_id": target_id, "data": data, "updated_us": now_us}
    if keep_previous:
        values["previous"] = load_profile(conn, target_id)
    upsert(conn, t.profiles, values, ("target_id",))


def restore_previous_profile(conn: Connection, target_id: int, now_us: int) -> bool:
    """Swap the current profile with the previous one; False when there is none."""
    row = conn.execute(
        select(t.profiles.c.data, t.profiles.c.previous).where(t.profiles.c.target_id == target_id)
    ).first()
    if row is None or row[1] is None:
        return False
    conn.execute(
        t.profiles.update()
        .where(t.profiles.c.target_id == target_id)
        .values(data=row[1], previous=row[0], updated_us=now_us)
    )
    return True


# --- incidents -----------------------------------------------------------------------
def insert_incident(conn: Connection, values: dict[str, Any]) -> Incident:
    result = conn.execute(t.incidents.insert().values(**values).returning(t.incidents.c.id))
    return rows.incident_from_row(values | {"id": int(result.scalar_one())})


def active_incident(conn: Connection, target_id: int, kind: IncidentKind) -> Incident | None:
    i = t.incidents.c
    query = (
        select(t.incidents)
        .where(
            i.target_id == target_id,
            i.kind == str(kind),
            i.state.in_([str(s) for s in ACTIVE_INCIDENT_STATES]),
        )
        .order_by(i.id.desc())
        .limit(1)
    )
    row = conn.execute(query).mappings().first()
    return rows.incident_from_row(row) if row else None


def update_incident(conn: Connection, incident_id: int, changes: dict[str, Any]) -> Incident | None:
    conn.execute(update(t.incidents).where(t.incidents.c.id == incident_id).values(**changes))
    return get_incident(conn, incident_id)


def get_incident(conn: Connection, incident_id: int) -> Incident | None:
    row = conn.execute(select(t.incidents).where(t.incidents.c.id == incident_id)).mappings().first()
    return rows.incident_from_row(row) if row else None


def list_incidents(conn: Connection, state: IncidentState | None) -> list[Incident]:
    query = select(t.incidents).order_by(t.incidents.c.id.desc())
    if state is not None:
        query = query.where(t.incidents.c.state == str(state))
    return [rows.incident_from_row(r) for r in conn.execute(query).mappings()]
