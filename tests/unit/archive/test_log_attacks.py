"""Attacks on a copy of the data folder, as someone with write access to it would make them: each is
found by `tamperwatch archive verify` against the last checkpoint, with the record named and exit 1,
and again after `backup` and `restore` of the attacked folder."""

from __future__ import annotations

import asyncio
import json
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import zstandard
from typer.testing import CliRunner

from tamperwatch.archive.sql import SqlArchive
from tamperwatch.models import IncidentKind, IncidentState, Target
from tamperwatch.settings import Settings

from .helpers import CLEAN, capture, cli_app, settings_at

TARGETS = 3
CHECKS = 6  # observations per target, interleaved across targets
WITNESS = "witness.json"  # the checkpoint a notification receiver kept


async def _seed(settings: Settings) -> None:
    async with SqlArchive.from_settings(settings) as archive:
        targets = [await archive.add_target(Target(url=f"https://t{i}.example/")) for i in range(TARGETS)]
        for minute in range(CHECKS):
            for target in targets:
                body = f"{target.url} version {minute // 2}".encode()
                await archive.record_check(target, capture(body, minute=minute), CLEAN)
        incident = await archive.open_incident(
            targets[2].id, IncidentKind.DEFACED, 0.9, ("x",), {"blobs": []}
        )
        await archive.set_incident_state(incident.id, IncidentState.ACKNOWLEDGED, "on it")


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder with 3 targets x 6 observations and an acknowledged incident, checkpointed."""
    root = tmp_path_factory.mktemp("pristine")
    asyncio.run(_seed(settings_at(root / "data")))
    newest = sorted((root / "data" / "checkpoints").glob("checkpoint-*.json"))[-1]
    shutil.copy(newest, root / WITNESS)
    return root


@pytest.fixture
def copy(pristine: Path, tmp_path: Path) -> Path:
    shutil.copytree(pristine / "data", tmp_path / "data")
    return tmp_path / "data"


def _sql(data: Path, *statements: str) -> None:
    with sqlite3.connect(data / "tamperwatch.db") as conn:
        for statement in statements:
            conn.execute(statement)


def _swap_rows(data: Path) -> None:
    """Swap everything but the keys of target 1's observations 2 and 3."""
    with sqlite3.connect(data / "tamperwatch.db") as conn:
        cols = [
            r[1] for r in conn.execute("PRAGMA table_info(observations)") if r[1] not in ("target_id", "seq")
        ]
        select = f"SELECT {', '.join(cols)} FROM observations WHERE target_id=1 AND seq=?"
        rows = {seq: conn.execute(select, (seq,)).fetchone() for seq in (2, 3)}
        sets = ", ".join(f"{c}=?" for c in cols)
        for seq, other in ((2, 3), (3, 2)):
            conn.execute(f"UPDATE observations SET {sets} WHERE target_id=1 AND seq=?", (*rows[other], seq))


def _replace_blob(data: Path) -> None:
    with sqlite3.connect(data / "tamperwatch.db") as conn:
        (content_hash,) = conn.execute(
            "SELECT content_hash FROM observations WHERE target_id=2 AND seq=3"
        ).fetchone()
    path = data / "blobs" / content_hash[:2] / content_hash[2:4] / f"{content_hash}.zst"
    path.write_bytes(zstandard.compress(b"<h1>hacked by nobody</h1>"))


# (name, attack, expected findings as (kind, target id, items)); target 1's observations 5 and 6
# are log entries 12 and 15, the incident's events 18 (opened) and 19 (acknowledged).
ATTACKS: list[tuple[str, Callable[[Path], None], list[tuple[str, int | None, list[int]]]]] = [
    (
        "delete the last observations of a target",
        lambda d: _sql(d, "DELETE FROM observations WHERE target_id=1 AND seq>4"),
        [("truncated", 1, [5, 6])],
    ),
    (
        "delete the last observations of a target and their log entries",
        lambda d: _sql(
            d,
            "DELETE FROM observations WHERE target_id=1 AND seq>4",
            "DELETE FROM log_leaves WHERE target_id=1 AND seq>4",
        ),
        [("log_deleted", None, [12, 15]), ("truncated", 1, [5, 6])],
    ),
    (
        "delete a whole target",
        lambda d: _sql(
            d,
            "DELETE FROM observations WHERE target_id=2",
            "DELETE FROM targets WHERE id=2",
            "DELETE FROM target_state WHERE target_id=2",
        ),
        [("vanished", 2, [1, 2, 3, 4, 5, 6])],
    ),
    (
        "delete a middle row",
        lambda d: _sql(d, "DELETE FROM observations WHERE target_id=3 AND seq=3"),
        [("deleted", 3, [3])],
    ),
    (
        "delete an incident event",
        lambda d: _sql(d, "DELETE FROM incident_events WHERE change='acknowledged'"),
        [("event_deleted", None, [19]), ("incident_edited", None, [1])],
    ),
    (
        "edit a row",
        lambda d: _sql(
            d, "UPDATE observations SET verdict='defaced', score=0.99 WHERE target_id=3 AND seq=4"
        ),
        [("edited", 3, [4])],
    ),
    (
        "edit an incident",
        lambda d: _sql(d, "UPDATE incidents SET state='false-positive'"),
        [("incident_edited", None, [1])],
    ),
    ("re-order rows", _swap_rows, [("reordered", 1, [2, 3])]),
    ("replace a blob", _replace_blob, [("blob_tampered", 2, [3, 4])]),
]


