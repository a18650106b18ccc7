"""`tamperwatch archive verify`, `backup` and `restore` as an operator runs them."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

from sqlalchemy import update
from typer.testing import CliRunner

from tamperwatch.archive import tables
from tamperwatch.archive.sql import SqlArchive
from tamperwatch.models import Target
from tamperwatch.settings import Settings

from .helpers import CLEAN, capture, cli_app


def _seed(settings: Settings) -> None:
    async def go() -> None:
        async with SqlArchive.from_settings(settings) as archive:
            for name in ("a", "b"):
                target = await archive.add_target(Target(url=f"https://{name}.example/"))
                for minute in range(3):
                    await archive.record_check(
                        target, capture(f"{name}{minute}".encode(), minute=minute), CLEAN
                    )

    asyncio.run(go())


def _tamper(settings: Settings, target_id: int, seq: int) -> None:
    async def go() -> None:
        async with SqlArchive.from_settings(settings) as archive:
            o = tables.observations.c
            stmt = update(tables.observations).where(o.target_id == target_id, o.seq == seq).values(score=0.0)
            await archive.db.write(lambda conn: conn.execute(stmt))

    asyncio.run(go())


def test_verify_reports_each_target_and_fails_on_tampering(settings: Settings) -> None:
    _seed(settings)
    runner = CliRunner()
    ok = runner.invoke(cli_app(settings), ["archive", "verify", "--json"])
    assert ok.exit_code == 0, ok.output
    doc = json.loads(ok.output)
    assert doc["ok"] and doc["log_size"] == 6 and doc["checkpoint"]["tree_size"] == 6
    assert [(r["url"], r["records"], r["ok"]) for r in doc["chains"]] == [
        ("https://a.example/", 3, True),
        ("https://b.example/", 3, True),
    ]
    _tamper(settings, 2, 2)
    bad = runner.invoke(cli_app(settings), ["archive", "verify", "--json"])
    assert bad.exit_code == 1
    doc = json.loads(bad.output)
    assert [r["tampered"] for r in doc["chains"]] == [[], [2]]
    findings = [(f["kind"], f["url"], f["items"]) for f in doc["findings"]]
    assert findings == [("edited", "https://b.example/", [2])]
    only_b = runner.invoke(cli_app(settings), ["archive", "verify", "2"], env={"COLUMNS": "200"})
    assert only_b.exit_code == 1 and "https://b.example/" in only_b.output and "tampered: 2" in only_b.output
    assert "EDITED https://b.example/: target 2: observations 2 were changed" in only_b.output
    only_a = runner.invoke(
        cli_app(settings), ["archive", "verify", "https://a.example/"], env={"COLUMNS": "200"}
    )
    assert (
        only_a.exit_code == 0 and "https://a.example/" in only_a.output and "b.example" not in only_a.output
    )
    missing = runner.invoke(cli_app(settings), ["archive", "verify", "https://nope.example/"])
    assert missing.exit_code == 2


def test_backup_then_restore_into_fresh_dir(settings: Settings, tmp_path: Path) -> None:
    _seed(settings)
    runner = CliRunner()
    made = runner.invoke(cli_app(settings), ["backup", str(tmp_path / "b.tar")])
    assert made.exit_code == 0, made.output
    fresh = Settings(_env_file=None, data_dir=tmp_path / "fresh")  # type: ignore[call-arg]
    restored = runner.invoke(cli_app(fresh), ["restore", str(tmp_path / "b.tar"), "--json"])
    assert restored.exit_code == 0, restored.output
    doc = json.loads(restored.output)
    assert doc["database_ok"] and [c["records"] for c in doc["chains"]] == [3, 3]
    again = runner.invoke(cli_app(fresh), ["restore", str(tmp_path / "b.tar")])
    assert again.exit_code == 2 and "not empty" in again.output
