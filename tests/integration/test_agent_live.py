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


# The attacker of the publish test: it waits until the publish has begun writing the root (its
# first new page is there), overwrites a page the publish already wrote and one it has not, then
# says whether the publish still held the root's lock (the two overlapped) and exits.
OVERLAP_ATTACKER = """
import fcntl, os, sys, time
root, lock, first = sys.argv[1], sys.argv[2], sys.argv[3]
deadline = time.monotonic() + 120
while not os.path.exists(os.path.join(root, first)):
    if time.monotonic() > deadline:
        sys.exit('the publish never began')
    time.sleep(0.0005)
for name in ('index.html', 'page1999.html'):
    with open(os.path.join(root, name), 'w') as handle:
        handle.write('<h1>HACKED mid-publish</h1>')
fd = os.open(lock, os.O_RDWR)
try:
    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    print('after')
except BlockingIOError:
    print('during')
"""


@pytest.mark.slow
def test_an_attack_during_a_publish_is_restored_to_the_published_version(
    server: Server, tmp_path: Path
) -> None:
    import shutil
    import subprocess
    import sys

    from tamperwatch.agent.baseline import root_id

    server.start()
    staging = tmp_path / "staging"
    shutil.copytree(server.root, staging)
    for i in range(2000):
        (staging / f"page{i}.html").write_text(f"<p>published page {i}</p>")
    (staging / "index.html").write_text("<h1>Published front page</h1>")
    lock = server.data / "agent" / "roots" / root_id(server.root.resolve()) / "lock"
    attacker = subprocess.Popen(
        [sys.executable, "-c", OVERLAP_ATTACKER, str(server.root), str(lock), "page0.html"],
        stdout=subprocess.PIPE,
        text=True,
    )
    server.cli("agent", "publish", "--root", str(server.root), "--from", str(staging), "--by", "alice")
    out, _ = attacker.communicate(timeout=120)
    assert attacker.returncode == 0 and out.strip() == "during"  # the attack overlapped the publish
    wanted = state(staging)
    wait_until(lambda: state(server.root) == wanted, "the published content, the attacked pages restored")
    _stopped_changes(server)
    for incident in server.incidents():
        paths = {c["path"] for c in incident.evidence["changes"]}
        assert paths <= {"index.html", "page1999.html"}, paths  # nothing published taken for an attack
