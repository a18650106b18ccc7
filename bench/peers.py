"""The tools the bench compares, behind one small interface: set up on N URLs, then run rounds."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from bench.procs import ProcessUsage, run_measured
from bench.stats import StageFigures

# tamperwatch with the delta check off: every changed page goes through every detector
DETECTORS_VARIANT = "tamperwatch-detectors"
URLWATCH_ERROR_RE = re.compile(rb"^\d+\. ERROR: ", re.MULTILINE)


@dataclass(frozen=True)
class RoundOutcome:
    """One round of one tool: its cost and what it reported."""

    usage: ProcessUsage
    checks: int
    errors: int
    stages: StageFigures = field(default_factory=dict)
    statuses: Mapping[str, int] = field(default_factory=dict)  # verdicts: clean, suspicious, ...


class Peer(Protocol):
    """A monitoring tool driven cron-style: one process per round that checks every URL once."""

    name: str

    def setup(self, urls: Sequence[str]) -> None: ...

    def run_round(self, round_no: int) -> RoundOutcome: ...

    def idle_round(self) -> ProcessUsage:
        """The fixed cost of one round: the same command with no target at all (its second run)."""
        ...


def urlwatch_jobs_yaml(urls: Sequence[str]) -> str:
    """urlwatch's job list: one YAML document per URL."""
    return "---\n".join(
        f"name: {json.dumps(f'page {i}')}\nurl: {json.dumps(url)}\n" for i, url in enumerate(urls)
    )


URLWATCH_CONFIG = """\
display: {new: true, error: true, unchanged: false, empty-diff: true}
job_defaults: {all: {}, url: {}, browser: {}, shell: {}}
report:
  text: {line_length: 75, details: true, footer: true, minimal: false, separate: false}
  stdout: {enabled: true, color: false}
  html: {diff: unified, separate: false}
  markdown: {details: true, footer: true, minimal: false, separate: false}
"""


class UrlwatchPeer:
    """urlwatch 2.29 from its own virtual environment; its diff report goes to a file."""

    name = "urlwatch"

    def __init__(self, executable: Path, workdir: Path, timeout_s: float = 600.0):
        self.executable, self.workdir, self.timeout_s = executable, workdir, timeout_s
        self.checks = 0

    def setup(self, urls: Sequence[str]) -> None:
        self.workdir.mkdir(parents=True, exist_ok=True)
        (self.workdir / "urls.yaml").write_text(urlwatch_jobs_yaml(urls))
        (self.workdir / "urlwatch.yaml").write_text(URLWATCH_CONFIG)
        (self.workdir / "hooks.py").write_text("")
        self.checks = len(urls)

    def run_round(self, round_no: int) -> RoundOutcome:
        w = self.workdir
        argv = [
            str(self.executable),
            "--urls",
            str(w / "urls.yaml"),
            "--config",
            str(w / "urlwatch.yaml"),
            "--cache",
            str(w / "cache.db"),
            "--hooks",
            str(w / "hooks.py"),
        ]
        out, err = w / f"round-{round_no}.out", w / f"round-{round_no}.err"
        env = {**os.environ, "HOME": str(w)}
        usage = run_measured(argv, env=env, cwd=w, stdout_path=out, stderr_path=err, timeout_s=self.timeout_s)
        if usage.returncode != 0:
            raise RuntimeError(f"urlwatch failed ({usage.returncode}): {err.read_text()[-2000:]}")
        errors = len(URLWATCH_ERROR_RE.findall(out.read_bytes()))
        out.unlink()
        return RoundOutcome(usage, self.checks, errors)

    def idle_round(self) -> ProcessUsage:
        idle = UrlwatchPeer(self.executable, self.workdir / "idle", self.timeout_s)
        idle.setup([])
        idle.run_round(0)
        return idle.run_round(1).usage


