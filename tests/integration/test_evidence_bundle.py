"""`tamperwatch evidence export` on one installation and `evidence verify` on another: real
processes, separate data folders, the bundle copied across as a zip; one changed byte is refused
with the record named."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

from unit.evidence.helpers import URL, record_history, settings_at

TIMEOUT_S = 60


def tamperwatch(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TAMPERWATCH_DATA")}
    return subprocess.run(
        [sys.executable, "-m", "tamperwatch", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
        env=env,
        check=False,
    )


def test_a_bundle_exported_here_verifies_elsewhere_and_a_changed_byte_is_named(tmp_path: Path) -> None:
    record_history(settings_at(tmp_path / "site"), range(0, 30), deface=range(12, 16))
    made = tamperwatch(
        tmp_path / "site",
        "evidence",
        "export",
        URL,
        "--from",
        "2026-11-01T08:00:00Z",
        "--to",
        "2026-11-01T09:00:00Z",
        "--output",
        str(tmp_path / "out" / "evidence.zip"),
    )
    assert made.returncode == 0, made.stderr
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    copy = Path(shutil.copy(tmp_path / "out" / "evidence.zip", elsewhere / "evidence.zip"))
    shutil.rmtree(tmp_path / "site")  # the installation is gone: the bundle stands alone

    checked = tamperwatch(elsewhere / "data", "evidence", "verify", str(copy))
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "30 observations, 2 log events" in checked.stdout and checked.stdout.rstrip().endswith("ok")

    with zipfile.ZipFile(copy) as bundle:  # unpack, change one byte of one observation, check again
        bundle.extractall(elsewhere / "unpacked")
    records = elsewhere / "unpacked" / "records" / "observations.jsonl"
    lines = records.read_bytes().splitlines(keepends=True)
    lines[13] = lines[13].replace(b'"verdict": "defaced"', b'"verdict": "defacee"')
    records.write_bytes(b"".join(lines))
    refused = tamperwatch(elsewhere / "data", "evidence", "verify", str(elsewhere / "unpacked"))
    assert refused.returncode == 1
    failed = [line for line in refused.stdout.splitlines() if line.startswith("FAILED ")]
    assert (
        "FAILED records/observations.jsonl: its SHA-256 differs from the manifest's (changed after export)"
        in failed
    )
    assert (
        "FAILED observation 1/14 (records/observations.jsonl line 14): its fields do not hash to its "
        "record hash (edited)" in failed
    )
    assert "Traceback" not in refused.stderr
