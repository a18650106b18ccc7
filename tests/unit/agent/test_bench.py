"""`python -m bench.agent` runs end to end on small roots (both tools) and prints its table."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[3]


@pytest.mark.slow
def test_the_agent_bench_runs_both_tools_on_small_roots(tmp_path: Path) -> None:
    out = tmp_path / "agent.json"
    args = ["--files", "300", "--defacements", "5", "--mass", "50", "--idle-s", "0.5", "--tmp", str(tmp_path)]
    done = subprocess.run(
        [sys.executable, "-m", "bench.agent", *args, "--json", str(out)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    assert "restore p99 (ms)" in done.stdout and "watchdog copy-back peer" in done.stdout
    figures = json.loads(out.read_text())
    for tool in ("agent", "peer"):
        assert figures[tool]["latency"]["not_restored"] == 0
        assert figures[tool]["mass"]["not_restored"] == 0
        assert figures[tool]["idle"]["files"] == 300
    assert [p.name for p in tmp_path.iterdir()] == ["agent.json"]  # its work folder is removed


def test_latency_figures_count_missed_defacements_instead_of_leaving_them_out() -> None:
    from bench.agent import MISSED, latency_figures

    every = latency_figures([0.010, 0.020, 0.030], 0)
    assert (every["p50_ms"], every["max_ms"], every["not_restored"]) == (20.0, 30.0, 0)
    none = latency_figures([], 5)  # every defacement missed: figures say so, nothing raises
    assert (none["p50_ms"], none["p99_ms"], none["max_ms"], none["defacements"]) == (MISSED,) * 3 + (5,)
    some = latency_figures([0.010] * 98, 2)  # 2 % missed: the p99 lands on a missed one
    assert (some["p50_ms"], some["p99_ms"], some["not_restored"]) == (10.0, MISSED, 2)