def tamperwatch_env(
    base: Mapping[str, str], data_dir: Path, port: int, extra: Mapping[str, str]
) -> dict[str, str]:
    """The environment of a bench tamperwatch: its own data folder, only nginx's port opened, the
    HTTP tier only (``render_enabled`` off; ``python -m bench.render`` measures Chromium)."""
    env = {k: v for k, v in base.items() if not k.startswith("TAMPERWATCH_")}
    env.update(
        {
            "TAMPERWATCH_DATA_DIR": str(data_dir),
            "TAMPERWATCH_URL_ALLOWLIST": json.dumps([f"127.0.0.1/32:{port}"]),
            "TAMPERWATCH_LOG_LEVEL": "WARNING",
            # the HTTP tier is measured here; the render tier has its own bench (bench.render)
            "TAMPERWATCH_RENDER_ENABLED": "false",
        }
    )
    env.update(extra)
    return env


def parse_stats(raw: Mapping[str, Any]) -> tuple[int, int, dict[str, dict[str, float]]]:
    """checks, errors and per-stage p50/p95 from ``run --once --stats-json``."""
    stages = {
        str(name): {k: float(v) for k, v in figures.items() if k in ("p50", "p95") and v is not None}
        for name, figures in (raw.get("stages") or {}).items()
        if isinstance(figures, Mapping)
    }
    return int(raw.get("checks", 0)), int(raw.get("errors", 0)), stages


def parse_statuses(raw: Mapping[str, Any]) -> dict[str, int]:
    """Checks per verdict (``by_status``) from ``run --once --stats-json``."""
    by_status = raw.get("by_status") or {}
    return {str(k): int(v) for k, v in by_status.items()} if isinstance(by_status, Mapping) else {}


class TamperwatchPeer:
    """tamperwatch's cron mode: ``import`` once, then ``run --once --stats-json`` per round."""

    name = "tamperwatch"

    def __init__(
        self,
        executable: Path,
        workdir: Path,
        port: int,
        extra_env: Mapping[str, str],
        name: str = "tamperwatch",
        timeout_s: float = 600.0,
    ):
        self.name = name
        self.executable, self.workdir, self.timeout_s = executable, workdir, timeout_s
        self.env = tamperwatch_env(os.environ, workdir / "data", port, extra_env)

    def setup(self, urls: Sequence[str]) -> None:
        self.workdir.mkdir(parents=True, exist_ok=True)
        targets = self.workdir / "targets.txt"
        targets.write_text("".join(f"{url}\n" for url in urls))
        usage = run_measured(
            [str(self.executable), "import", str(targets)],
            env=self.env,
            cwd=self.workdir,
            stdout_path=self.workdir / "import.out",
            stderr_path=self.workdir / "import.err",
            timeout_s=self.timeout_s,
        )
        if usage.returncode != 0:
            raise RuntimeError(
                f"tamperwatch import failed: {(self.workdir / 'import.err').read_text()[-2000:]}"
            )

    def run_round(self, round_no: int) -> RoundOutcome:
        w = self.workdir
        stats = w / f"stats-{round_no}.json"
        argv = [str(self.executable), "run", "--once", "--stats-json", str(stats)]
        err = w / f"round-{round_no}.err"
        usage = run_measured(
            argv,
            env=self.env,
            cwd=w,
            stdout_path=w / f"round-{round_no}.out",
            stderr_path=err,
            timeout_s=self.timeout_s,
        )
        if not stats.exists():
            raise RuntimeError(
                f"tamperwatch run --once wrote no stats ({usage.returncode}): {err.read_text()[-2000:]}"
            )
        raw = json.loads(stats.read_text())
        checks, errors, stages = parse_stats(raw)
        return RoundOutcome(usage, checks, errors, stages, parse_statuses(raw))

    def idle_round(self) -> ProcessUsage:
        idle = TamperwatchPeer(self.executable, self.workdir / "idle", 0, {}, self.name, self.timeout_s)
        idle.env = {**self.env, "TAMPERWATCH_DATA_DIR": str(idle.workdir / "data")}
        idle.workdir.mkdir(parents=True, exist_ok=True)
        idle.run_round(0)
        return idle.run_round(1).usage
