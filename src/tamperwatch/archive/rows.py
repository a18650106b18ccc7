"""Conversions between archive table rows and the model dataclasses."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from tamperwatch.archive.base import Observation, TargetState
from tamperwatch.archive.chain import from_micros, to_micros
from tamperwatch.models import Incident, IncidentKind, IncidentState, RenderPolicy, Target, TargetKind


def target_values(target: Target) -> dict[str, Any]:
    return {
        "url": target.url,
        "kind": str(target.kind),
        "interval_s": target.interval_s,
        "tags": json.dumps(list(target.tags)),
        "render_policy": str(target.render_policy),
        "headers": json.dumps([list(h) for h in target.headers]),
        "ignore_selectors": json.dumps(list(target.ignore_selectors)),
        "sensitivity": target.sensitivity,
        "owner": target.owner,
    }


def target_from_row(row: Mapping[Any, Any]) -> Target:
    return Target(
        url=row["url"],
        id=row["id"],
        kind=TargetKind(row["kind"]),
        interval_s=row["interval_s"],
        tags=tuple(json.loads(row["tags"])),
        render_policy=RenderPolicy(row["render_policy"]),
        headers=tuple((str(k), str(v)) for k, v in json.loads(row["headers"])),
        ignore_selectors=tuple(json.loads(row["ignore_selectors"])),
        sensitivity=row["sensitivity"],
        owner=row["owner"],
    )


STATE_FIELDS = (
    "next_due",
    "etag",
    "last_modified",
    "last_body_hash",
    "last_status",
    "last_score",
    "last_checked_at",
    "consecutive_failures",
    "consecutive_suspicious",
    "rendered_at",
    "last_clean_hash",
)


def state_values(state: TargetState) -> dict[str, Any]:
    values = {name: getattr(state, name) for name in STATE_FIELDS}
    values["target_id"] = state.target_id
    return values


def state_from_row(row: Mapping[Any, Any]) -> TargetState:
    return TargetState(target_id=row["target_id"], **{name: row[name] for name in STATE_FIELDS})


def observation_values(obs: Observation) -> dict[str, Any]:
    return {
        "target_id": obs.target_id,
        "seq": obs.seq,
        "at_us": to_micros(obs.at),
        "http_status": obs.http_status,
        "content_hash": obs.content_hash,
        "tls_fingerprint": obs.tls_fingerprint,
        "resolved_ip": obs.resolved_ip,
        "verdict": obs.verdict,
        "score": obs.score,
        "error": obs.error,
        "prev_hash": obs.prev_hash,
        "record_hash": obs.record_hash,
        "signature": obs.signature,
        "count": obs.count,
        "until_us": to_micros(obs.until) if obs.until is not None else None,
    }


# The observations columns in the order of Observation's fields (``observation_from_values``).
OBSERVATION_COLUMNS = (
    "target_id",
    "seq",
    "at_us",
    "http_status",
    "content_hash",
    "tls_fingerprint",
    "resolved_ip",
    "verdict",
    "score",
    "error",
    "prev_hash",
    "record_hash",
    "signature",
    "count",
    "until_us",
)


def observation_from_values(values: Sequence[Any]) -> Observation:
    """An observation from a row of ``OBSERVATION_COLUMNS``, by position (no mapping per row: a
    chain of a million observations is read this way by ``archive verify``)."""
    until = values[14]
    return Observation(
        values[0],
        values[1],
        from_micros(values[2]),
        values[3],
        values[4],
        values[5],
        values[6],
        values[7],
        values[8],
        values[9],
        values[10],
        values[11],
        values[12],
        values[13],
        from_micros(until) if until is not None else None,
    )


def observation_from_row(row: Mapping[Any, Any]) -> Observation:
    until = row["until_us"]
    return Observation(
        target_id=row["target_id"],
        seq=row["seq"],
        at=from_micros(row["at_us"]),
        http_status=row["http_status"],
        content_hash=row["content_hash"],
        tls_fingerprint=row["tls_fingerprint"],
        resolved_ip=row["resolved_ip"],
        verdict=row["verdict"],
        score=row["score"],
        error=row["error"],
        prev_hash=row["prev_hash"],
        record_hash=row["record_hash"],
        signature=row["signature"],
        count=row["count"],
        until=from_micros(until) if until is not None else None,
    )


def incident_from_row(row: Mapping[Any, Any]) -> Incident:
    return Incident(
        id=row["id"],
        target_id=row["target_id"],
        kind=IncidentKind(row["kind"]),
        state=IncidentState(row["state"]),
        opened_at=from_micros(row["opened_us"]),
        updated_at=from_micros(row["updated_us"]),
        score=row["score"],
        reasons=tuple(json.loads(row["reasons"])),
        evidence=dict(json.loads(row["evidence"])),
        note=row["note"],
    )
