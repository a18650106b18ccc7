"""Checking a bundle's signed records: each observation's and event's hash, signature and inclusion
in the signed checkpoint, and the observations' hash chain (nothing left out in between). Each
problem is one line that names the record and the file line it sits on.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, TypeVar

from tamperwatch.archive.base import Observation
from tamperwatch.archive.chain import record_hash_of
from tamperwatch.archive.log import OBSERVATION, Checkpoint, LeafRow, LogEvent, event_hash_ok
from tamperwatch.archive.merkle import verify_inclusion
from tamperwatch.evidence.layout import EVENTS, OBSERVATIONS
from tamperwatch.evidence.records import Proven, event_of, observation_of

T = TypeVar("T")
Verifies = Callable[[str, str], bool]  # (record hash, signature) -> signed by a trusted key


@dataclass(slots=True)
class Records:
    observations: list[Observation] = field(default_factory=list)
    events: list[LogEvent] = field(default_factory=list)  # only those that verify


def _included(leaf: LeafRow, proven: Proven, checkpoint: Checkpoint) -> bool:
    try:
        proof = [bytes.fromhex(h) for h in proven.proof]
        root = bytes.fromhex(checkpoint.root_hash)
    except ValueError:
        return False
    return proven.leaf_index == leaf.idx and verify_inclusion(
        leaf.idx, checkpoint.tree_size, leaf.leaf_hash(), proof, root
    )


def _records(
    data: bytes, name: str, parse: Callable[[dict[str, Any]], tuple[T, Proven]], problems: list[str]
) -> Iterator[tuple[int, T, Proven]]:
    """(line number, record, proof) of each line that parses; a problem line for each that does not."""
    for number, line in enumerate(data.splitlines(), 1):
        try:
            doc = json.loads(line)
            if not isinstance(doc, dict):
                raise ValueError("not an object")
            record, proven = parse(doc)
        except (KeyError, TypeError, ValueError, OverflowError) as exc:
            problems.append(f"{name} line {number}: not a valid record ({type(exc).__name__}: {exc})")
            continue
        yield number, record, proven


def check_events(
    data: bytes, any_key: Verifies, checkpoint: Checkpoint, problems: list[str]
) -> list[LogEvent]:
    """The events that verify; a problem line for each that does not."""
    good = []
    for number, event, proven in _records(data, EVENTS, event_of, problems):
        where = (
            f"log event {event.idx} ({event.change}, incident {event.incident_id}; {EVENTS} line {number})"
        )
        bad = []
        if not event_hash_ok(event):
            bad.append("its content does not hash to its record hash (edited)")
        elif not any_key(event.record_hash, event.signature):
            bad.append("its signature does not verify with the bundle's keys")
        if not _included(event.leaf(), proven, checkpoint):
            bad.append("its inclusion proof does not lead to the signed checkpoint")
        problems.extend(f"{where}: {b}" for b in bad)
        if not bad:
            good.append(event)
    return good


def check_observations(
    data: bytes,
    verifies: Verifies,
    checkpoint: Checkpoint,
    scope: tuple[int, datetime, datetime],
    problems: list[str],
) -> list[Observation]:
    """Every observation parsed (checked or not, in file order); a problem line for each fault."""
    target_id, start, end = scope
    found = []
    for number, obs, proven in _records(data, OBSERVATIONS, observation_of, problems):
        found.append(obs)
        where = f"observation {obs.target_id}/{obs.seq} ({OBSERVATIONS} line {number})"
        bad = []
        if obs.target_id != target_id:
            bad.append(f"it is not of the bundle's target {target_id}")
        if not start <= obs.at <= end:
            bad.append("its time is outside the bundle's range")
        if record_hash_of(obs) != obs.record_hash:
            bad.append("its fields do not hash to its record hash (edited)")
        elif not verifies(obs.record_hash, obs.signature):
            bad.append("its signature does not verify with the installation's keys")
        leaf = LeafRow(proven.leaf_index, OBSERVATION, obs.target_id, obs.seq, obs.record_hash)
        if not _included(leaf, proven, checkpoint):
            bad.append("its inclusion proof does not lead to the signed checkpoint")
        problems.extend(f"{where}: {b}" for b in bad)
    _check_chain(found, problems)
    return found


def _check_chain(observations: list[Observation], problems: list[str]) -> None:
    ordered = sorted(observations, key=lambda o: o.seq)
    for before, after in itertools.pairwise(ordered):
        if after.seq != before.seq + 1 or after.prev_hash != before.record_hash:
            problems.append(
                f"observation {after.target_id}/{after.seq}: the hash chain from {before.seq} is broken "
                "(a record between them is missing, edited or re-ordered)"
            )
