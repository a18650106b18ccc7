"""The ``cloaking`` stage: compare the normal view with search-crawler and search-referrer views.

Live checks only. It runs on a slower schedule, on a target's first check in each window of
``CloakingPlan.interval_s`` (windows shifted per target by an offset fixed by its id, so targets
imported together do not all send their three crawler views in the same round), also when the
page is unchanged or cleared by the delta check (the pipeline runs this stage after a stop), and
at once on escalation (the verdict so far is suspicious or defaced, or any detector found
something).
It fetches each view through ``svc.fetcher`` (same URL policy and limits as every fetch),
compares it with the normal capture (``detect.cloaking``) and adds the findings to the evidence
(``ctx.views``), which the judge combines with the screen's. Skipped when the fetcher serves
stored captures (``live = False``: a replay's ``FileFetcher`` cannot show other views), when
``svc.cloaking`` is off, for known-good and learning captures and for
pages that are unavailable; a view that is itself unavailable (a 403 for a fake Googlebot, a
challenge page) says nothing, and a view served the same page (the same bytes, or a difference
the delta check clears as plain) is not parsed.
"""

from __future__ import annotations

import math
import time
import zlib

from tamperwatch.capture.base import FetchRequest
from tamperwatch.models import Capture, Finding, Status, Verdict
from tamperwatch.pipeline.acquire import provisional
from tamperwatch.pipeline.availability import unavailable_reason
from tamperwatch.pipeline.cloaking_plan import CloakingPlan
from tamperwatch.pipeline.context import CheckContext
from tamperwatch.pipeline.services import Services

_JUDGED = (Status.CLEAN, Status.SUSPICIOUS, Status.DEFACED)


def window_start(target_id: int, interval_s: float, now: float) -> float:
    """Start of the target's current comparison window. Windows are ``interval_s`` long and each
    target's are shifted by an offset fixed by its id, so targets are spread over the interval."""
    offset = interval_s * (zlib.crc32(str(target_id).encode()) / 2**32)
    return offset + math.floor((now - offset) / interval_s) * interval_s


def _due(ctx: CheckContext, verdict: Verdict, plan: CloakingPlan, now: float) -> bool:
    """On escalation, or on the target's first check in a new window (read from its state alone,
    so unchanged pages pay nothing for asking). The verdict an unchanged page carries over from
    its last check is no new escalation: a page that stays defaced is not compared on every check."""
    if not ctx.unchanged and (verdict.status is not Status.CLEAN or verdict.findings):
        return True  # escalation
    return ctx.previous.last_checked_at < window_start(ctx.target.id, plan.interval_s, now)


async def _normal_capture(ctx: CheckContext, svc: Services) -> Capture | None:
    """The normal view with a body (a 304 has none: fetch it again, unconditionally)."""
    cap = ctx.capture
    if cap is not None and cap.ok and not cap.not_modified and cap.body:
        return cap
    fresh = await svc.fetcher.fetch(FetchRequest(url=ctx.target.url, headers=ctx.target.headers))
    return None if unavailable_reason(fresh) or not fresh.body else fresh


def _served_alike(normal: Capture, variant: Capture, svc: Services) -> bool:
    """The view got the normal page, by the same redirects: the same bytes, or a difference the delta
    check clears as plain (no new host, script, hidden block or lexicon term: nothing the
    comparison could report). Neither page is parsed then."""
    if variant.redirect_chain != normal.redirect_chain:
        return False  # a view sent elsewhere is for the redirect-anomaly check to judge
    if (variant.final_url or variant.url) != (normal.final_url or normal.url):
        return False
    if variant.body == normal.body:
        return True
    gate = svc.delta_gate
    if gate is None or variant.status != 200 or normal.status != 200:
        return False
    content_type = variant.header("content-type")
    if content_type and "html" not in content_type.lower():
        return False
    return gate.clears(normal.body, variant.body, variant.final_url or variant.url, content_type) is not None


async def cloaking(ctx: CheckContext, svc: Services) -> None:
    if not svc.cloaking or not getattr(svc.fetcher, "live", True) or ctx.known_good or ctx.capture is None:
        return
    verdict = provisional(ctx, svc)
    if verdict.status not in _JUDGED:
        return
    plan = svc.cloaking_plan or CloakingPlan()
    if not _due(ctx, verdict, plan, svc.clock()):
        return
    views = plan.views(ctx.target)
    if not views:
        return
    t0 = time.perf_counter()
    normal = await _normal_capture(ctx, svc)
    if normal is None:
        return
    normal_page = ctx.page if normal is ctx.capture else None  # the parse the detect stage made
    found: list[Finding] = []
    for view in views:
        variant = await svc.fetcher.fetch(view.request)
        if unavailable_reason(variant) or not variant.body or _served_alike(normal, variant, svc):
            continue
        normal_page = normal_page or svc.engine.page(normal, ctx.target.ignore_selectors)
        page = svc.engine.page(variant, ctx.target.ignore_selectors)
        finding = plan.comparator.compare(normal_page, page, view.label)
        if finding is not None:
            found.append(finding)
    ctx.timings["cloaking"] = time.perf_counter() - t0
    ctx.views.extend(found)
