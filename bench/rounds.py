"""The round plan (first, learning, unchanged, changed) and running every peer through it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from bench.corpus import ServedPage
from bench.dynamic import rewrite_file
from bench.peers import Peer
from bench.stats import RoundMeasure


@dataclass(frozen=True)
class RoundPlan:
    """One round: its number, what it is reported as, and whether every page changes before it."""

    round_no: int
    kind: str
    rewrite: bool


def plan_rounds(learn_rounds: int, unchanged: int, changed: int) -> list[RoundPlan]:
    """Round 0 sees every page first; ``learn_rounds`` changed rounds complete the learned baseline
    and bring every target to its first judged check;
    then the measured ``unchanged`` rounds (nothing rewritten) and ``changed`` rounds (every page
    rewritten before each)."""
    kinds = [("first", False)] + [("learn", True)] * learn_rounds
    kinds += [("unchanged", False)] * unchanged + [("changed", True)] * changed
    return [RoundPlan(n, kind, rewrite) for n, (kind, rewrite) in enumerate(kinds)]


def plan_noetag_rounds(start: int, unchanged: int) -> list[RoundPlan]:
    """After nginx drops its validators (no ETag, no Last-Modified): one ``noetag-warm`` round, where
    the tools first see the page without the validators they kept, then ``unchanged`` measured
    ``unchanged-noetag`` rounds (a 200 with the same body every time); numbered from ``start``."""
    kinds = ["noetag-warm"] + ["unchanged-noetag"] * unchanged
    return [RoundPlan(start + i, kind, False) for i, kind in enumerate(kinds)] if unchanged else []


def plan_real_rounds(start: int, learn_rounds: int, measured: int) -> list[RoundPlan]:
    """Real-change targets: ``real-first`` (snapshot 0), ``learn_rounds`` ``real-learn`` rounds, then
    ``measured`` ``real`` rounds; every round after the first serves each target its next capture.
    Numbered from ``start``; ``rewrite`` marks the rounds before which the pages change."""
    kinds = ["real-first"] + ["real-learn"] * learn_rounds + ["real"] * measured
    return [RoundPlan(start + i, kind, i > 0) for i, kind in enumerate(kinds)]


def run_plan(
    plan: Sequence[RoundPlan],
    peers: Sequence[Peer],
    pages: Sequence[ServedPage],
    server_cpu_s: Callable[[], float],
    progress: Callable[[RoundMeasure], None],
    prepare: Callable[[RoundPlan], None] | None = None,
) -> list[RoundMeasure]:
    """Run every round for every peer on the same page contents; peers alternate who goes first.
    ``prepare`` (if given) sets the pages up before each round instead of the timestamp rewrite."""
    measures: list[RoundMeasure] = []
    for step in plan:
        if prepare is not None:
            prepare(step)
        elif step.rewrite:
            for page in pages:
                rewrite_file(page.path, step.round_no)
        order = list(peers) if step.round_no % 2 == 0 else list(reversed(peers))
        for peer in order:
            server_before = server_cpu_s()
            outcome = peer.run_round(step.round_no)
            measure = RoundMeasure(
                tool=peer.name,
                kind=step.kind,
                checks=outcome.checks,
                errors=outcome.errors,
                wall_s=outcome.usage.wall_s,
                cpu_s=outcome.usage.cpu_s,
                peak_rss_bytes=outcome.usage.peak_rss_bytes,
                server_cpu_s=server_cpu_s() - server_before,
                stages=outcome.stages,
                statuses=outcome.statuses,
            )
            measures.append(measure)
            progress(measure)
    return measures
