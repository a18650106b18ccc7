"""Acquisition stages of one check: gather the evidence the judge needs.

Each is ``async def stage(ctx, services) -> None``.

Their order is data (``DEFAULT_STAGES`` in check.py). The plan is fixed up front: fetch (with the
last answer's validators only when a 304 could carry the last verdict); stop early on an
unchanged page, an unavailable one or a plain change (the delta check); render when
the target's render policy makes one due; screen the page with the detectors once. The follow-ups
(escalate to a render, compare other views, re-fetch to confirm) are rules that ask
``provisional``, the judge's assessment of the evidence so far; none of them runs a detector over
a page the screen already saw. The verdict itself is the judge stage's (judge.py).
"""

from __future__ import annotations

import time
from dataclasses import replace

from tamperwatch.capture.base import FetchRequest
from tamperwatch.detect.page import Page
from tamperwatch.models import IncidentKind, Status, Verdict
from tamperwatch.pipeline import render_stage
from tamperwatch.pipeline.availability import unavailable_reason
from tamperwatch.pipeline.context import CheckContext
from tamperwatch.pipeline.evidence import Evidence, Recheck
from tamperwatch.pipeline.judge import ALERTING
from tamperwatch.pipeline.profiles import profile_of
from tamperwatch.pipeline.services import Services

UNCHANGED_REASON = "unchanged since last check"
CARRIED = (Status.CLEAN, Status.DEFACED, Status.LEARNING)  # the verdicts an unchanged page keeps


def provisional(ctx: CheckContext, svc: Services) -> Verdict:
    """What the evidence gathered so far says, before confirmation: for follow-up rules only."""
    return svc.judge.assess(ctx.profile, Evidence.of(ctx))


async def asks_conditionally(ctx: CheckContext, svc: Services) -> bool:
    """Whether the fetch sends the last answer's validators (ETag, Last-Modified). Only a check
    whose 304 would take the fast path does: a 304 means "the same as the last capture" and carries
    its verdict. A check that must see the page (known-good history, the first check after one
    that was not carried, a check with a render due) asks without them, so it gets the body."""
    if ctx.known_good or ctx.state.last_status not in CARRIED:
        return False
    return not await render_stage.planned(ctx, svc)


async def fetch(ctx: CheckContext, svc: Services) -> None:
    t0 = time.perf_counter()
    conditional = await asks_conditionally(ctx, svc)
    request = FetchRequest(
        url=ctx.target.url,
        headers=ctx.target.headers,
        etag=ctx.state.etag if conditional else "",
        last_modified=ctx.state.last_modified if conditional else "",
    )
    ctx.capture = await svc.fetcher.fetch(request)
    ctx.timings["fetch"] = time.perf_counter() - t0


async def unchanged(ctx: CheckContext, svc: Services) -> None:
    """Fast path: a 304 or the same body hash as last time carries the last verdict, no analysis.

    While learning, an unchanged page counts as one more known-good capture without being parsed
    again. Suspicious pages are re-analysed so a consistent redesign counts towards auto-accept.
    """
    cap, last = ctx.capture, ctx.state.last_status
    assert cap is not None
    if svc.renderer is not None and cap.ok and await render_stage.planned(ctx, svc):
        return  # same HTML, but a render is due: only a render shows a JavaScript-only injection
    same = cap.not_modified or (cap.ok and cap.content_hash and cap.content_hash == ctx.state.last_body_hash)
    if not same or ctx.known_good or last not in CARRIED:
        return  # a 304 that gets here was not asked for: the availability stage calls it no page
    ctx.unchanged = True
    if last == Status.LEARNING:
        await profile_of(ctx, svc)  # the judge asks whether the profile is still learning
    ctx.carried = Verdict(Status(last), ctx.state.last_score, await _carried_reasons(ctx, svc))
    ctx.stop()


async def _carried_reasons(ctx: CheckContext, svc: Services) -> tuple[str, ...]:
    """Why the unchanged page got its verdict: a page that stays defaced repeats the reasons of
    its open incident (one archive read, for defaced pages only), not just "unchanged"."""
    if ctx.state.last_status == Status.DEFACED:
        incident = await svc.archive.open_incident_for(ctx.target.id, IncidentKind.DEFACED)
        if incident is not None and incident.reasons:
            return (*incident.reasons, UNCHANGED_REASON)
    return (UNCHANGED_REASON,)


async def availability(ctx: CheckContext, svc: Services) -> None:
    assert ctx.capture is not None
    ctx.unavailable = unavailable_reason(ctx.capture)
    if ctx.unavailable:
        ctx.stop()


