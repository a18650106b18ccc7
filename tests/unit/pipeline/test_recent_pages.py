"""Each target's last parsed page is kept for its next check: the same verdicts, less parsing."""

from __future__ import annotations

from datetime import UTC, datetime

from pipeline_helpers import Site, make_services

from tamperwatch.detect.page import Page
from tamperwatch.models import Capture, Status, Target
from tamperwatch.pipeline.check import Pipeline
from tamperwatch.pipeline.recent_pages import RECENT_PAGES_BYTES, RecentPages
from tamperwatch.pipeline.services import Services

INJECTED = (
    '<script src="https://evil-cdn.example/x.js"></script>'
    '<iframe src="https://evil-cdn.example/f" style="display:none" width="0" height="0"></iframe>'
)


def _page(body: str, content_type: str = "text/html; charset=utf-8") -> Page:
    capture = Capture(
        url="https://riverton.example/",
        fetched_at=datetime.now(UTC),
        status=200,
        headers=(("content-type", content_type),),
        body=body.encode(),
    )
    return Page(capture)


async def _checked(site: Site, budget: int) -> tuple[Services, Target]:
    services, archive, _ = make_services(site)
    services.recent_pages = RecentPages(budget)
    return services, await archive.add_target(Target(url="https://riverton.example/"))


async def _run(site: Site, budget: int, checks: int) -> list[tuple[str, float, tuple[str, ...]]]:
    services, target = await _checked(site, budget)
    pipeline, out = Pipeline(), []
    for n in range(checks):
        if n == checks - 2:
            site.extra = INJECTED
        ctx = await pipeline.run(target, services)
        assert ctx.verdict is not None
        out.append((ctx.verdict.status.value, ctx.verdict.score, ctx.verdict.reasons))
    return out


async def test_a_check_judges_against_the_views_its_last_check_derived() -> None:
    services, target = await _checked(Site(), RECENT_PAGES_BYTES)
    pipeline = Pipeline()
    checks = [await pipeline.run(target, services) for _ in range(services.engine.learn_captures + 3)]
    last, ctx = checks[-2], checks[-1]
    assert ctx.verdict is not None and ctx.verdict.status is Status.CLEAN
    assert last.page is not None and ctx.previous_page is not None
    assert ctx.previous_page.text_lines is last.page.text_lines  # adopted, not derived again
    fresh = Page(ctx.previous_page.capture)
    assert ctx.previous_page.text_lines == fresh.text_lines
    assert ctx.previous_page.headings == fresh.headings


async def test_verdicts_are_the_same_with_and_without_kept_pages() -> None:
    kept = await _run(Site(), budget=1 << 20, checks=8)
    parsed = await _run(Site(), budget=0, checks=8)
    assert kept == parsed
    assert kept[-2][0] != Status.CLEAN.value  # the injected block was judged, not carried


def test_only_the_same_page_adopts_and_the_oldest_target_goes_first() -> None:
    page = _page("<html><body><p>Riverton council meets</p></body></html>")
    _ = page.text_lines
    recent = RecentPages(budget=1)
    recent.keep(1, page, "hash-a", engine_id=7)
    assert len(recent) == 0  # larger than the whole budget: not kept
    recent = RecentPages(budget=1 << 20)
    recent.keep(1, page, "hash-a", engine_id=7)
    recent.budget = 2 * recent.size  # room for two targets' pages
    for target in (2, 3):
        recent.keep(target, page, "hash-a", engine_id=7)
    assert len(recent) == 2
    assert not recent.adopt(1, _page("<p>x</p>"), "hash-a", engine_id=7)  # dropped: least recent
    same = _page("<html><body><p>Riverton council meets</p></body></html>")
    assert recent.adopt(3, same, "hash-a", engine_id=7)
    assert same.text_lines is page.text_lines
    assert not recent.adopt(3, _page("<p>x</p>"), "hash-b", engine_id=7)  # another body
    assert not recent.adopt(3, _page("<p>x</p>"), "hash-a", engine_id=8)  # another engine
    latin1 = _page("<html><body><p>Riverton council meets</p></body></html>", "text/html; charset=latin-1")
    assert not recent.adopt(3, latin1, "hash-a", engine_id=7)  # decoded otherwise


async def test_a_process_that_checks_each_target_once_keeps_no_pages(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """`run --once` and a one-off `check` never check a target twice: they keep no reference
    pages (memory only a long-running `serve` gets its speed back from)."""
    from tamperwatch.runtime import open_runtime
    from tamperwatch.settings import Settings

    settings = Settings(_env_file=None, data_dir=tmp_path / "data")  # type: ignore[call-arg]
    async with open_runtime(settings, keep_pages=False) as once:
        assert once.services.recent_pages.budget == 0
    async with open_runtime(settings) as serving:
        assert serving.services.recent_pages.budget == RECENT_PAGES_BYTES


def test_a_pages_identified_languages_cost_their_slots_not_their_lines_again() -> None:
    lines = [f"Der Gemeinderat hat am Dienstag über die neue Schule Nummer {n} beraten" for n in range(300)]
    body = "<html><body>" + "".join(f"<p>{line}</p>" for line in lines) + "</body></html>"
    plain, identified = _page(body), _page(body)
    plain.text_lines  # noqa: B018 - derived, as a check derives it
    for line in identified.text_lines:
        identified.language_of(line)
    one, two = RecentPages(), RecentPages()
    one.keep(1, plain, "hash", 0)
    two.keep(1, identified, "hash", 0)
    # the languages add a slot per line, not a second copy of the text: both fit where one did
    assert two.size - one.size <= 64 * len(lines) < one.size
    budget = RecentPages(3 * (one.size + 64 * len(lines)))
    for target in range(3):
        page = _page(body)
        for line in page.text_lines:
            page.language_of(line)
        budget.keep(target, page, "hash", 0)
    assert len(budget) == 3
