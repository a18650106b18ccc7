"""Authorised changes: the first baseline of a root, and `agent publish --from STAGING_DIR`.

A publish snapshots the staging folder (its files go to the golden store first), then, under the
root's lock, commits the new signed baseline and writes the changed files into the root. The
running agent waits on the same lock and judges the files against the new baseline, so nothing
published is reverted; a crash after the commit leaves the rest of the publish for the agent to
write (it restores the root to the baseline, which is now the published one).
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from tamperwatch.agent.baseline import BaselineTampered, sync_all
from tamperwatch.agent.config import READ_CHUNK
from tamperwatch.agent.guard import Guard
from tamperwatch.agent.lock import root_lock
from tamperwatch.agent.manifest import Entry, Kind, Manifest, digest_of
from tamperwatch.agent.observe import observe
from tamperwatch.agent.restore import GoldenBad
from tamperwatch.agent.safefs import RootFs
from tamperwatch.agent.scan import snapshot
from tamperwatch.errors import ConfigError


@dataclass(frozen=True, slots=True)
class Plan:
    """A publish ready to commit: the new manifest and what it changes."""

    manifest: Manifest
    sha256: str
    based_on: int  # the generation it replaces
    added: tuple[str, ...]
    changed: tuple[str, ...]
    removed: tuple[str, ...]
    staging: str = ""  # the real staging folder (files over the size limit are copied from it)

    def describe(self) -> dict[str, object]:
        return {
            "root": self.manifest.root,
            "generation": self.manifest.generation,
            "manifest_sha256": self.sha256,
            "reason": self.manifest.reason,
            "entries": len(self.manifest.entries),
            "added": len(self.added),
            "changed": len(self.changed),
            "removed": len(self.removed),
            "paths": sorted((*self.added, *self.changed, *self.removed))[:200],
        }


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def make_baseline(guard: Guard, actor: str, reason: str = "first scan") -> Manifest | None:
    """Scan the root into its first signed baseline; None when it already has one."""
    parts = guard.parts
    with root_lock(guard.folder):
        if parts.baselines.exists():
            return None
        golden = parts.restorer.golden
        entries = snapshot(parts.fs, parts.rules, golden, parts.max_bytes)
        sync_all()
        manifest = Manifest(str(guard.root), 1, now_iso(), actor, reason, entries)
        parts.baselines.save(manifest)
        return manifest


def plan_publish(guard: Guard, staging: Path, actor: str, reason: str) -> Plan:
    """Snapshot ``staging`` (golden copies stored and made durable) into the next baseline."""
    real = Path(os.path.realpath(staging))
    if not real.is_dir():
        raise ConfigError(f"--from {staging}: not a folder")
    if real == guard.root or guard.root in real.parents or real in guard.root.parents:
        raise ConfigError(f"--from {staging}: the staging folder must lie outside the web root {guard.root}")
    parts = guard.parts
    try:
        current = parts.baselines.load(guard.root)
    except BaselineTampered as exc:
        raise ConfigError(f"{guard.root}: its baseline does not verify ({exc}); not publishing") from None
    entries = snapshot(RootFs(real), parts.rules, parts.restorer.golden, parts.max_bytes)
    sync_all()
    old = current.entries
    for rel in old:  # a file the rules leave alone stays known (and untouched) in the root
        if rel not in entries and old[rel].unprotected:
            entries[rel] = old[rel]
    manifest = Manifest(str(guard.root), current.generation + 1, now_iso(), actor, reason, entries)
    kept = {p: e for p, e in entries.items() if not e.unprotected}
    return Plan(
        manifest,
        digest_of(manifest.encode()),
        current.generation,
        tuple(p for p in kept if p not in old),
        tuple(p for p, e in kept.items() if p in old and not _same(old[p], e)),
        tuple(p for p in old if p not in entries and not old[p].unprotected),
        str(real),
    )


def commit_publish(guard: Guard, plan: Plan) -> list[str]:
    """Commit ``plan``'s baseline and write it into the root, under the root's lock; the paths
    that could not be written (each with why: the running agent restores what it can)."""
    parts = guard.parts
    source = RootFs(Path(plan.staging)) if plan.staging else None
    with root_lock(guard.folder):
        old = parts.baselines.load(guard.root)
        if old.generation != plan.based_on:
            raise ConfigError(f"{guard.root}: another publish committed first; run the publish again")
        for rel in (*plan.added, *plan.changed):  # checked before the commit, not after it
            entry = plan.manifest.entries[rel]
            if entry.kind is Kind.FILE and not entry.stored:
                _check_staged(source, rel, entry)
        parts.baselines.save(plan.manifest)
        return apply_manifest(guard, plan.manifest.entries, old.entries, source)


def apply_manifest(
    guard: Guard, entries: Mapping[str, Entry], old: Mapping[str, Entry], source: RootFs | None = None
) -> list[str]:
    """Make the root hold ``entries``, removing what only ``old`` held (files the rules leave
    alone are not touched); files over the size limit (no golden copy) come from ``source``.
    Returns what could not be written ("path: why"); one such path never stops the rest."""
    parts = guard.parts
    restorer = parts.restorer
    restorer.use(entries)
    fs = parts.fs
    failed: list[str] = []
    for rel in sorted(entries):
        entry = entries[rel]
        if entry.unprotected:
            continue
        found = observe(fs, rel, parts.max_bytes)
        if found.entry is not None and not found.special and _same(found.entry, entry):
            continue
        try:
            if entry.kind is Kind.FILE and not entry.stored:
                _copy_staged(source, fs, rel, entry)
            else:
                restorer.put(rel, entry, found, [])
        except (GoldenBad, ConfigError, OSError) as exc:
            failed.append(f"{rel}: {exc}")
    dropped = (r for r in old if r not in entries and not old[r].unprotected)
    for rel in sorted(dropped, key=lambda r: -r.count("/")):
        found = observe(fs, rel, parts.max_bytes)
        try:
            if found.entry is not None:
                restorer.remove(rel, found, [])
        except OSError as exc:
            failed.append(f"{rel}: {exc}")
    return failed


def _same(a: Entry, b: Entry) -> bool:
    """The same path state (``stored``, whether a golden copy exists, is not part of it)."""
    return a.same_content(b) and a.same_meta(b)


def _staged_chunks(source: RootFs | None, rel: str) -> Iterator[bytes]:
    if source is None:
        raise ConfigError(f"{rel}: over the size limit and no staging folder to copy it from")
    with source.opened(rel) as (fd, _):
        while chunk := os.read(fd, READ_CHUNK):
            yield chunk


def _check_staged(source: RootFs | None, rel: str, entry: Entry) -> None:
    """A file over the size limit (no golden copy) must still be in staging as planned."""
    hasher = hashlib.sha256()
    try:
        for chunk in _staged_chunks(source, rel):
            hasher.update(chunk)
    except OSError as exc:
        raise ConfigError(f"{rel}: cannot read it from staging ({exc}); not publishing") from None
    if hasher.hexdigest() != entry.digest:
        raise ConfigError(f"{rel}: changed in staging since the publish was planned; not publishing")


def _copy_staged(source: RootFs | None, fs: RootFs, rel: str, entry: Entry) -> None:
    fs.write_chunks(rel, _staged_chunks(source, rel), entry.mode, entry.uid, entry.gid)
