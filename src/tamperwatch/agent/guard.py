"""The guard of one root: judges paths against the verified baseline and, unless it only alerts,
puts them back. Blocking file IO: the agent runs it in a worker thread, one batch at a time,
under the root's lock (shared with `agent publish`)."""

from __future__ import annotations

import contextlib
import os
import stat
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from tamperwatch.agent.baseline import BaselineStore, BaselineTampered
from tamperwatch.agent.changes import Change, Outcome, What, classify
from tamperwatch.agent.config import DIFF_MAX_FILES, AgentMode
from tamperwatch.agent.diff import text_diff
from tamperwatch.agent.journal import Journal, fixed
from tamperwatch.agent.lock import root_lock
from tamperwatch.agent.maintenance import current_window
from tamperwatch.agent.manifest import Entry, Kind, Manifest
from tamperwatch.agent.observe import Seen, observe
from tamperwatch.agent.restore import GoldenBad, Restorer
from tamperwatch.agent.rules import PathRules
from tamperwatch.agent.safefs import TEMP_PREFIX, RootFs, split
from tamperwatch.agent.scan import tracked, walk

if TYPE_CHECKING:
    from tamperwatch.agent.fanotify import WriterCheck

# A file whose change time is older than the start of the last full check by this much, with the
# size, mode and owner of its baseline entry, is not read again by a periodic rescan (writing a
# file always moves its change time forward, and it cannot be set back; the slack covers the
# kernel's coarse clock).
CTIME_SLACK_NS = 1_000_000_000


@dataclass(frozen=True, slots=True)
class GuardParts:
    fs: RootFs
    baselines: BaselineStore
    restorer: Restorer
    rules: PathRules
    mode: AgentMode
    max_bytes: int
    writers: WriterCheck | None = None  # who wrote a path (fanotify), when whitelists are used
    allowed: frozenset[str] = frozenset()  # programs whose writes of files are accepted


