"""``tamperwatch serve``: the memory goal (10,000 targets, RSS after one full round) and its CPU per check
on real changes in steady state (real-change targets, start-up and learning excluded)."""

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
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import psutil

from bench.nginx import free_port
from bench.scenarios import History, prepare_webroot, real_checks_between, serve_snapshot

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


@contextlib.contextmanager
def running_serve(
    executable: Path, workdir: Path, env: Mapping[str, str], urls: Sequence[str]
) -> Iterator[tuple[subprocess.Popen[bytes], str, str]]:
    """``tamperwatch import`` of ``urls``, then ``serve`` on a free loopback port until the block ends
    (SIGTERM); yields the process, its base URL and its metrics token once /healthz answers."""
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
        wait_until_healthy(base, process, 60.0)
        yield process, base, token
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def checks_so_far(base: str, token: str) -> float | None:
    """``tamperwatch_checks_total`` now, or ``None`` when /metrics did not answer."""
    try:
        return parse_checks_total(http_get(f"{base}/metrics", token))
    except (OSError, urllib.error.URLError):
        return None


def measure_serve(
    executable: Path, workdir: Path, env: Mapping[str, str], urls: Sequence[str], deadline_s: float
) -> ServeMemory:
    """Import ``urls``, run ``serve`` until /metrics counts a check per target (or ``deadline_s``),
    then read its memory and stop it."""
    with running_serve(executable, workdir, env, urls) as (process, base, token):
        start = time.monotonic()
        seen = 0.0
        while time.monotonic() - start < deadline_s and process.poll() is None:
            seen = checks_so_far(base, token) or seen
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


def process_cpu_s(pid: int) -> float:
    """User + system CPU of a live process, its reaped children and its live descendants."""
    proc = psutil.Process(pid)
    times = proc.cpu_times()
    total = float(times.user + times.system + times.children_user + times.children_system)
    for child in proc.children(recursive=True):
        with contextlib.suppress(psutil.Error):
            child_times = child.cpu_times()
            total += child_times.user + child_times.system
    return total


@dataclass(frozen=True)
class ServeReal:
    """``serve`` on real-change targets: CPU of the serve process over the measured checks only
    (start-up, import and the learning checks excluded)."""

    targets: int
    interval_s: float
    learn_checks: int  # per target, before the measured window
    measured_rounds: int
    complete: bool
    window_checks: float  # tamperwatch_checks_total over the window
    real_checks: int  # of which a target saw a new real snapshot after learning (from nginx's log)
    window_cpu_s: float
    window_s: float
    start_cpu_s: float  # serve's CPU from its start to the window's start (start-up and learning)
    rss_mb: float

    @property
    def checks_per_cpu_s(self) -> float:
        return self.window_checks / self.window_cpu_s if self.window_cpu_s > 0 else 0.0


class SnapshotSwapper:
    """Follows nginx's log of ``/s/`` requests; a target requested at time t gets its next snapshot at
    t + ``delay_s`` (half the check interval), between two of its checks. Requests before that
    swap (a check's other views) belong to the same check."""

    def __init__(self, log_path: Path, histories: Sequence[History], webroot: Path, delay_s: float):
        self.log_path, self.webroot, self.delay_s = log_path, webroot, delay_s
        self.by_path = {h.url_path: h for h in histories}
        self.checks: dict[str, int] = {h.scenario_id: 0 for h in histories}
        self.pending: dict[str, float] = {}  # scenario id -> when its next snapshot goes in
        self.offset = log_path.stat().st_size if log_path.exists() else 0
        self.partial = b""

    def checks_made(self) -> dict[str, int]:
        """Checks seen so far per target (a check whose swap is still pending included)."""
        return {sid: n + (sid in self.pending) for sid, n in self.checks.items()}

    def poll(self) -> None:
        now = time.time()
        if self.log_path.exists():
            with open(self.log_path, "rb") as log:
                log.seek(self.offset)
                data = log.read()
            self.offset += len(data)
            lines = (self.partial + data).split(b"\n")
            self.partial = lines.pop()
            for line in lines:
                parts = line.split()
                history = self.by_path.get(parts[1].decode()) if len(parts) == 2 else None
                if history and history.scenario_id not in self.pending:
                    self.pending[history.scenario_id] = float(parts[0]) + self.delay_s
        for scenario_id, due in list(self.pending.items()):
            if due <= now:
                del self.pending[scenario_id]
                self.checks[scenario_id] += 1
                history = self.by_path[f"/s/{scenario_id}.html"]
                serve_snapshot(history, self.webroot, self.checks[scenario_id])


def measure_serve_real(
    executable: Path,
    workdir: Path,
    env: Mapping[str, str],
    base_url: str,
    histories: Sequence[History],
    webroot: Path,
    access_log: Path,
    learn_checks: int,
    measured_rounds: int,
    interval_s: float,
    deadline_s: float,
) -> ServeReal:
    """``serve`` on the real-change targets (jitter off, ``interval_s``): each target gets its next
    real snapshot half an interval after each check; the first ``learn_checks`` checks of every
    target learn, and serve's CPU is read when /metrics reaches ``learn_checks`` checks a target and
    again at ``learn_checks + measured_rounds``: checks per CPU-second in between."""
    prepare_webroot(histories, webroot)
    urls = [f"{base_url}{h.url_path}" for h in histories]
    env = {**env, "TAMPERWATCH_DEFAULT_INTERVAL_S": str(interval_s), "TAMPERWATCH_JITTER_FRACTION": "0"}
    swapper = SnapshotSwapper(access_log, histories, webroot, interval_s / 2)
    available = {h.scenario_id: len(h.snapshots) for h in histories}
    n = len(histories)
    with running_serve(executable, workdir, env, urls) as (process, base, token):
        start = time.monotonic()
        window: tuple[float, float, float, dict[str, int]] | None = None
        seen = 0.0
        while time.monotonic() - start < deadline_s:
            if process.poll() is not None:
                raise RuntimeError(f"tamperwatch serve exited; see {workdir / 'serve.log'}")
            swapper.poll()
            seen = checks_so_far(base, token) or seen
            if window is None and seen >= learn_checks * n:
                window = (seen, process_cpu_s(process.pid), time.monotonic(), swapper.checks_made())
            if window is not None and seen >= (learn_checks + measured_rounds) * n:
                break
            time.sleep(0.25)
        cpu_now, now = process_cpu_s(process.pid), time.monotonic()
        swapper.poll()
        rss_mb = status_kib(process.pid, "VmRSS") / 1024
    if window is None:
        window = (seen, cpu_now, now, swapper.checks_made())
    seen0, cpu0, t0, checks0 = window
    return ServeReal(
        targets=n,
        interval_s=interval_s,
        learn_checks=learn_checks,
        measured_rounds=measured_rounds,
        complete=seen >= (learn_checks + measured_rounds) * n,
        window_checks=seen - seen0,
        real_checks=real_checks_between(checks0, swapper.checks_made(), learn_checks, available),
        window_cpu_s=cpu_now - cpu0,
        window_s=now - t0,
        start_cpu_s=cpu0,
        rss_mb=rss_mb,
    )
