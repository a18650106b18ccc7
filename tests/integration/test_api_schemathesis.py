"""schemathesis against the API served on 127.0.0.1 over a seeded archive, as an admin (a real
login: session cookie and CSRF token): no operation ever answers 500 to generated requests, and
every operation answers 2xx at least once (to its documented example, on seeded ids), so a run
that meets only 401s or 404s fails."""

from __future__ import annotations

import asyncio
import socket
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import pytest
import requests
import schemathesis
import uvicorn
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings

from tamperwatch.api.app import create_app
from tamperwatch.api.auth_store import AuthStore
from tamperwatch.api.context import ApiServices
from tamperwatch.api.passwords import TEST_COST, Passwords
from tamperwatch.api.roles import Role
from tamperwatch.api.sessions import SessionSigner
from tamperwatch.api.throttle import LoginThrottle
from tamperwatch.archive.base import TargetState
from tamperwatch.archive.sql import SqlArchive
from tamperwatch.incidents.service import IncidentService
from tamperwatch.models import Capture, IncidentKind, IncidentState, Status, Target, Verdict
from tamperwatch.notify.base import MemoryNotifier
from tamperwatch.pipeline.context import CheckContext
from tamperwatch.settings import Settings
from tamperwatch.verify.claim import Answer, Claim, Verification

PASSWORD = "correct horse battery"  # alice's, as in the login example of the schema
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32
FUZZ_EXAMPLES = 15  # generated requests per operation
OWN_AUTH = {"/api/v1/screens/{screen}/frames", "/api/v1/agents/events"}  # screens' and agents' secrets
METRICS_TOKEN = "metrics-secret"
READY_TIMEOUT_S = 30.0


@dataclass
class Seeded:
    ids: dict[str, Any] = field(default_factory=dict)


async def seed(archive: SqlArchive, auth: AuthStore, passwords: Passwords) -> dict[str, Any]:
    await auth.add_user("alice", Role.ADMIN, passwords.hash(PASSWORD))
    spare_user = await auth.add_user("vic", Role.VIEWER, passwords.hash(PASSWORD))
    spare_token, _ = await auth.create_token(spare_user.id, "spare", Role.VIEWER)
    main = await archive.add_target(Target(url="https://portal.example/", tags=("gov",)))
    spare = await archive.add_target(Target(url="https://spare.example/"))
    obs = None
    for n in range(3):
        capture = Capture(url=main.url, fetched_at=datetime.now(UTC), status=200, body=b"<p>%d</p>" % n)
        obs = await archive.record_check(main, capture, Verdict(Status.CLEAN, 0.0))
    assert obs is not None
    incidents = []
    for target in (main, spare):
        for kind in IncidentKind:
            incidents.append((await archive.open_incident(target.id, kind, 0.5, ("seeded",), {})).id)
    await archive.set_incident_state(incidents[3], IncidentState.RESOLVED)
    return {
        "target_id": main.id, "spare_target_id": spare.id, "incidents": incidents,
        "content_hash": obs.content_hash, "image_hash": await archive.put_blob(PNG),
        "user_id": spare_user.id, "token_id": spare_token.id,
    }  # fmt: skip


class LiveApi:
    """The API served by uvicorn on 127.0.0.1 (a free port) from a thread with its own loop."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.ready = threading.Event()
        self.seeded: dict[str, Any] = {}
        self.server: uvicorn.Server | None = None
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.thread = threading.Thread(target=lambda: asyncio.run(self._main()), daemon=True)

    async def _main(self) -> None:
        async with SqlArchive.from_settings(self.settings) as archive:
            passwords = Passwords(TEST_COST)
            auth = AuthStore(archive.db)
            notifier = MemoryNotifier()

            async def run_check(target: Target) -> CheckContext:
                ctx = CheckContext(target=target, state=TargetState(target.id))
                ctx.verdict = Verdict(Status.CLEAN, 0.0, ("unchanged",))
                return ctx

            async def verify_claim(
                url: str, time: datetime, shot: bytes, sources: Any, claim_id: str
            ) -> Verification:
                return Verification(
                    Claim(url, time, shot, claim_id), Answer.UNVERIFIABLE, 0.0, ("no evidence",)
                )

            api = ApiServices(
                archive, auth, passwords, SessionSigner(b"k" * 32), LoginThrottle(), IncidentService(archive),
                run_check=run_check, notifiers=lambda: [notifier], verify_claim=verify_claim,
            )  # fmt: skip
            self.seeded = await seed(archive, auth, passwords)
            app = create_app(self.settings, api=api)
            self.server = uvicorn.Server(
                uvicorn.Config(app, log_config=None, access_log=False, lifespan="off")
            )
            self.sock.listen(128)
            serving = asyncio.create_task(self.server.serve(sockets=[self.sock]))
            while not self.server.started:
                await asyncio.sleep(0.01)
            self.ready.set()
            await serving

    def __enter__(self) -> LiveApi:
        self.thread.start()
        assert self.ready.wait(READY_TIMEOUT_S), "the API did not start"
        return self

    def __exit__(self, *exc: object) -> None:
        assert self.server is not None
        self.server.should_exit = True
        self.thread.join(READY_TIMEOUT_S)
        self.sock.close()


@pytest.fixture
def live(tmp_path: Any) -> Iterator[LiveApi]:
    settings = Settings(_env_file=None, data_dir=tmp_path / "data", metrics_token=METRICS_TOKEN)  # type: ignore[call-arg]
    with LiveApi(settings) as api:
        yield api


def pinned(label: str, seeded: dict[str, Any]) -> dict[str, Any]:
    """Path parameters on seeded rows, chosen so each operation's example can succeed once."""
    incidents = seeded["incidents"]
    per_operation = {
        "DELETE /api/v1/targets/{target_id}": {"target_id": seeded["spare_target_id"]},
        "POST /api/v1/incidents/{incident_id}/resolve": {"incident_id": incidents[1]},
        "POST /api/v1/incidents/{incident_id}/false-positive": {"incident_id": incidents[2]},
        "POST /api/v1/incidents/{incident_id}/reopen": {"incident_id": incidents[3]},
        "GET /api/v1/captures/{content_hash}/image": {"content_hash": seeded["image_hash"]},
    }
    base = {
        "target_id": seeded["target_id"], "incident_id": incidents[0], "content_hash": seeded["content_hash"],
        "user_id": seeded["user_id"], "token_id": seeded["token_id"], "index": 0, "screen": "1",
    }  # fmt: skip
    return base | per_operation.get(label, {})


