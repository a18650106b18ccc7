"""Scheduler: concurrency limits, resuming after a restart without a herd, monitoring-gap alerts."""

from __future__ import annotations

import asyncio
import random

from support.clock import ManualClock as Clock

from tamperwatch.archive.memory import MemoryArchive
from tamperwatch.capture.base import FetchRequest
from tamperwatch.capture.function_fetcher import FunctionFetcher
from tamperwatch.detect.engine import DetectionEngine
from tamperwatch.models import IncidentKind, Target
from tamperwatch.notify.base import MemoryNotifier
from tamperwatch.pipeline.check import Pipeline
from tamperwatch.pipeline.services import DirectSink, Services
from tamperwatch.schedule.limits import HostLimiter
from tamperwatch.schedule.scheduler import Scheduler
from tamperwatch.settings import Settings


def build(handler, clock: Clock, limiter: HostLimiter | None = None):  # type: ignore[no-untyped-def]
    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    archive = MemoryArchive()
    notifier = MemoryNotifier()
    services = Services(
        FunctionFetcher(handler),
        archive,
        DetectionEngine.from_settings(settings),
        DirectSink(notifier),
        clock=clock,
    )
    sched = Scheduler(
        Pipeline(),
        services,
        limiter or HostLimiter(50, 4),
        jitter_fraction=0.1,
        spread_s=60,
        rng=random.Random(1),
    )
    return sched, archive, notifier


async def test_per_host_and_global_limits_hold() -> None:
    running: dict[str, int] = {}
    peak: dict[str, int] = {}
    peak_total = [0]
    release = asyncio.Event()

    async def handler(request: FetchRequest) -> tuple[int, bytes]:
        host = request.url.split("/")[2]
        running[host] = running.get(host, 0) + 1
        peak[host] = max(peak.get(host, 0), running[host])
        peak_total[0] = max(peak_total[0], sum(running.values()))
        await release.wait()
        running[host] -= 1
        return 200, b"<html><body><p>hi</p></body></html>"

    sched, archive, _ = build(handler, Clock(), HostLimiter(max_concurrency=5, per_host=2))
    targets = [await archive.add_target(Target(url=f"https://h{i % 3}.example/{i}")) for i in range(12)]
    run = asyncio.create_task(sched.run_once(targets))
    while sum(running.values()) < 5:  # wait until the limiter has admitted all it can
        await asyncio.sleep(0)  # yield to the admitted checks (no wall-clock wait)
    release.set()
    stats = await run
    assert stats.checks == 12
    assert max(peak.values()) <= 2 and peak_total[0] <= 5


async def test_resume_spreads_overdue_targets_over_the_window() -> None:
    clock = Clock()
    sched, archive, _ = build(lambda r: (200, b"<html></html>"), clock)
    for i in range(200):
        t = await archive.add_target(Target(url=f"https://s.example/{i}", interval_s=300))
        state = await archive.get_state(t.id)
        state.next_due = clock.now - 3600  # all overdue after a long stop
        await archive.save_state(state)
    moved = await sched.resume()
    assert moved == 200
    dues = sorted(
        s.next_due for _, s in [(None, await archive.get_state(t.id)) for t in await archive.list_targets()]
    )
    assert dues[0] >= clock.now and dues[-1] <= clock.now + 60
    first_second = sum(1 for d in dues if d < clock.now + 1)
    assert first_second < 20, "overdue work must not all fire at once"


async def test_overdue_target_raises_a_monitoring_gap_alert() -> None:
    clock = Clock()
    sched, archive, notifier = build(lambda r: (200, b"<html></html>"), clock)
    t = await archive.add_target(Target(url="https://late.example/", interval_s=60))
    state = await archive.get_state(t.id)
    state.last_checked_at = clock.now - 200  # > 2 x 60 s ago
    state.next_due = clock.now - 140
    await archive.save_state(state)
    await sched._gap_alert(t, state, clock.now)
    await sched._gap_alert(t, state, clock.now)  # one alert, not one per tick
    gaps = [i for i in await archive.list_incidents() if i.kind is IncidentKind.MONITORING_GAP]
    assert len(gaps) == 1 and "twice its interval" in gaps[0].reasons[0]
    assert [e.change for e in notifier.events] == ["opened"]
    assert await sched._gap_alert(t, state, clock.now)
    await sched.check(t, state, resolve_gap=True)  # checked again: the gap is closed
    assert [e.change for e in notifier.events] == ["opened", "resolved"]


