"""A writer whitelist on a running agent: a page written by a whitelisted program (here `tee`,
standing in for a deployment tool) is taken into a new signed baseline with a signed record
naming the program, while an attacker's write in the same run is restored. Needs fanotify (root
or CAP_SYS_ADMIN): skipped with the reason where it is unavailable."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from tamperwatch.agent.events import WRITER_EVENT
from tests.unit.agent.agentproc import Server, attack
from tests.unit.agent.sitekit import SITE, make_site, trusted_writer, wait_until

NEW_PAGE = b"<html><body><h1>About us (new team)</h1></body></html>\n"


def test_a_whitelisted_programs_write_is_accepted_and_an_attackers_restored(tmp_path: Path) -> None:
    tee = trusted_writer(tmp_path)
    program = str(Path(tee).resolve())
    server = Server(tmp_path)
    make_site(server.root)
    server.env |= {"TAMPERWATCH_AGENT_WRITERS": json.dumps([tee])}
    agent = server.start()
    writer = subprocess.Popen(
        [tee, str(server.root / "about.html")], stdin=subprocess.PIPE, stdout=subprocess.DEVNULL
    )
    try:
        assert writer.stdin is not None
        writer.stdin.write(NEW_PAGE)
        writer.stdin.flush()
        wait_until(lambda: any(e.change == WRITER_EVENT for e in server.log_events()), "the accepted write")
    finally:
        if writer.stdin is not None:
            writer.stdin.close()
        writer.wait(timeout=30)
    attack(server.root, "open(f'{root}/index.html', 'w').write('<h1>HACKED</h1>')")
    wait_until(lambda: (server.root / "index.html").read_bytes() == SITE["index.html"], "the restore")
    agent.stop()
    assert (server.root / "about.html").read_bytes() == NEW_PAGE
    (event,) = [e for e in server.log_events() if e.change == WRITER_EVENT]
    assert event.actor == f"writer {program}" and event.data["generation"] == 2
    assert [(c["path"], c["writers"]) for c in event.data["accepted"]] == [("about.html", program)]
    (incident,) = server.incidents()
    assert [c["path"] for c in incident.evidence["changes"]] == ["index.html"]
    status = json.loads(server.cli("agent", "status", "--root", str(server.root)))
    assert status[0]["ok"] and status[0]["generation"] == 2 and status[0]["fanotify"] == "available"
