"""``python -m bench.run_profile``: where a real-change check spends its CPU, in one process.

The real-change rounds of ``bench.run`` (docs/bench.md, step 5) without the process per round: a
private nginx serves the first ``--targets`` legit dev scenario histories, one tamperwatch runtime
(the SQLite archive, the HTTP fetcher, the detectors, as ``run --once`` wires them) checks every
target once per round, and each round serves every target its next real capture. The first
``1 + --learn-captures`` rounds learn; the next ``--rounds`` are measured: CPU seconds of this
process per check (no process start, as a long-running ``serve``), the scheduler's stage
timings, and with ``--profile FILE`` a cProfile of the measured rounds. ``--verdicts FILE`` writes
each measured check's status, score and reasons, to show that a change of the check path left
every verdict as it was.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import json
import os
import resource
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.corpus import load_labels, locate_corpus
from bench.installs import ensure_apt_command
from bench.nginx import NginxServer
from bench.scenarios import pick_histories, prepare_webroot, serve_snapshot

NGINX_CACHE_S = 1.2  # past nginx's open_file_cache_valid, so no stale size or ETag is served


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench.run_profile", description=__doc__.splitlines()[0])
    parser.add_argument("--targets", type=int, default=200, help="legit dev scenarios served (first by id)")
    parser.add_argument("--learn-captures", type=int, default=3)
    parser.add_argument("--rounds", type=int, default=3, help="measured real-change rounds")
    parser.add_argument("--corpus", type=Path, default=None, help="an unpacked dev corpus folder")
    parser.add_argument("--profile", type=Path, default=None, help="cProfile of the measured rounds")
    parser.add_argument("--verdicts", type=Path, default=None, help="JSON lines of the measured verdicts")
    parser.add_argument("--delta-check", choices=("true", "false"), default="true")
    return parser.parse_args(argv)


class RoundNotes:
    """What each check of a round left: its verdict and stage timings, not its context (whose
    parsed pages would stay in memory)."""

    def __init__(self, names: dict[int, str], base_url: str, check_no: int) -> None:
        self.names, self.base_url, self.check_no = names, base_url, check_no
        self.lines: list[dict[str, Any]] = []

    def __call__(self, ctx: Any) -> None:
        if ctx is None or ctx.verdict is None:
            return
        verdict = ctx.verdict
        self.lines.append(
            {
                "target": self.names[ctx.target.id],
                "check": self.check_no,
                "status": verdict.status.value,
                "score": round(verdict.score, 4),
                "reasons": [r.replace(self.base_url, "BASE") for r in verdict.reasons],  # port-free
                "timings": dict(ctx.timings),
            }
        )


async def measure(args: argparse.Namespace, base_url: str, webroot: Path, data: Path) -> dict[str, Any]:
    from tamperwatch.models import Target
    from tamperwatch.runtime import open_runtime
    from tamperwatch.settings import Settings

    settings = Settings(
        data_dir=data,
        url_allowlist=[f"127.0.0.1/32:{base_url.rsplit(':', 1)[1]}"],
        render_enabled=False,
        learn_captures=args.learn_captures,
        delta_check=args.delta_check == "true",
    )
    corpus = locate_corpus(args.corpus)
    need = 1 + args.learn_captures + args.rounds
    histories = pick_histories(corpus, load_labels(corpus), need, args.targets)
    prepare_webroot(histories, webroot)
    profiler = cProfile.Profile() if args.profile else None
    measured: list[dict[str, Any]] = []
    cpu = main_cpu = 0.0
    stages: dict[str, list[float]] = {}
    async with open_runtime(settings) as rt:
        targets = [await rt.archive.add_target(Target(url=f"{base_url}{h.url_path}")) for h in histories]
        names = {t.id: h.scenario_id for t, h in zip(targets, histories, strict=True)}
        for check_no in range(need):
            if check_no:
                for history in histories:
                    serve_snapshot(history, webroot, check_no)
                await asyncio.sleep(NGINX_CACHE_S)
            scored = check_no > args.learn_captures
            notes = RoundNotes(names, base_url, check_no)
            t0, m0 = time.process_time(), time.thread_time()
            if scored and profiler is not None:
                profiler.enable()
            await rt.scheduler.run_once(targets, progress=notes)
            if scored and profiler is not None:
                profiler.disable()
            if not scored:
                continue
            cpu += time.process_time() - t0
            main_cpu += time.thread_time() - m0
            for line in sorted(notes.lines, key=lambda m: str(m["target"])):
                for stage, seconds in line.pop("timings").items():
                    stages.setdefault(stage, []).append(seconds)
                measured.append(line)
    if profiler is not None:
        profiler.dump_stats(str(args.profile))
    if args.verdicts is not None:
        args.verdicts.write_text("".join(json.dumps(line, sort_keys=True) + "\n" for line in measured))
    checks = len(measured)
    statuses = [m["status"] for m in measured]
    return {
        "checks": checks,
        "cpu_s": round(cpu, 3),
        "event_loop_thread_cpu_s": round(main_cpu, 3),
        "checks_per_cpu_s": round(checks / cpu, 1) if cpu else None,
        "cpu_ms_per_check": round(1000 * cpu / checks, 2) if checks else None,
        "stage_p50_ms": {k: round(sorted(v)[len(v) // 2] * 1000, 2) for k, v in sorted(stages.items())},
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "by_status": {s: statuses.count(s) for s in sorted(set(statuses))},
    }


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="tw-profile-") as tmp:
        root = Path(tmp)
        webroot = root / "www"
        webroot.mkdir()
        os.chmod(root, 0o755)
        with NginxServer(ensure_apt_command("nginx", "nginx"), root / "nginx", webroot) as nginx:
            result = asyncio.run(measure(args, nginx.base_url, webroot, root / "data"))
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
