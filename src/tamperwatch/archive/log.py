"""The archive's append-only log: one Merkle tree (RFC 9162) over every observation and incident
event of every target, with signed checkpoints (tree heads) written to files outside the database.

Leaf ``idx`` (0-based, gap-free) is one of:

- an observation: ``b"tamperwatch-log-v1\\nobservation IDX TARGET_ID SEQ RECORD_HASH"``, where
  RECORD_HASH is the observation's own signed record hash (chain.py);
- an event: ``b"tamperwatch-log-v1\\nevent IDX RECORD_HASH"``, where RECORD_HASH is the SHA-256 of
  the event's canonical bytes (``event_bytes``).

A checkpoint signs ``CHECKPOINT_DOMAIN || timestamp_ms (u64 BE) || tree_size (u64 BE) || root (32) ||
SHA-256(heads)`` with the installation key; ``heads`` (each target's last seq and the number of
events inside the tree) lets ``archive verify`` name what a truncation removed.
"""

from __future__ import annotations

import hashlib
import json
import re
import struct
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from tamperwatch.archive.chain import from_micros, to_micros
from tamperwatch.archive.fsutil import atomic_write
from tamperwatch.archive.merkle import leaf_hash
from tamperwatch.archive.signing import Signer
from tamperwatch.models import Incident

LEAF_DOMAIN = b"tamperwatch-log-v1\n"
EVENT_DOMAIN = b"tamperwatch-event-v1\n"
CHECKPOINT_DOMAIN = b"tamperwatch-checkpoint-v1\n"
CHECKPOINT_FORMAT = 1
CHECKPOINT_DIR = "checkpoints"  # under the data folder
CHECKPOINT_FILES_KEPT = 100  # older checkpoint files are deleted (every notification carried one)
OBSERVATION = "observation"
EVENT = "event"
# Incident columns an event's data may change (the rest are fixed when it opens), and the full row.
INCIDENT_MUTABLE = ("state", "note", "score", "reasons", "evidence")
INCIDENT_OPENED = ("target_id", "kind", "state", "opened_us", "score", "reasons", "evidence", "note")
_CHECKPOINT_NAME = re.compile(r"checkpoint-(\d{12})\.json")


@dataclass(frozen=True, slots=True)
class LeafRow:
    """One leaf of the log as stored: what it points at, and that record's hash."""

    idx: int
    kind: str  # OBSERVATION | EVENT
    target_id: int | None
    seq: int | None
    record_hash: str

    def leaf_input(self) -> bytes:
        if self.kind == OBSERVATION:
            return (
                LEAF_DOMAIN
                + f"{OBSERVATION} {self.idx} {self.target_id} {self.seq} {self.record_hash}".encode()
            )
        return LEAF_DOMAIN + f"{EVENT} {self.idx} {self.record_hash}".encode()

    def leaf_hash(self) -> bytes:
        return leaf_hash(self.leaf_input())


@dataclass(frozen=True, slots=True)
class LogEvent:
    """One signed event in the log (an incident opened, its state changed, ...)."""

    idx: int
    incident_id: int  # 0 when the event is about no incident
    change: str
    at_us: int
    actor: str
    data_json: str  # canonical JSON of ``data``, exactly as hashed
    record_hash: str
    signature: str

    @property
    def data(self) -> dict[str, Any]:
        return dict(json.loads(self.data_json))

    @property
    def at(self) -> datetime:
        return from_micros(self.at_us)

    def leaf(self) -> LeafRow:
        return LeafRow(self.idx, EVENT, None, None, self.record_hash)


def canonical_json(data: Mapping[str, Any]) -> str:
    return json.dumps(dict(data), sort_keys=True, separators=(",", ":"), ensure_ascii=True, default=str)


def event_bytes(idx: int, incident_id: int, change: str, at_us: int, actor: str, data_json: str) -> bytes:
    head = json.dumps([idx, incident_id, change, at_us, actor], separators=(",", ":"), ensure_ascii=True)
    return EVENT_DOMAIN + head.encode() + b"\n" + data_json.encode()


def seal_event(
    idx: int, incident_id: int, change: str, at_us: int, actor: str, data: Mapping[str, Any], signer: Signer
) -> LogEvent:
    data_json = canonical_json(data)
    digest = hashlib.sha256(event_bytes(idx, incident_id, change, at_us, actor[:200], data_json)).hexdigest()
    return LogEvent(idx, incident_id, change, at_us, actor[:200], data_json, digest, signer.sign(digest))


def event_hash_ok(event: LogEvent) -> bool:
    raw = event_bytes(event.idx, event.incident_id, event.change, event.at_us, event.actor, event.data_json)
    return hashlib.sha256(raw).hexdigest() == event.record_hash


