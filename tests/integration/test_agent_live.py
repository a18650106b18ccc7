"""More of the agent as it runs on a web server (`tamperwatch agent run` in its own process, real
inotify): alert mode end to end, owners put back (a symlink's too) without a restore loop, and an
editor's save by temp file and rename."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.unit.agent.agentproc import Server, attack
from tests.unit.agent.sitekit import make_site, state, wait_until

OTHER = 4242  # a numeric uid/gid no account needs to have


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Server]:
    server = Server(tmp_path)
    make_site(server.root)
    yield server
    for agent in server.running:
        if agent.proc.poll() is None:
            agent.kill()


def _stopped_changes(server: Server) -> int:
    """Stop the last agent; the changes it says it judged in all."""
    agent = server.running[-1]
    agent.stop()
    line = agent.wait_line("agent: stopped")
    return int(line.split("(")[1].split()[0])


def test_alert_mode_records_the_change_and_leaves_it(server: Server) -> None:
    server.start("--mode", "alert")
    attack(server.root, "open(f'{root}/index.html', 'w').write('<h1>HACKED</h1>')")
    wait_until(lambda: bool(server.incidents(verify=False)), "the change to be recorded")
    _stopped_changes(server)
    assert (server.root / "index.html").read_text() == "<h1>HACKED</h1>"
    (incident,) = server.incidents()
    assert incident.evidence["note"] == "alert mode" and incident.evidence["restored"] == 0
    assert [(c["path"], c["change"]) for c in incident.evidence["changes"]] == [("index.html", "modified")]


@pytest.mark.skipif(os.geteuid() != 0, reason="giving a path another owner needs root")
def test_owner_changes_are_put_back_live_without_a_restore_loop(server: Server) -> None:
    os.symlink("index.html", server.root / "latest.html")
    os.chown(server.root / "latest.html", OTHER, OTHER, follow_symlinks=False)
    golden = {p: (s.st_uid, s.st_gid) for p, s in _owners(server.root).items()}
    server.start()
    attack(
        server.root, f"os.chown(f'{{root}}/index.html', {OTHER}, {OTHER}); os.remove(f'{{root}}/latest.html')"
    )
    wait_until(lambda: {p: (s.st_uid, s.st_gid) for p, s in _owners(server.root).items()} == golden, "owners")
    wait_until(lambda: bool(server.incidents(verify=False)), "the changes to be recorded")
    assert _stopped_changes(server) == 2  # each restore's rename is an event: none restored again
    (incident,) = server.incidents()
    assert sorted((c["path"], c["change"]) for c in incident.evidence["changes"]) == [
        ("index.html", "owner"),
        ("latest.html", "deleted"),
    ]


def _owners(root: Path) -> dict[str, os.stat_result]:
    return {str(p.relative_to(root)): p.lstat() for p in root.rglob("*")}


def test_an_editor_save_by_temp_file_and_rename_is_one_modified_page(server: Server) -> None:
    golden = state(server.root)
    server.start()
    attack(
        server.root,
        "open(f'{root}/.index.html.swp', 'w').write('<h1>edited by an attacker</h1>'); "
        "os.rename(f'{root}/.index.html.swp', f'{root}/index.html')",
    )
    wait_until(lambda: state(server.root) == golden, "the page to be restored")
    wait_until(lambda: bool(server.incidents(verify=False)), "the change to be recorded")
    _stopped_changes(server)
    (incident,) = server.incidents()
    changes = [(c["path"], c["change"]) for c in incident.evidence["changes"]]
    assert changes == [("index.html", "modified")]  # not "added" + "deleted"
