"""The SQL the API reads and writes beyond the Archive interface: pages by key (cursor
pagination), target edits, an incident's events and a blob's metadata. Plain SQLAlchemy Core
functions of a sync ``Connection``, run through the archive's ``DbRunner``."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, case, func, select, update

from tamperwatch.archive import rows
from tamperwatch.archive import tables as t
from tamperwatch.archive.base import Observation, TargetState
from tamperwatch.models import Incident, Target


def _like_json_string(value: str) -> str:
    """A LIKE pattern matching ``value`` as one string of a JSON list, with LIKE's wildcards escaped."""
    escaped = value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_").replace('"', '\\"')
    return f'%"{escaped}"%'


def targets_page(
    conn: Connection, after_id: int, limit: int, tag: str = ""
) -> list[tuple[Target, TargetState]]:
    query = (
        select(t.targets, t.target_state)
        .join(t.target_state, t.target_state.c.target_id == t.targets.c.id)
        .where(t.targets.c.id > after_id)
    )
    if tag:
        query = query.where(t.targets.c.tags.like(_like_json_string(tag), escape="\\"))
    query = query.order_by(t.targets.c.id).limit(limit)
    return [(rows.target_from_row(r), rows.state_from_row(r)) for r in conn.execute(query).mappings()]


def update_target(conn: Connection, target_id: int, values: dict[str, Any]) -> bool:
    stmt = update(t.targets).where(t.targets.c.id == target_id).values(**values)
    return bool(conn.execute(stmt).rowcount)


def observations_page(
    conn: Connection, target_id: int, before_seq: int | None, limit: int
) -> list[Observation]:
    """Newest first."""
    o = t.observations.c
    query = select(t.observations).where(o.target_id == target_id)
    if before_seq is not None:
        query = query.where(o.seq < before_seq)
    query = query.order_by(o.seq.desc()).limit(limit)
    return [rows.observation_from_row(r) for r in conn.execute(query).mappings()]


def incidents_page(
    conn: Connection, before_id: int | None, limit: int, filters: dict[str, Any]
) -> list[Incident]:
    """Newest first; ``filters``: column name -> value (state, kind, target_id)."""
    i = t.incidents.c
    query = select(t.incidents)
    if before_id is not None:
        query = query.where(i.id < before_id)
    for name, value in filters.items():
        query = query.where(i[name] == value)
    query = query.order_by(i.id.desc()).limit(limit)
    return [rows.incident_from_row(r) for r in conn.execute(query).mappings()]


def incident_events(conn: Connection, incident_id: int) -> list[dict[str, Any]]:
    e = t.incident_events.c
    query = select(t.incident_events).where(e.incident_id == incident_id).order_by(e.idx)
    return [dict(r) for r in conn.execute(query).mappings()]


def blob_row(conn: Connection, content_hash: str) -> dict[str, Any] | None:
    row = conn.execute(select(t.blobs).where(t.blobs.c.hash == content_hash)).mappings().first()
    return dict(row) if row else None


def state_counts(conn: Connection, paused_from: float) -> tuple[dict[str, int], float]:
    """Targets by their last verdict ('paused' and 'not checked' apart), and the newest check time."""
    s = t.target_state.c
    label = case(
        (s.next_due >= paused_from, "paused"), (s.last_status == "", "not checked"), else_=s.last_status
    )
    counts = {str(name): int(n) for name, n in conn.execute(select(label, func.count()).group_by(label))}
    newest = conn.execute(select(func.max(s.last_checked_at))).scalar()
    return counts, float(newest or 0.0)


def target_urls(conn: Connection, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    query = select(t.targets.c.id, t.targets.c.url).where(t.targets.c.id.in_(sorted(ids)))
    return {int(i): str(url) for i, url in conn.execute(query)}