def _verify(settings: Settings, *args: str) -> tuple[int, dict[str, Any]]:
    result = CliRunner().invoke(cli_app(settings), ["archive", "verify", "--json", *args])
    assert result.exit_code in (0, 1), result.output
    return result.exit_code, json.loads(result.stdout)


def _found(doc: dict[str, Any]) -> list[tuple[str, int | None, list[int]]]:
    return [(f["kind"], f["target_id"], f["items"]) for f in doc["findings"]]


def test_the_untouched_copy_verifies_against_its_checkpoint_and_the_witness(
    copy: Path, pristine: Path
) -> None:
    code, doc = _verify(settings_at(copy))
    assert code == 0 and doc["ok"] and doc["checkpoint"]["tree_size"] == TARGETS * CHECKS + 2
    code, doc = _verify(settings_at(copy), "--checkpoint", str(pristine / WITNESS))
    assert code == 0 and doc["findings"] == []


@pytest.mark.parametrize(("name", "attack", "expected"), ATTACKS, ids=[a[0] for a in ATTACKS])
def test_each_attack_is_named_and_fails_verify(
    copy: Path, pristine: Path, name: str, attack: Callable[[Path], None], expected: list[Any]
) -> None:
    attack(copy)
    code, doc = _verify(settings_at(copy), "--checkpoint", str(pristine / WITNESS))
    assert code == 1 and not doc["ok"]
    assert _found(doc) == expected, name
    code, again = _verify(settings_at(copy))  # the newest checkpoint in the folder says the same
    assert code == 1 and _found(again) == expected


@pytest.mark.parametrize(("name", "attack", "expected"), ATTACKS, ids=[a[0] for a in ATTACKS])
def test_each_attack_survives_backup_and_restore(
    copy: Path, pristine: Path, tmp_path: Path, name: str, attack: Callable[[Path], None], expected: list[Any]
) -> None:
    attack(copy)
    runner = CliRunner()
    made = runner.invoke(cli_app(settings_at(copy)), ["backup", str(tmp_path / "b.tar")])
    assert made.exit_code == 0, made.output
    restored_dir = tmp_path / "restored"
    restored = runner.invoke(
        cli_app(settings_at(restored_dir)), ["restore", str(tmp_path / "b.tar"), "--json"]
    )
    assert restored.exit_code == 1, restored.output
    assert _found(json.loads(restored.stdout)["log"]) == expected
    code, doc = _verify(settings_at(restored_dir), "--checkpoint", str(pristine / WITNESS))
    assert code == 1 and _found(doc) == expected, name


def test_a_truncated_log_without_its_checkpoint_files_is_caught_by_the_witness(
    copy: Path, pristine: Path
) -> None:
    """The attacker removes the log's last entries, their records and every checkpoint file: the
    folder alone looks whole, the checkpoint a notification carried does not."""
    _sql(
        copy,
        "DELETE FROM incident_events",
        "DELETE FROM incidents",
        "DELETE FROM observations WHERE (target_id, seq) IN"
        " (SELECT target_id, seq FROM log_leaves WHERE idx >= 15)",
        "DELETE FROM log_leaves WHERE idx >= 15",
        "UPDATE log_state SET frontier_size = 0, frontier = x'', heads = '{}'",
    )
    shutil.rmtree(copy / "checkpoints")
    code, doc = _verify(settings_at(copy))
    assert code == 0 and doc["checkpoint"] is None  # nothing inside the folder shows it
    code, doc = _verify(settings_at(copy), "--checkpoint", str(pristine / WITNESS))
    assert code == 1
    assert _found(doc) == [
        ("log_truncated", None, [15, 16, 17, 18, 19]),
        ("truncated", 1, [6]),
        ("truncated", 2, [6]),
        ("truncated", 3, [6]),
        ("event_deleted", None, []),
    ]


def test_a_forged_checkpoint_is_reported(copy: Path, pristine: Path, tmp_path: Path) -> None:
    doc = json.loads((pristine / WITNESS).read_text())
    doc["tree_size"] -= 1
    forged = tmp_path / "forged.json"
    forged.write_text(json.dumps(doc))
    code, found = _verify(settings_at(copy), "--checkpoint", str(forged))
    assert code == 1 and found["findings"][0]["kind"] == "checkpoint_invalid"


def test_verify_prints_one_line_per_finding(copy: Path, pristine: Path) -> None:
    _sql(copy, "DELETE FROM observations WHERE target_id=1 AND seq>4")
    result = CliRunner().invoke(cli_app(settings_at(copy)), ["archive", "verify"])
    assert result.exit_code == 1
    assert "TRUNCATED https://t0.example/: target 1: observations 5-6 after seq 4 are gone\n" in result.stdout


def test_an_unreadable_newest_checkpoint_is_a_finding_not_a_pass(copy: Path) -> None:
    newest = sorted((copy / "checkpoints").glob("checkpoint-*.json"))[-1]
    newest.write_text("{not json")
    code, doc = _verify(settings_at(copy))
    assert code == 1 and _found(doc)[0] == ("checkpoint_invalid", None, [])
    assert "cannot be read" in doc["findings"][0]["detail"]
