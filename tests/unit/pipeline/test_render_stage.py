"""The render stage's policies with in-memory twins: when Chromium would run, and what detectors see."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

from support.screenshots import page_screenshot

from tamperwatch.archive.memory import MemoryArchive
from tamperwatch.capture.base import FetchRequest
from tamperwatch.capture.function_fetcher import FunctionFetcher
from tamperwatch.detect.engine import DetectionEngine
from tamperwatch.detect.profile import Profile
from tamperwatch.models import Capture, RenderPolicy, Status, Target
from tamperwatch.notify.base import MemoryNotifier
from tamperwatch.pipeline import render_stage
from tamperwatch.pipeline.check import Pipeline
from tamperwatch.pipeline.services import DirectSink, Services
from tamperwatch.settings import Settings

SERVED = "<html><head><title>Acme</title></head><body><h1>Acme</h1><p>{}</p></body></html>"
HOUR = 3600.0
HACKED = "Hacked by Team Xyz. Your security is zero, admin. Greetz to all hackers."


@dataclass
class Renderer:
    """Stands in for the BrowserFetcher: counts renders, can fail."""

    renders: int = 0
    fail: bool = False
    screenshot: bytes = b"\x89PNG"
    seen: list[str] = field(default_factory=list)

    def __call__(self, request: FetchRequest) -> Capture:
        self.renders += 1
        self.seen.append(request.url)
        now = datetime.now(UTC)
        if self.fail:
            return Capture(url=request.url, fetched_at=now, error="browser: crashed", error_kind="browser")
        dom = SERVED.format("rendered")
        return Capture(
            url=request.url,
            fetched_at=now,
            status=200,
            body=dom.encode(),
            dom=dom,
            screenshot=self.screenshot,
        )


@dataclass
class World:
    svc: Services
    renderer: Renderer
    served: list[str]
    now: list[float]


def _world(settings: Settings) -> World:
    served, now, renderer = ["v1"], [1_000_000.0], Renderer()
    svc = Services(
        FunctionFetcher(lambda request: (200, SERVED.format(served[0]).encode())),
        MemoryArchive(),
        DetectionEngine.from_settings(settings),
        DirectSink(MemoryNotifier()),
        confirm_refetch=False,  # one render per check to count; the confirming re-render is tested apart
        clock=lambda: now[0],
        renderer=FunctionFetcher(renderer),
        render_interval_s=4 * HOUR,
    )
    return World(svc, renderer, served, now)


async def _checks(world: World, target: Target, count: int, step_s: float = 60.0) -> None:
    for _ in range(count):
        await Pipeline().run(target, world.svc)
        world.now[0] += step_s


async def test_never_keeps_the_renderer_idle(settings: Settings) -> None:
    world = _world(settings)
    target = await world.svc.archive.add_target(
        Target("https://acme.example/", render_policy=RenderPolicy.NEVER)
    )
    world.served[0] = HACKED
    await _checks(world, target, 5)
    assert world.renderer.renders == 0


async def test_always_renders_every_check_and_detectors_see_the_rendered_page(settings: Settings) -> None:
    world = _world(settings)
    target = await world.svc.archive.add_target(
        Target("https://acme.example/", render_policy=RenderPolicy.ALWAYS)
    )
    await _checks(world, target, 4)
    ctx = await Pipeline().run(target, world.svc)
    assert world.renderer.renders == 5
    assert ctx.capture is not None and b"rendered" in ctx.capture.body


async def test_on_change_renders_the_baseline_then_only_non_trivial_changes(settings: Settings) -> None:
    world = _world(settings)
    target = await world.svc.archive.add_target(
        Target("https://acme.example/", render_policy=RenderPolicy.ON_CHANGE)
    )
    await _checks(world, target, settings.learn_captures + 3, step_s=HOUR * 5)
    assert world.renderer.renders == settings.learn_captures  # the visual baseline, then nothing
    world.served[0] = "v2"  # a trivial edit (a news page's every check): the HTTP tier finds nothing
    trivial = await Pipeline().run(target, world.svc)
    assert trivial.verdict is not None and trivial.verdict.status is Status.CLEAN
    assert world.renderer.renders == settings.learn_captures and "render" not in trivial.timings
    world.served[0] = HACKED  # a change the HTTP tier flags: escalated to a render
    ctx = await Pipeline().run(target, world.svc)
    assert world.renderer.renders == settings.learn_captures + 1
    assert ctx.verdict is not None and ctx.verdict.status is not Status.CLEAN
    assert ctx.capture is not None and b"Hacked" in ctx.capture.body  # detectors keep the served HTML
    assert ctx.capture.screenshot and "rendered" in ctx.capture.dom
    await _checks(world, target, 2)  # the same served HTML is not rendered again
    assert world.renderer.renders == settings.learn_captures + 1


async def test_escalation_judges_the_render_with_the_http_findings(settings: Settings) -> None:
    world = _world(settings)
    target = await world.svc.archive.add_target(
        Target("https://acme.example/", render_policy=RenderPolicy.ON_CHANGE)
    )
    await _checks(world, target, settings.learn_captures)
    world.served[0] = HACKED
    ctx = await Pipeline().run(target, world.svc)
    assert ctx.page is not None and ctx.page.capture is ctx.capture  # learn/record see the rendered one
    assert ctx.verdict is not None and any("Hacked" in r for r in ctx.verdict.reasons)


async def test_new_targets_render_periodically_by_default(settings: Settings) -> None:
    world = _world(settings)
    target = await world.svc.archive.add_target(Target("https://acme.example/"))
    assert target.render_policy is RenderPolicy.PERIODIC
    await _checks(world, target, settings.learn_captures + 2, step_s=HOUR)
    assert world.renderer.renders == settings.learn_captures
    world.now[0] += 4 * HOUR
    await _checks(world, target, 1)
    assert world.renderer.renders == settings.learn_captures + 1


async def test_periodic_renders_again_once_the_interval_passed(settings: Settings) -> None:
    world = _world(settings)
    target = await world.svc.archive.add_target(
        Target("https://acme.example/", render_policy=RenderPolicy.PERIODIC)
    )
    await _checks(world, target, settings.learn_captures)
    baseline = world.renderer.renders
    await _checks(world, target, 3, step_s=HOUR)  # same HTML, within 4 h of the last render
    assert world.renderer.renders == baseline
    world.now[0] += HOUR
    await _checks(world, target, 1)
    assert world.renderer.renders == baseline + 1
    world.served[0] = HACKED  # within the interval, but the HTTP tier flags the change
    await _checks(world, target, 1)
    assert world.renderer.renders == baseline + 2


async def test_a_failed_render_keeps_the_http_capture_and_notes_the_error(settings: Settings) -> None:
    world = _world(settings)
    world.renderer.fail = True
    target = await world.svc.archive.add_target(
        Target("https://acme.example/", render_policy=RenderPolicy.ALWAYS)
    )
    ctx = await Pipeline().run(target, world.svc)
    assert ctx.capture is not None and ctx.capture.ok and b"v1" in ctx.capture.body
    assert ctx.verdict is not None and ctx.verdict.status is Status.LEARNING
    stored = Profile.loads(await world.svc.archive.load_profile(target.id))
    assert stored.part(render_stage.PART)["error"] == "browser: crashed"


async def test_an_escalated_render_turns_a_suspicious_change_into_a_caught_defacement(
    settings: Settings,
) -> None:
    world = _world(settings)
    world.renderer.screenshot = page_screenshot(defaced=False)
    target = await world.svc.archive.add_target(
        Target("https://acme.example/", render_policy=RenderPolicy.ON_CHANGE)
    )
    await _checks(world, target, settings.learn_captures + 1)  # the visual baseline learns the page
    world.renderer.screenshot = page_screenshot(defaced=True)  # what a visitor would now see
    world.served[0] = "v1 <script src='https://cdn.evil.example/x.js'></script>"
    ctx = await Pipeline().run(target, world.svc)
    assert ctx.verdict is not None and ctx.verdict.status is Status.DEFACED, ctx.verdict.reasons
    assert any("unseen origin" in r for r in ctx.verdict.reasons)  # the HTTP tier's finding ...
    assert any("defacement imagery" in r for r in ctx.verdict.reasons)  # ... and the render's


async def test_a_change_the_http_tier_judges_clean_is_not_escalated(settings: Settings) -> None:
    world = _world(settings)
    world.renderer.screenshot = page_screenshot(defaced=False)
    target = await world.svc.archive.add_target(
        Target("https://acme.example/", render_policy=RenderPolicy.ON_CHANGE)
    )
    await _checks(world, target, settings.learn_captures + 1)
    world.renderer.screenshot = page_screenshot(defaced=True)
    world.served[0] = "Contact us at sales"  # plain text in the page's one paragraph
    ctx = await Pipeline().run(target, world.svc)
    assert ctx.verdict is not None and ctx.verdict.status is Status.CLEAN
    assert world.renderer.renders == settings.learn_captures and "render" not in ctx.timings


class CountingArchive(MemoryArchive):
    def __init__(self) -> None:
        super().__init__()
        self.profile_loads = 0

    async def load_profile(self, target_id: int) -> bytes | None:
        self.profile_loads += 1
        return await super().load_profile(target_id)


async def test_an_unchanged_periodic_page_is_checked_without_loading_its_profile(settings: Settings) -> None:
    """Once the visual baseline is complete, when the last render happened is in the target's state:
    unchanged checks within the interval never read the profile, and the next render still comes."""
    world = _world(settings)
    archive = CountingArchive()
    world.svc.archive = archive
    target = await archive.add_target(Target("https://acme.example/", render_policy=RenderPolicy.PERIODIC))
    await _checks(world, target, settings.learn_captures + 1)
    baseline = world.renderer.renders
    state = await archive.get_state(target.id)
    assert baseline == settings.learn_captures and state.rendered_at > 0
    loads = archive.profile_loads
    await _checks(world, target, 5, step_s=HOUR / 2)  # same HTML, within 4 h of the last render
    assert archive.profile_loads == loads and world.renderer.renders == baseline
    world.now[0] += 2 * HOUR
    await _checks(world, target, 1)
    assert world.renderer.renders == baseline + 1
    assert (await archive.get_state(target.id)).rendered_at > state.rendered_at


async def test_an_incident_in_the_first_hours_has_a_before_and_after_screenshot(settings: Settings) -> None:
    """The learning checks' renders are the page as it should look: the last one is the "before"
    of an incident that opens before the next periodic render (4 h after the target was added)."""
    world = _world(settings)
    world.svc.confirm_refetch = True
    world.renderer.screenshot = page_screenshot(defaced=False)
    target = await world.svc.archive.add_target(Target("https://acme.example/"))  # periodic, 4 h
    await _checks(world, target, settings.learn_captures)  # every one renders and is learned
    world.renderer.screenshot = page_screenshot(defaced=True)
    world.served[0] = HACKED  # within the first hour: no periodic render has come out clean yet
    ctx = await Pipeline().run(target, world.svc)
    assert ctx.verdict is not None and ctx.verdict.status is Status.DEFACED and ctx.confirmed
    [incident] = await world.svc.archive.list_incidents()
    before = await world.svc.archive.load_body(str(incident.evidence.get("screenshot_before", "")))
    after = await world.svc.archive.load_body(str(incident.evidence["screenshot_after"]))
    assert before == page_screenshot(defaced=False) and after == page_screenshot(defaced=True)
    assert incident.evidence.get("screenshot_diff")
