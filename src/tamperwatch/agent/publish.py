"""Authorised changes: the first baseline of a root, and `agent publish --from STAGING_DIR`.

A publish snapshots the staging folder (its files go to the golden store first), then, under the
root's lock, commits the new signed baseline and writes the changed files into the root. The
running agent waits on the same lock and judges the files against the new baseline, so nothing
published is reverted; a crash after the commit leaves the rest of the publish for the agent to
write (it restores the root to the baseline, which is now the published one).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from tamperwatch.agent.baseline import BaselineTampered, sync_all
from tamperwatch.agent.guard import Guard
from tamperwatch.agent.lock import root_lock
from tamperwatch.agent.manifest import Entry, Manifest, digest_of
from tamperwatch.agent.observe import observe
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
    manifest = Manifest(str(guard.root), current.generation + 1, now_iso(), actor, reason, entries)
    old = current.entries
    return Plan(
        manifest,
        digest_of(manifest.encode()),
        current.generation,
        tuple(p for p in entries if p not in old),
        tuple(p for p, e in entries.items() if p in old and old[p] != e),
        tuple(p for p in old if p not in entries),
    )


def commit_publish(guard: Guard, plan: Plan) -> None:
    """Commit ``plan``'s baseline and write it into the root, under the root's lock."""
    parts = guard.parts
    with root_lock(guard.folder):
        old = parts.baselines.load(guard.root)
        if old.generation != plan.based_on:
            raise ConfigError(f"{guard.root}: another publish committed first; run the publish again")
        parts.baselines.save(plan.manifest)
        apply_manifest(guard, plan.manifest.entries, old.entries)


def apply_manifest(guard: Guard, entries: Mapping[str, Entry], old: Mapping[str, Entry]) -> None:
    """Make the root hold ``entries``, removing what only ``old`` held (files the rules leave
    alone are not touched)."""
    parts = guard.parts
    restorer = parts.restorer
    restorer.use(entries)
    fs = parts.fs
    for rel in sorted(entries):
        entry = entries[rel]
        found = observe(fs, rel, parts.max_bytes)
        if found.entry is not None and not found.special and found.entry == entry:
            continue
        restorer.put(rel, entry, found, [])
    for rel in sorted((r for r in old if r not in entries), key=lambda r: -r.count("/")):
        found = observe(fs, rel, parts.max_bytes)
        if found.entry is not None:
            restorer.remove(rel, found, [])