@dataclass(slots=True)
class Heads:
    """What a tree of ``size`` leaves holds per target (last seq) and in events (count)."""

    targets: dict[int, int] = field(default_factory=dict)
    events: int = 0

    def add(self, leaf: LeafRow) -> None:
        if leaf.kind == OBSERVATION and leaf.target_id is not None and leaf.seq is not None:
            self.targets[leaf.target_id] = max(self.targets.get(leaf.target_id, 0), leaf.seq)
        elif leaf.kind == EVENT:
            self.events += 1

    def to_json(self) -> dict[str, Any]:
        return {"targets": {str(k): v for k, v in sorted(self.targets.items())}, "events": self.events}

    @classmethod
    def from_json(cls, doc: Mapping[str, Any]) -> Heads:
        return cls(
            {int(k): int(v) for k, v in dict(doc.get("targets", {})).items()}, int(doc.get("events", 0))
        )

    def digest(self) -> bytes:
        return hashlib.sha256(canonical_json(self.to_json()).encode()).digest()


@dataclass(frozen=True, slots=True)
class Checkpoint:
    """A signed tree head: the log's size and root at ``timestamp_ms``, plus the heads it covers."""

    tree_size: int
    timestamp_ms: int
    root_hash: str  # hex
    heads: Heads
    signature: str = ""  # hex Ed25519
    public_key: str = ""  # PEM of the signing key, so a receiver can check (and pin) it

    def signed_bytes(self) -> bytes:
        return (
            CHECKPOINT_DOMAIN
            + struct.pack(">QQ", self.timestamp_ms, self.tree_size)
            + bytes.fromhex(self.root_hash)
            + self.heads.digest()
        )

    def sign(self, signer: Signer) -> Checkpoint:
        signature = signer.sign_bytes(self.signed_bytes())
        return Checkpoint(
            self.tree_size,
            self.timestamp_ms,
            self.root_hash,
            self.heads,
            signature,
            signer.public_pem().decode(),
        )

    def signature_ok(self, signer: Signer) -> bool:
        return signer.verify_bytes(self.signed_bytes(), self.signature)

    def tree_head(self) -> dict[str, Any]:
        """The signed tree head alone (what notifications carry): enough to check the signature."""
        return {
            "format": CHECKPOINT_FORMAT,
            "tree_size": self.tree_size,
            "timestamp": self.timestamp_ms,
            "root_hash": self.root_hash,
            "heads_sha256": self.heads.digest().hex(),
            "signature": self.signature,
        }

    def to_json(self) -> dict[str, Any]:
        return self.tree_head() | {"heads": self.heads.to_json(), "public_key": self.public_key}

    @classmethod
    def from_json(cls, doc: Mapping[str, Any]) -> Checkpoint:
        if int(doc.get("format", 0)) != CHECKPOINT_FORMAT:
            raise ValueError(f"unknown checkpoint format {doc.get('format')!r}")
        return cls(
            tree_size=int(doc["tree_size"]),
            timestamp_ms=int(doc["timestamp"]),
            root_hash=str(doc["root_hash"]),
            heads=Heads.from_json(doc.get("heads", {})),
            signature=str(doc["signature"]),
            public_key=str(doc.get("public_key", "")),
        )


def incident_data(incident: Incident) -> dict[str, Any]:
    """An incident as an opening event's data (and as ``archive verify`` compares its row)."""
    return {
        "target_id": incident.target_id,
        "kind": str(incident.kind),
        "state": str(incident.state),
        "opened_us": to_micros(incident.opened_at),
        "score": incident.score,
        "reasons": list(incident.reasons),
        "evidence": json.loads(canonical_json(incident.evidence)),
        "note": incident.note,
    }


def checkpoint_dir(data_dir: Path) -> Path:
    return data_dir / CHECKPOINT_DIR


def write_checkpoint(folder: Path, checkpoint: Checkpoint, keep: int = CHECKPOINT_FILES_KEPT) -> Path:
    """Write ``checkpoint`` atomically (temp file, fsync, rename, fsync of the folder); drop old ones."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"checkpoint-{checkpoint.tree_size:012d}.json"
    newest = newest_checkpoint_path(folder)
    if newest is not None and newest.name > path.name:  # another process wrote a bigger one
        return newest
    atomic_write(path, json.dumps(checkpoint.to_json(), indent=1).encode(), mode=0o644, sync=True)
    for old in sorted(_checkpoint_files(folder))[:-keep]:
        old.unlink(missing_ok=True)
    return path


def _checkpoint_files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return [p for p in folder.iterdir() if _CHECKPOINT_NAME.fullmatch(p.name)]


def newest_checkpoint_path(folder: Path) -> Path | None:
    files = sorted(_checkpoint_files(folder))
    return files[-1] if files else None


def read_checkpoint(path: Path) -> Checkpoint:
    return Checkpoint.from_json(json.loads(path.read_text()))


def newest_checkpoint(folder: Path) -> Checkpoint | None:
    path = newest_checkpoint_path(folder)
    return read_checkpoint(path) if path is not None else None
