"""SQL of the append-only log (archive/log.py), as functions of a sync ``Connection`` like queries.py.

An observation's leaf is one ``INSERT ... SELECT max(idx) + 1`` after the observation's own insert,
in its transaction: SQLite holds the write lock by then, so indexes are gap-free and never reused
(a rolled-back append gives its index back). Elsewhere (PostgreSQL) the append first takes the
log's row lock (a no-op update of ``log_state``, held to the commit), so concurrent appends take
their indexes one after the other. An event always takes that lock first (nothing is read before).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from sqlalchemy import Connection, Integer, String, bindparam, func, literal, select, update

from tamperwatch.archive import queries as q
from tamperwatch.archive import rows
from tamperwatch.archive import tables as t
from tamperwatch.archive.base import Observation, ProfileUpdate, TargetState
from tamperwatch.archive.log import (
    EVENT,
    INCIDENT_MUTABLE,
    INCIDENT_OPENED,
    OBSERVATION,
    Heads,
    LeafRow,
    LogEvent,
    seal_event,
)
from tamperwatch.archive.merkle import Frontier
from tamperwatch.archive.signing import Signer
from tamperwatch.models import Incident

LOG_STATE_ID = 1

_s = t.log_state.c
_l = t.log_leaves.c
NEXT_INDEX = select(func.coalesce(func.max(_l.idx), -1) + 1)
LOCK_LOG = update(t.log_state).where(_s.id == LOG_STATE_ID).values(checkpoint_us=_s.checkpoint_us)
INSERT_LEAF = t.log_leaves.insert()
INSERT_OBSERVATION_LEAF = t.log_leaves.insert().from_select(
    ["idx", "kind", "target_id", "seq", "record_hash"],
    select(
        func.coalesce(func.max(_l.idx), -1) + 1,
        literal(OBSERVATION, String),
        bindparam("target_id", type_=Integer),
        bindparam("seq", type_=Integer),
        bindparam("record_hash", type_=String),
    ),
)
# The same, as SQLite's own SQL: on the hot path, the sqlite3 connection of the transaction runs it
# in less CPU than SQLAlchemy's execute (about 22 against 36 us a leaf with its commit: bench/archive_log.py).
SQLITE_OBSERVATION_LEAF = (
    "INSERT INTO log_leaves (idx, kind, target_id, seq, record_hash) "
    f"SELECT coalesce(max(idx), -1) + 1, '{OBSERVATION}', ?, ?, ? FROM log_leaves"
)
INSERT_EVENT = t.incident_events.insert()
SELECT_LEAVES = (
    select(_l.idx, _l.kind, _l.target_id, _l.seq, _l.record_hash)
    .where(_l.idx >= bindparam("start"), _l.idx < bindparam("end"))
    .order_by(_l.idx)
)


def _leaf(row: Any) -> LeafRow:
    return LeafRow(int(row[0]), str(row[1]), row[2], row[3], str(row[4]))


def lock_log(conn: Connection) -> None:
    """Take the log's write lock before reading anything (a no-op write on ``log_state``)."""
    if not conn.execute(LOCK_LOG).rowcount:
        raise RuntimeError("the archive's log_state row is missing; run the migrations (SqlArchive.open)")


def log_observation(conn: Connection, observation: Observation) -> None:
    """The observation's leaf at the log's next index (call after a write of the same transaction)."""
    if conn.dialect.name == "sqlite":
        values = (observation.target_id, observation.seq, observation.record_hash)
        conn.connection.driver_connection.execute(SQLITE_OBSERVATION_LEAF, values)  # type: ignore[union-attr]
        return
    lock_log(conn)
    conn.execute(
        INSERT_OBSERVATION_LEAF,
        {"target_id": observation.target_id, "seq": observation.seq, "record_hash": observation.record_hash},
    )


