"""The agent as it runs on a web server: `tamperwatch agent run` in its own process, a real web
root in tmp, and an attacker in another process. Each attack is restored to the exact golden bytes
and mode, with one signed incident whose evidence names it, and its payload kept in quarantine."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.unit.agent.agentproc import Server, attack
from tests.unit.agent.sitekit import PRIVATE, SITE, make_site, state, wait_until

# The attacker: a separate process that does one thing to the web root and exits.
ATTACKS = {
    "overwrite": "open(f'{root}/index.html', 'w').write('<h1>HACKED BY TEST</h1>')",
    "web_shell": "open(f'{root}/shell.php', 'w').write('<?php system($_GET[\"c\"]); ?>')",
    "delete": "os.remove(f'{root}/about.html')",
    "rename_over": "os.rename(f'{root}/about.html', f'{root}/index.html')",
    "chmod_777": f"os.chmod(f'{{root}}/{PRIVATE}', 0o777)",
    # a decoy beside the root stands in for /etc/passwd (a test never points at a real system file)
    # made beside the page and renamed over it in one step: removing the page first raced the
    # agent, which could restore it before the link was made (FileExistsError under load)
    "symlink_passwd": "os.symlink(f'{root}/../decoy-etc/passwd', f'{root}/.index.lnk'); "
    "os.replace(f'{root}/.index.lnk', f'{root}/index.html')",
}
EXPECTED = {  # attack -> (path, change) the incident must name
    "overwrite": ("index.html", "modified"),
    "web_shell": ("shell.php", "added"),
    "delete": ("about.html", "deleted"),
    "rename_over": ("index.html", "modified"),
    "chmod_777": (PRIVATE, "mode"),
    "symlink_passwd": ("index.html", "replaced"),
}
DECOY = b"root:x:0:0:root:/root:/bin/sh\n"
PAYLOAD = {"overwrite": b"<h1>HACKED BY TEST</h1>", "web_shell": b'<?php system($_GET["c"]); ?>'}


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Server]:
    server = Server(tmp_path)
    make_site(server.root)
    decoy = tmp_path / "decoy-etc" / "passwd"
    decoy.parent.mkdir()
    decoy.write_bytes(DECOY)
    yield server
    assert decoy.read_bytes() == DECOY  # nothing was written through the planted symlink
    for agent in server.running:
        if agent.proc.poll() is None:
            agent.kill()


@pytest.mark.parametrize("name", sorted(ATTACKS))
def test_each_attack_is_restored_with_one_signed_incident(server: Server, name: str) -> None:
    golden = state(server.root)
    agent = server.start()
    attack(server.root, ATTACKS[name])
    wait_until(lambda: state(server.root) == golden, f"{name} to be restored")
    agent.stop()
    incidents = server.incidents()
    assert len(incidents) == 1
    evidence = incidents[0].evidence
    path, change = EXPECTED[name]
    assert (path, change) in [(c["path"], c["change"]) for c in evidence["changes"]]
    assert all(c["restored"] for c in evidence["changes"])
    assert evidence["root"] == str(server.root.resolve())
    if name in PAYLOAD:
        kept = evidence["quarantined"][path]
        quarantine = server.data / "agent" / "quarantine"
        blob = next(quarantine.rglob(f"{kept}.zst"))
        assert blob.stat().st_mode & 0o777 == 0o400
        import zstandard

        assert zstandard.ZstdDecompressor().decompress(blob.read_bytes()) == PAYLOAD[name]
    listed = json.loads(server.cli("incidents", "list", "--json"))
    assert listed[0]["url"].startswith("file://") and listed[0]["url"].endswith(str(server.root.resolve()))


def test_changes_made_while_the_agent_was_down_are_restored_at_start(server: Server) -> None:
    golden = state(server.root)
    server.start().stop()
    attack(server.root, ATTACKS["overwrite"] + "\n" + ATTACKS["web_shell"])
    server.start()  # its start check runs before it prints that it is watching
    assert state(server.root) == golden
    server.running[-1].stop()
    incidents = server.incidents()
    assert len(incidents) == 1 and incidents[0].evidence["found_by"] == "start"
    assert {c["path"] for c in incidents[0].evidence["changes"]} == {"index.html", "shell.php"}


def test_a_publish_under_attack_keeps_every_published_file(server: Server, tmp_path: Path) -> None:
    server.start()
    staging = tmp_path / "staging"
    shutil.copytree(server.root, staging)
    for i in range(200):
        (staging / f"page{i}.html").write_text(f"<p>published page {i}</p>")
    (staging / "index.html").write_text("<h1>Published front page</h1>")
    (staging / "about.html").unlink()
    rounds = 300
    attacker = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys\nfor i in range(int(sys.argv[2])):\n"
            "    open(sys.argv[1] + '/index.html', 'w').write(f'<h1>HACKED {i}</h1>')\n",
            str(server.root),
            str(rounds),
        ]
    )
    out = server.cli("agent", "publish", "--root", str(server.root), "--from", str(staging), "--by", "alice")
    assert attacker.wait(timeout=120) == 0
    assert out.startswith("published generation 2: 200 added, 1 changed, 1 removed")
    wanted = state(staging)
    wait_until(lambda: state(server.root) == wanted, "the published content, with index.html restored")
    server.running[-1].stop()
    published = [e for e in server.log_events() if e.change == "agent-published"]
    assert len(published) == 1 and published[0].actor == "alice"
    for incident in server.incidents():
        paths = {c["path"] for c in incident.evidence["changes"]}
        assert paths <= {"index.html"}, paths  # nothing published was taken for an attack


def test_a_tampered_golden_store_raises_its_own_alarm_and_is_never_restored_from(server: Server) -> None:
    import zstandard

    server.start().stop()
    status = json.loads(server.cli("agent", "status", "--root", str(server.root)))
    assert status[0]["ok"] and status[0]["baseline"] == "verified"
    poison = b"<h1>poisoned golden copy</h1>"
    golden = server.data / "agent" / "golden"
    for blob in golden.rglob("*.zst"):
        if zstandard.ZstdDecompressor().decompress(blob.read_bytes()) == SITE["index.html"]:
            blob.chmod(0o644)
            blob.write_bytes(zstandard.compress(poison))
    failed = subprocess.run(
        [sys.executable, "-m", "tamperwatch", "agent", "status", "--root", str(server.root)],
        env=server.env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert failed.returncode == 1 and json.loads(failed.stdout)[0]["golden_bad"] == ["index.html"]
    agent = server.start()
    attack(server.root, ATTACKS["overwrite"] + "\n" + ATTACKS["web_shell"])
    wait_until(lambda: not (server.root / "shell.php").exists(), "the web shell to be removed")
    agent.stop()
    assert (server.root / "index.html").read_bytes() == PAYLOAD["overwrite"]  # never the poison
    reasons = [i.reasons[0] for i in server.incidents()]
    assert any(r.startswith("agent golden store altered: 1 golden copies") for r in reasons), reasons


def test_a_maintenance_window_keeps_changes_then_resume_restores_them(server: Server) -> None:
    golden = state(server.root)
    agent = server.start()
    server.cli("agent", "pause", "--root", str(server.root), "--for", "10m", "--by", "alice")
    attack(server.root, ATTACKS["overwrite"])
    wait_until(lambda: bool(server.incidents(verify=False)), "the change to be recorded")
    assert (server.root / "index.html").read_bytes() == PAYLOAD["overwrite"]
    server.cli("agent", "resume", "--root", str(server.root), "--by", "alice")
    attack(server.root, "os.utime(f'{root}/index.html')")  # any event: the next check restores
    wait_until(lambda: state(server.root) == golden, "the restore after the window")
    agent.stop()
    windows = [e for e in server.log_events() if e.change == "agent-maintenance"]
    assert [e.actor for e in windows] == ["alice", "alice"]
    (incident,) = server.incidents()  # the window's change, then its restore: one episode
    assert incident.evidence["note"].startswith("maintenance window by alice")
    assert [c["restored"] for c in incident.evidence["changes"]] == [False, True]
