"""The error table: every configuration, environment and input mistake ends in exactly one line on
stderr and exit status 2, with no traceback (unless --debug), at any terminal width, and nothing
is saved before the command fails."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Coroutine
from pathlib import Path
from typing import Any

import pytest

from tamperwatch.cli.app import app
from tamperwatch.cli.entry import run_command
from tamperwatch.errors import ConfigError

LONG_URL = "https://www.example.org/" + "a" * 10_000


def _clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    for name in list(os.environ):
        if name.startswith("TAMPERWATCH_") and name != "TAMPERWATCH_RENDER_ENABLED":
            monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)  # no .env from the working folder
    monkeypatch.setenv("COLUMNS", "30")  # a narrow terminal must not wrap the line
    data = tmp_path / "data"
    monkeypatch.setenv("TAMPERWATCH_DATA_DIR", str(data))
    return data


def _run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = run_command(lambda: app(args, prog_name="tamperwatch"))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _write(tmp_path: Path, name: str, text: str) -> str:
    (tmp_path / name).write_text(text, encoding="utf-8")
    return str(tmp_path / name)


# (case, environment, arguments, a phrase the line must hold); files named in arguments are made below
MISTAKES: list[tuple[str, dict[str, str], list[str], str]] = [
    ("data folder is a file", {"TAMPERWATCH_DATA_DIR": "{tmp}/afile"}, ["list"], "is not a folder"),
    (
        "data folder under a file",
        {"TAMPERWATCH_DATA_DIR": "{tmp}/afile/data"},
        ["list"],
        "cannot be created",
    ),
    (
        "allowlist entry without JSON quoting",
        {"TAMPERWATCH_URL_ALLOWLIST": "127.0.0.1/32:8080"},
        ["list"],
        "TAMPERWATCH_URL_ALLOWLIST='[\"127.0.0.1/32:8080\"]'",
    ),
    (
        "allowlist entry without a port",
        {"TAMPERWATCH_URL_ALLOWLIST": '["127.0.0.1/32"]'},
        ["list"],
        "has no port",
    ),
    (
        "webhook URLs without a secret",
        {"TAMPERWATCH_WEBHOOK_URLS": '["https://soc.example.org/hook"]'},
        ["incidents", "resolve", "1"],
        "TAMPERWATCH_WEBHOOK_SECRET is empty",
    ),
    ("a number that is not one", {"TAMPERWATCH_PORT": "eighty"}, ["list"], "TAMPERWATCH_PORT"),
    ("an unknown log level", {"TAMPERWATCH_LOG_LEVEL": "LOUD"}, ["list"], "not a logging level"),
    ("a database URL that is not one", {"TAMPERWATCH_DATABASE_URL": "postgres:/x"}, ["list"], "postgresql+"),
    (
        "a classifier model that does not exist",
        {"TAMPERWATCH_CLASSIFIER_MODEL_PATH": "{tmp}/model.npz"},
        ["check", "https://www.example.org/"],
        "is not a file",
    ),
    ("a value out of range", {"TAMPERWATCH_JITTER_FRACTION": "3"}, ["list"], "TAMPERWATCH_JITTER_FRACTION"),
    (
        "default interval outside the bounds",
        {"TAMPERWATCH_DEFAULT_INTERVAL_S": "1"},
        ["add", "https://www.example.org/"],
        "TAMPERWATCH_DEFAULT_INTERVAL_S",
    ),
    ("credentials in a URL", {}, ["add", "https://user:secret@www.example.org/"], "credentials"),
    ("port out of range", {}, ["add", "https://www.example.org:99999/"], "1 to 65535"),
    ("a space in a URL", {}, ["add", "https://www.example.org/a b"], "a space"),
    ("a bad host name", {}, ["add", "https://exa_mple..org/"], "not a valid host name"),
    ("a URL too long", {}, ["add", LONG_URL], "TAMPERWATCH_MAX_URL_LENGTH"),
    ("not http", {}, ["add", "ftp://www.example.org/"], "not an http(s) URL"),
    (
        "interval too short",
        {},
        ["add", "https://www.example.org/", "--interval", "0.001s"],
        "shorter than 10s",
    ),
    (
        "interval too long",
        {},
        ["add", "https://www.example.org/", "--interval", "1000000d"],
        "longer than 7d",
    ),
    (
        "interval not a duration",
        {},
        ["add", "https://www.example.org/", "--interval", "soon"],
        "not a duration",
    ),
    ("credentials in a checked URL", {}, ["check", "https://u:p@www.example.org/"], "credentials"),
    ("a scalar where a list belongs", {}, ["import", "{tmp}/tags.yaml"], "line 3: 'tags' must be a list"),
    ("an invalid CSS selector", {}, ["import", "{tmp}/css.yaml"], "not a valid CSS selector"),
    ("an interval out of range in a file", {}, ["import", "{tmp}/fast.yaml"], "line 2: interval"),
    ("a bad URL in a URL list", {}, ["import", "{tmp}/urls.txt"], "line 2:"),
    ("a targets file that does not exist", {}, ["import", "{tmp}/missing.yaml"], "does not exist"),
    (
        "stats file that cannot be written",
        {},
        ["run", "--once", "--stats-json", "{tmp}/afile/stats.json"],
        "--stats-json",
    ),
    ("an unknown command", {}, ["watch"], "No such command"),
    ("a missing argument", {}, ["add"], "Missing argument"),
    ("an incident id that is not a number", {}, ["incidents", "ack", "one"], "incident_id"),
]


@pytest.mark.parametrize(("case", "env", "args", "phrase"), MISTAKES, ids=[m[0] for m in MISTAKES])
def test_each_mistake_is_one_line_and_status_2(
    case: str,
    env: dict[str, str],
    args: list[str],
    phrase: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    data = _clean_env(monkeypatch, tmp_path)
    (tmp_path / "afile").write_text("not a folder")
    _write(tmp_path, "tags.yaml", "targets:\n  - url: https://a.example/\n    tags: portal\n")
    _write(tmp_path, "css.yaml", 'targets:\n  - url: https://a.example/\n    ignore: ["div[[", ".ok"]\n')
    _write(tmp_path, "fast.yaml", "- url: https://a.example/\n  interval: 1s\n")
    _write(tmp_path, "urls.txt", "https://a.example/\nhttps://user:pw@b.example/\n")
    for name, value in env.items():
        monkeypatch.setenv(name, value.replace("{tmp}", str(tmp_path)))
    code, out, err = _run([a.replace("{tmp}", str(tmp_path)) for a in args], capsys)
    lines = err.splitlines()
    assert code == 2, err
    assert len(lines) == 1 and lines[0].startswith("error: "), err
    assert phrase in lines[0]
    assert "Traceback" not in err and out == ""
    assert not data.exists(), "nothing may be saved before a command fails"


def test_mistake_messages_do_not_depend_on_the_path_length(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _clean_env(monkeypatch, tmp_path)
    deep = tmp_path / ("x" * 120) / ("y" * 120)
    deep.mkdir(parents=True)
    (deep / "afile").write_text("")
    monkeypatch.setenv("TAMPERWATCH_DATA_DIR", str(deep / "afile"))
    code, _, err = _run(["list"], capsys)
    assert code == 2 and len(err.splitlines()) == 1 and str(deep / "afile") in err


def test_debug_shows_the_traceback(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _clean_env(monkeypatch, tmp_path)
    monkeypatch.setenv("TAMPERWATCH_WEBHOOK_URLS", '["https://soc.example.org/hook"]')
    with pytest.raises(ConfigError, match="WEBHOOK_SECRET"):
        run_command(lambda: app(["--debug", "list"], prog_name="tamperwatch"))


def test_an_unexpected_error_is_one_line_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _clean_env(monkeypatch, tmp_path)

    def broken(coro: Coroutine[Any, Any, Any]) -> None:
        coro.close()
        raise RuntimeError("boom")

    monkeypatch.setattr("tamperwatch.cli.targets.run_async", broken)
    code, _, err = _run(["list"], capsys)
    assert code == 1 and err.splitlines() == [
        "error: unexpected RuntimeError: boom (run again with --debug for the traceback)"
    ]


@pytest.mark.skipif(os.geteuid() == 0 and shutil.which("setpriv") is None, reason="needs setpriv as root")
def test_a_read_only_data_folder_is_one_line_even_for_list() -> None:
    """As root every folder is writable, so the command runs as 'nobody' there (in a folder of
    /tmp that 'nobody' may enter, not pytest's private one)."""
    with tempfile.TemporaryDirectory(prefix="tw-readonly-") as scratch:
        base = Path(scratch)
        base.chmod(0o755)
        data = base / "data"
        data.mkdir(mode=0o755)
        prefix: list[str] = []
        if os.geteuid() == 0:  # root's folder: nobody may read it, not write it
            prefix = ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"]
        else:
            data.chmod(0o555)
        env = {k: v for k, v in os.environ.items() if not k.startswith("TAMPERWATCH_")}
        env.update(TAMPERWATCH_DATA_DIR=str(data), HOME=str(base), COLUMNS="30")
        done = subprocess.run(
            [*prefix, sys.executable, "-m", "tamperwatch", "list"],
            env=env,
            cwd=base,
            capture_output=True,
            text=True,
            timeout=60,
        )
        data.chmod(0o755)
    assert done.returncode == 2, done.stderr
    assert done.stderr.splitlines() == [
        f"error: data folder {data} is not writable by this user: set TAMPERWATCH_DATA_DIR or --data-dir "
        "to a folder this user can write"
    ]
