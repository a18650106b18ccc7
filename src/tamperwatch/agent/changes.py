"""What the agent found at a path and what it did about it: one ``Change`` per path, gathered in
one ``Outcome`` per batch (the unit of one signed record)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from tamperwatch.agent.manifest import Entry


class What(StrEnum):
    ADDED = "added"  # not in the baseline (dropped web shell, new folder)
    DELETED = "deleted"
    MODIFIED = "modified"  # other bytes, or another symlink target
    REPLACED = "replaced"  # another kind of thing: a symlink or a folder where a file was
    MODE = "mode"  # permissions only
    OWNER = "owner"  # owner or group only


def classify(golden: Entry | None, found: Entry | None, special: bool) -> What:
    if golden is None:
        return What.ADDED
    if found is None:
        return What.DELETED
    if special or golden.kind is not found.kind:
        return What.REPLACED
    if not golden.same_content(found):
        return What.MODIFIED
    if golden.mode != found.mode:
        return What.MODE
    return What.OWNER


@dataclass(slots=True)
class Change:
    path: str
    what: What
    golden: Entry | None
    found: Entry | None
    quarantined: str = ""  # SHA-256 of the attacker's bytes, kept in the quarantine
    restored: bool = False
    error: str = ""
    writers: str = ""  # the whitelisted programs whose write was accepted (fanotify)

    def describe(self) -> dict[str, Any]:
        data: dict[str, Any] = {"path": self.path, "change": self.what.value, "restored": self.restored}
        if self.golden is not None:
            data["golden"] = self.golden.describe()
        if self.found is not None:
            data["found"] = self.found.describe()
        if self.quarantined:
            data["quarantined"] = self.quarantined
        if self.error:
            data["error"] = self.error
        if self.writers:
            data["writers"] = self.writers
        return data


@dataclass(slots=True)
class Outcome:
    """One batch of one root: the changes found, what was restored, and why it ran."""

    root: str
    reason: str  # "watch" | "start" | "rescan"
    restoring: bool  # False in alert mode, in a maintenance window, or without a verified baseline
    changes: list[Change] = field(default_factory=list)
    diffs: dict[str, str] = field(default_factory=dict)  # path -> unified diff of a defaced text file
    note: str = ""  # why nothing was restored, when so
    journaled: int = 0  # lines this batch appended to the root's journal
    accepted: list[Change] = field(default_factory=list)  # written by whitelisted programs: not restored

    @property
    def poisoned(self) -> list[str]:
        """Paths whose golden copy failed its hash check (never restored from)."""
        return [c.path for c in self.changes if c.error.startswith(GOLDEN_BAD)]

    def counts(self) -> dict[str, int]:
        return dict(Counter(c.what.value for c in self.changes))

    @property
    def restored(self) -> int:
        return sum(1 for c in self.changes if c.restored)


GOLDEN_BAD = "golden copy missing or altered"
