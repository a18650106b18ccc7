"""The check pipeline end to end over the in-memory twins: verdicts, incidents, notifications."""

from __future__ import annotations

import pytest
from pipeline_helpers import Site, make_services

from tamperwatch.detect.profile import Profile
from tamperwatch.models import IncidentKind, IncidentState, Status, Target
from tamperwatch.pipeline.check import Pipeline

INJECTED = (
    '<script src="https://evil-cdn.example/x.js"></script>'
    '<iframe src="https://evil-cdn.example/f" style="display:none" width="0" height="0"></iframe>'
)


async def _learned(site: Site, **overrides: object):  # type: ignore[no-untyped-def]
    services, archive, notifier = make_services(site, **overrides)
    target = await archive.add_target(Target(url="https://riverton.example/"))
    pipeline = Pipeline()
    for _ in range(services.engine.learn_captures):
        ctx = await pipeline.run(target, services)
        assert ctx.verdict is not None and ctx.verdict.status is Status.LEARNING
    return services, archive, notifier, target, pipeline


async def test_changing_page_stays_clean_and_opens_nothing() -> None:
    site = Site()
    services, archive, notifier, target, pipeline = await _learned(site)
    for _ in range(5):
        ctx = await pipeline.run(target, services)
        assert ctx.verdict is not None and ctx.verdict.status is Status.CLEAN, ctx.verdict
    assert await archive.list_incidents() == []
    assert notifier.events == []


async def test_confirmed_defacement_opens_one_incident_then_resolves() -> None:
    site = Site()
    services, archive, notifier, target, pipeline = await _learned(site)
    site.extra = INJECTED
    ctx = await pipeline.run(target, services)
    assert ctx.verdict is not None and ctx.verdict.status is Status.DEFACED
    assert any("evil-cdn.example" in r for r in ctx.verdict.reasons)
    again = await pipeline.run(target, services)  # still defaced: no second incident, no second message
    assert again.verdict is not None and again.verdict.status is Status.DEFACED
    [incident] = await archive.list_incidents()
    assert incident.kind is IncidentKind.DEFACED and incident.state is IncidentState.OPEN
    assert incident.evidence["content_hash"]
    site.extra = ""
    await pipeline.run(target, services)
    assert [e.change for e in notifier.events] == ["opened", "resolved"]
    resolved = await archive.get_incident(incident.id)
    assert resolved is not None and resolved.state is IncidentState.RESOLVED


async def test_defacement_that_vanishes_on_refetch_opens_no_incident() -> None:
    site = Site()
    services, archive, notifier, target, pipeline = await _learned(site)
    served = []

    def flicker(request):  # type: ignore[no-untyped-def]
        site.extra = INJECTED if not served else ""
        served.append(request)
        return site(request)

    services.fetcher.handler = flicker  # type: ignore[attr-defined]
    ctx = await pipeline.run(target, services)
    assert len(served) == 2, "an alerting verdict must be confirmed by a re-fetch"
    assert not ctx.confirmed
    assert await archive.list_incidents() == []
    assert notifier.events == []


@pytest.mark.parametrize("mode", ["error", "503", "challenge"])
async def test_outages_are_unavailable_never_defaced(mode: str) -> None:
    site = Site()
    services, archive, _notifier, target, pipeline = await _learned(site)
    site.mode = mode
    ctx = await pipeline.run(target, services)
    assert ctx.verdict is not None and ctx.verdict.status is Status.UNAVAILABLE
    kinds = {i.kind for i in await archive.list_incidents()}
    assert IncidentKind.DEFACED not in kinds
    assert IncidentKind.UNAVAILABLE in kinds


async def test_repeated_fetch_failures_raise_a_monitoring_gap() -> None:
    site = Site()
    services, archive, _notifier, target, pipeline = await _learned(site, gap_failures=3)
    site.mode = "error"
    for _ in range(3):
        await pipeline.run(target, services)
    kinds = [i.kind for i in await archive.list_incidents(IncidentState.OPEN)]
    assert kinds.count(IncidentKind.MONITORING_GAP) == 1
    site.mode = "ok"
    await pipeline.run(target, services)
    assert await archive.list_incidents(IncidentState.OPEN) == []


async def test_unchanged_body_takes_the_fast_path_and_is_still_recorded() -> None:
    site = Site(mode="same")
    services, archive, _notifier, target, pipeline = await _learned(site)
    first = await pipeline.run(target, services)
    assert first.verdict is not None and first.verdict.status is Status.CLEAN
    before = len(await archive.observations(target.id))
    ctx = await pipeline.run(target, services)
    assert ctx.unchanged and "detect" not in ctx.timings
    assert ctx.verdict is not None and ctx.verdict.status is Status.CLEAN
    assert len(await archive.observations(target.id)) >= before  # compaction may merge identical records
    assert (await archive.verify_chain(target.id)).ok


async def test_a_static_page_learns_without_being_parsed_again() -> None:
    site = Site(mode="same")
    services, archive, _notifier, target, pipeline = await _learned(site)
    profile = await archive.load_profile(target.id)
    assert profile is not None
    assert Profile.loads(profile).learned == services.engine.learn_captures
    ctx = await pipeline.run(target, services)
    assert ctx.unchanged and ctx.verdict is not None and ctx.verdict.status is Status.CLEAN


async def test_failed_fetches_are_recorded_as_observations() -> None:
    site = Site()
    services, archive, _notifier, target, pipeline = await _learned(site)
    site.mode = "error"
    await pipeline.run(target, services)
    [last] = await archive.observations(target.id, limit=1)
    assert "connection refused" in last.error


def test_unknown_stage_names_are_refused_with_the_known_ones() -> None:
    with pytest.raises(ValueError, match=r"unknown pipeline stage.*known: fetch"):
        Pipeline(["fetch", "telepathy"])


async def test_a_page_that_stays_defaced_repeats_its_reasons() -> None:
    from tamperwatch.capture.function_fetcher import FunctionFetcher

    site = Site()
    services, _archive, _notifier, target, pipeline = await _learned(site)
    defaced = site.page().replace(b"</main>", INJECTED.encode() + b"</main>")
    services.fetcher = FunctionFetcher(lambda request: (200, defaced))
    first = await pipeline.run(target, services)
    assert first.verdict is not None and first.verdict.status is Status.DEFACED and first.confirmed
    again = await pipeline.run(target, services)  # the very same bytes: no analysis
    assert again.unchanged and again.verdict is not None and again.verdict.status is Status.DEFACED
    assert any("evil-cdn.example" in r for r in again.verdict.reasons)
    assert again.verdict.reasons[-1] == "unchanged since last check"
