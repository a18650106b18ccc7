"""The memory goal: ``tamperwatch serve`` with 10,000 targets, its RSS after one full round."""

from __future__ import annotations

import contextlib
import json
import re
import secrets
import signal
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import psutil

from bench.nginx import free_port

CHECKS_TOTAL_RE = re.compile(r"^tamperwatch_checks_total(?:\{[^}]*\})?\s+([0-9.eE+-]+)\s*$", re.MULTILINE)


def variant_urls(base_url: str, page_names: Sequence[str], count: int) -> list[str]:
    """``count`` distinct target URLs over the served pages: ``/v/<n>/<page>`` (nginx maps them back)."""
    if not page_names:
        raise ValueError("no pages to spread targets over")
    return [f"{base_url}/v/{i // len(page_names)}/{page_names[i % len(page_names)]}" for i in range(count)]


def parse_checks_total(metrics_text: str) -> float:
    """The sum of every ``tamperwatch_checks_total`` sample in a Prometheus exposition."""
    return sum(float(value) for value in CHECKS_TOTAL_RE.findall(metrics_text))


def status_kib(pid: int, field: str) -> int:
    """A ``/proc/PID/status`` figure such as VmRSS or VmHWM, in KiB (0 when absent)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(f"{field}:"):
            return int(line.split()[1])
    return 0


@dataclass(frozen=True)
class ServeMemory:
    """What ``serve`` used: one process's RSS and peak RSS, and its descendants' RSS beside them."""

    targets: int
    checks_seen: float
    full_round: bool
    round_s: float
    rss_mb: float
    peak_rss_mb: float
    children_rss_mb: float


def http_get(url: str, token: str = "", timeout_s: float = 5.0) -> str:
    request = urllib.request.Request(url, headers={"Authorization": f"Bearer {token}"} if token else {})
    with urllib.request.urlopen(request, timeout=timeout_s) as response:
        body: bytes = response.read()
        return body.decode("utf-8", "replace")


def wait_until_healthy(base: str, process: subprocess.Popen[bytes], deadline_s: float) -> None:
    end = time.monotonic() + deadline_s
    while time.monotonic() < end:
        if process.poll() is not None:
            raise RuntimeError(f"tamperwatch serve exited with {process.returncode}")
        try:
            json.loads(http_get(f"{base}/healthz"))
            return
        except (OSError, ValueError, urllib.error.URLError):
            time.sleep(0.2)
    raise TimeoutError("tamperwatch serve never answered /healthz")


def measure_serve(
    executable: Path, workdir: Path, env: Mapping[str, str], urls: Sequence[str], deadline_s: float
) -> ServeMemory:
    """Import ``urls``, run ``serve`` until /metrics counts a check per target (or ``deadline_s``),
    then read its memory and stop it."""
    workdir.mkdir(parents=True, exist_ok=True)
    targets = workdir / "targets.txt"
    targets.write_text("".join(f"{url}\n" for url in urls))
    token, port = secrets.token_hex(16), free_port()
    env = {
        **env,
        "TAMPERWATCH_PORT": str(port),
        "TAMPERWATCH_HOST": "127.0.0.1",
        "TAMPERWATCH_METRICS_TOKEN": token,
    }
    imported = subprocess.run(
        [str(executable), "import", str(targets)],
        env=env,
        cwd=workdir,
        capture_output=True,
        text=True,
        check=False,
    )
    if imported.returncode != 0:
        raise RuntimeError(f"tamperwatch import failed: {imported.stderr[-2000:]}")
    base = f"http://127.0.0.1:{port}"
    with open(workdir / "serve.log", "wb") as log:
        process = subprocess.Popen(
            [str(executable), "serve"], env=env, cwd=workdir, stdout=log, stderr=log, stdin=subprocess.DEVNULL
        )
    try:
        start = time.monotonic()
        wait_until_healthy(base, process, 60.0)
        seen = 0.0
        while time.monotonic() - start < deadline_s and process.poll() is None:
            with contextlib.suppress(OSError, urllib.error.URLError):
                seen = parse_checks_total(http_get(f"{base}/metrics", token))
            if seen >= len(urls):
                break
            time.sleep(1.0)
        if process.poll() is not None:
            raise RuntimeError(
                f"tamperwatch serve exited with {process.returncode}; see {workdir / 'serve.log'}"
            )
        elapsed = time.monotonic() - start
        children = sum(c.memory_info().rss for c in psutil.Process(process.pid).children(recursive=True))
        return ServeMemory(
            targets=len(urls),
            checks_seen=seen,
            full_round=seen >= len(urls),
            round_s=elapsed,
            rss_mb=status_kib(process.pid, "VmRSS") / 1024,
            peak_rss_mb=status_kib(process.pid, "VmHWM") / 1024,
            children_rss_mb=children / 2**20,
        )
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
