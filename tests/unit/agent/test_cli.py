"""`tamperwatch agent ...` mistakes end in one line on stderr and exit 2; nothing is written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tamperwatch.cli.app import app
from tamperwatch.cli.entry import run_command

from .sitekit import make_site


def run(args: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    argv = ["--data-dir", str(tmp_path / "data"), *args]
    code = run_command(lambda: app(argv, prog_name="tamperwatch"))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture(autouse=True)
def _narrow(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "30")  # a narrow terminal must not wrap the error line


def test_publish_before_any_baseline_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    make_site(tmp_path / "www")
    make_site(tmp_path / "staging")
    code, _, err = run(
        ["agent", "publish", "--root", str(tmp_path / "www"), "--from", str(tmp_path / "staging")],
        tmp_path,
        capsys,
    )
    assert code == 2 and err.count("\n") == 1 and "no baseline yet" in err


def test_a_root_that_is_not_a_folder_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["agent", "status", "--root", str(tmp_path / "missing")], tmp_path, capsys)
    assert code == 2 and "not a folder" in err


def test_an_agent_folder_inside_the_root_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    make_site(tmp_path / "www")
    monkeypatch.setenv("TAMPERWATCH_AGENT_DIR", str(tmp_path / "www" / "agent"))
    code, _, err = run(["agent", "status", "--root", str(tmp_path / "www")], tmp_path, capsys)
    assert code == 2 and "inside the web root" in err
    assert not (tmp_path / "www" / "agent").exists()


def test_a_bad_mode_and_a_bad_duration_are_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make_site(tmp_path / "www")
    code, _, err = run(["agent", "run", "--root", str(tmp_path / "www"), "--mode", "nuke"], tmp_path, capsys)
    assert code == 2 and "expected restore or alert" in err
    code, _, err = run(["agent", "pause", "--root", str(tmp_path / "www"), "--for", "soon"], tmp_path, capsys)
    assert code == 2 and "not a duration" in err


def test_status_of_a_root_without_a_baseline_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make_site(tmp_path / "www")
    code, out, _ = run(["agent", "status", "--root", str(tmp_path / "www")], tmp_path, capsys)
    assert code == 1 and json.loads(out)[0]["baseline"] == "none yet"


def test_a_plain_http_central_serve_is_refused_unless_on_loopback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from tamperwatch.agent.runner import check_report_url
    from tamperwatch.errors import ConfigError

    make_site(tmp_path / "www")
    monkeypatch.setenv("TAMPERWATCH_AGENT_REPORT_URL", "http://monitor.example.org")
    monkeypatch.setenv("TAMPERWATCH_AGENT_REPORT_TOKEN", "s3cret")
    code, _, err = run(["agent", "run", "--root", str(tmp_path / "www")], tmp_path, capsys)
    assert code == 2 and err.count("\n") == 1 and "use an https:// URL" in err
    assert not (tmp_path / "data" / "agent").exists()  # refused before anything was made
    for fine in (
        "https://monitor.example.org",
        "http://127.0.0.1:8000",
        "http://[::1]:8000",
        "http://localhost",
    ):
        check_report_url(fine)
    for bad in ("ftp://monitor.example.org", "http://10.0.0.5", "https://", "monitor.example.org"):
        with pytest.raises(ConfigError):
            check_report_url(bad)
