"""``make bench`` entry: ``python -m bench.run [--quick] [--pages N] [--unchanged-rounds N] ...``.

Installs what it lacks (nginx, zstd, urlwatch 2.29 in ``bench/.venv-urlwatch``), serves the dev
corpus's legitimate pages from a private nginx on 127.0.0.1, runs urlwatch and tamperwatch round by
round on the same pages, measures ``tamperwatch serve`` with 10,000 targets, and prints the figures.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from types import FrameType

from rich.console import Console

from bench.corpus import REPO_ROOT, build_webroot, legit_page_ids, load_labels, locate_corpus
from bench.dynamic import set_dynamic_part
from bench.goals import check_goals
from bench.installs import ensure_apt_command, ensure_urlwatch
from bench.nginx import NginxServer
from bench.peers import DETECTORS_VARIANT, Peer, TamperwatchPeer, UrlwatchPeer, tamperwatch_env
from bench.report import KIND_ORDER, print_report, write_json
from bench.rounds import RoundPlan, plan_noetag_rounds, plan_real_rounds, plan_rounds, run_plan
from bench.scenarios import History, pick_histories, prepare_webroot, serve_snapshot
from bench.serve_memory import ServeMemory, ServeReal, measure_serve, measure_serve_real, variant_urls
from bench.stats import KindSummary, RoundMeasure, summarise

URLWATCH_VENV = REPO_ROOT / "bench" / ".venv-urlwatch"
RESULTS = REPO_ROOT / "bench" / "out" / "results.json"


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__.splitlines()[0])
    parser.add_argument(
        "--quick", action="store_true", help="smoke run: 40 pages, 1 round each, 500 serve targets"
    )
    parser.add_argument("--pages", type=int, default=None, help="legit pages served (default: all of them)")
    parser.add_argument("--unchanged-rounds", type=int, default=3)
    parser.add_argument("--changed-rounds", type=int, default=3)
    parser.add_argument("--learn-captures", type=int, default=3, help="TAMPERWATCH_LEARN_CAPTURES")
    parser.add_argument(
        "--noetag-rounds",
        type=int,
        default=None,
        help="unchanged rounds with nginx's ETag and Last-Modified off (default: as --unchanged-rounds)",
    )
    parser.add_argument(
        "--real-rounds", type=int, default=3, help="measured real-change rounds in run --once (0 skips)"
    )
    parser.add_argument(
        "--real-targets", type=int, default=200, help="legit dev scenarios served (first by id)"
    )
    parser.add_argument(
        "--real-tools",
        default="tamperwatch",
        help=f"comma-separated tools for the real-change rounds: tamperwatch, {DETECTORS_VARIANT}, urlwatch",
    )
    parser.add_argument(
        "--serve-real-rounds",
        type=int,
        default=3,
        help="measured checks a target in the real-change serve run (0 skips)",
    )
    parser.add_argument(
        "--serve-real-interval",
        type=float,
        default=20.0,
        help="check interval of the real-change serve run (s)",
    )
    parser.add_argument("--serve-targets", type=int, default=10_000, help="0 skips the serve memory run")
    parser.add_argument(
        "--serve-interval", type=float, default=120.0, help="check interval of serve targets (s)"
    )
    parser.add_argument(
        "--serve-deadline", type=float, default=300.0, help="longest wait for a full round (s)"
    )
    parser.add_argument(
        "--tools",
        default=f"tamperwatch,{DETECTORS_VARIANT},urlwatch",
        help=f"comma-separated: tamperwatch, {DETECTORS_VARIANT} (delta check off: every change "
        "goes through every detector), urlwatch",
    )
    parser.add_argument("--nginx-workers", type=int, default=1)
    parser.add_argument("--gzip", action="store_true", help="let nginx gzip responses")
    parser.add_argument("--corpus", type=Path, default=None, help="an unpacked dev corpus folder")
    parser.add_argument("--json", type=Path, default=RESULTS, help="where the figures are written")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder for inspection")
    args = parser.parse_args(argv)
    if args.quick:
        args.pages = args.pages or 40
        args.unchanged_rounds = args.changed_rounds = args.real_rounds = 1
        args.serve_real_rounds = min(args.serve_real_rounds, 1)
        args.serve_real_interval = min(args.serve_real_interval, 10.0)
        args.real_targets = min(args.real_targets, 40)
        args.serve_targets = min(args.serve_targets, 500)
        args.serve_deadline = min(args.serve_deadline, 120.0)
    if args.noetag_rounds is None:
        args.noetag_rounds = args.unchanged_rounds
    return args


def tamperwatch_executable() -> Path | None:
    """The project's ``tamperwatch`` CLI beside this interpreter, if it has ``run`` and ``serve``."""
    exe = Path(sys.executable).parent / "tamperwatch"
    if not exe.exists():
        return None
    result = subprocess.run([str(exe), "--help"], capture_output=True, text=True, check=False)
    return exe if result.returncode == 0 and "run" in result.stdout else None