def append_observation_logged(
    conn: Connection,
    observation: Observation,
    blob: dict[str, Any] | None,
    state: TargetState | None,
    profile: ProfileUpdate | None,
    now_us: int,
) -> None:
    """``queries.append_observation`` plus the observation's leaf, in the same transaction."""
    q.append_observation(conn, observation, blob, state, profile, now_us)
    log_observation(conn, observation)


def _event_row(event: LogEvent) -> dict[str, Any]:
    return {
        "idx": event.idx,
        "incident_id": event.incident_id,
        "change": event.change,
        "at_us": event.at_us,
        "actor": event.actor,
        "data": event.data_json,
        "record_hash": event.record_hash,
        "signature": event.signature,
    }


def append_event(
    conn: Connection,
    incident_id: int,
    change: str,
    data: Mapping[str, Any],
    actor: str,
    at_us: int,
    signer: Signer,
) -> LogEvent:
    """Log one signed event; the incident columns it names (``INCIDENT_MUTABLE``) are set to match."""
    lock_log(conn)
    idx = int(conn.execute(NEXT_INDEX).scalar_one())
    event = seal_event(idx, incident_id, change, at_us, actor, data, signer)
    conn.execute(INSERT_EVENT, _event_row(event))
    conn.execute(
        INSERT_LEAF,
        {"idx": idx, "kind": EVENT, "target_id": None, "seq": None, "record_hash": event.record_hash},
    )
    changes = incident_changes(event.data)
    if incident_id and changes and change not in ("opened", "imported"):
        conn.execute(
            update(t.incidents).where(t.incidents.c.id == incident_id).values(**changes, updated_us=at_us)
        )
    return event


def incident_changes(data: Mapping[str, Any]) -> dict[str, Any]:
    """The incidents-table columns an event's data sets, in their stored form."""
    changes: dict[str, Any] = {}
    for key in INCIDENT_MUTABLE:
        if key in data:
            value = data[key]
            changes[key] = json.dumps(value, default=str) if key in ("reasons", "evidence") else value
    return changes


def opened_data(values: Mapping[Any, Any]) -> dict[str, Any]:
    """An incident's full row as an event's data (reasons and evidence as JSON values)."""
    data = {key: values[key] for key in INCIDENT_OPENED}
    data["reasons"] = json.loads(values["reasons"])
    data["evidence"] = json.loads(values["evidence"])
    return data


def insert_incident_logged(
    conn: Connection, values: dict[str, Any], actor: str, signer: Signer, change: str = "opened"
) -> Incident:
    incident = q.insert_incident(conn, values)
    append_event(conn, incident.id, change, opened_data(values), actor, int(values["opened_us"]), signer)
    return incident


def set_incident_logged(
    conn: Connection,
    incident_id: int,
    change: str,
    data: Mapping[str, Any],
    actor: str,
    at_us: int,
    signer: Signer,
) -> Incident | None:
    lock_log(conn)
    if q.get_incident(conn, incident_id) is None:
        return None
    append_event(conn, incident_id, change, data, actor, at_us, signer)
    return q.get_incident(conn, incident_id)


# --- checkpoints -----------------------------------------------------------------------------
def advance_checkpoint(conn: Connection, now_us: int) -> tuple[int, bytes, Heads] | None:
    """Extend the stored frontier and heads to every committed leaf; (size, root, heads).

    None when the leaves are not gap-free (the log was damaged: ``archive verify`` says how);
    a checkpoint is then never signed over it."""
    row = conn.execute(
        update(t.log_state)
        .where(_s.id == LOG_STATE_ID)
        .values(checkpoint_us=now_us)
        .returning(_s.frontier_size, _s.frontier, _s.heads)
    ).first()
    if row is None:
        return None
    start, size = int(row[0]), log_size(conn)
    frontier = Frontier.from_bytes(start, bytes(row[1]))
    heads = Heads.from_json(json.loads(row[2]))
    expected = start
    for leaf_row in conn.execute(SELECT_LEAVES, {"start": start, "end": size}):
        leaf = _leaf(leaf_row)
        if leaf.idx != expected:
            return None
        frontier.append(leaf.leaf_hash())
        heads.add(leaf)
        expected += 1
    if expected != size:
        return None
    conn.execute(
        update(t.log_state)
        .where(_s.id == LOG_STATE_ID)
        .values(frontier_size=size, frontier=frontier.to_bytes(), heads=json.dumps(heads.to_json()))
    )
    return size, frontier.root(), heads


