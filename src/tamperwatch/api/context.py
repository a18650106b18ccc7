"""ApiServices: what the /api/v1 routes use, as plain values, wired from Settings in one place.

``from_runtime`` wires it for ``tamperwatch serve``; tests build it from a real archive in a
temporary folder with function-backed checks and in-memory notifiers.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from fastapi import HTTPException, Request

from tamperwatch.api.auth_store import AuthStore
from tamperwatch.api.content_urls import ContentSigner
from tamperwatch.api.live import LiveFeed
from tamperwatch.api.passwords import Passwords
from tamperwatch.api.sessions import SessionSigner, load_or_create_key
from tamperwatch.api.throttle import LoginThrottle, ThrottleLimits
from tamperwatch.models import Capture, Incident, IncidentEvent, Target, Verdict

if TYPE_CHECKING:
    from tamperwatch.archive.sql import SqlArchive
    from tamperwatch.incidents.service import IncidentService
    from tamperwatch.notify.base import Notifier
    from tamperwatch.pipeline.context import CheckContext
    from tamperwatch.runtime import Runtime
    from tamperwatch.settings import Settings
    from tamperwatch.verify.claim import Verification

Publish = Callable[[IncidentEvent], Awaitable[None]]
RunCheck = Callable[[Target], Awaitable["CheckContext | None"]]
# verify.service.verify_claim with the settings bound: (url, time, screenshot, sources, claim id)
VerifyClaim = Callable[[str, datetime, bytes, Sequence[str], str], Awaitable["Verification"]]


async def _no_publish(event: IncidentEvent) -> None:
    return None


@dataclass
class ApiServices:
    archive: SqlArchive
    auth: AuthStore
    passwords: Passwords
    sessions: SessionSigner
    throttle: LoginThrottle
    incidents: IncidentService
    run_check: RunCheck | None = None  # None: on-demand checks answer 503
    notifiers: Callable[[], list[Notifier]] = list
    publish: Publish = _no_publish
    verify_claim: VerifyClaim | None = None  # None: claims answer 503
    session_ttl_s: float = 12 * 3600.0
    secure_cookies: bool = False  # serve answers HTTPS itself: cookies are Secure
    clock: Callable[[], float] = field(default=time.time)
    content: ContentSigner | None = None  # signs the content origin's URLs
    content_port: int = 0  # where serve's content origin listens (0: none; the dashboard shows no frames)
    feed: LiveFeed = field(default_factory=LiveFeed)  # live updates of the dashboard (scheduler observer)

    @classmethod
    def from_runtime(cls, settings: Settings, runtime: Runtime) -> ApiServices:
        from tamperwatch.incidents.feedback import accept_baseline
        from tamperwatch.incidents.service import IncidentService

        archive = runtime.archive
        engine = runtime.services.engine

        async def verify(
            url: str, time: datetime, screenshot: bytes, sources: Sequence[str], claim_id: str
        ) -> Verification:
            from tamperwatch.verify.service import verify_claim

            return await verify_claim(settings, url, time, screenshot, sources, claim_id)

        def cold(body: bytes) -> Verdict:
            return engine.classify(Capture(url="about:incident", fetched_at=datetime.now(UTC), body=body))

        async def teach(incident: Incident) -> None:
            target = await archive.get_target(incident.target_id)
            if target is not None:
                await accept_baseline(archive, engine, target, str(incident.evidence["content_hash"]))

        session_key = load_or_create_key(settings.data_dir)
        return cls(
            archive=archive,
            auth=AuthStore(archive.db),
            passwords=Passwords(),
            sessions=SessionSigner(session_key),
            content=ContentSigner.from_session_key(session_key),
            throttle=LoginThrottle(ThrottleLimits(settings.login_max_failures, settings.login_window_s)),
            incidents=IncidentService(archive, cold_judge=cold, teach_baseline=teach),
            run_check=runtime.scheduler.check,
            notifiers=lambda: runtime.dispatcher.notifiers,
            publish=runtime.services.events.publish,
            verify_claim=verify,
            session_ttl_s=settings.session_ttl_s,
            secure_cookies=settings.tls_certfile is not None,
        )


def services_of(request: Request) -> ApiServices:
    api = getattr(request.app.state, "api", None)
    if not isinstance(api, ApiServices):
        raise HTTPException(503, "the API is not served by this process (no archive)")
    return api