class Guard:
    def __init__(self, parts: GuardParts) -> None:
        self.parts = parts
        self.fs = parts.fs
        self.root = parts.fs.root
        self.manifest: Manifest | None = None
        self.tampered = ""  # why the baseline failed verification ("" when it verified)
        self._version = (-1, -1)
        self._checked_before_ns = 0  # files unchanged since before this need no hashing
        # path -> (golden uid, gid, the owner a restore could give it): this process may not
        # chown (no root, no CAP_CHOWN); that owner is then taken as restored, not restored again
        self._owners: dict[str, tuple[int, int, int, int]] = {}
        self.journal = Journal(parts.baselines.folder)

    @property
    def folder(self) -> Path:
        return self.parts.baselines.folder

    # --- baseline ------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Load (and verify) the baseline again when a new one was committed."""
        version = self.parts.baselines.version()
        if version == self._version:
            return
        self._version = version
        try:
            manifest = self.parts.baselines.load(self.root)
        except BaselineTampered as exc:
            self.tampered = str(exc)  # keep judging with what was verified last, restore nothing
            return
        if self.manifest is not None and manifest.generation < self.manifest.generation:
            self.tampered = f"rolled back from generation {self.manifest.generation} to {manifest.generation}"
            return
        self.manifest = manifest
        self.tampered = ""
        self.parts.restorer.use(manifest.entries)

    # --- batches -------------------------------------------------------------------------------
    def check(self, rels: Iterable[str], reason: str = "watch") -> Outcome:
        with root_lock(self.folder):
            self.refresh()
            return self._check(set(rels), reason, 0)

    def rescan(self, reason: str = "rescan", hash_all: bool = False) -> Outcome:
        """Judge every path of the root and of the baseline; ``hash_all`` reads every file."""
        with root_lock(self.folder):
            self.refresh()
            started = time.time_ns()
            walked = set(walk(self.fs, self.parts.rules))
            rels = walked | set(self.manifest.entries) if self.manifest is not None else walked
            outcome = self._check(rels, reason, 0 if hash_all else self._checked_before_ns, walked)
            self._checked_before_ns = started - CTIME_SLACK_NS
            return outcome

    def _check(
        self, rels: set[str], reason: str, skip_before_ns: int, walked: set[str] | None = None
    ) -> Outcome:
        """Judge ``rels``; ``walked``: those just found by walking the root (not excluded, under
        real folders: no need to look again)."""
        outcome = self._outcome(reason)
        if self.manifest is None:
            return outcome
        targets = set()
        for rel in rels:
            if walked is not None and rel in walked:
                targets.add(rel)
            elif not self._excluded(rel):
                targets.add(self.fs.blocked_at(rel) or rel)
        if walked is None:  # events: a folder they name is reconciled with its baseline, one level down
            for folder in [r for r in targets if self._baseline_folder(r)]:
                targets.update(c for c in self._children(folder) if not self._excluded(c))
        done: list[str] = []  # folders judged whole: what is under them is settled
        for rel in sorted(targets, key=lambda r: (r.count("/"), r)):
            if any(rel.startswith(d + "/") for d in done):
                continue
            if self._judge(rel, outcome, skip_before_ns):
                done.append(rel)
        return outcome

    def _baseline_folder(self, rel: str) -> bool:
        entry = self.manifest.entries.get(rel) if self.manifest is not None else None
        return entry is not None and entry.kind is Kind.DIR

    def _children(self, folder: str) -> set[str]:
        """What the baseline holds directly in ``folder`` and what is there now (a folder swapped
        for another, or recreated empty, sends no event for each path it lost or gained)."""
        depth = folder.count("/") + 1
        found = {c for c in self.parts.restorer.children(folder) if c.count("/") == depth}
        with contextlib.suppress(OSError):  # not a real folder now: judged as such
            found.update(f"{folder}/{name}" for name in self.fs.names(folder))
        return found

    def _outcome(self, reason: str) -> Outcome:
        now = time.time()
        window = current_window(self.folder, str(self.root), self.parts.baselines.signer, now)
        note = ""
        if self.manifest is None or self.tampered:
            note = f"baseline not verified: {self.tampered or 'none'}"
        elif self.parts.mode is AgentMode.ALERT:
            note = "alert mode"
        elif window is not None:
            until = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(window.until))
            note = f"maintenance window by {window.actor} until {until}"
        return Outcome(str(self.root), reason, restoring=not note, note=note)

    def _excluded(self, rel: str) -> bool:
        parts = split(rel)
        return any(self.parts.rules.excluded("/".join(parts[: i + 1])) for i in range(len(parts)))

    def _judge(self, rel: str, outcome: Outcome, skip_before_ns: int) -> bool:
        """Judge one path (and fix it); True when the whole tree under it was settled."""
        assert self.manifest is not None
        golden = self.manifest.entries.get(rel)
        if golden is not None and golden.unprotected:  # known, left alone while it is a file
            st = self.fs.lstat(rel)
            if st is None or stat.S_ISREG(st.st_mode):
                return False
            golden = None  # a symlink, a folder, a FIFO there now: something new
        fast = golden is not None and golden.kind is Kind.FILE and skip_before_ns
        if fast and golden is not None and self._unchanged(rel, golden, skip_before_ns):
            return False
        who = self._writers(rel)  # asked for every judged path: none is left to a later change
        seen = observe(self.fs, rel, self.parts.max_bytes)
        found = seen.entry
        if found is None and golden is None:
            return False
        if golden is None and found is not None and not tracked(self.parts.rules, rel, found):
            name = rel.rpartition("/")[2]
            if name.startswith(TEMP_PREFIX) and self.parts.restorer.own_leftover(name, seen):
                self.fs.unlink(rel)  # the agent's own temp file, left by a kill mid-restore
                return False
            if not name.startswith(TEMP_PREFIX) and not self.manifest.lists_unprotected:
                return False  # a baseline that does not list unprotected files: left alone
            # otherwise a new file outside the include rules (a web shell beside *.html pages):
            # removed like any other added file
        settled = golden is not None and found is not None and not seen.special
        if settled and golden is not None and found is not None and self._settled(rel, golden, found):
            return False
        change = Change(rel, classify(golden, found, seen.special), golden, found)
        if _accepted(change, seen, who, self.parts.allowed):
            change.writers = ", ".join(sorted(who))
            outcome.accepted.append(change)  # taken into the baseline after the batch
            return False
        out = outcome.changes
        out.append(change)
        if change.what not in (What.MODE, What.OWNER):
            change.quarantined = self.parts.restorer.keep(seen)
            self._diff(rel, golden, seen, outcome)
        self.journal.append(change.describe())  # before the fix: a kill leaves it to record
        outcome.journaled += 1
        if not outcome.restoring:
            return False
        whole = self._fix(change, seen, out)
        self.journal.append(fixed(change.describe()))  # what the fix did, for a kill right after it
        outcome.journaled += 1
        return whole

    def _settled(self, rel: str, golden: Entry, found: Entry) -> bool:
        """``found`` is the golden entry, or as near as this process can make it (an owner it
        could not give, see ``_owners``)."""
        if not golden.same_content(found) or golden.mode != found.mode:
            return False
        if (golden.uid, golden.gid) == (found.uid, found.gid):
            return True
        return self._owners.get(rel) == (golden.uid, golden.gid, found.uid, found.gid)

    def _check_owner(self, change: Change) -> None:
        """After a restore: when the golden owner could not be given (no permission to chown),
        say so once and take the owner it has as restored (no endless restore of it)."""
        golden = change.golden
        if golden is None:
            return
        st = self.fs.lstat(change.path)
        if st is None or (st.st_uid, st.st_gid) == (golden.uid, golden.gid):
            self._owners.pop(change.path, None)
            return
        self._owners[change.path] = (golden.uid, golden.gid, st.st_uid, st.st_gid)
        if not change.error:
            change.error = (
                f"owner {golden.uid}:{golden.gid} not restored (no permission to chown; "
                f"left {st.st_uid}:{st.st_gid})"
            )

    def _writers(self, rel: str) -> frozenset[str]:
        check = self.parts.writers
        return check.writers(str(self.root / rel)) if check is not None else frozenset()

    def _unchanged(self, rel: str, golden: Entry, before_ns: int) -> bool:
        st = self.fs.lstat(rel)
        return (
            st is not None
            and st.st_ctime_ns < before_ns
            and st.st_size == golden.size
            and (stat.S_IMODE(st.st_mode), st.st_uid, st.st_gid) == (golden.mode, golden.uid, golden.gid)
            and stat.S_ISREG(st.st_mode)
        )

    def _fix(self, change: Change, seen: Seen, out: list[Change]) -> bool:
        restorer = self.parts.restorer
        try:
            if change.golden is None:
                restorer.remove(change.path, seen, out)
                change.restored = True
                return True
            restorer.put(change.path, change.golden, seen, out)
            change.restored = True
            self._check_owner(change)
            if change.golden.kind is Kind.DIR and (seen.entry is None or seen.entry.kind is not Kind.DIR):
                self._restore_tree(change.path, out)
                return True
        except GoldenBad as exc:
            change.error = str(exc)
        except OSError as exc:
            change.error = f"restore failed: {exc}"
        return False

    def _restore_tree(self, rel: str, out: list[Change]) -> None:
        """Put back every baseline path under the folder ``rel`` (just recreated)."""
        assert self.manifest is not None
        restorer = self.parts.restorer
        for child in restorer.children(rel):
            golden = self.manifest.entries[child]
            if self._excluded(child) or golden.unprotected:
                continue
            found = observe(self.fs, child, self.parts.max_bytes)
            if found.entry is not None and not found.special and self._settled(child, golden, found.entry):
                continue
            change = Change(child, classify(golden, found.entry, found.special), golden, found.entry)
            out.append(change)
            try:
                restorer.put(child, golden, found, out)
                change.restored = True
                self._check_owner(change)
            except GoldenBad as exc:
                change.error = str(exc)
            except OSError as exc:
                change.error = f"restore failed: {exc}"

    def _diff(self, rel: str, golden: Entry | None, seen: Seen, outcome: Outcome) -> None:
        if len(outcome.diffs) >= DIFF_MAX_FILES or golden is None or golden.kind is not Kind.FILE:
            return
        if seen.entry is None or seen.entry.kind is not Kind.FILE or seen.data is None:
            return
        try:
            before = self.parts.restorer.golden_bytes(golden)
        except GoldenBad:
            return
        diff = text_diff(rel, before, seen.data)
        if diff:
            outcome.diffs[rel] = diff


def _accepted(change: Change, seen: Seen, who: frozenset[str], allowed: frozenset[str]) -> bool:
    """A file's new content written only by whitelisted programs (fanotify named them all)."""
    if not who or not who <= allowed or seen.special or seen.data is None:
        return False
    found = change.found
    return change.what in (What.MODIFIED, What.ADDED) and found is not None and found.kind is Kind.FILE


def real_root(path: Path) -> Path:
    """The root as an absolute path without symlinks (the agent works from the real folder)."""
    return Path(os.path.realpath(path))