def round_line(m: RoundMeasure) -> str:
    """One progress line per tool and round."""
    return (
        f"  {m.tool:<11} {m.kind:<9} {m.checks} checks, {m.errors} errors, {m.wall_s:.2f} s wall, "
        f"{m.cpu_s:.2f} CPU-s, peak RSS {m.peak_rss_bytes / 2**20:.0f} MB"
    )


def short_round_notes(rounds: list[RoundMeasure], targets: int) -> list[str]:
    """A warning for every round that checked fewer or more URLs than there are targets."""
    return [
        f"{m.tool}: one '{m.kind}' round reported {m.checks} checks for {targets} targets"
        for m in rounds
        if m.checks != targets
    ]


def make_peers(
    tools: set[str],
    tamperwatch_exe: Path | None,
    urlwatch_exe: Path | None,
    workdir: Path,
    port: int,
    tw_extra: dict[str, str],
) -> list[Peer]:
    """The peers to run, each with its own data under ``workdir``."""
    peers: list[Peer] = []
    if tamperwatch_exe and "tamperwatch" in tools:
        peers.append(TamperwatchPeer(tamperwatch_exe, workdir / "tamperwatch", port, tw_extra))
    if tamperwatch_exe and DETECTORS_VARIANT in tools:
        no_delta = {**tw_extra, "TAMPERWATCH_DELTA_CHECK": "false"}
        peers.append(
            TamperwatchPeer(tamperwatch_exe, workdir / DETECTORS_VARIANT, port, no_delta, DETECTORS_VARIANT)
        )
    if urlwatch_exe and "urlwatch" in tools:
        peers.append(UrlwatchPeer(urlwatch_exe, workdir / "urlwatch"))
    return peers


def real_snapshot_step(
    histories: list[History], webroot: Path, first_round: int
) -> Callable[[RoundPlan], None]:
    """Before each real-change round after the first: every target's next real capture; then a pause
    past nginx's open-file cache validity (1 s), so no stale size or ETag is served."""

    def prepare(step: RoundPlan) -> None:
        if step.rewrite:
            for history in histories:
                serve_snapshot(history, webroot, step.round_no - first_round)
            time.sleep(1.2)

    return prepare


