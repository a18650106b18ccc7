"""The per-target hash chain: canonical encoding, building and verifying signed observations.

Each observation's ``record_hash`` is the SHA-256 of a canonical JSON encoding of every field
but the hash and signature themselves; ``prev_hash`` is the previous observation's record hash
("" for the first), and ``signature`` is the installation key's Ed25519 signature of the hash.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from tamperwatch.archive.base import ChainReport, Observation
from tamperwatch.archive.signing import Signer
from tamperwatch.models import Capture, Verdict

RECORD_DOMAIN = b"tamperwatch-observation-v1\n"


def utc_now() -> datetime:
    """The archives' default clock."""
    return datetime.now(UTC)


def to_micros(at: datetime) -> int:
    """Epoch microseconds of ``at`` (naive datetimes are taken as UTC)."""
    if at.tzinfo is None:
        at = at.replace(tzinfo=UTC)
    delta = at - datetime(1970, 1, 1, tzinfo=UTC)
    return (delta.days * 86_400 + delta.seconds) * 1_000_000 + delta.microseconds


def from_micros(micros: int) -> datetime:
    return datetime.fromtimestamp(micros // 1_000_000, UTC).replace(microsecond=micros % 1_000_000)


@dataclass(frozen=True, slots=True)
class ObservationFields:
    """The signed content of one observation, before hashing."""

    target_id: int
    seq: int
    at: datetime
    http_status: int
    content_hash: str
    tls_fingerprint: str
    resolved_ip: str
    verdict: str
    score: float
    error: str
    prev_hash: str
    count: int = 1
    until: datetime | None = None


def canonical_bytes(f: ObservationFields | Observation) -> bytes:
    until = to_micros(f.until) if f.until is not None else None
    doc = [
        f.target_id,
        f.seq,
        to_micros(f.at),
        f.http_status,
        f.content_hash,
        f.tls_fingerprint,
        f.resolved_ip,
        f.verdict,
        round(float(f.score), 6),
        f.error,
        f.prev_hash,
        f.count,
        until,
    ]
    return RECORD_DOMAIN + json.dumps(doc, separators=(",", ":"), ensure_ascii=True).encode()


def record_hash_of(f: ObservationFields | Observation) -> str:
    return hashlib.sha256(canonical_bytes(f)).hexdigest()


def seal(fields: ObservationFields, signer: Signer) -> Observation:
    """Hash and sign ``fields`` into a stored observation."""
    at = from_micros(to_micros(fields.at))  # normalise to what storage round-trips
    until = from_micros(to_micros(fields.until)) if fields.until is not None else None
    normal = ObservationFields(
        fields.target_id,
        fields.seq,
        at,
        fields.http_status,
        fields.content_hash,
        fields.tls_fingerprint,
        fields.resolved_ip,
        fields.verdict,
        round(float(fields.score), 6),
        fields.error[:2000],
        fields.prev_hash,
        fields.count,
        until,
    )
    digest = record_hash_of(normal)
    return Observation(
        target_id=normal.target_id,
        seq=normal.seq,
        at=normal.at,
        http_status=normal.http_status,
        content_hash=normal.content_hash,
        tls_fingerprint=normal.tls_fingerprint,
        resolved_ip=normal.resolved_ip,
        verdict=normal.verdict,
        score=normal.score,
        error=normal.error,
        prev_hash=normal.prev_hash,
        record_hash=digest,
        signature=signer.sign(digest),
        count=normal.count,
        until=normal.until,
    )


def verify_observations(
    target_id: int,
    observations: Iterable[Observation],
    signer: Signer,
    blob_state: Callable[[str], str],
) -> ChainReport:
    """Check a target's observations (in seq order) for tampering and broken links.

    ``blob_state(content_hash)`` answers "present", "pruned" (removed by retention: not
    tampering), "missing" (gone without a retention record) or "tampered" (there, but its bytes
    no longer hash to its name).
    """
    tampered: list[int] = []
    broken: list[int] = []
    missing: list[int] = []
    bad_blobs: list[int] = []
    pruned = 0
    records = 0
    prev_hash = ""
    prev_seq = 0
    for obs in observations:
        records += 1
        if record_hash_of(obs) != obs.record_hash or not signer.verify(obs.record_hash, obs.signature):
            tampered.append(obs.seq)
        if obs.prev_hash != prev_hash or obs.seq != prev_seq + 1:
            broken.append(obs.seq)
        prev_hash, prev_seq = obs.record_hash, obs.seq
        if obs.content_hash:
            state = blob_state(obs.content_hash)
            if state == "pruned":
                pruned += 1
            elif state == "missing":
                missing.append(obs.seq)
            elif state == "tampered":
                bad_blobs.append(obs.seq)
    return ChainReport(
        target_id=target_id,
        records=records,
        ok=not (tampered or broken or missing or bad_blobs),
        tampered=tampered,
        broken_links=broken,
        pruned_blobs=pruned,
        missing_blobs=missing,
        tampered_blobs=bad_blobs,
    )


def check_fields(
    target_id: int, seq: int, prev_hash: str, head_content_hash: str, capture: Capture, verdict: Verdict
) -> ObservationFields:
    """The observation of one check. A 304 (or an empty not-modified capture) keeps the content
    hash of the previous observation; a failed fetch has none."""
    content_hash = capture.content_hash
    if not content_hash and capture.not_modified and capture.ok:
        content_hash = head_content_hash
    return ObservationFields(
        target_id=target_id,
        seq=seq,
        at=capture.fetched_at,
        http_status=capture.status,
        content_hash=content_hash,
        tls_fingerprint=capture.tls.fingerprint_sha256 if capture.tls else "",
        resolved_ip=capture.resolved_ip,
        verdict=str(verdict.status),
        score=verdict.score,
        error=capture.error,
        prev_hash=prev_hash,
    )
