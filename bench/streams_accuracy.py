"""`make streams-accuracy`: run every channel of the stream set through `tamperwatch stream replay`
exactly as a user would, and print the report of ../shared/eval/score_streams.py.

    python -m bench.streams_accuracy [--set ../shared/streams/dev.tar.zst] [--dir DIR]
                                     [--scorer ../shared/eval/score_streams.py] [--events DIR] [--jobs N]

The archive is unpacked into DIR (skipped when DIR already holds ``streams-dev/labels.json``).
Findings go to ``--events`` (default DIR/events), one ``<id>.jsonl`` per channel. CPU seconds per
stream second are summed over the channels.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent


def unpack(archive: Path, folder: Path) -> Path:
    root = folder / "streams-dev"
    if (root / "labels.json").is_file():
        return root
    folder.mkdir(parents=True, exist_ok=True)
    subprocess.run(["tar", "-I", "zstd --long=27", "-xf", str(archive), "-C", str(folder)], check=True)
    return root


def source_of(channel: Path) -> Path:
    return channel / "stream.mp4" if (channel / "stream.mp4").is_file() else channel / "hls"


def run_channel(channel: Path, events: Path) -> tuple[str, float, int]:
    exe = Path(sys.executable).parent / "tamperwatch"
    cmd = [str(exe), "stream", "replay", str(source_of(channel)), "--library", str(channel / "library")]
    cmd += ["--output", str(events / f"{channel.name}.jsonl")]
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, env={**os.environ, "COLUMNS": "200"})
    if proc.returncode:
        print(f"{channel.name}: exit {proc.returncode}: {proc.stderr.strip()}", file=sys.stderr)
    return channel.name, time.perf_counter() - t0, proc.returncode


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", type=Path, default=HERE.parent / "shared/streams/dev.tar.zst")
    ap.add_argument("--dir", type=Path, default=Path("/tmp/streams-dev-set"))
    ap.add_argument("--scorer", type=Path, default=HERE.parent / "shared/eval/score_streams.py")
    ap.add_argument("--events", type=Path, default=None)
    ap.add_argument("--jobs", type=int, default=1, help="channels replayed at once")
    a = ap.parse_args(argv)
    root = unpack(a.set, a.dir)
    events = a.events or a.dir / "events"
    events.mkdir(parents=True, exist_ok=True)
    labels = json.loads((root / "labels.json").read_text(encoding="utf-8"))
    channels = [root / "channels" / cid for cid in sorted(labels)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    with ThreadPoolExecutor(max(1, a.jobs)) as pool:
        done = list(pool.map(lambda c: run_channel(c, events), channels))
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    stream_s = sum(float(v["duration"]) for v in labels.values())
    failed = [name for name, _, rc in done if rc]
    print(f"{len(channels)} channels, {stream_s:.0f} s of stream, {cpu:.1f} CPU-s in all "
          f"({cpu / stream_s:.3f} CPU-s per stream-second, process start and library OCR included); "
          f"{len(failed)} failed")
    proc = subprocess.run([sys.executable, str(a.scorer), "--labels", str(root / "labels.json"),
                           "--events", str(events)], check=False)
    return proc.returncode or (1 if failed else 0)


if __name__ == "__main__":
    sys.exit(main())