def adopt_unlogged(conn: Connection, signer: Signer, now_us: int) -> int:
    """Once, after the upgrade that added the log: log every older observation (in time order) and
    an "imported" event per older incident. Returns how many leaves were added."""
    adopted = conn.execute(
        update(t.log_state).where(_s.id == LOG_STATE_ID, _s.adopted == 0).values(adopted=1)
    ).rowcount
    if not adopted:
        return 0
    o = t.observations.c
    count = 0
    query = select(t.observations).order_by(o.at_us, o.target_id, o.seq)
    for row in conn.execute(query).mappings().all():
        log_observation(conn, rows.observation_from_row(row))
        count += 1
    for row in conn.execute(select(t.incidents).order_by(t.incidents.c.id)).mappings().all():
        append_event(conn, int(row["id"]), "imported", opened_data(row), "", now_us, signer)
        count += 1
    return count


# --- reads -------------------------------------------------------------------------------------
def log_size(conn: Connection) -> int:
    """Leaves committed (the highest index + 1; gaps are verify's business)."""
    value = conn.execute(select(_l.idx).order_by(_l.idx.desc()).limit(1)).scalar_one_or_none()
    return int(value) + 1 if value is not None else 0


def leaves(conn: Connection, start: int, end: int) -> list[LeafRow]:
    return [_leaf(r) for r in conn.execute(SELECT_LEAVES, {"start": start, "end": end})]


def log_target_ids(conn: Connection) -> set[int]:
    query = select(_l.target_id).where(_l.kind == OBSERVATION).distinct()
    return {int(r[0]) for r in conn.execute(query) if r[0] is not None}


def target_leaves(conn: Connection, target_id: int) -> list[LeafRow]:
    query = (
        select(_l.idx, _l.kind, _l.target_id, _l.seq, _l.record_hash)
        .where(_l.target_id == target_id, _l.kind == OBSERVATION)
        .order_by(_l.seq, _l.idx)
    )
    return [_leaf(r) for r in conn.execute(query)]


def observation_leaf(conn: Connection, target_id: int, seq: int) -> LeafRow | None:
    query = (
        select(_l.idx, _l.kind, _l.target_id, _l.seq, _l.record_hash)
        .where(_l.target_id == target_id, _l.seq == seq, _l.kind == OBSERVATION)
        .order_by(_l.idx)
        .limit(1)
    )
    row = conn.execute(query).first()
    return _leaf(row) if row else None


def event_from_row(row: Mapping[Any, Any]) -> LogEvent:
    return LogEvent(
        int(row["idx"]),
        int(row["incident_id"]),
        str(row["change"]),
        int(row["at_us"]),
        str(row["actor"]),
        str(row["data"]),
        str(row["record_hash"]),
        str(row["signature"]),
    )


def events(conn: Connection) -> list[LogEvent]:
    query = select(t.incident_events).order_by(t.incident_events.c.idx)
    return [event_from_row(r) for r in conn.execute(query).mappings()]


def incident_rows(conn: Connection) -> dict[int, dict[str, Any]]:
    """Every incident row in the event data's form (``opened_data``)."""
    found = {}
    for row in conn.execute(select(t.incidents)).mappings():
        found[int(row["id"])] = opened_data(row)
    return found


def observation(conn: Connection, target_id: int, seq: int) -> Observation | None:
    o = t.observations.c
    row = (
        conn.execute(select(t.observations).where(o.target_id == target_id, o.seq == seq)).mappings().first()
    )
    return rows.observation_from_row(row) if row else None
