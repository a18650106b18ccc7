"""The API and dashboard served by uvicorn on 127.0.0.1 from a thread of the test process, over a
seeded archive (users alice, an admin, and vic, a viewer; targets with observations; incidents of
every kind; a stored body and a PNG), for tests that drive it from outside: schemathesis, Chromium."""

from __future__ import annotations

import asyncio
import io
import socket
import threading
from datetime import UTC, datetime, timedelta
from typing import Any

import uvicorn

from tamperwatch.api.app import create_app
from tamperwatch.api.auth_store import AuthStore
from tamperwatch.api.context import ApiServices
from tamperwatch.api.passwords import TEST_COST, Passwords
from tamperwatch.api.roles import Role
from tamperwatch.api.sessions import SessionSigner
from tamperwatch.api.throttle import LoginThrottle
from tamperwatch.archive.base import TargetState
from tamperwatch.archive.sql import SqlArchive
from tamperwatch.incidents.maintenance import MaintenanceStore
from tamperwatch.incidents.service import IncidentService
from tamperwatch.models import Capture, IncidentKind, IncidentState, Status, Target, Verdict
from tamperwatch.notify.base import MemoryNotifier
from tamperwatch.pipeline.context import CheckContext
from tamperwatch.settings import Settings
from tamperwatch.verify.claim import Answer, Claim, Verification

PASSWORD = "correct horse battery"  # alice's and vic's, as in the login example of the schema
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32
READY_TIMEOUT_S = 30.0


def _png(colour: str) -> bytes:
    """A small real screenshot stand-in (the dashboard shows it as evidence)."""
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (320, 200), colour).save(out, "PNG")
    return out.getvalue()


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
    diff_target = await archive.add_target(Target(url="https://city.example/"))
    before = await archive.put_blob(b"<body><h1>City portal</h1><p>Opening hours</p></body>")
    after = await archive.put_blob(b"<body><h1>Hacked by someone</h1><p>Opening hours</p></body>")
    evidence = {
        "content_hash": after,
        "previous_hash": before,
        "screenshot_before": await archive.put_blob(_png("#ffffff")),
        "screenshot_after": await archive.put_blob(_png("#cc0000")),
    }
    await archive.open_incident(diff_target.id, IncidentKind.DEFACED, 0.9, ("headline rewritten",), evidence)
    now = datetime.now(UTC)
    window = await MaintenanceStore(archive.db).add(None, "gov", now, now + timedelta(hours=1), "", "seed")
    return {
        "target_id": main.id, "spare_target_id": spare.id, "incidents": incidents,
        "content_hash": obs.content_hash, "image_hash": await archive.put_blob(PNG),
        "user_id": spare_user.id, "token_id": spare_token.id, "window_id": window.id,
        "diff_target_id": diff_target.id,
    }  # fmt: skip


class LiveApi:
    """The API served by uvicorn on 127.0.0.1 (a free port) from a thread with its own loop."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.ready = threading.Event()
        self.seeded: dict[str, Any] = {}
        self.server: uvicorn.Server | None = None
        # IPPROTO_TCP: asyncio sets TCP_NODELAY only on sockets of that protocol (else a keep-alive
        # client waits out delayed ACKs, some 40 ms a request)
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
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