async def delta(ctx: CheckContext, svc: Services) -> None:
    """A changed page after a clean check: clean at once when the change is plain (detect/delta.py).

    Only for a plain 200 HTML answer without redirects or a render; the previous body comes from
    the archive. One cleared change in ``delta_learn_every`` (picked by its content hash, so a
    replay decides the same way) is still parsed and learned from.
    """
    gate, cap, before = svc.delta_gate, ctx.capture, ctx.previous
    if gate is None or cap is None or ctx.known_good or before.last_status != Status.CLEAN:
        return
    if not cap.ok or cap.not_modified or cap.status != 200 or cap.redirect_chain or cap.screenshot:
        return
    content_type = cap.header("content-type")
    if not cap.body or (content_type and "html" not in content_type.lower()) or not before.last_body_hash:
        return
    t0 = time.perf_counter()
    old = ctx.previous_body = await svc.archive.load_body(before.last_body_hash)
    reason = old and gate.clears(old, cap.body, cap.final_url or cap.url, content_type)
    ctx.timings["detect"] = time.perf_counter() - t0
    if reason:
        every = svc.delta_learn_every
        ctx.cleared_reason = reason
        ctx.learn_cleared = bool(every) and int(cap.content_hash[:8], 16) % every == 0
        ctx.cleared = not ctx.learn_cleared
        ctx.stop()


async def screen(ctx: CheckContext, svc: Services) -> None:
    """Parse the capture once and run the detectors over it once (known-good captures are only parsed)."""
    assert ctx.capture is not None
    profile = await profile_of(ctx, svc)
    t0 = time.perf_counter()
    page = ctx.page = svc.engine.page(ctx.capture, ctx.target.ignore_selectors)
    page.tree  # noqa: B018 - parse now, so parsing and detection are timed apart
    t1 = time.perf_counter()
    ctx.timings["parse"] = t1 - t0
    if ctx.close_learning:
        svc.engine.close_learning(profile)  # the replay contract: later checks are all judged
        ctx.profile_dirty = True
    if not ctx.known_good:
        previous = await previous_page(ctx, svc)
        if previous is not None:
            page.borrow_links(previous)  # most of a page's links are the page before's
        ctx.screen = svc.engine_for(ctx.target).screen(profile, page, previous=previous)
    ctx.timings["detect"] = time.perf_counter() - t1


async def previous_page(ctx: CheckContext, svc: Services) -> Page | None:
    """The last clean or known-good capture, parsed (the delta stage may have loaded its body
    already): the last capture when it was clean, else the one before it that was (a suspicious
    check in between leaves the next one its reference); None on a first check."""
    before, cap = ctx.previous, ctx.capture
    if ctx.previous_page is not None or cap is None:
        return ctx.previous_page
    last_clean = before.last_status in (Status.CLEAN, Status.LEARNING)
    reference = before.last_body_hash if last_clean else before.last_clean_hash
    if not reference:
        return None
    if ctx.previous_body is None or not last_clean:
        ctx.previous_body = await svc.archive.load_body(reference)
    if not ctx.previous_body:
        return None
    old = replace(cap, body=ctx.previous_body, redirect_chain=(), screenshot=b"", dom="", render=None)
    ctx.previous_page = svc.engine.page(old, ctx.target.ignore_selectors)
    # what this target's last check derived from that very page, when it parsed it
    svc.recent_pages.adopt(ctx.target.id, ctx.previous_page, reference, id(svc.engine_for(ctx.target)))
    return ctx.previous_page


async def confirm(ctx: CheckContext, svc: Services) -> None:
    """Re-fetch once when the evidence alerts, before an incident may open: a transient blip is
    dropped. The re-fetch is screened like the capture; the judge decides what it confirms."""
    if ctx.capture is None:
        return
    verdict = provisional(ctx, svc)
    if verdict.status not in ALERTING:
        return
    if ctx.unchanged and ctx.previous.last_status == verdict.status:
        return  # the very same content was judged so before: the judge counts that as confirmed
    kind = IncidentKind.DEFACED if verdict.status is Status.DEFACED else IncidentKind.UNAVAILABLE
    if not svc.confirm_refetch or await svc.archive.open_incident_for(ctx.target.id, kind) is not None:
        ctx.confirm_needed = False
        return
    again = await render_stage.recapture(ctx, svc)  # rendered again when the capture was rendered
    reason = unavailable_reason(again)
    if reason or verdict.status is Status.UNAVAILABLE:
        ctx.recheck = Recheck(again, reason)
        return
    profile = await profile_of(ctx, svc)
    page = svc.engine.page(again, ctx.target.ignore_selectors)
    screened = svc.engine_for(ctx.target).screen(profile, page, previous=await previous_page(ctx, svc))
    ctx.recheck = Recheck(again, "", screened)
