"""An agent reporting to a central serve: the running agent sends its incident, signed with its
own secret, to `POST /api/v1/agents/events` of the URL it is given; the central route opens it
beside the remote checks (target file://HOST/ROOT), once, and refuses other hosts and secrets."""

from __future__ import annotations

import asyncio
import json
import socket
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import SimpleNamespace

from fastapi import FastAPI
from fastapi.testclient import TestClient
from support.serve_process import running_serve, serve_env

from tamperwatch.agent.record import AGENT_EVENTS_PATH
from tamperwatch.api import agents
from tamperwatch.archive.memory import MemoryArchive
from tamperwatch.models import Incident, IncidentKind
from tamperwatch.notify.receiver import WebhookReceiver
from tamperwatch.notify.signature import SIGNATURE_HEADER, sign
from tamperwatch.settings import Settings
from tests.unit.agent.agentproc import Server, attack
from tests.unit.agent.sitekit import make_site, state, wait_until

SECRET = "agent-web1-secret"
NOW = "2026-12-07T00:00:00+00:00"


def central(archive: MemoryArchive, tokens: list[str]) -> TestClient:
    app = FastAPI()
    app.state.settings = Settings(_env_file=None, agent_tokens=tokens)
    app.state.runtime = SimpleNamespace(archive=archive)
    app.include_router(agents.router)
    return TestClient(app)


async def test_the_agents_incident_reaches_the_central_archive_once(tmp_path: Path) -> None:
    server = Server(tmp_path)
    make_site(server.root)
    golden = state(server.root)
    async with WebhookReceiver(SECRET) as receiver:
        base = receiver.url.removesuffix("/hook")
        server.env |= {"TAMPERWATCH_AGENT_REPORT_URL": base, "TAMPERWATCH_AGENT_REPORT_TOKEN": SECRET}
        agent = await asyncio.to_thread(server.start)
        try:
            await asyncio.to_thread(attack, server.root, "open(f'{root}/index.html', 'w').write('HACKED')")
            (delivery,) = await receiver.wait_for(1, timeout=60)
            await asyncio.to_thread(wait_until, lambda: state(server.root) == golden, "the restore")
        finally:
            await asyncio.to_thread(agent.stop)
    assert delivery.path == AGENT_EVENTS_PATH and delivery.verified
    host = socket.gethostname()
    archive = MemoryArchive()
    client = central(archive, ["other:nope", f"{host}:{SECRET}"])
    headers = {SIGNATURE_HEADER: delivery.headers[SIGNATURE_HEADER], "Content-Type": "application/json"}
    answer = client.post(AGENT_EVENTS_PATH, content=delivery.body, headers=headers)
    assert answer.status_code == 200, answer.text
    again = client.post(AGENT_EVENTS_PATH, content=delivery.body, headers=headers)
    assert again.json() == answer.json()  # a retried delivery is the same incident
    (incident,) = await archive.list_incidents()
    target = await archive.get_target(incident.target_id)
    assert target is not None and target.url == f"file://{host}{server.root.resolve()}"
    assert incident.kind is IncidentKind.DEFACED and incident.evidence["reported_by"] == host
    assert incident.reasons[0].startswith("files changed on the server under")


def test_a_report_for_another_hosts_root_or_with_a_wrong_secret_is_refused() -> None:
    archive = MemoryArchive()
    client = central(archive, [f"web1:{SECRET}"])
    document = {
        "version": 1, "id": "evt_1", "type": "incident.opened", "change": "opened", "at": NOW,
        "target": {"id": 1, "url": "file://web2/var/www/site"},
        "incident": {
            "id": 1, "kind": "defaced", "state": "open", "score": 1.0, "reasons": ["x"],
            "opened_at": NOW, "updated_at": NOW, "note": "", "evidence": {},
        },
    }  # fmt: skip
    body = json.dumps(document).encode()
    signed = {SIGNATURE_HEADER: sign(SECRET, body, int(time.time()))}
    assert client.post(AGENT_EVENTS_PATH, content=body, headers=signed).status_code == 403
    wrong = {SIGNATURE_HEADER: sign("guess", body, int(time.time()))}
    assert client.post(AGENT_EVENTS_PATH, content=body, headers=wrong).status_code == 401
    garbage = b'{"not": "a report"}'
    signed = {SIGNATURE_HEADER: sign(SECRET, garbage, int(time.time()))}
    assert client.post(AGENT_EVENTS_PATH, content=garbage, headers=signed).status_code == 400
    assert asyncio.run(archive.list_incidents()) == []


@contextmanager
def central_serve(data: Path, tokens: list[str]) -> Iterator[str]:
    """A real `tamperwatch serve` (the app of `create_app`) on 127.0.0.1 with its own data folder;
    its base URL."""
    with running_serve(serve_env(data, [], TAMPERWATCH_AGENT_TOKENS=json.dumps(tokens))) as port:
        yield f"http://127.0.0.1:{port}"


def test_every_batch_of_an_incident_reaches_the_central_serve(tmp_path: Path) -> None:
    server = Server(tmp_path)
    make_site(server.root)
    golden = state(server.root)
    host = socket.gethostname()
    central_data = tmp_path / "central"

    def central() -> list[Incident]:
        async def read() -> list[Incident]:
            from tamperwatch.runtime import open_archive

            async with open_archive(Settings(_env_file=None, data_dir=central_data)) as archive:
                return await archive.list_incidents()

        return asyncio.run(read())

    with central_serve(central_data, [f"{host}:{SECRET}"]) as url:
        server.env |= {"TAMPERWATCH_AGENT_REPORT_URL": url, "TAMPERWATCH_AGENT_REPORT_TOKEN": SECRET}
        agent = server.start()
        try:
            attack(server.root, "open(f'{root}/index.html', 'w').write('HACKED')")
            wait_until(lambda: len(central()) == 1, "the incident at the central serve", 60)
            attack(server.root, "open(f'{root}/shell.php', 'w').write('<?php')")  # a second batch
            wait_until(lambda: central()[0].evidence.get("batches") == 2, "the second batch centrally", 60)
            wait_until(lambda: state(server.root) == golden, "the restores")
        finally:
            agent.stop()
    (incident,) = central()
    evidence = incident.evidence
    assert evidence["reported_by"] == host and evidence["source"] == "agent-report"
    assert evidence["counts"] == {"modified": 1, "added": 1} and evidence["changes_total"] == 2
    assert incident.reasons[1:] == ("added: shell.php",)  # the newest batch's (evidence is summarised)
    assert len(evidence["agent_batch_ids"]) == 1
    (local,) = server.incidents()
    assert evidence["agent_incident_id"] == local.id
