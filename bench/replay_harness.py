"""Replay harness for the detection engine (development tool; ``tamperwatch replay`` is the product).

Runs every scenario folder the way the live pipeline would (ARCHITECTURE.md, "Contracts"):
learn from snapshots with index < ``learn``, then evaluate each later snapshot in order, learn
online after a CLEAN verdict, and auto-accept after ``auto_accept_after`` consecutive suspicious
verdicts without content evidence. Writes the scorer's JSON lines and per-page timings.

    python bench/replay_harness.py /tmp/corpus/dev/scenarios --output preds.jsonl [--jobs 2]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from datetime import datetime
from pathlib import Path
from typing import Any

from tamperwatch.detect.engine import DetectionEngine, auto_accept_candidate
from tamperwatch.detect.profile import Profile
from tamperwatch.models import Capture, Status
from tamperwatch.settings import Settings


def _capture(folder: Path, meta: dict[str, object], snap: dict[str, object]) -> Capture:
    url = str(meta["target_url"])
    headers = tuple((str(k), str(v)) for k, v in dict(snap.get("headers") or {}).items())  # type: ignore[call-overload]
    when = datetime.fromisoformat(str(snap.get("captured_at", "2000-01-01T00:00:00Z")).replace("Z", "+00:00"))
    body = (folder / str(snap["file"])).read_bytes()
    return Capture(
        url=url,
        fetched_at=when,
        final_url=url,
        status=int(snap.get("status", 200)),  # type: ignore[call-overload]
        headers=headers,
        body=body,
    )


def _timed(det: Any, stages: dict[str, list[float]]) -> None:
    """Wrap ``det.detect`` so each call's CPU time is appended to ``stages[det.name]``."""
    inner = det.detect

    def detect(part: Any, page: Any) -> Any:
        start = time.process_time()
        try:
            return inner(part, page)
        finally:
            stages.setdefault(det.name, []).append(time.process_time() - start)

    det.detect = detect


def replay_scenario(folder: Path) -> tuple[list[dict[str, object]], list[float], int, dict[str, list[float]]]:
    settings = Settings()
    engine = DetectionEngine.from_settings(settings)
    stages: dict[str, list[float]] = {}
    for det in engine.detectors:
        _timed(det, stages)
    meta = json.loads((folder / "meta.json").read_text())
    profile = Profile()
    lines: list[dict[str, object]] = []
    timings: list[float] = []
    streak = 0
    learn = int(meta["learn"])
    for index, snap in enumerate(meta["snapshots"]):
        capture = _capture(folder, meta, snap)
        if index < learn:
            engine.learn(profile, capture, trusted=True)
            continue
        start = time.process_time()
        verdict = engine.evaluate(profile, capture)
        timings.append(time.process_time() - start)
        lines.append(
            {
                "scenario": meta["id"],
                "index": index,
                "defaced": verdict.status is Status.DEFACED,
                "score": verdict.score,
                "status": str(verdict.status),
                "reasons": list(verdict.reasons),
            }
        )
        if verdict.status is Status.CLEAN:
            engine.learn(profile, capture)
            streak = 0
        elif auto_accept_candidate(verdict):
            streak += 1
            if settings.auto_accept_after and streak >= settings.auto_accept_after:
                engine.accept(profile, capture)
                streak = 0
        else:
            streak = 0
    return lines, timings, len(profile.dumps()), stages


def classify_page(path: Path) -> dict[str, object]:
    engine = DetectionEngine.from_settings(Settings())
    capture = Capture(url="https://example.org/", fetched_at=datetime.now(), body=path.read_bytes())
    verdict = engine.classify(capture)
    return {
        "page": path.stem,
        "defaced": verdict.status is Status.DEFACED,
        "score": verdict.score,
        "reasons": list(verdict.reasons),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("scenarios", type=Path)
    ap.add_argument("--output", type=Path, required=True)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--pages", action="store_true", help="SCENARIOS is a folder of pages to classify cold")
    args = ap.parse_args(argv)
    if args.pages:
        with ProcessPoolExecutor(args.jobs) as pool, args.output.open("w") as out:
            for line in pool.map(classify_page, sorted(args.scenarios.glob("*.html")), chunksize=8):
                out.write(json.dumps(line, ensure_ascii=False) + "\n")
        return 0
    folders = sorted(p for p in args.scenarios.iterdir() if (p / "meta.json").exists())
    if args.limit:
        folders = folders[: args.limit]
    timings: list[float] = []
    sizes: list[int] = []
    stages: dict[str, list[float]] = {}
    with ProcessPoolExecutor(args.jobs) as pool, args.output.open("w") as out:
        for lines, times, size, stage_times in pool.map(replay_scenario, folders, chunksize=4):
            for name, values in stage_times.items():
                stages.setdefault(name, []).extend(values)
            for line in lines:
                out.write(json.dumps(line, ensure_ascii=False) + "\n")
            timings.extend(times)
            sizes.append(size)
    timings.sort()
    if timings:
        p50 = statistics.median(timings) * 1000
        p95 = timings[int(0.95 * (len(timings) - 1))] * 1000
        print(
            f"evaluate CPU ms per page: p50={p50:.1f} p95={p95:.1f} n={len(timings)}; "
            f"checks per CPU-second={len(timings) / sum(timings):.0f}",
            file=sys.stderr,
        )
    for name, values in stages.items():
        values.sort()
        print(
            f"  {name}: CPU ms p50={statistics.median(values) * 1000:.2f} "
            f"p95={values[int(0.95 * (len(values) - 1))] * 1000:.2f} calls={len(values)}",
            file=sys.stderr,
        )
    if sizes:
        print(f"profile bytes: mean={statistics.mean(sizes):.0f} max={max(sizes)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
