"""nginx config, the peers' inputs, round planning, serve probing and measured child processes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest
import yaml

from bench.corpus import ServedPage
from bench.installs import find_command
from bench.nginx import render_config
from bench.peers import RoundOutcome, parse_stats, tamperwatch_env, urlwatch_jobs_yaml
from bench.procs import ProcessUsage, run_measured
from bench.rounds import plan_rounds, run_plan
from bench.serve_memory import parse_checks_total, variant_urls


def test_nginx_config_listens_on_loopback_only_and_keeps_its_files_in_the_prefix(tmp_path: Path) -> None:
    conf = render_config(tmp_path / "prefix", tmp_path / "www", 18080, workers=2)
    assert "listen 127.0.0.1:18080;" in conf
    assert "daemon off;" in conf and "worker_processes 2;" in conf and "etag on;" in conf
    assert f"pid {tmp_path / 'prefix'}/nginx.pid;" in conf
    assert f"root {tmp_path / 'www'};" in conf


@pytest.mark.parametrize("etag", [True, False])
def test_nginx_accepts_the_generated_config(tmp_path: Path, etag: bool) -> None:
    """Both configs the bench serves with: validators on, and ETags and Last-Modified off."""
    nginx = find_command("nginx")
    if nginx is None:
        pytest.skip("nginx not installed")
    prefix = tmp_path / "prefix"
    (prefix / "tmp").mkdir(parents=True)
    (tmp_path / "www").mkdir()
    conf = prefix / "nginx.conf"
    conf.write_text(render_config(prefix, tmp_path / "www", 18080, etag=etag))
    result = subprocess.run(
        [str(nginx), "-t", "-p", str(prefix), "-e", str(prefix / "error.log"), "-c", str(conf)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr


def test_urlwatch_job_list_holds_every_url_once() -> None:
    urls = ["http://127.0.0.1:8080/a.html", "http://127.0.0.1:8080/b.html?x=1&y=2"]
    jobs = list(yaml.safe_load_all(urlwatch_jobs_yaml(urls)))
    assert [job["url"] for job in jobs] == urls
    assert len({job["name"] for job in jobs}) == 2


def test_tamperwatch_env_opens_only_the_nginx_port_and_drops_foreign_settings(tmp_path: Path) -> None:
    env = tamperwatch_env(
        {"PATH": "/bin", "TAMPERWATCH_DETECTORS": '["x"]'},
        tmp_path,
        18080,
        {"TAMPERWATCH_LEARN_CAPTURES": "2"},
    )
    assert json.loads(env["TAMPERWATCH_URL_ALLOWLIST"]) == ["127.0.0.1/32:18080"]
    assert env["TAMPERWATCH_DATA_DIR"] == str(tmp_path)
    assert "TAMPERWATCH_DETECTORS" not in env
    assert env["TAMPERWATCH_LEARN_CAPTURES"] == "2" and env["PATH"] == "/bin"


def test_stats_json_is_read_into_checks_errors_and_stages() -> None:
    raw = {
        "checks": 450,
        "unchanged": 440,
        "errors": 2,
        "stages": {"fetch": {"p50": 0.002, "p95": 0.01}, "detect": {"p50": 0.02, "p95": None}},
    }
    assert parse_stats(raw) == (450, 2, {"fetch": {"p50": 0.002, "p95": 0.01}, "detect": {"p50": 0.02}})


def test_rounds_run_in_order_first_learn_unchanged_changed() -> None:
    plan = plan_rounds(learn_rounds=2, unchanged=2, changed=1)
    assert [(p.kind, p.rewrite) for p in plan] == [
        ("first", False),
        ("learn", True),
        ("learn", True),
        ("unchanged", False),
        ("unchanged", False),
        ("changed", True),
    ]
    assert [p.round_no for p in plan] == list(range(6))


class RecordingPeer:
    """Remembers the page bytes it saw in each round."""

    def __init__(self, name: str, pages: Sequence[ServedPage], calls: list[str]):
        self.name, self.pages, self.calls = name, pages, calls
        self.seen: list[bytes] = []

    def setup(self, urls: Sequence[str]) -> None:
        pass

    def run_round(self, round_no: int) -> RoundOutcome:
        self.calls.append(self.name)
        self.seen.append(self.pages[0].path.read_bytes())
        return RoundOutcome(ProcessUsage(0, 1.0, 0.5, 1024, False), len(self.pages), 0)

    def idle_round(self) -> ProcessUsage:
        return ProcessUsage(0, 0.1, 0.1, 1024, False)


def test_both_peers_see_the_same_pages_and_changed_rounds_rewrite_them(tmp_path: Path) -> None:
    page = tmp_path / "p.html"
    page.write_bytes(b"<html><body>x</body></html>")
    pages = [ServedPage("p", page, page.stat().st_size)]
    calls: list[str] = []
    a, b = RecordingPeer("a", pages, calls), RecordingPeer("b", pages, calls)
    measures = run_plan(plan_rounds(0, 1, 2), [a, b], pages, lambda: 0.0, lambda m: None)
    assert a.seen == b.seen
    assert a.seen[0] == a.seen[1] and len(set(a.seen[1:])) == 3
    assert calls == ["a", "b", "b", "a", "a", "b", "b", "a"]
    assert [m.kind for m in measures if m.tool == "a"] == ["first", "unchanged", "changed", "changed"]


def test_serve_targets_are_distinct_and_spread_over_the_pages() -> None:
    urls = variant_urls("http://127.0.0.1:1", ["a.html", "b.html", "c.html"], 7)
    assert len(set(urls)) == 7
    assert urls[0] == "http://127.0.0.1:1/v/0/a.html" and urls[3] == "http://127.0.0.1:1/v/1/a.html"
    assert urls[6] == "http://127.0.0.1:1/v/2/a.html"


def test_checks_total_sums_every_label_set_and_ignores_other_series() -> None:
    text = (
        "# TYPE tamperwatch_checks_total counter\n"
        'tamperwatch_checks_total{result="unchanged"} 120.0\n'
        'tamperwatch_checks_total{result="changed"} 30.0\n'
        'tamperwatch_checks_created{result="changed"} 1.7e9\n'
        "tamperwatch_checks_total_other 5\n"
    )
    assert parse_checks_total(text) == 150.0


CHILD = """
import sys, time
block = bytearray(96 * 1024 * 1024)
for i in range(0, len(block), 4096):
    block[i] = 1
spent = time.process_time()
while time.process_time() - spent < 0.2:
    pass
print(time.process_time())
"""


def test_measured_child_reports_its_own_cpu_and_peak_memory(tmp_path: Path) -> None:
    out, err = tmp_path / "out", tmp_path / "err"
    usage = run_measured(
        [sys.executable, "-c", CHILD],
        env=dict(os.environ),
        cwd=tmp_path,
        stdout_path=out,
        stderr_path=err,
        timeout_s=60,
    )
    assert usage.returncode == 0 and not usage.timed_out, err.read_text()
    assert usage.cpu_s >= float(out.read_text())
    assert usage.peak_rss_bytes >= 96 * 1024 * 1024


def test_a_child_past_its_deadline_is_killed_and_marked(tmp_path: Path) -> None:
    usage = run_measured(
        [sys.executable, "-c", "import time; time.sleep(120)"],
        env=dict(os.environ),
        cwd=tmp_path,
        stdout_path=tmp_path / "o",
        stderr_path=tmp_path / "e",
        timeout_s=0.3,
    )
    assert usage.timed_out and usage.returncode != 0
