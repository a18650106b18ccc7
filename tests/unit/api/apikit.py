"""An API over a real archive in a temporary folder, with an admin, an operator and a viewer (a
token each), a seeded target with observations, a stored body and screenshot, and an incident.
Requests go through httpx's ASGI transport on the test's own event loop."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

import httpx
import pytest
from fastapi import FastAPI

from tamperwatch.api.app import create_app
from tamperwatch.api.auth_store import AuthStore
from tamperwatch.api.context import ApiServices
from tamperwatch.api.passwords import TEST_COST, Passwords
from tamperwatch.api.roles import Role
from tamperwatch.api.sessions import SessionSigner
from tamperwatch.api.throttle import LoginThrottle, ThrottleLimits
from tamperwatch.archive.sql import SqlArchive
from tamperwatch.incidents.service import IncidentService
from tamperwatch.models import Capture, IncidentEvent, IncidentKind, Status, Target, Verdict
from tamperwatch.notify.base import MemoryNotifier
from tamperwatch.pipeline.context import CheckContext
from tamperwatch.settings import Settings
from tamperwatch.verify.claim import Answer, Claim, Verification

PASSWORD = "correct horse battery"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32
HOSTILE_BODY = b"<html><script>document.cookie</script><svg onload=alert(1)></svg></html>"


@dataclass
class ApiEnv:
    app: FastAPI
    api: ApiServices
    client: httpx.AsyncClient
    tokens: dict[str, str]  # role label -> bearer secret
    target_id: int
    incident_id: int
    body_hash: str
    image_hash: str
    published: list[IncidentEvent] = field(default_factory=list)
    notifier: MemoryNotifier = field(default_factory=MemoryNotifier)
    sessions: list[httpx.AsyncClient] = field(default_factory=list)  # closed with the fixture
    claims: list[tuple[str, datetime, bytes, list[str]]] = field(default_factory=list)  # claims verified

    def auth(self, role: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.tokens[role]}"}

    async def login(self, name: str, password: str = PASSWORD) -> tuple[httpx.AsyncClient, str]:
        """A client of its own holding the user's session cookie, and the session's CSRF token."""
        client = httpx.AsyncClient(transport=httpx.ASGITransport(app=self.app), base_url="http://testserver")
        self.sessions.append(client)
        reply = await client.post("/api/v1/session", json={"name": name, "password": password})
        assert reply.status_code == 200, reply.text
        return client, str(reply.json()["csrf_token"])


async def seed(archive: SqlArchive) -> tuple[int, int, str, str]:
    target = await archive.add_target(Target(url="https://portal.example/", interval_s=300.0, tags=("gov",)))
    for n in range(3):
        capture = Capture(
            url=target.url, fetched_at=datetime.now(UTC), status=200, body=HOSTILE_BODY + str(n).encode()
        )
        obs = await archive.record_check(target, capture, Verdict(Status.CLEAN, 0.1 * n))
    image_hash = await archive.put_blob(PNG)
    incident = await archive.open_incident(
        target.id, IncidentKind.DEFACED, 0.9, ("foreign script",), {"content_hash": obs.content_hash}
    )
    return target.id, incident.id, obs.content_hash, image_hash


@pytest.fixture
async def env(settings: Settings) -> AsyncIterator[ApiEnv]:
    async with SqlArchive.from_settings(settings) as archive:
        notifier = MemoryNotifier()
        published: list[IncidentEvent] = []

        async def publish(event: IncidentEvent) -> None:
            published.append(event)

        async def run_check(target: Target) -> CheckContext:
            from tamperwatch.archive.base import TargetState

            ctx = CheckContext(target=target, state=TargetState(target.id))
            ctx.verdict = Verdict(Status.CLEAN, 0.05, ("nothing changed",))
            return ctx

        async def verify_claim(
            url: str, time: datetime, screenshot: bytes, sources: Sequence[str], claim_id: str
        ) -> Verification:
            claims.append((url, time, screenshot, list(sources)))
            answer = Answer.CONFIRMED if screenshot == PNG else Answer.UNVERIFIABLE
            return Verification(Claim(url, time, screenshot, claim_id), answer, 0.9, ("matched a capture",))

        claims: list[tuple[str, datetime, bytes, list[str]]] = []
        api = ApiServices(
            archive=archive,
            auth=AuthStore(archive.db),
            passwords=Passwords(TEST_COST),
            sessions=SessionSigner(b"s" * 32),
            throttle=LoginThrottle(ThrottleLimits(max_failures=3, window_s=60.0)),
            incidents=IncidentService(archive),
            run_check=run_check,
            notifiers=lambda: [notifier],
            publish=publish,
            verify_claim=verify_claim,
        )
        tokens = {}
        for role in Role:
            user = await api.auth.add_user(role.label, role, api.passwords.hash(PASSWORD))
            tokens[role.label] = (await api.auth.create_token(user.id, "test", role))[1]
        target_id, incident_id, body_hash, image_hash = await seed(archive)
        app = create_app(settings, api=api)
        async with httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app), base_url="http://testserver"
        ) as client:
            made = ApiEnv(
                app, api, client, tokens, target_id, incident_id, body_hash, image_hash, published, notifier
            )
            made.claims = claims
            yield made
            for session in made.sessions:
                await session.aclose()
