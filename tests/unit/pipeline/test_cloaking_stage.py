"""The cloaking stage: live only, on its own schedule or on escalation, findings merged into the verdict."""

from __future__ import annotations

from datetime import UTC, datetime

from support.clock import ManualClock as Clock

from tamperwatch.archive.memory import MemoryArchive
from tamperwatch.capture.base import FetchRequest
from tamperwatch.capture.file_fetcher import FileFetcher
from tamperwatch.capture.function_fetcher import FunctionFetcher
from tamperwatch.detect.cloaking import CloakingComparator
from tamperwatch.detect.delta import DeltaGate
from tamperwatch.detect.engine import DetectionEngine
from tamperwatch.detect.page import Page
from tamperwatch.models import Capture, Finding, Status, Target, Verdict
from tamperwatch.notify.base import MemoryNotifier
from tamperwatch.pipeline.check import DEFAULT_STAGES, Pipeline
from tamperwatch.pipeline.cloaking_plan import CloakingPlan
from tamperwatch.pipeline.cloaking_stage import cloaking
from tamperwatch.pipeline.context import CheckContext
from tamperwatch.pipeline.services import DirectSink, Services
from tamperwatch.settings import Settings

URL = "https://shop.example.org/"
SPAM = " ".join(
    f'<a href="https://slot-gacor-{i % 9}.example/{i}">judi slot casino {i}</a>' for i in range(30)
)


def site(request: FetchRequest, visits: list[int], cloaked: bool) -> tuple[int, bytes]:
    visits.append(1)
    extra = SPAM if cloaked and "Googlebot" in request.user_agent else ""
    html = (
        f"<html><head><title>Shop</title></head><body><header><nav><a href='/a'>A</a></nav></header>"
        f"<main><h1>Welcome</h1><p>Visit number {len(visits)}, fresh offers every day.</p>{extra}</main>"
        "<footer>(c) Shop</footer></body></html>"
    )
    return 200, html.encode()


async def checked(
    cloaked: bool, hours: float = 6.0, checks: int = 1, enabled: bool = True, plan: CloakingPlan | None = None
) -> tuple[list[CheckContext], FunctionFetcher, Clock]:
    visits: list[int] = []
    fetcher = FunctionFetcher(lambda r: site(r, visits, cloaked))
    archive = MemoryArchive()
    clock = Clock()
    plan = plan or CloakingPlan(interval_s=hours * 3600)
    svc = Services(
        fetcher,
        archive,
        DetectionEngine.from_settings(Settings()),
        DirectSink(MemoryNotifier()),
        confirm_refetch=False,
        clock=clock,
        cloaking=enabled,
        cloaking_plan=plan,
        delta_gate=DeltaGate(),
    )
    target = await archive.add_target(Target(url=URL))
    pipeline = Pipeline(DEFAULT_STAGES)
    for _ in range(3):
        await pipeline.run(target, svc, known_good=True)
    await pipeline.run(target, svc)  # the first judged check schedules the first comparison
    clock.now += hours * 3600  # ... which falls within one interval
    out = []
    for _ in range(checks):
        out.append(await pipeline.run(target, svc))
        clock.now += 600
    return out, fetcher, clock


def hourly_services(fetcher: FunctionFetcher) -> tuple[Services, MemoryArchive, Clock]:
    """Live-check services with cloaking on every hour, on a hand-moved clock."""
    archive, clock = MemoryArchive(), Clock()
    svc = Services(
        fetcher,
        archive,
        DetectionEngine.from_settings(Settings()),
        DirectSink(MemoryNotifier()),
        clock=clock,
        cloaking=True,
        cloaking_plan=CloakingPlan(interval_s=3600),
    )
    return svc, archive, clock


def crawler_requests(fetcher: FunctionFetcher) -> list[FetchRequest]:
    return [r for r in fetcher.requests if r.user_agent or r.referer]


async def test_spam_served_only_to_googlebot_makes_the_check_defaced_with_a_reason() -> None:
    [ctx], fetcher, _ = await checked(cloaked=True)
    assert ctx.verdict is not None and ctx.verdict.status is Status.DEFACED
    expected = "search crawlers (Googlebot) are served 30 links to 9 domains"
    assert any(r.startswith(expected) for r in ctx.verdict.reasons)
    agents = {r.user_agent.split(";")[1].strip() for r in crawler_requests(fetcher) if r.user_agent}
    assert agents == {"Googlebot/2.1", "Baiduspider/2.0"}
    search = "https://www.google.com/search?q=shop.example.org"
    assert any(r.referer.startswith(search) for r in fetcher.requests)


async def test_an_honest_site_stays_clean_and_is_not_refetched_before_the_interval() -> None:
    contexts, fetcher, _ = await checked(cloaked=False, checks=3)
    assert all(c.verdict is not None and c.verdict.status is Status.CLEAN for c in contexts)
    # one round of views (2 crawlers + the search referrer), then none until the interval has passed
    assert len(crawler_requests(fetcher)) == 3


async def test_views_are_fetched_again_once_the_interval_has_passed() -> None:
    visits: list[int] = []
    fetcher = FunctionFetcher(lambda r: site(r, visits, False))
    svc, archive, clock = hourly_services(fetcher)
    target = await archive.add_target(Target(url=URL))
    for _ in range(3):
        await Pipeline().run(target, svc, known_good=True)
    await Pipeline().run(target, svc)
    clock.now += 3601
    await Pipeline().run(target, svc)
    assert len(crawler_requests(fetcher)) == 3
    clock.now += 3601
    await Pipeline().run(target, svc)
    assert len(crawler_requests(fetcher)) == 6


