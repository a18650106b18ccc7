"""The agent under load: a 10,000-file mass defacement is restored as one incident, and an agent
killed with SIGKILL in the middle of restoring leaves no file half-written; restarted, it puts the
rest back."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tamperwatch.agent.safefs import TEMP_PREFIX
from tests.unit.agent.agentproc import Server, attack
from tests.unit.agent.sitekit import state, wait_until

MASS_FILES = 10_000
CRASH_FILES = 3_000
CRASH_FILE_BYTES = 32 * 1024
BURST_TIMEOUT_S = 300.0

DEFACE_ALL = (
    "for dirpath, _, names in os.walk(root):\n"
    "    for name in names:\n"
    "        open(os.path.join(dirpath, name), 'wb').write(b'<h1>MASS DEFACED</h1>' * 10)\n"
)


def fill(root: Path, files: int, size: int) -> None:
    for i in range(files):
        folder = root / f"d{i % 100:02d}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"page{i}.html").write_bytes(f"<p>page {i}</p>".encode().ljust(size, b"."))


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Server]:
    server = Server(tmp_path)
    server.root.mkdir()
    yield server
    for agent in server.running:
        if agent.proc.poll() is None:
            agent.kill()


@pytest.mark.slow
def test_a_burst_of_10000_defaced_files_is_restored_as_one_incident(server: Server) -> None:
    fill(server.root, MASS_FILES, 64)
    golden = state(server.root)
    agent = server.start()
    attack(server.root, DEFACE_ALL)
    wait_until(lambda: state(server.root) == golden, "10,000 files restored", BURST_TIMEOUT_S)
    agent.stop()
    incidents = server.incidents()
    assert len(incidents) == 1
    evidence = incidents[0].evidence
    assert evidence["counts"] == {"modified": MASS_FILES}
    assert evidence["changes_total"] == MASS_FILES and evidence["restored"] == MASS_FILES
    assert len(set(evidence["quarantined"].values())) == 1  # one payload, kept once


@pytest.mark.slow
def test_sigkill_mid_restore_leaves_every_file_golden_or_attacked_then_restart_restores(
    server: Server,
) -> None:
    fill(server.root, CRASH_FILES, CRASH_FILE_BYTES)
    golden = state(server.root)
    attacked = b"<h1>MASS DEFACED</h1>" * 10
    agent = server.start()
    attack(server.root, DEFACE_ALL)

    def some_restored() -> bool:
        now = state(server.root)
        return any(now.get(rel) == golden[rel] for rel in golden if rel.endswith(".html"))

    wait_until(some_restored, "the restore to begin", BURST_TIMEOUT_S)
    agent.kill()
    after = state(server.root)
    assert set(golden) <= set(after), "no file lost"
    leftovers = set(after) - set(golden)  # a temp file the kill caught before its rename
    assert all(Path(rel).name.startswith(TEMP_PREFIX) for rel in leftovers), leftovers
    restored = [rel for rel in golden if after[rel] == golden[rel]]
    for rel, (kind, data, _mode) in golden.items():
        if kind == "file":
            assert after[rel][1] in (data, attacked), f"{rel} is half-written"
    assert len(restored) < len(golden), "the kill came after the restore had finished"
    server.start()  # its start check restores the rest and removes temp files before it says so
    assert state(server.root) == golden
    server.running[-1].stop()
    pages = {rel for rel in golden if rel.endswith(".html")}
    assert server.recorded_paths() == pages  # restored before the kill or after: each one recorded
