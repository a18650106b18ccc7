"""The resident process's parts: the SQLite index of a verified baseline (what it keeps instead of
one object per path), the key used through a child, and how little it imports."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tamperwatch.agent.baseline import BaselineTampered
from tamperwatch.agent.index import IndexedEntries, open_index, write_index
from tamperwatch.agent.keys import ChildKey, ChildVerifiedBaselines
from tamperwatch.agent.manifest import Entry, Kind, Manifest
from tamperwatch.agent.restore import Restorer

from .guarded import build

HEAVY = ("sqlalchemy", "pydantic", "pydantic_settings", "cryptography", "typer", "aiosqlite", "apprise")


def test_the_resident_process_imports_no_archive_settings_crypto_or_cli() -> None:
    code = "import sys, tamperwatch.agent.resident; print(sorted({m.split('.')[0] for m in sys.modules}))"
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True
    )
    loaded = set(json.loads(done.stdout.replace("'", '"')))
    assert not loaded & set(HEAVY)


def entries() -> dict[str, Entry]:
    folder = Entry(Kind.DIR, 0o755, 0, 0)
    page = Entry(Kind.FILE, 0o644, 0, 0, 5, "ab" * 32)
    odd = "caf\udce9.html"  # a name that is not UTF-8 (surrogateescape)
    return {"a": folder, "a/b": folder, "a/b/c.html": page, "a.html": page, "a0": folder, odd: page}


def test_the_index_answers_like_the_manifest_it_was_written_from(tmp_path: Path) -> None:
    manifest = Manifest("/var/www/site", 3, "2026-12-07T00:00:00+00:00", "alice", "release", entries())
    write_index(tmp_path / "index.sqlite", manifest)
    loaded = open_index(tmp_path / "index.sqlite")
    assert (loaded.root, loaded.generation, loaded.actor, len(loaded.entries)) == (
        "/var/www/site",
        3,
        "alice",
        6,
    )
    assert dict(loaded.entries) == entries()
    assert list(loaded.entries) == sorted(entries())
    assert "nope" not in loaded.entries and "caf\udce9.html" in loaded.entries
    indexed = loaded.entries
    assert isinstance(indexed, IndexedEntries)
    in_memory = Restorer.__new__(Restorer)
    in_memory.use(entries())
    for folder in ("a", "a/b", "a0"):
        assert indexed.children(folder) == in_memory.children(folder)
    assert indexed.children("a") == ["a/b", "a/b/c.html"]


def test_the_resident_loads_a_baseline_verified_by_the_key_child(tmp_path: Path) -> None:
    guarded = build(tmp_path, key_file=True)
    folder = guarded.guard.folder
    key = ChildKey(guarded.config.key_path, guarded.signer.fingerprint)
    manifest = ChildVerifiedBaselines(folder, key).load(guarded.root)
    assert isinstance(manifest.entries, IndexedEntries)
    assert dict(manifest.entries) == dict(guarded.guard.manifest.entries)  # type: ignore[union-attr]
    assert key.verify("00" * 32, guarded.signer.sign("00" * 32))
    assert not key.verify("00" * 32, guarded.signer.sign("11" * 32))
    (baseline,) = folder.glob("baseline-*.jsonl.zst")
    baseline.write_bytes(baseline.read_bytes() + b"poison")
    with pytest.raises(BaselineTampered, match="hash does not match"):
        ChildVerifiedBaselines(folder, key).load(guarded.root)


@pytest.mark.parametrize("memfd", [True, False])
def test_agent_run_hands_its_request_to_the_resident_process_across_exec(
    monkeypatch: pytest.MonkeyPatch, memfd: bool
) -> None:
    """Through an anonymous memory file, or a pipe where a system-call filter forbids memfd."""
    import os

    from tamperwatch.agent.runner import exec_resident

    def no_memfd(name: str, flags: int = 0) -> int:
        raise PermissionError("memfd_create: operation not permitted")

    def become(executable: str, argv: list[str]) -> None:
        raise SystemExit(argv)

    if not memfd:
        monkeypatch.setattr(os, "memfd_create", no_memfd)
    monkeypatch.setattr(os, "execv", become)
    with pytest.raises(SystemExit) as exited:
        exec_resident({"roots": ["/var/www/site"]})
    argv = exited.value.code
    assert isinstance(argv, list) and argv[1:4] == ["-m", "tamperwatch.agent.resident", "--request-fd"]
    fd = int(argv[4])
    with os.fdopen(fd, "rb") as handle:
        assert json.loads(handle.read()) == {"roots": ["/var/www/site"]}