async def test_check_sets_next_due_within_jitter() -> None:
    clock = Clock()
    sched, archive, _ = build(lambda r: (200, b"<html></html>"), clock)
    t = await archive.add_target(Target(url="https://j.example/", interval_s=100))
    await sched.check(t)
    due = (await archive.get_state(t.id)).next_due
    assert clock.now + 100 <= due <= clock.now + 110


async def test_an_outage_of_the_monitor_is_one_record_not_a_storm_of_gap_alerts() -> None:
    clock = Clock()
    sched, archive, notifier = build(lambda r: (200, b"<html><body><p>hi</p></body></html>"), clock)
    urls = [f"https://o.example/{i}" for i in range(40)]
    targets = [await archive.add_target(Target(url=url, interval_s=5)) for url in urls]
    for t in targets:  # checked until the monitor stopped an hour ago
        state = await archive.get_state(t.id)
        state.last_checked_at, state.next_due = clock.now - 3600, clock.now - 3595
        await archive.save_state(state)
    assert await sched.resume() == 40
    [down] = [e for e in await archive.log_events() if e.change == "monitor-down"]
    assert down.data["targets_missed"] == 40 and down.data["from"] < down.data["to"]
    for _ in range(20):  # the first minute after the restart, each target checked when due
        clock.now += 5
        for t, state in await archive.due_targets(clock.now, limit=100):
            assert not await sched._gap_alert(t, state, clock.now)
            await sched.check(t, state)
    assert [i for i in await archive.list_incidents() if i.kind is IncidentKind.MONITORING_GAP] == []
    assert notifier.events == []


async def test_a_target_starved_after_the_restart_still_raises_its_gap_alert() -> None:
    clock = Clock()
    sched, archive, _ = build(lambda r: (200, b"<html></html>"), clock)
    t = await archive.add_target(Target(url="https://starved.example/", interval_s=60))
    state = await archive.get_state(t.id)
    state.last_checked_at = clock.now - 30
    await archive.save_state(state)
    await sched.resume()
    assert [e for e in await archive.log_events() if e.change == "monitor-down"] == []  # no outage
    clock.now += 60 + 2 * 60 + 1  # never checked: past the spread window and two intervals
    assert await sched._gap_alert(t, state, clock.now)


async def test_stream_and_screen_targets_are_never_fetched_and_do_not_crowd_the_batch() -> None:
    from tamperwatch.models import TargetKind
    from tamperwatch.schedule.scheduler import NOT_CHECKED_DEFER_S

    clock = Clock()
    fetched: list[str] = []

    def handler(request: FetchRequest) -> tuple[int, bytes]:
        fetched.append(request.url)
        return 200, b"<html><body><p>hi</p></body></html>"

    sched, archive, _ = build(handler, clock)
    sched.spread_s = 0  # resume leaves every target due now
    stream = await archive.add_target(Target(url="rtsp://cam.example/live", kind=TargetKind.STREAM))
    screen = await archive.add_target(Target(url="screen:lobby", kind=TargetKind.SCREEN))
    web = await archive.add_target(Target(url="https://w.example/"))
    stop = asyncio.Event()
    run = asyncio.create_task(sched.run_forever(stop))
    await sched.checks_done.wait()
    stop.set()
    await run
    assert fetched == [web.url]
    for t in (stream, screen):
        assert (await archive.get_state(t.id)).next_due >= clock.now + NOT_CHECKED_DEFER_S
    stats = await sched.run_once([stream, web, screen])
    assert stats.checks == 1 and fetched == [web.url, web.url]
