"""``archive verify`` of the whole log: the database against a signed checkpoint, record by record.

Shared by SqlArchive and MemoryArchive through the small ``LogSource`` read interface. It reports,
each by name: log entries deleted or truncated, the log's root no longer matching the checkpoint,
per target truncated / deleted / edited / re-ordered / unlogged observations and vanished targets,
deleted or edited incident events, incident rows that no longer match their events, and missing
or tampered bodies.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, Protocol

from tamperwatch.archive.base import ChainReport, Observation
from tamperwatch.archive.chain import verify_observations
from tamperwatch.archive.log import (
    EVENT,
    INCIDENT_MUTABLE,
    Checkpoint,
    LeafRow,
    LogEvent,
    canonical_json,
    event_hash_ok,
)
from tamperwatch.archive.merkle import Frontier
from tamperwatch.archive.signing import Signer

LEAF_PAGE = 20_000  # leaves read per query while the tree is recomputed
OPENING_CHANGES = ("opened", "imported")

# Finding kinds, in the order they are reported.
KINDS = (
    "checkpoint_invalid",
    "log_truncated",
    "log_deleted",
    "log_rewritten",
    "vanished",
    "truncated",
    "deleted",
    "edited",
    "reordered",
    "unlogged",
    "broken_link",
    "event_deleted",
    "event_edited",
    "event_unlogged",
    "incident_deleted",
    "incident_edited",
    "incident_unlogged",
    "blob_tampered",
    "blob_missing",
)


@dataclass(frozen=True, slots=True)
class Finding:
    kind: str  # one of KINDS
    items: tuple[int, ...]  # observation seqs, log indexes or incident ids, as ``kind`` says
    detail: str
    target_id: int | None = None


@dataclass(slots=True)
class LogReport:
    log_size: int
    checkpoint: Checkpoint | None
    checkpoint_source: str
    findings: list[Finding] = field(default_factory=list)
    chains: list[ChainReport] = field(default_factory=list)
    pruned_blobs: int = 0

    @property
    def ok(self) -> bool:
        return not self.findings

    def of_kind(self, kind: str) -> list[Finding]:
        return [f for f in self.findings if f.kind == kind]


class LogSource(Protocol):
    async def log_leaves(self, start: int, end: int) -> list[LeafRow]:
        """Leaves with ``start <= idx < end``, by index."""
        ...

    async def log_end(self) -> int:
        """The highest leaf index + 1 (0 for an empty log)."""
        ...

    async def observed_target_ids(self) -> set[int]:
        """Targets with observations or leaves."""
        ...

    async def full_chain(self, target_id: int) -> list[Observation]: ...

    async def target_leaves(self, target_id: int) -> list[LeafRow]: ...

    async def log_events(self) -> list[LogEvent]: ...

    async def incident_rows(self) -> dict[int, dict[str, Any]]:
        """Incidents in ``log_queries.opened_data`` form."""
        ...

    async def blob_states(self, hashes: set[str]) -> dict[str, str]:
        """present / pruned / missing / tampered per content hash."""
        ...


def _ranges(items: Iterable[int]) -> str:
    """1, 2, 3, 7 -> '1-3, 7'."""
    out = []
    for _, group in itertools.groupby(enumerate(sorted(set(items))), lambda p: p[1] - p[0]):
        run = [v for _, v in group]
        out.append(str(run[0]) if len(run) == 1 else f"{run[0]}-{run[-1]}")
    return ", ".join(out)


async def verify_log(
    source: LogSource, signer: Signer, checkpoint: Checkpoint | None, label: str, unreadable: str = ""
) -> LogReport:
    """``unreadable``: why the newest checkpoint file could not be read (reported, not ignored)."""
    end = await source.log_end()
    report = LogReport(log_size=end, checkpoint=checkpoint, checkpoint_source=label)
    add = report.findings.append
    if unreadable:
        add(Finding("checkpoint_invalid", (), unreadable))
    if checkpoint is not None and not checkpoint.signature_ok(signer):
        add(
            Finding("checkpoint_invalid", (), f"the checkpoint ({label}) is not signed by this archive's key")
        )

    # 1. the tree: gap-free leaves whose first tree_size entries hash to the checkpoint's root
    frontier = Frontier()
    gaps: list[int] = []
    event_leaves: dict[int, LeafRow] = {}
    root_at_checkpoint: bytes | None = None
    seen = 0
    for start in range(0, end, LEAF_PAGE):
        for leaf in await source.log_leaves(start, start + LEAF_PAGE):
            if leaf.idx > seen:
                gaps.extend(range(seen, leaf.idx))
            seen = leaf.idx + 1
            frontier.append(leaf.leaf_hash())
            if leaf.kind == EVENT:
                event_leaves[leaf.idx] = leaf
            if checkpoint is not None and frontier.size == checkpoint.tree_size:
                root_at_checkpoint = frontier.root()
    if checkpoint is not None and checkpoint.tree_size == 0:
        root_at_checkpoint = frontier.root() if frontier.size == 0 else Frontier().root()
    if gaps:
        add(Finding("log_deleted", tuple(gaps), f"log entries {_ranges(gaps)} are missing"))
    if checkpoint is not None:
        if end < checkpoint.tree_size:
            lost = tuple(range(end, checkpoint.tree_size))
            add(
                Finding(
                    "log_truncated",
                    lost,
                    f"the log ends at {end} entries; the checkpoint has "
                    f"{checkpoint.tree_size} (entries {_ranges(lost)} are gone)",
                )
            )
        elif not any(idx < checkpoint.tree_size for idx in gaps) and (
            root_at_checkpoint is None or root_at_checkpoint.hex() != checkpoint.root_hash
        ):
            add(
                Finding(
                    "log_rewritten",
                    (),
                    f"the first {checkpoint.tree_size} log entries no longer hash "
                    f"to the checkpoint's root {checkpoint.root_hash[:16]}...",
                )
            )

    # 2. each target's observations against its leaves and the checkpoint's heads
    expected_heads = checkpoint.heads.targets if checkpoint is not None else {}
    target_ids = await source.observed_target_ids() | set(expected_heads)
    for target_id in sorted(target_ids):
        chain = await source.full_chain(target_id)
        leaves = await source.target_leaves(target_id)
        hashes = {obs.content_hash for obs in chain if obs.content_hash}
        states = await source.blob_states(hashes)
        chain_report = verify_observations(target_id, chain, signer, _lookup(states))
        report.chains.append(chain_report)
        report.pruned_blobs += chain_report.pruned_blobs
        _check_target(target_id, chain, leaves, expected_heads.get(target_id, 0), chain_report, add)

    # 3. incident events and the incident rows they describe
    events = {event.idx: event for event in await source.log_events()}
    _check_events(events, event_leaves, signer, checkpoint, add)
    _check_incidents(list(events.values()), await source.incident_rows(), add)
    report.findings.sort(key=lambda f: (KINDS.index(f.kind), f.target_id or 0, f.items))
    return report


def _lookup(states: dict[str, str]) -> Callable[[str], str]:
    return lambda content_hash: states.get(content_hash, "missing")


def _check_target(
    target_id: int,
    chain: list[Observation],
    leaves: list[LeafRow],
    expected_head: int,
    chain_report: ChainReport,
    add: Any,
) -> None:
    name = f"target {target_id}"
    logged_seqs = {leaf.seq for leaf in leaves if leaf.seq is not None}
    if not chain:
        gone = tuple(sorted(logged_seqs | set(range(1, expected_head + 1))))
        if gone:
            add(Finding("vanished", gone, f"{name}: all {len(gone)} observations are gone", target_id))
        return
    by_seq = {obs.seq: obs for obs in chain}
    seq_of_hash = {obs.record_hash: obs.seq for obs in chain}
    missing: set[int] = set()
    edited: set[int] = set(chain_report.tampered)
    reordered: set[int] = set()
    for leaf in leaves:
        if leaf.seq is None:  # a damaged leaf: the tree's root shows it
            continue
        obs = by_seq.get(leaf.seq)
        if obs is None:
            missing.add(leaf.seq)
        elif obs.record_hash != leaf.record_hash:
            other = seq_of_hash.get(leaf.record_hash)
            if other is not None and other != leaf.seq:
                reordered |= {leaf.seq, other}
            else:
                edited.add(leaf.seq)
    for previous, leaf in itertools.pairwise(leaves):  # by seq: the log must list them in that order
        if leaf.idx < previous.idx and previous.seq is not None and leaf.seq is not None:
            reordered |= {previous.seq, leaf.seq}
    missing |= set(range(1, expected_head + 1)) - set(by_seq)
    edited -= reordered
    newest = max(by_seq)
    truncated = {s for s in missing if s > newest}
    deleted = missing - truncated
    unlogged = set(by_seq) - logged_seqs
    explained = deleted | edited | reordered | unlogged
    broken = {s for s in chain_report.broken_links if s not in explained and s - 1 not in explained}
    for kind, seqs, what in (
        ("truncated", truncated, f"observations {_ranges(truncated)} after seq {newest} are gone"),
        ("deleted", deleted, f"observations {_ranges(deleted)} are gone"),
        ("edited", edited, f"observations {_ranges(edited)} were changed"),
        ("reordered", reordered, f"observations {_ranges(reordered)} are out of their logged order"),
        ("unlogged", unlogged, f"observations {_ranges(unlogged)} are in no log entry"),
        ("broken_link", broken, f"observations {_ranges(broken)} do not link to their predecessor"),
        (
            "blob_tampered",
            set(chain_report.tampered_blobs),
            f"the bodies of observations {_ranges(chain_report.tampered_blobs)} no longer match their hash",
        ),
        (
            "blob_missing",
            set(chain_report.missing_blobs),
            f"the bodies of observations {_ranges(chain_report.missing_blobs)} are gone (not pruned)",
        ),
    ):
        if seqs:
            add(Finding(kind, tuple(sorted(seqs)), f"{name}: {what}", target_id))


def _check_events(
    events: dict[int, LogEvent],
    event_leaves: dict[int, LeafRow],
    signer: Signer,
    checkpoint: Checkpoint | None,
    add: Any,
) -> None:
    deleted = sorted(set(event_leaves) - set(events))
    edited = sorted(
        idx
        for idx, leaf in event_leaves.items()
        if idx in events
        and (
            events[idx].record_hash != leaf.record_hash
            or not event_hash_ok(events[idx])
            or not signer.verify(events[idx].record_hash, events[idx].signature)
        )
    )
    unlogged = sorted(set(events) - set(event_leaves))
    if checkpoint is not None:
        inside = sum(1 for idx in event_leaves if idx < checkpoint.tree_size)
        if inside < checkpoint.heads.events and not deleted:
            add(
                Finding(
                    "event_deleted",
                    (),
                    f"the checkpoint covers {checkpoint.heads.events} incident "
                    f"events; {inside} of them are left in the log",
                )
            )
    event_findings: tuple[tuple[str, list[int], str], ...] = (
        ("event_deleted", deleted, "gone"),
        ("event_edited", edited, "changed"),
        ("event_unlogged", unlogged, "in no log entry"),
    )
    for kind, items, what in event_findings:
        if items:
            names = ", ".join(
                f"{idx} (incident {events[idx].incident_id} {events[idx].change})"
                if idx in events
                else str(idx)
                for idx in items
            )
            add(Finding(kind, tuple(items), f"incident events at log entries {names} are {what}"))


def _normal(value: Any) -> Any:
    return json.loads(canonical_json({"v": value}))["v"]


def _check_incidents(events: list[LogEvent], rows: dict[int, dict[str, Any]], add: Any) -> None:
    expected: dict[int, dict[str, Any]] = {}
    for event in sorted(events, key=lambda e: e.idx):
        if not event.incident_id or not event_hash_ok(event):
            continue
        data = event.data
        if event.change in OPENING_CHANGES:
            expected[event.incident_id] = dict(data)
        elif event.incident_id in expected:
            expected[event.incident_id].update({k: v for k, v in data.items() if k in INCIDENT_MUTABLE})
    for incident_id in sorted(set(expected) - set(rows)):
        add(Finding("incident_deleted", (incident_id,), f"incident {incident_id} is gone"))
    for incident_id in sorted(set(rows) - set(expected)):
        add(Finding("incident_unlogged", (incident_id,), f"incident {incident_id} has no logged opening"))
    for incident_id in sorted(set(rows) & set(expected)):
        row, want = rows[incident_id], expected[incident_id]
        changed = sorted(k for k in want if _normal(row.get(k)) != _normal(want[k]))
        if changed:
            add(
                Finding(
                    "incident_edited",
                    (incident_id,),
                    f"incident {incident_id}: {', '.join(changed)} changed since its signed events",
                )
            )
