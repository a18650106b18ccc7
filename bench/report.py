"""Prints the bench's tables with Rich and writes the figures as JSON."""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from bench.goals import GoalCheck
from bench.peers import DETECTORS_VARIANT
from bench.serve_memory import ServeMemory, ServeReal
from bench.stats import STAGES, KindSummary, net_checks_per_cpu_s

KIND_ORDER = (
    "first",
    "learn",
    "unchanged",
    "changed",
    "noetag-warm",
    "unchanged-noetag",
    "real-first",
    "real-learn",
    "real",
)
VERDICT_KINDS = ("changed", "real")  # rounds whose verdicts the report lists (legit pages only)
TOOL_ORDER = ("tamperwatch", DETECTORS_VARIANT, "urlwatch")


def _num(value: float, digits: int = 1) -> str:
    return "-" if math.isinf(value) or math.isnan(value) else f"{value:,.{digits}f}"


def throughput_table(summaries: Sequence[KindSummary], start_cpu_s: Mapping[str, float]) -> Table:
    table = Table(title="Checks: every tool on the same pages, same nginx, same run")
    for header in (
        "round kind",
        "tool",
        "rounds",
        "checks",
        "errors",
        "checks/s",
        "CPU-s / 1000 checks",
        "checks / CPU-s",
        "net of start",
        "peak RSS MB",
        "nginx CPU-s / 1000",
    ):
        table.add_column(header, justify="left" if header in ("round kind", "tool") else "right")
    ordered = sorted(summaries, key=lambda s: (KIND_ORDER.index(s.kind), TOOL_ORDER.index(s.tool)))
    for s in ordered:
        table.add_row(
            s.kind,
            s.tool,
            str(s.rounds),
            f"{s.checks:,}",
            str(s.errors),
            _num(s.checks_per_s),
            _num(s.cpu_s_per_1000, 2),
            _num(s.checks_per_cpu_s),
            _num(net_checks_per_cpu_s(s, start_cpu_s[s.tool])) if s.tool in start_cpu_s else "-",
            _num(s.peak_rss_bytes / 2**20),
            _num(s.server_cpu_s_per_1000, 2),
        )
    return table


def stages_table(summaries: Sequence[KindSummary]) -> Table:
    table = Table(title="tamperwatch per-stage latency (ms, p50 / p95, median over rounds)")
    table.add_column("round kind")
    table.add_column("tool")
    for stage in STAGES:
        table.add_column(stage, justify="right")
    for s in summaries:
        if not s.tool.startswith("tamperwatch") or not s.stages:
            continue
        cells = []
        for stage in STAGES:
            fig = s.stages.get(stage, {})
            cells.append(
                f"{_num(1000 * fig['p50'], 2)} / {_num(1000 * fig['p95'], 2)}"
                if "p50" in fig and "p95" in fig
                else "-"
            )
        table.add_row(s.kind, s.tool, *cells)
    return table


def goals_table(goals: Sequence[GoalCheck]) -> Table:
    table = Table(title="Goals")
    for header in ("goal", "measured", "asked", "met"):
        table.add_column(header, justify="left" if header == "goal" else "right")
    for goal in goals:
        asked = f"{'>=' if goal.higher_is_better else '<='} {goal.goal:g}"
        verdict = "yes" if goal.met else ("NO" if goal.complete else "not judged")
        table.add_row(goal.name, _num(goal.measured, 2), asked, verdict)
    return table


def serve_real_line(s: ServeReal) -> str:
    """One line on serve's steady-state CPU per real-change check."""
    per_1000 = 1000 * s.window_cpu_s / s.window_checks if s.window_checks else math.inf
    return (
        f"serve, real changes: {s.targets} targets every {s.interval_s:g} s; after {s.learn_checks} "
        f"learning checks a target ({s.start_cpu_s:.2f} CPU-s since start, not counted), "
        f"{s.window_checks:,.0f} checks in {s.window_s:.0f} s "
        f"({s.real_checks:,} of them of a new real snapshot; "
        f"{'complete' if s.complete else 'NOT complete'}): {s.window_cpu_s:.2f} CPU-s, "
        f"{_num(per_1000, 2)} CPU-s / 1000 checks, {_num(s.checks_per_cpu_s)} checks / CPU-s; "
        f"RSS {s.rss_mb:.1f} MB"
    )


def print_report(
    console: Console,
    summaries: Sequence[KindSummary],
    goals: Sequence[GoalCheck],
    serve: ServeMemory | None,
    start_cpu_s: Mapping[str, float],
    notes: Sequence[str],
    serve_real: ServeReal | None = None,
) -> None:
    console.print(throughput_table(summaries, start_cpu_s))
    for tool, cpu in sorted(start_cpu_s.items()):
        console.print(
            f"{tool}: one round with no target costs {cpu:.2f} CPU-s (process start, imports, storage open)"
        )
    if any(s.tool == "tamperwatch" and s.stages for s in summaries):
        console.print(stages_table(summaries))
    for s in summaries:
        if s.kind in VERDICT_KINDS and s.statuses:
            verdicts = ", ".join(f"{status} {count:,}" for status, count in s.statuses.items())
            console.print(f"{s.tool}, {s.kind} rounds: verdicts {verdicts}")
    if serve is not None:
        console.print(
            f"serve: {serve.targets:,} targets, {serve.checks_seen:,.0f} checks in {serve.round_s:.0f} s "
            f"({'full round' if serve.full_round else 'round NOT completed'}); RSS {serve.rss_mb:.1f} MB, "
            f"peak RSS (VmHWM) {serve.peak_rss_mb:.1f} MB, child processes {serve.children_rss_mb:.1f} MB "
            f"(urlwatch: 368 MB for 496 targets, from the issue)"
        )
    if serve_real is not None:
        console.print(serve_real_line(serve_real))
    if goals:
        console.print(goals_table(goals))
    for note in notes:
        console.print(f"note: {note}")


def write_json(
    path: Path,
    meta: Mapping[str, Any],
    summaries: Sequence[KindSummary],
    goals: Sequence[GoalCheck],
    serve: ServeMemory | None,
    start_cpu_s: Mapping[str, float],
    serve_real: ServeReal | None = None,
) -> None:
    def summary_dict(s: KindSummary) -> dict[str, Any]:
        return {
            **asdict(s),
            "checks_per_s": s.checks_per_s,
            "cpu_s_per_1000": s.cpu_s_per_1000,
            "checks_per_cpu_s": s.checks_per_cpu_s,
        }

    payload = {
        "meta": dict(meta),
        "summaries": [summary_dict(s) for s in summaries],
        "goals": [{**asdict(g), "met": g.met} for g in goals],
        "serve": asdict(serve) if serve else None,
        "serve_real": {**asdict(serve_real), "checks_per_cpu_s": serve_real.checks_per_cpu_s}
        if serve_real
        else None,
        "start_cpu_s": dict(start_cpu_s),
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(payload, indent=2, default=str))
