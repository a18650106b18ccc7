"""`tamperwatch maintenance add/list/end`: windows stored in the archive, bad input one line and 2."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path


def tw(env: dict[str, str], *args: str, ok: int = 0) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(
        [sys.executable, "-m", "tamperwatch", *args], env=env, capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == ok, f"{args}: rc={proc.returncode}\n{proc.stdout}\n{proc.stderr}"
    return proc


def test_windows_are_added_listed_and_ended_from_the_command_line(tmp_path: Path) -> None:
    env = dict(os.environ, TAMPERWATCH_DATA_DIR=str(tmp_path / "data"), TAMPERWATCH_LOG_JSON="false")
    tw(env, "add", "https://portal.example/", "--tag", "gov")
    made = json.loads(
        tw(env, "maintenance", "add", "--target", "https://portal.example/", "--for", "2h", "--reason",
           "release 4.2", "--json").stdout
    )  # fmt: skip
    assert (made["target_id"], made["tag"], made["reason"]) == (1, None, "release 4.2")
    span = datetime.fromisoformat(made["ends_at"]) - datetime.fromisoformat(made["starts_at"])
    assert span.total_seconds() == 7200
    tw(env, "maintenance", "add", "--tag", "gov", "--start", "2099-01-01T22:00:00Z", "--end",
       "2099-01-02T02:00:00+00:00")  # fmt: skip
    listed = json.loads(tw(env, "maintenance", "list", "--json").stdout)
    assert [(w["target_id"], w["tag"]) for w in listed] == [(1, None), (None, "gov")]

    assert "ended" in tw(env, "maintenance", "end", str(made["id"])).stdout
    assert [w["tag"] for w in json.loads(tw(env, "maintenance", "list", "--json").stdout)] == ["gov"]
    assert len(json.loads(tw(env, "maintenance", "list", "--all", "--json").stdout)) == 2

    for bad in (
        ["maintenance", "add", "--tag", "gov"],  # no end
        ["maintenance", "add", "--tag", "gov", "--end", "2099-01-01T22:00:00", "--start", "now"],  # no zone
        ["maintenance", "add", "--target", "https://nowhere.example/", "--for", "1h"],
        ["maintenance", "add", "--target", "1", "--tag", "gov", "--for", "1h"],
        ["maintenance", "add", "--tag", "gov", "--for", "soon"],
        ["maintenance", "end", "99"],
    ):
        proc = tw(env, *bad, ok=2)
        assert len(proc.stderr.strip().splitlines()) == 1, (bad, proc.stderr)
    assert len(json.loads(tw(env, "maintenance", "list", "--all", "--json").stdout)) == 2  # nothing lost