async def test_targets_added_together_get_their_first_comparison_spread_over_the_interval() -> None:
    visits: list[int] = []
    fetcher = FunctionFetcher(lambda r: site(r, visits, False))
    svc, archive, clock = hourly_services(fetcher)
    targets = [await archive.add_target(Target(url=f"{URL}page-{i}")) for i in range(20)]
    for target in targets:
        for _ in range(3):
            await Pipeline().run(target, svc, known_good=True)
        await Pipeline().run(target, svc)
    assert crawler_requests(fetcher) == []  # no burst of crawler views right after the import
    per_step = []
    for _ in range(6):  # walk through the first interval in six steps
        clock.now += 600
        before = len(crawler_requests(fetcher))
        for target in targets:
            await Pipeline().run(target, svc)
        per_step.append((len(crawler_requests(fetcher)) - before) // 3)
    assert sum(per_step) == len(targets)  # every target compared once within its first interval
    assert max(per_step) < len(targets) // 2  # and not all in the same round


class RecordingFileFetcher(FileFetcher):
    def __init__(self) -> None:
        super().__init__(1_000_000)
        self.requests: list[FetchRequest] = []

    async def fetch(self, request: FetchRequest) -> Capture:
        self.requests.append(request)
        return await super().fetch(request)


async def test_off_unless_enabled_and_never_with_the_replay_fetcher() -> None:
    _, fetcher, _ = await checked(cloaked=True, enabled=False)
    assert crawler_requests(fetcher) == []
    replay_fetcher = RecordingFileFetcher()
    replay = Services(
        replay_fetcher,
        MemoryArchive(),
        DetectionEngine.from_settings(Settings()),
        DirectSink(MemoryNotifier()),
        cloaking=True,
    )
    target = await replay.archive.add_target(Target(url=URL))
    body = site(FetchRequest(URL), [], False)[1]
    ctx = CheckContext(target=target, state=await replay.archive.get_state(target.id))
    ctx.capture = Capture(url=URL, fetched_at=datetime.now(UTC), status=200, body=body)
    ctx.verdict = Verdict(Status.SUSPICIOUS, 0.4, ("template changed",))  # would escalate live
    await cloaking(ctx, replay)
    assert replay_fetcher.requests == []
    assert ctx.verdict.status is Status.SUSPICIOUS


async def test_a_page_that_never_changes_is_still_compared_once_a_window_and_an_incident_opens() -> None:
    cloaked: list[bool] = [False]

    def static_site(request: FetchRequest) -> tuple[int, bytes]:
        extra = SPAM if cloaked[0] and "Googlebot" in request.user_agent else ""
        html = (
            "<html><head><title>Shop</title></head><body><main><h1>Welcome</h1>"
            f"<p>Fresh offers every day.</p>{extra}</main><footer>(c) Shop</footer></body></html>"
        )
        return 200, html.encode()

    fetcher = FunctionFetcher(static_site)
    svc, archive, clock = hourly_services(fetcher)
    target = await archive.add_target(Target(url=URL))
    for _ in range(3):
        await Pipeline().run(target, svc, known_good=True)
    first = await Pipeline().run(target, svc)
    assert first.unchanged and crawler_requests(fetcher) == []
    cloaked[0] = True  # the normal view stays byte for byte the same
    contexts = []
    for _ in range(7):  # one window and a bit, a check every ten minutes
        clock.now += 600
        contexts.append(await Pipeline().run(target, svc))
    hit = next(c for c in contexts if c.verdict is not None and c.verdict.status is Status.DEFACED)
    assert hit.unchanged and hit.confirmed  # judged on the fast path, confirmed by a re-fetch
    assert [e.change for e in hit.events] == ["opened"]


async def test_a_page_that_stays_defaced_and_unchanged_is_not_compared_on_every_check() -> None:
    fetcher = FunctionFetcher(lambda r: site(r, [], cloaked=False))
    svc, archive, clock = hourly_services(fetcher)
    target = await archive.add_target(Target(url=URL))
    for _ in range(3):
        await Pipeline().run(target, svc, known_good=True)
    defaced = f"<html><body><h1>Hacked by Nobody</h1>{SPAM}</body></html>".encode()
    fetcher.handler = lambda r: (200, defaced)
    first = await Pipeline().run(target, svc)  # a fresh defaced verdict escalates: views compared
    assert first.verdict is not None and first.verdict.status is Status.DEFACED
    compared = len(crawler_requests(fetcher))
    assert compared == 3
    for _ in range(3):  # the same defaced page again, within the window
        clock.now += 60
        again = await Pipeline().run(target, svc)
        assert again.unchanged and again.verdict is not None and again.verdict.status is Status.DEFACED
    assert len(crawler_requests(fetcher)) == compared


class CountingComparator(CloakingComparator):
    def __init__(self) -> None:
        super().__init__()
        self.views: list[str] = []

    def compare(self, normal: Page, variant: Page, view: str) -> Finding | None:
        self.views.append(view)
        return super().compare(normal, variant, view)


async def test_views_served_the_normal_page_are_not_compared() -> None:
    """Each view differs from the normal one only by its visit number, a change the delta check
    clears as plain: no view is parsed or compared; the view a cloaked site serves spam still is."""
    for cloaked in (False, True):
        comparator = CountingComparator()
        plan = CloakingPlan(interval_s=6 * 3600, comparator=comparator)
        [ctx], fetcher, _ = await checked(cloaked=cloaked, plan=plan)
        assert ctx.verdict is not None
        assert ctx.verdict.status is (Status.DEFACED if cloaked else Status.CLEAN)
        assert len(crawler_requests(fetcher)) == 3  # every view was still fetched
        assert comparator.views == (["search crawlers (Googlebot)"] if cloaked else [])  # only it differs
