"""`serve` as a service: one per data folder (the second names the holder), the port bound before
"serving on" is announced (a busy port is one line, status 2), defacements and incident changes
logged at WARNING."""

from __future__ import annotations

import asyncio
import logging
import os
import socket
import subprocess
import urllib.request
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from support.serve_process import serve_child, serve_env, tw

from tamperwatch.archive.base import TargetState
from tamperwatch.errors import ConfigError
from tamperwatch.models import (
    Incident,
    IncidentEvent,
    IncidentKind,
    IncidentState,
    Status,
    Target,
    Verdict,
)
from tamperwatch.pipeline.context import CheckContext
from tamperwatch.server import LoggedEvents, bind, data_dir_lock, log_verdict


def _env(data: Path, port: int = 0) -> dict[str, str]:
    return serve_env(data, [], TAMPERWATCH_PORT=str(port), COLUMNS="30")


@pytest.fixture
def first_serve(tmp_path: Path) -> Iterator[tuple[subprocess.Popen[str], int]]:
    """A running `serve` and its port, read from its "serving on" line (waits on its output)."""
    with serve_child(_env(tmp_path / "data")) as (proc, port):
        yield proc, port


def test_serving_is_announced_once_the_port_listens(first_serve: tuple[subprocess.Popen[str], int]) -> None:
    _, port = first_serve
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=30) as answer:
        assert answer.status == 200


def test_a_second_serve_on_the_same_data_folder_names_the_holder(
    tmp_path: Path, first_serve: tuple[subprocess.Popen[str], int]
) -> None:
    proc, _ = first_serve
    second = tw(_env(tmp_path / "data"), "serve")
    assert second.returncode == 2
    (line,) = second.stderr.splitlines()
    assert line.startswith("error: another tamperwatch service already uses data folder")
    assert f"pid {proc.pid} on host {socket.gethostname()}, since " in line
    also_run = tw(_env(tmp_path / "data"), "run")  # the scheduler without the API: same rule
    assert also_run.returncode == 2 and f"pid {proc.pid}" in also_run.stderr


def test_a_busy_port_is_one_line_before_anything_starts(
    tmp_path: Path, first_serve: tuple[subprocess.Popen[str], int]
) -> None:
    _, port = first_serve
    other = tw(_env(tmp_path / "other", port), "serve")
    assert other.returncode == 2
    errors = [ln for ln in other.stderr.splitlines() if ln.startswith("error:")]
    assert errors == [
        f"error: cannot listen on 127.0.0.1:{port} (Address already in use): stop the program using that "
        "port, or set TAMPERWATCH_PORT to a free one"
    ]
    assert "serving on" not in other.stderr and "Traceback" not in other.stderr


def test_the_lock_is_released_with_its_holder(tmp_path: Path) -> None:
    with data_dir_lock(tmp_path) as path:
        assert f'"pid": {os.getpid()}' in path.read_text()
        with pytest.raises(ConfigError, match=f"pid {os.getpid()} on host"), data_dir_lock(tmp_path):
            pass
    with data_dir_lock(tmp_path):  # free again
        pass


def test_bind_refuses_a_taken_port() -> None:
    taken = bind("127.0.0.1", 0)
    try:
        port = taken.getsockname()[1]
        with pytest.raises(ConfigError, match=f"cannot listen on 127.0.0.1:{port}"):
            bind("127.0.0.1", port)
    finally:
        taken.close()


def _context(status: Status) -> CheckContext:
    target = Target(url="https://www.example.org/", id=7)
    ctx = CheckContext(target=target, state=TargetState(target_id=7))
    ctx.verdict = Verdict(status, 0.93, reasons=("title says 'hacked by'",))
    return ctx


def test_defacements_are_logged_at_warning(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="tamperwatch.server")
    log_verdict(_context(Status.CLEAN))
    assert caplog.records == []
    log_verdict(_context(Status.DEFACED))
    (record,) = caplog.records
    assert record.levelno == logging.WARNING
    assert record.getMessage() == "defaced https://www.example.org/ (score 0.93): title says 'hacked by'"
    assert record.__dict__["target"] == 7 and record.__dict__["status"] == "defaced"


def test_incident_changes_are_logged_at_warning_and_passed_on(caplog: pytest.LogCaptureFixture) -> None:
    received: list[IncidentEvent] = []

    class Sink:
        async def publish(self, event: IncidentEvent) -> None:
            received.append(event)

    now = datetime.now(UTC)
    incident = Incident(3, 7, IncidentKind.DEFACED, IncidentState.OPEN, now, now, 0.9, ("hacked by",))
    event = IncidentEvent(incident, "https://www.example.org/", "opened", now)
    caplog.set_level(logging.INFO, logger="tamperwatch.server")
    asyncio.run(LoggedEvents(Sink()).publish(event))
    assert received == [event]
    (record,) = caplog.records
    assert record.levelno == logging.WARNING
    assert record.getMessage() == "incident 3 (defaced) opened: https://www.example.org/: hacked by"
