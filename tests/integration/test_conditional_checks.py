"""Checks of a real site over HTTP whose server answers conditional requests (ETag, Last-Modified,
304), with the render tier's function-backed twin rendering what the site serves.

A 304 means "the same as the last capture": a defaced page stays defaced and its incident stays
open on every check, also on the checks where a periodic render falls due, exactly as for a
server that sends no validators. The render is always of the real page, paired with its body."""

from __future__ import annotations

import hashlib
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import UTC, datetime

import pytest
from support.screenshots import page_screenshot
from support.site_server import Page, SiteServer

from tamperwatch.archive.memory import MemoryArchive
from tamperwatch.capture.base import FetchRequest
from tamperwatch.capture.function_fetcher import FunctionFetcher
from tamperwatch.capture.http import HttpFetcher
from tamperwatch.detect.engine import DetectionEngine
from tamperwatch.models import Capture, IncidentKind, IncidentState, RenderPolicy, Status, Target
from tamperwatch.notify.base import MemoryNotifier
from tamperwatch.pipeline.check import Pipeline
from tamperwatch.pipeline.services import DirectSink, Services
from tamperwatch.policy import UrlPolicy
from tamperwatch.settings import Settings

RENDER_INTERVAL_S = 60.0
CHECK_STEP_S = 25.0  # checks 25 s apart: every third check falls due for a periodic render
DEFACED_CHECKS = 9
CLEAN = b"""<!doctype html><html lang="en"><head><title>Eastbrook Public Library</title></head><body>
<header><h1>Eastbrook Public Library</h1>
<nav><a href="/catalogue">Catalogue</a> <a href="/events">Events</a> <a href="/visit">Visit</a></nav>
</header>
<main><h2>Opening hours</h2>
<p>Monday to Friday 9:00 to 19:00, Saturday 10:00 to 16:00. Closed on public holidays.</p>
<p>Borrow up to twelve books, four films and two games at a time with your library card.</p>
<p>Story time for children every Wednesday at 10:30 in the reading room.</p></main>
<footer>Eastbrook Public Library, 4 Mill Lane</footer></body></html>"""
DEFACED = b"""<!doctype html><html><head><title>Owned by Gh0st Crew</title></head>
<body style="background:#000;color:#f00;text-align:center"><h1>HACKED BY GH0ST CREW</h1>
<p>Your security is zero, admin. Greetz to all hackers. We were here.</p>
<p>Contact: gh0st@protonmail.com</p></body></html>"""
MODIFIED = {CLEAN: "Wed, 21 Oct 2015 07:28:00 GMT", DEFACED: "Thu, 22 Oct 2015 03:00:00 GMT"}


def _page(body: bytes, validators: str) -> Page:
    """The page as a static file server sends it: with an ETag, a Last-Modified, or neither."""
    etag = f'"{hashlib.sha256(body).hexdigest()[:16]}"' if validators == "etag" else ""
    modified = MODIFIED[body] if validators == "last-modified" else ""
    return Page(body, etag=etag, last_modified=modified)


@dataclass
class RenderTwin:
    """Stands in for the BrowserFetcher: loads the real page over HTTP (no validators, as a fresh
    browser context does) and returns it with its DOM and a screenshot of what it shows."""

    http: HttpFetcher
    bodies: list[bytes] = field(default_factory=list)  # what each render saw

    async def __call__(self, request: FetchRequest) -> Capture:
        served = await self.http.fetch(FetchRequest(url=request.url, headers=request.headers))
        self.bodies.append(served.body)
        if not served.ok:
            return served
        return Capture(
            url=request.url,
            fetched_at=datetime.now(UTC),
            final_url=served.final_url,
            status=served.status,
            headers=served.headers,
            body=served.body,
            dom=served.body.decode(),
            screenshot=page_screenshot(defaced=b"HACKED" in served.body),
        )


