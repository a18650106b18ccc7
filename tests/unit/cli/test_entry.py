"""The console script's start and exit: statuses as ``sys.exit`` gives them, nothing printed lost."""

from __future__ import annotations

import subprocess
import sys
import threading

import pytest

from tamperwatch import __version__
from tamperwatch.cli.entry import exit_code, leave, run_command


def test_statuses_are_those_sys_exit_would_give(capsys: pytest.CaptureFixture[str]) -> None:
    assert exit_code(None) == 0
    assert exit_code(2) == 2
    assert exit_code(256 + 3) == 3
    assert exit_code("cannot open the archive") == 1
    assert capsys.readouterr().err == "cannot open the archive\n"


def test_a_command_reports_the_status_it_exits_with() -> None:
    def fails() -> None:
        raise SystemExit(4)

    assert run_command(fails) == 4
    assert run_command(lambda: None) == 0


def test_leaves_at_once_only_when_no_other_thread_is_running() -> None:
    ended: list[int] = []
    with pytest.raises(SystemExit) as ordinary:
        leave(3, ended.append)  # the test double returns, so leave() falls back to sys.exit
    assert ended == [3] and ordinary.value.code == 3

    release = threading.Event()
    worker = threading.Thread(target=release.wait)
    worker.start()
    try:
        ended.clear()
        with pytest.raises(SystemExit) as waits:
            leave(0, ended.append)
        assert ended == [] and waits.value.code == 0  # exits the ordinary way, joining the thread
    finally:
        release.set()
        worker.join()


def test_output_piped_to_another_program_arrives_whole() -> None:
    version = subprocess.run(
        [sys.executable, "-m", "tamperwatch", "--version"], capture_output=True, text=True, timeout=60
    )
    assert version.returncode == 0 and version.stdout == f"tamperwatch {__version__}\n"
    listing = subprocess.run(
        [sys.executable, "-m", "tamperwatch", "--help"], capture_output=True, text=True, timeout=60
    )
    assert listing.returncode == 0 and "run" in listing.stdout and listing.stdout.endswith("\n")
    wrong = subprocess.run(
        [sys.executable, "-m", "tamperwatch", "no-such-command"], capture_output=True, text=True, timeout=60
    )
    assert wrong.returncode == 2 and "no-such-command" in wrong.stderr
