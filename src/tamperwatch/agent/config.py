"""The agent's configuration: one frozen value built from ``Settings`` in one place, and the
agent's tunable numbers (named here, nowhere else)."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tamperwatch.agent.rules import PathRules

if TYPE_CHECKING:
    from tamperwatch.settings import Settings

# Coalescing: a batch closes when no new event came for QUIET_S, or MAX_DELAY_S after its first
# event, whichever comes first (an editor's write-temp-then-rename is one batch; a burst of 10,000
# writes is a handful of batches, one incident).
QUIET_S = 0.02
MAX_DELAY_S = 0.2
# Batches of one root within EPISODE_GAP_S of the previous change join the same incident.
EPISODE_GAP_S = 60.0
# How many changes an incident's evidence lists inline (the full list is a blob it references).
EVIDENCE_MAX_CHANGES = 200
# Unified diffs of text files kept in the evidence: how many files, and bytes per diff.
DIFF_MAX_FILES = 5
DIFF_MAX_BYTES = 16 * 1024
# Attacker-written content larger than this is quarantined cut to this size (its full hash kept).
QUARANTINE_MAX_BYTES = 16 * 1024 * 1024
# Read size when hashing files.
READ_CHUNK = 1 << 20


class AgentMode(StrEnum):
    RESTORE = "restore"
    ALERT = "alert"


@dataclass(frozen=True, slots=True)
class AgentPaths:
    """Where the agent keeps its state, outside every web root."""

    base: Path

    @property
    def golden(self) -> Path:
        return self.base / "golden"

    @property
    def quarantine(self) -> Path:
        return self.base / "quarantine"

    @property
    def roots(self) -> Path:
        return self.base / "roots"

    @property
    def spool(self) -> Path:
        """What the resident process found and fixed, waiting for a recording child."""
        return self.base / "spool"

    @property
    def episodes(self) -> Path:
        return self.base / "episodes.json"


@dataclass(frozen=True, slots=True)
class AgentConfig:
    paths: AgentPaths
    key_path: Path
    mode: AgentMode = AgentMode.RESTORE
    rules: PathRules = field(default_factory=PathRules)
    rescan_s: float = 3600.0
    max_file_bytes: int = 64 * 1024 * 1024
    quiet_s: float = QUIET_S
    max_delay_s: float = MAX_DELAY_S
    episode_gap_s: float = EPISODE_GAP_S
    writers: tuple[str, ...] = ()  # programs whose writes are accepted (fanotify names the writer)

    @classmethod
    def from_settings(cls, settings: Settings) -> AgentConfig:
        return cls(
            paths=AgentPaths(settings.agent_path),
            key_path=settings.key_path,
            mode=AgentMode(settings.agent_mode),
            rules=PathRules(tuple(settings.agent_include), tuple(settings.agent_exclude)),
            rescan_s=settings.agent_rescan_s,
            max_file_bytes=settings.agent_max_file_bytes,
            writers=tuple(settings.agent_writers),
        )

    def to_request(self) -> dict[str, Any]:
        """As plain JSON values, for the agent's child processes (``from_request`` reads it)."""
        return {
            "base": str(self.paths.base),
            "key_path": str(self.key_path),
            "mode": self.mode.value,
            "include": list(self.rules.include),
            "exclude": list(self.rules.exclude),
            "rescan_s": self.rescan_s,
            "max_file_bytes": self.max_file_bytes,
            "quiet_s": self.quiet_s,
            "max_delay_s": self.max_delay_s,
            "episode_gap_s": self.episode_gap_s,
            "writers": list(self.writers),
        }

    @classmethod
    def from_request(cls, data: dict[str, Any]) -> AgentConfig:
        return cls(
            AgentPaths(Path(data["base"])),
            Path(data["key_path"]),
            AgentMode(data["mode"]),
            PathRules(tuple(data["include"]), tuple(data["exclude"])),
            float(data["rescan_s"]),
            int(data["max_file_bytes"]),
            float(data["quiet_s"]),
            float(data["max_delay_s"]),
            float(data["episode_gap_s"]),
            tuple(data["writers"]),
        )