@dataclass
class World:
    site: SiteServer
    svc: Services
    archive: MemoryArchive
    notifier: MemoryNotifier
    renders: RenderTwin
    now: list[float]


@pytest.fixture
async def world(settings: Settings) -> AsyncIterator[World]:
    site = SiteServer({})
    await site.start()
    policy = UrlPolicy([f"127.0.0.1/32:{site.port}"])
    http, render_http = HttpFetcher(policy), HttpFetcher(policy)
    archive, notifier, now, renders = (
        MemoryArchive(),
        MemoryNotifier(),
        [1_000_000.0],
        RenderTwin(render_http),
    )
    svc = Services(
        http,
        archive,
        DetectionEngine.from_settings(settings),
        DirectSink(notifier),
        clock=lambda: now[0],
        renderer=FunctionFetcher(renders),
        render_interval_s=RENDER_INTERVAL_S,
    )
    try:
        yield World(site, svc, archive, notifier, renders, now)
    finally:
        await http.aclose()
        await render_http.aclose()
        await site.close()


async def _check(world: World, target: Target) -> Status:
    ctx = await Pipeline().run(target, world.svc)
    world.now[0] += CHECK_STEP_S
    assert ctx.verdict is not None
    return ctx.verdict.status


@pytest.mark.parametrize("validators", ["etag", "last-modified", "none"])
async def test_a_defaced_page_stays_defaced_when_a_render_falls_due(world: World, validators: str) -> None:
    world.site.pages["/"] = _page(CLEAN, validators)
    target = await world.archive.add_target(Target(world.site.url("/"), render_policy=RenderPolicy.PERIODIC))
    learned = [await _check(world, target) for _ in range(world.svc.engine.learn_captures + 3)]
    assert learned[-1] is Status.CLEAN and Status.DEFACED not in learned
    world.site.pages["/"] = _page(DEFACED, validators)
    rendered_before = len(world.renders.bodies)
    verdicts = [await _check(world, target) for _ in range(DEFACED_CHECKS)]
    assert verdicts == [Status.DEFACED] * DEFACED_CHECKS
    [incident] = await world.archive.list_incidents()
    assert incident.kind is IncidentKind.DEFACED and incident.state is IncidentState.OPEN
    assert [e.change for e in world.notifier.events] == ["opened"]
    periodic = world.renders.bodies[rendered_before:]
    assert len(periodic) >= DEFACED_CHECKS // 3  # renders fell due while the page stayed defaced ...
    assert set(periodic) == {DEFACED}  # ... and each one rendered the page being served
    if validators != "none":
        assert world.site.not_modified > 0  # the unchanged checks between renders did get 304s


@pytest.mark.parametrize("validators", ["etag", "none"])
async def test_an_incident_reopened_on_a_page_still_defaced_shows_the_last_clean_page_as_before(
    world: World, validators: str
) -> None:
    """The operator resolved the incident but the page is still defaced: the next check opens a new
    one whose text diff runs from the last clean page to the defaced one, never from the defaced
    page to itself (also when that check got a 304 and has no body of its own)."""
    world.site.pages["/"] = _page(CLEAN, validators)
    target = await world.archive.add_target(Target(world.site.url("/"), render_policy=RenderPolicy.PERIODIC))
    for _ in range(world.svc.engine.learn_captures + 1):
        await _check(world, target)
    world.site.pages["/"] = _page(DEFACED, validators)
    assert await _check(world, target) is Status.DEFACED
    [first] = await world.archive.list_incidents()
    await world.svc.incidents.change(first.id, "resolved", "olga", "restored from backup")
    assert await _check(world, target) is Status.DEFACED  # the restore did not happen after all
    [second] = await world.archive.list_incidents(IncidentState.OPEN)
    assert second.id != first.id
    for incident in (first, second):
        before = await world.archive.load_body(str(incident.evidence["previous_hash"]))
        after = await world.archive.load_body(str(incident.evidence["content_hash"]))
        assert (before, after) == (CLEAN, DEFACED), incident.id
