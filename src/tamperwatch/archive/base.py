"""The Archive interface: everything the pipeline, scheduler and CLI persist goes through it.

``SqlArchive`` (archive/sql.py) is the real one; ``MemoryArchive`` (archive/memory.py) is its
in-memory twin used by replay and tests. Both satisfy the same contract tests.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any, Protocol

from tamperwatch.models import Capture, Incident, IncidentKind, IncidentState, Target, Verdict

if TYPE_CHECKING:  # log.py builds on this module
    from tamperwatch.archive.audit import LogReport
    from tamperwatch.archive.log import Checkpoint, LogEvent


@dataclass(slots=True)
class TargetState:
    """Mutable scheduling and change-tracking state of one target."""

    target_id: int
    next_due: float = 0.0  # epoch seconds
    etag: str = ""
    last_modified: str = ""
    last_body_hash: str = ""
    last_status: str = ""  # Status value of the last verdict
    last_score: float = 0.0
    last_checked_at: float = 0.0
    consecutive_failures: int = 0
    consecutive_suspicious: int = 0
    rendered_at: float = 0.0  # last render, once the visual baseline is complete (0: not yet)
    last_clean_hash: str = ""  # body of the last capture judged clean or learned: the change's reference


@dataclass(frozen=True, slots=True)
class ProfileUpdate:
    """A profile to store with a check; ``keep_previous`` keeps the replaced one for undo."""

    data: bytes
    keep_previous: bool = False


@dataclass(frozen=True, slots=True)
class Observation:
    """One signed record of one check. ``count`` > 1 for a compacted run of identical checks."""

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
    record_hash: str
    signature: str
    count: int = 1
    until: datetime | None = None


@dataclass(frozen=True, slots=True)
class ChainReport:
    target_id: int
    records: int
    ok: bool
    tampered: list[int] = field(default_factory=list)  # seqs whose hash or signature fails
    broken_links: list[int] = field(default_factory=list)  # seqs whose prev_hash does not match
    pruned_blobs: int = 0  # observations whose body blob was pruned by retention (not tampering)
    missing_blobs: list[int] = field(default_factory=list)  # seqs whose blob is gone, not pruned
    tampered_blobs: list[int] = field(default_factory=list)  # seqs whose blob's bytes no longer match


class Archive(Protocol):
    # targets
    async def add_target(self, target: Target) -> Target: ...
    async def get_target(self, key: int | str) -> Target | None: ...
    async def list_targets(self) -> list[Target]: ...
    async def remove_target(self, target_id: int) -> bool: ...
    async def get_state(self, target_id: int) -> TargetState: ...
    async def save_state(self, state: TargetState) -> None: ...
    async def due_targets(self, now: float, limit: int) -> list[tuple[Target, TargetState]]: ...

    # observations and captures
    async def record_check(
        self,
        target: Target,
        capture: Capture,
        verdict: Verdict,
        state: TargetState | None = None,
        profile: ProfileUpdate | None = None,
    ) -> Observation:
        """Append the signed observation of one check (and its body blob when the content changed).

        With ``state`` and ``profile`` the target's state and profile are saved in the same
        transaction as the observation, so a crash never separates them.
        """
        ...

    async def observations(self, target_id: int, limit: int = 100) -> list[Observation]: ...
    async def load_body(self, content_hash: str) -> bytes | None: ...
    async def put_blob(self, data: bytes) -> str:
        """Store evidence (a screenshot, a diff image) in the blob store; returns its hash."""

    async def verify_chain(self, target_id: int) -> ChainReport: ...
    async def prune_blobs(self, older_than: datetime) -> int:
        """Delete body blobs stored before ``older_than`` that no incident's ``evidence["blobs"]``
        lists and that are not any target's current content. Observations are never deleted."""
        ...

    # profiles (opaque, versioned bytes owned by the detection engine)
    async def load_profile(self, target_id: int) -> bytes | None: ...
    async def save_profile(self, target_id: int, data: bytes, keep_previous: bool = False) -> None:
        """Store the profile; with ``keep_previous`` the one it replaces is kept for undo."""

    async def restore_previous_profile(self, target_id: int) -> bool:
        """Swap the profile with the one kept before the last accepted baseline (undo)."""

    # incidents
    async def open_incident(
        self,
        target_id: int,
        kind: IncidentKind,
        score: float,
        reasons: tuple[str, ...],
        evidence: dict[str, Any],
    ) -> Incident: ...
    async def open_incident_for(self, target_id: int, kind: IncidentKind) -> Incident | None: ...
    async def set_incident_state(
        self, incident_id: int, state: IncidentState, note: str = ""
    ) -> Incident: ...
    async def get_incident(self, incident_id: int) -> Incident | None: ...
    async def list_incidents(self, state: IncidentState | None = None) -> list[Incident]: ...

    # the append-only log of every observation and incident event (archive/log.py)
    async def append_event(
        self, change: str, data: Mapping[str, Any], incident_id: int = 0, actor: str = ""
    ) -> LogEvent:
        """Log one signed event (e.g. ``append_event("commented", {"text": ...}, incident.id, "alice")``).

        ``open_incident`` and ``set_incident_state`` log their own ("opened", the new state). Keys
        of ``data`` among ``log.INCIDENT_MUTABLE`` (state, note, score, reasons, evidence) also set
        those fields of incident ``incident_id``, atomically; a checkpoint is signed at once."""
        ...

    async def checkpoint(self) -> Checkpoint | None:
        """Sign a checkpoint of the log now (None without the private key)."""
        ...

    def latest_checkpoint(self) -> Checkpoint | None: ...

    async def verify_log(self, checkpoint: Checkpoint | None = None, label: str = "") -> LogReport:
        """Everything in the archive against ``checkpoint`` (default: the newest written)."""
        ...

    async def aclose(self) -> None:
        """Sign a checkpoint if entries were logged since the last one, and release resources."""
        ...
