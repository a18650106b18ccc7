"""Conditional fetches over the function-backed twin: a 304 only ever carries the last verdict, and a
check that must judge the page gets its body (never an empty 304 judged clean or learned)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from pipeline_helpers import TEMPLATE, Site, make_services

from tamperwatch.capture.base import FetchRequest
from tamperwatch.capture.function_fetcher import FunctionFetcher
from tamperwatch.detect.profile import Profile
from tamperwatch.models import Capture, Status, Target
from tamperwatch.pipeline.availability import NOT_MODIFIED_REASON
from tamperwatch.pipeline.check import Pipeline

HACKED = "<h1>Hacked by Team Xyz</h1><p>Your security is zero, admin. Greetz to all hackers.</p>"
DEFACED = TEMPLATE.format(items="<li>gone</li>", extra=HACKED).encode()


def _not_modified(request: FetchRequest) -> Capture:
    return Capture(
        url=request.url, fetched_at=datetime.now(UTC), final_url=request.url, status=304, not_modified=True
    )


async def test_a_page_judged_suspicious_is_judged_again_on_its_body_not_on_a_304() -> None:
    site = Site()
    services, archive, _notifier = make_services(site, confirm_refetch=False)  # judged on one answer
    target = await archive.add_target(Target(url="https://riverton.example/"))
    for _ in range(services.engine.learn_captures + 1):
        await Pipeline().run(target, services)

    def defaced(request: FetchRequest) -> Capture | tuple[int, dict[str, str], bytes]:
        if request.etag == '"v2"':
            return _not_modified(request)
        return 200, {"content-type": "text/html", "etag": '"v2"'}, DEFACED

    services.fetcher = fetcher = FunctionFetcher(defaced)
    state = await archive.get_state(target.id)  # as if the defaced page had been judged suspicious
    await archive.save_state(replace(state, last_status=Status.SUSPICIOUS.value, etag='"v2"'))
    ctx = await Pipeline().run(target, services)
    assert ctx.capture is not None and ctx.capture.body == DEFACED  # judged on the page, not on a 304
    assert fetcher.requests[0].etag == ""  # it asked for the page itself
    assert ctx.verdict is not None and ctx.verdict.status is Status.DEFACED, ctx.verdict


async def test_a_304_nobody_asked_for_is_no_page_never_a_clean_or_learned_one() -> None:
    services, archive, _notifier = make_services(Site())
    services.fetcher = FunctionFetcher(_not_modified)
    target = await archive.add_target(Target(url="https://riverton.example/"))
    ctx = await Pipeline().run(target, services)
    assert ctx.verdict is not None and ctx.verdict.status is Status.UNAVAILABLE
    assert ctx.verdict.reasons[0] == NOT_MODIFIED_REASON
    stored = await archive.load_profile(target.id)
    assert stored is None or Profile.loads(stored).learned == 0  # an empty answer is learned as nothing
