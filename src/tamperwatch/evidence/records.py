"""The signed records of a bundle as JSON lines, and back.

``records/observations.jsonl``: one observation a line, every field its record hash covers (times in
epoch microseconds, as hashed), its hash and signature, its log entry and the inclusion proof of
that entry in the bundle's checkpoint. ``records/events.jsonl``: the same for log events (incident
history, key rotations), with ``data_json`` exactly as hashed.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from tamperwatch.archive.base import Observation
from tamperwatch.archive.log import LogEvent
from tamperwatch.archive.rows import observation_from_row, observation_values

_INTEGERS = ("target_id", "seq", "at_us", "http_status", "count", "leaf_index")


@dataclass(frozen=True, slots=True)
class Proven:
    """A record with its log entry and the inclusion proof (hex, bottom-up) of that entry."""

    leaf_index: int
    proof: tuple[str, ...]


def observation_json(obs: Observation, leaf_index: int, proof: Sequence[bytes]) -> dict[str, Any]:
    return {
        "at": obs.at.isoformat(),  # for people: the hash covers at_us
        **observation_values(obs),
        "leaf_index": leaf_index,
        "inclusion_proof": [h.hex() for h in proof],
    }


def observation_of(doc: Mapping[str, Any]) -> tuple[Observation, Proven]:
    """The observation of one line; KeyError, TypeError or ValueError when a field is missing or
    not of its type (a field of another type changes the record hash: the check names it)."""
    for name in _INTEGERS:
        if not isinstance(doc[name], int) or isinstance(doc[name], bool):
            raise TypeError(f"{name} is not an integer")
    if doc["until_us"] is not None and not isinstance(doc["until_us"], int):
        raise TypeError("until_us is not an integer")
    obs = observation_from_row(doc)
    _same_time(doc, obs.at)
    return obs, Proven(int(doc["leaf_index"]), tuple(str(h) for h in doc["inclusion_proof"]))


def event_json(event: LogEvent, proof: Sequence[bytes]) -> dict[str, Any]:
    return {
        "idx": event.idx,
        "incident_id": event.incident_id,
        "change": event.change,
        "at": event.at.isoformat(),
        "at_us": event.at_us,
        "actor": event.actor,
        "data_json": event.data_json,
        "record_hash": event.record_hash,
        "signature": event.signature,
        "inclusion_proof": [h.hex() for h in proof],
    }


def event_of(doc: Mapping[str, Any]) -> tuple[LogEvent, Proven]:
    event = LogEvent(
        idx=int(doc["idx"]),
        incident_id=int(doc["incident_id"]),
        change=str(doc["change"]),
        at_us=int(doc["at_us"]),
        actor=str(doc["actor"]),
        data_json=str(doc["data_json"]),
        record_hash=str(doc["record_hash"]),
        signature=str(doc["signature"]),
    )
    _same_time(doc, event.at)
    return event, Proven(event.idx, tuple(str(h) for h in doc["inclusion_proof"]))


def _same_time(doc: Mapping[str, Any], at: datetime) -> None:
    """The readable ``at`` must say what the signed ``at_us`` says (people read the first)."""
    if doc.get("at") != at.isoformat():
        raise ValueError(f"at {doc.get('at')!r} is not the signed at_us ({at.isoformat()})")


def json_lines(rows: Sequence[Mapping[str, Any]]) -> bytes:
    return b"".join(json.dumps(dict(row), ensure_ascii=False).encode() + b"\n" for row in rows)


def content_changes(observations: Sequence[Observation]) -> list[Observation]:
    """The observations whose body differs from the one before (the first with a body included):
    the captures a bundle holds."""
    changes, previous = [], ""
    for obs in observations:
        if obs.content_hash and obs.content_hash != previous:
            changes.append(obs)
        previous = obs.content_hash or previous
    return changes
