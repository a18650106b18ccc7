"""Starting the CLI cheaply: `--help`, `--version` and `list` import only what they need; listings
into a file or a pipe are never cut to a terminal's width."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from pathlib import Path

import pytest
import typer
import typer.main
from typer.core import TyperGroup

from tamperwatch.cli import archive_cmds
from tamperwatch.cli.app import LAZY_SUMMARIES, app
from tamperwatch.cli.entry import run_command
from tamperwatch.models import IncidentKind
from tamperwatch.settings import Settings

HEAVY = (
    "sqlalchemy",
    "aiohttp",
    "uvicorn",
    "numpy",
    "selectolax",
    "yaml",
    "tamperwatch.detect",
    "tamperwatch.pipeline",
    "tamperwatch.capture.http",
)


def _imported(*args: str, env: dict[str, str] | None = None) -> tuple[set[str], str]:
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "tamperwatch", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    names = {ln.rsplit("|", 1)[1].strip() for ln in done.stderr.splitlines() if ln.startswith("import time:")}
    return names, done.stdout


def _heavy(names: set[str], heavy: tuple[str, ...] = HEAVY) -> set[str]:
    return {n for n in names if any(n == h or n.startswith(h + ".") for h in heavy)}


def test_help_and_version_import_neither_database_nor_fetcher_nor_settings() -> None:
    names, out = _imported("--help")
    assert _heavy(names, (*HEAVY, "pydantic_settings", "tamperwatch.cli.archive_cmds")) == set()
    assert "archive" in out and "backup" in out and "restore" in out
    names, out = _imported("--version")
    assert _heavy(names, (*HEAVY, "pydantic_settings")) == set() and out.startswith("tamperwatch ")


def test_list_reads_the_archive_without_the_fetcher_or_the_detectors(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TAMPERWATCH_")}
    env["TAMPERWATCH_DATA_DIR"] = str(tmp_path / "data")
    names, _ = _imported("list", env=env)
    assert "sqlalchemy" in names
    assert _heavy(names, tuple(h for h in HEAVY if h != "sqlalchemy")) == set()


def test_the_root_help_lists_the_lazy_commands_as_they_describe_themselves() -> None:
    extra = typer.Typer()
    archive_cmds.register(extra)
    group = typer.main.get_command(extra)
    assert isinstance(group, TyperGroup)
    real = {name: (cmd.help or "").strip().split("\n")[0] for name, cmd in group.commands.items()}
    assert real == LAZY_SUMMARIES


def test_listings_into_a_pipe_keep_whole_urls(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in list(os.environ):
        if name.startswith("TAMPERWATCH_") and name != "TAMPERWATCH_RENDER_ENABLED":
            monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COLUMNS", "40")
    monkeypatch.setenv("TAMPERWATCH_DATA_DIR", str(tmp_path / "data"))
    url = "https://www.example.org/" + "/".join(f"section-{i}" for i in range(20)) + "/"
    assert run_command(lambda: app(["add", url], prog_name="tamperwatch")) == 0
    capsys.readouterr()

    assert run_command(lambda: app(["list"], prog_name="tamperwatch")) == 0
    assert url in capsys.readouterr().out

    async def open_incident() -> None:
        from tamperwatch.archive.sql import SqlArchive

        settings = Settings(_env_file=None, data_dir=tmp_path / "data")  # type: ignore[call-arg]
        async with SqlArchive.from_settings(settings) as archive:
            reason = "title reads 'hacked by shadow team' and the page has no navigation left at all"
            await archive.open_incident(1, IncidentKind.DEFACED, 0.9, (reason,), {})

    asyncio.run(open_incident())
    assert run_command(lambda: app(["incidents", "list"], prog_name="tamperwatch")) == 0
    out = capsys.readouterr().out
    assert url in out and "the page has no navigation left at all" in out