def drive(strategy: Any, examples: int, operation: Any, call: Callable[[Any, Any], int]) -> None:
    """Run ``call(operation, case)`` on up to ``examples`` cases drawn by Hypothesis."""

    @given(strategy)
    @hypothesis_settings(
        max_examples=examples, deadline=None, database=None, suppress_health_check=list(HealthCheck)
    )
    def one(case: Any) -> None:
        call(operation, case)

    one()


@pytest.mark.slow
def test_schemathesis_as_an_admin_finds_no_500_and_a_2xx_for_every_operation(live: LiveApi) -> None:
    base_url = f"http://127.0.0.1:{live.port}"
    http = requests.Session()
    login = http.post(f"{base_url}/api/v1/session", json={"name": "alice", "password": PASSWORD}, timeout=30)
    assert login.status_code == 200, login.text
    headers = {"X-CSRF-Token": login.json()["csrf_token"]}
    schema = schemathesis.openapi.from_url(f"{base_url}/api/v1/openapi.json")
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 35
    statuses: dict[str, list[int]] = {}

    def call(operation: Any, case: Any) -> int:
        extra = {"Authorization": f"Bearer {METRICS_TOKEN}"} if operation.path == "/metrics" else {}
        reply = case.call(base_url=base_url, session=http, headers=headers | extra, timeout=30)
        statuses.setdefault(operation.label, []).append(reply.status_code)
        if operation.label == "POST /api/v1/session" and reply.status_code == 200:  # a new login: its token
            headers["X-CSRF-Token"] = reply.json()["csrf_token"]
        allowed_5xx = {503} if operation.path in OWN_AUTH else set()
        assert reply.status_code < 500 or reply.status_code in allowed_5xx, (
            operation.label, reply.status_code, reply.text[:300], case.body, case.path_parameters, case.query,
        )  # fmt: skip
        return int(reply.status_code)

    # 1. each operation's documented example on seeded rows (deletions last, logout at the very end)
    def order(operation: Any) -> tuple[int, str]:
        return (
            {"DELETE": 1}.get(operation.method.upper(), 0) + (operation.path == "/api/v1/session"),
            operation.label,
        )

    for operation in sorted(operations, key=order):
        params = {
            k: v for k, v in pinned(operation.label, live.seeded).items() if "{" + k + "}" in operation.path
        }
        strategies = operation.get_strategies_from_examples(path_parameters=params)
        if strategies:
            drive(strategies[0], 1, operation, call)
        else:
            call(operation, operation.Case(path_parameters=params))
    if http.cookies.get("tw_session") is None:  # the logout example ended the session: log in again
        again = http.post(
            f"{base_url}/api/v1/session", json={"name": "alice", "password": PASSWORD}, timeout=30
        )
        headers["X-CSRF-Token"] = again.json()["csrf_token"]

    # 2. generated requests, free and on seeded rows: never a 500
    for operation in operations:
        params = {
            k: v for k, v in pinned(operation.label, live.seeded).items() if "{" + k + "}" in operation.path
        }
        for strategy in (operation.as_strategy(), operation.as_strategy(path_parameters=params or None)):
            drive(strategy, FUZZ_EXAMPLES, operation, call)

    without_2xx = sorted(
        label
        for label, codes in statuses.items()
        if not any(200 <= c < 300 for c in codes) and label.split(" ", 1)[1] not in OWN_AUTH
    )
    assert without_2xx == [], {label: sorted(set(statuses[label])) for label in without_2xx}
    assert {op.label for op in operations} <= set(statuses)
