"""Live updates: finished checks and the incidents they made reach every open page as server-sent
events; a slow page loses its oldest events; a page that goes takes its queue with it."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime

from tamperwatch.api.live import FeedFull, LiveFeed
from tamperwatch.archive.base import TargetState
from tamperwatch.models import Incident, IncidentEvent, IncidentKind, IncidentState, Status, Target, Verdict
from tamperwatch.pipeline.context import CheckContext


def _checked(target_id: int, status: Status, opened: bool = False) -> CheckContext:
    ctx = CheckContext(target=Target(url="https://a.example/", id=target_id), state=TargetState(target_id))
    ctx.verdict = Verdict(status, 0.9)
    if opened:
        now = datetime.now(UTC)
        incident = Incident(
            7, target_id, IncidentKind.DEFACED, IncidentState.OPEN, now, now, 0.9, ("<b>x</b>",)
        )
        ctx.events.append(IncidentEvent(incident, "https://a.example/", "opened", now))
    return ctx


async def test_checks_and_incidents_reach_every_open_page_in_order() -> None:
    feed = LiveFeed()
    gone = asyncio.Event()

    async def disconnected() -> bool:
        return gone.is_set()

    pages = [feed.stream(disconnected, heartbeat_s=60) for _ in range(2)]
    assert [await anext(p) for p in pages] == ["retry: 5000\n\n"] * 2 and feed.subscribers == 2
    feed.observe(_checked(3, Status.CLEAN))
    feed.observe(_checked(3, Status.DEFACED, opened=True))
    for page in pages:
        chunks = [await anext(page) for _ in range(3)]
        kinds = [c.split("\n")[0] for c in chunks]
        assert kinds == ["event: check", "event: check", "event: incident"]
        data = [json.loads(c.split("\n")[1].removeprefix("data: ")) for c in chunks]
        assert data[1] == {"target": 3, "status": "defaced", "score": 0.9, "at": 0.0}
        assert data[2] == {"incident": 7, "target": 3, "kind": "defaced", "change": "opened"}  # no reasons
    gone.set()
    feed.publish("check", {"target": 1})
    for page in pages:
        await page.aclose()
    assert feed.subscribers == 0


async def test_a_slow_page_loses_its_oldest_events_and_a_full_feed_refuses_more() -> None:
    feed = LiveFeed(max_subscribers=1, queue_length=2)

    async def never() -> bool:
        return False

    page = feed.stream(never, heartbeat_s=60)
    await anext(page)
    for n in range(5):
        feed.publish("check", {"target": n})
    got = [json.loads((await anext(page)).split("data: ")[1]) for _ in range(2)]
    assert got == [{"target": 3}, {"target": 4}]
    other = feed.stream(never)
    try:
        await anext(other)
        raise AssertionError("a second page was let in")
    except FeedFull:
        pass
    await page.aclose()


async def test_an_idle_stream_sends_heartbeats() -> None:
    feed = LiveFeed()
    calls = 0

    async def after_two() -> bool:
        nonlocal calls
        calls += 1
        return calls > 2

    chunks = [chunk async for chunk in feed.stream(after_two, heartbeat_s=0.01)]
    assert chunks == ["retry: 5000\n\n", ": still here\n\n", ": still here\n\n"]