def raise_on_sigterm(signum: int, frame: FrameType | None) -> None:
    raise SystemExit(128 + signum)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    signal.signal(signal.SIGTERM, raise_on_sigterm)
    console = Console(width=None if sys.stdout.isatty() else 160)
    started = time.monotonic()
    tools = {t.strip() for t in args.tools.split(",") if t.strip()}
    notes: list[str] = []
    nginx_bin = ensure_apt_command("nginx", "nginx")
    urlwatch_exe = ensure_urlwatch(URLWATCH_VENV) if "urlwatch" in tools else None
    tamperwatch_exe = tamperwatch_executable() if tools & {"tamperwatch", DETECTORS_VARIANT} else None
    if tools & {"tamperwatch", DETECTORS_VARIANT} and tamperwatch_exe is None:
        notes.append("tamperwatch CLI (run --once) not available: tamperwatch rows skipped")
    dev_dir = locate_corpus(args.corpus)
    labels = load_labels(dev_dir)
    ids = legit_page_ids(labels, args.pages)
    # snapshots a real-change target needs: first + learning + measured (+1 spare for serve's pace)
    need = 1 + args.learn_captures + max(args.real_rounds, args.serve_real_rounds + 1)
    histories = (
        pick_histories(dev_dir, labels, need, args.real_targets)
        if args.real_rounds > 0 or args.serve_real_rounds > 0
        else []
    )
    workdir = Path(tempfile.mkdtemp(prefix="tw-bench-"))
    workdir.chmod(0o755)
    serve: ServeMemory | None = None
    serve_real: ServeReal | None = None
    rounds: list[RoundMeasure] = []
    start_cpu_s: dict[str, float] = {}
    try:
        pages = build_webroot(dev_dir, ids, workdir / "www")
        for page in pages:
            page.path.write_bytes(set_dynamic_part(page.path.read_bytes(), 0))
        total_mb = sum(p.size for p in pages) / 2**20
        prepare_webroot(histories, workdir / "www")
        console.print(
            f"bench: {len(pages)} legit pages ({total_mb:.1f} MB, from {dev_dir}), {len(histories)} legit "
            f"scenario histories of {need}+ snapshots; work folder {workdir}"
        )
        with NginxServer(
            nginx_bin, workdir / "nginx", workdir / "www", args.nginx_workers, args.gzip
        ) as nginx:
            urls = [f"{nginx.base_url}{p.url_path}" for p in pages]
            tw_extra = {"TAMPERWATCH_LEARN_CAPTURES": str(args.learn_captures)}
            peers = make_peers(tools, tamperwatch_exe, urlwatch_exe, workdir, nginx.port, tw_extra)
            for peer in peers:
                peer.setup(urls)
                start_cpu_s[peer.name] = peer.idle_round().cpu_s
            # learn_captures checks build the baseline; the next one is the first judged check, which
            # also turns each target from 'learning' to 'clean' (a profile write, once per target):
            # both happen before the measured rounds
            plan = plan_rounds(args.learn_captures, args.unchanged_rounds, args.changed_rounds)
            rounds = run_plan(
                plan,
                peers,
                pages,
                nginx.cpu_seconds,
                lambda m: console.print(round_line(m)),
            )
            progress = lambda m: console.print(round_line(m))  # noqa: E731
            if args.noetag_rounds > 0:
                # the same pages and targets, nginx reloaded without ETag and Last-Modified
                nginx.reload(False, pages[0].url_path)
                rounds += run_plan(
                    plan_noetag_rounds(len(plan), args.noetag_rounds),
                    peers,
                    pages,
                    nginx.cpu_seconds,
                    progress,
                )
                nginx.reload(True, pages[0].url_path)
            notes.extend(short_round_notes(rounds, len(urls)))
            real_tools = {t.strip() for t in args.real_tools.split(",") if t.strip()} & tools
            if histories and args.real_rounds > 0 and real_tools:
                console.print(f"bench: real-change rounds on {len(histories)} scenario histories ...")
                real_peers = make_peers(
                    real_tools, tamperwatch_exe, urlwatch_exe, workdir / "real", nginx.port, tw_extra
                )
                for peer in real_peers:
                    peer.setup([f"{nginx.base_url}{h.url_path}" for h in histories])
                first_real = 1000
                real_rounds = run_plan(
                    plan_real_rounds(first_real, args.learn_captures, args.real_rounds),
                    real_peers,
                    pages,
                    nginx.cpu_seconds,
                    progress,
                    real_snapshot_step(histories, workdir / "www", first_real),
                )
                notes.extend(short_round_notes(real_rounds, len(histories)))
                rounds += real_rounds
            if tamperwatch_exe and histories and args.serve_real_rounds > 0:
                console.print(
                    f"bench: tamperwatch serve on {len(histories)} real-change targets, "
                    f"every {args.serve_real_interval:g} s ..."
                )
                learn_checks = 1 + args.learn_captures
                serve_real = measure_serve_real(
                    tamperwatch_exe,
                    workdir / "serve-real",
                    tamperwatch_env(dict(os.environ), workdir / "serve-real" / "data", nginx.port, tw_extra),
                    nginx.base_url,
                    histories,
                    workdir / "www",
                    nginx.access_log,
                    learn_checks,
                    args.serve_real_rounds,
                    args.serve_real_interval,
                    (learn_checks + args.serve_real_rounds + 3) * args.serve_real_interval + 60,
                )
            if tamperwatch_exe and args.serve_targets > 0:
                console.print(f"bench: tamperwatch serve with {args.serve_targets:,} targets ...")
                serve_env = tamperwatch_env(
                    dict(os.environ),
                    workdir / "serve" / "data",
                    nginx.port,
                    {**tw_extra, "TAMPERWATCH_DEFAULT_INTERVAL_S": str(args.serve_interval)},
                )
                serve = measure_serve(
                    tamperwatch_exe,
                    workdir / "serve",
                    serve_env,
                    variant_urls(nginx.base_url, [p.path.name for p in pages], args.serve_targets),
                    args.serve_deadline,
                )
    finally:
        if not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)
    by_tool: dict[str, dict[str, KindSummary]] = {}
    summaries = []
    for tool in ("tamperwatch", DETECTORS_VARIANT, "urlwatch"):
        for kind in KIND_ORDER:
            summary = summarise(rounds, tool, kind)
            if summary:
                summaries.append(summary)
                by_tool.setdefault(tool, {})[kind] = summary
    goals = check_goals(
        by_tool.get("tamperwatch", {}),
        by_tool.get("urlwatch", {}),
        serve,
        by_tool.get(DETECTORS_VARIANT),
        serve_real,
    )
    notes.append("CPU counts each tool's processes and their reaped children; nginx's CPU is shown apart.")
    notes.append(f"bench took {time.monotonic() - started:.0f} s")
    print_report(console, summaries, goals, serve, start_cpu_s, notes, serve_real)
    write_json(
        args.json,
        {"pages": len(ids), "real_targets": len(histories), "args": vars(args)},
        summaries,
        goals,
        serve,
        start_cpu_s,
        serve_real,
    )
    console.print(f"figures written to {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
