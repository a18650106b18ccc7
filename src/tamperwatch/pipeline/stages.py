"""The analysis stages of one check. Each is ``async def stage(ctx, services) -> None``.

Their order is data (``DEFAULT_STAGES`` in check.py); an analysis stage may call ``ctx.stop()``
to skip later analysis, while the bookkeeping stages (bookkeeping.py) always run.
"""

from __future__ import annotations

import time
from dataclasses import replace

from tamperwatch.capture.base import FetchRequest
from tamperwatch.detect.engine import auto_accept_candidate
from tamperwatch.detect.page import Page
from tamperwatch.detect.verdict import combine
from tamperwatch.models import IncidentKind, Status, Verdict
from tamperwatch.pipeline import render_stage
from tamperwatch.pipeline.availability import unavailable_reason
from tamperwatch.pipeline.context import CheckContext
from tamperwatch.pipeline.profiles import profile_of
from tamperwatch.pipeline.services import Services

ALERTING = (Status.DEFACED, Status.UNAVAILABLE)
# Findings from comparing other views of the page (cloaking): a plain re-fetch cannot reproduce
# them, so the confirming re-check carries them over (the stage fetched each view itself).
_LIVE_ONLY_DETECTORS = frozenset({"cloaking"})


async def fetch(ctx: CheckContext, svc: Services) -> None:
    t0 = time.perf_counter()
    conditional = not ctx.known_good and ctx.state.last_status not in ("", Status.UNAVAILABLE)
    request = FetchRequest(
        url=ctx.target.url,
        headers=ctx.target.headers,
        etag=ctx.state.etag if conditional else "",
        last_modified=ctx.state.last_modified if conditional else "",
    )
    ctx.capture = await svc.fetcher.fetch(request)
    ctx.timings["fetch"] = time.perf_counter() - t0


async def unchanged(ctx: CheckContext, svc: Services) -> None:
    """Fast path: a 304 or the same body hash as last time keeps the last verdict, no analysis.

    While learning, an unchanged page counts as one more known-good capture without being parsed
    again. Suspicious pages are re-analysed so a consistent redesign counts towards auto-accept.
    """
    cap, last = ctx.capture, ctx.state.last_status
    assert cap is not None
    if svc.renderer is not None and cap.ok and await render_stage.render_due(ctx, svc):
        return  # same HTML, but a render is due: only a render shows a JavaScript-only injection
    same = cap.not_modified or (cap.ok and cap.content_hash and cap.content_hash == ctx.state.last_body_hash)
    if not same or ctx.known_good or last not in (Status.CLEAN, Status.DEFACED, Status.LEARNING):
        return
    ctx.unchanged = True
    if last == Status.LEARNING:
        profile = await profile_of(ctx, svc)
        learning = svc.engine.learning(profile)  # as evaluate() would have said
        profile.learned += 1
        ctx.profile_dirty = True
        status = Status.LEARNING if learning else Status.CLEAN
        ctx.verdict = Verdict(status, 0.0, ("unchanged since last check",))
    else:
        ctx.verdict = Verdict(Status(last), ctx.state.last_score, ("unchanged since last check",))
    ctx.stop()


async def availability(ctx: CheckContext, svc: Services) -> None:
    assert ctx.capture is not None
    reason = unavailable_reason(ctx.capture)
    if reason:
        ctx.verdict = Verdict(Status.UNAVAILABLE, 0.0, (reason,))
        ctx.stop()


async def delta(ctx: CheckContext, svc: Services) -> None:
    """A changed page after a clean check: clean at once when the change is plain (detect/delta.py).

    Only for a plain 200 HTML answer without redirects or a render; the previous body comes from
    the archive. One cleared change in ``delta_learn_every`` (picked by its content hash, so a
    replay decides the same way) is still parsed and learned from by the ``learn`` stage.
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
        ctx.verdict = Verdict(Status.CLEAN, 0.0, (reason,))
        ctx.cleared = not every or int(cap.content_hash[:8], 16) % every != 0  # else: learned from
        ctx.stop()


async def detect(ctx: CheckContext, svc: Services) -> None:
    assert ctx.capture is not None
    profile = await profile_of(ctx, svc)
    t0 = time.perf_counter()
    page = ctx.page = svc.engine.page(ctx.capture, ctx.target.ignore_selectors)
    page.tree  # noqa: B018 - parse now, so parsing and detection are timed apart
    t1 = time.perf_counter()
    ctx.timings["parse"] = t1 - t0
    if ctx.close_learning:
        svc.engine.close_learning(profile)  # after this capture is learned, if it is known-good
        ctx.profile_dirty = True
    if ctx.known_good:
        svc.engine.learn(profile, page, trusted=True)
        ctx.profile_dirty = True
        ctx.verdict = Verdict(Status.LEARNING, 0.0, ("known-good capture learned",))
    else:
        previous = await previous_page(ctx, svc)
        ctx.verdict = svc.engine.evaluate(profile, page, previous=previous)
    ctx.timings["detect"] = time.perf_counter() - t1


async def previous_page(ctx: CheckContext, svc: Services) -> Page | None:
    """The last capture, parsed, when it was clean or known-good (the delta stage may have
    loaded its body already); None on a first check or after any other verdict."""
    before, cap = ctx.previous, ctx.capture
    if ctx.previous_page is not None or cap is None:
        return ctx.previous_page
    if before.last_status not in (Status.CLEAN, Status.LEARNING) or not before.last_body_hash:
        return None
    if ctx.previous_body is None:
        ctx.previous_body = await svc.archive.load_body(before.last_body_hash)
    if not ctx.previous_body:
        return None
    old = replace(cap, body=ctx.previous_body, redirect_chain=(), screenshot=b"", dom="", render=None)
    ctx.previous_page = svc.engine.page(old, ctx.target.ignore_selectors)
    return ctx.previous_page


async def confirm(ctx: CheckContext, svc: Services) -> None:
    """Re-fetch once before an alerting verdict may open an incident; a transient blip is dropped."""
    verdict = ctx.verdict
    if verdict is None or verdict.status not in ALERTING:
        return
    if ctx.unchanged and ctx.previous.last_status == verdict.status:
        ctx.confirmed = True  # the very same content was judged so before: seeing it again confirms it
        return
    kind = IncidentKind.DEFACED if verdict.status is Status.DEFACED else IncidentKind.UNAVAILABLE
    if not svc.confirm_refetch or await svc.archive.open_incident_for(ctx.target.id, kind) is not None:
        ctx.confirmed = True
        return
    again = await render_stage.recapture(ctx, svc)  # rendered again when the capture was rendered
    reason = unavailable_reason(again)
    if verdict.status is Status.UNAVAILABLE:
        ctx.confirmed = bool(reason)
        return
    if reason:
        return
    second = svc.engine.evaluate(
        await profile_of(ctx, svc), again, ctx.target.ignore_selectors, await previous_page(ctx, svc)
    )
    live_only = [f for f in verdict.findings if f.detector in _LIVE_ONLY_DETECTORS]
    if live_only:  # e.g. cloaking: the re-fetch of the normal view cannot show it again
        thresholds = (svc.engine.defaced_threshold, svc.engine.suspicious_threshold)
        second = combine([*second.findings, *live_only], *thresholds)
    ctx.confirmed = second.status is Status.DEFACED
    if ctx.confirmed:
        ctx.capture, ctx.verdict, ctx.page = again, second, None


async def learn(ctx: CheckContext, svc: Services) -> None:
    """Online update from clean captures; auto-accept a consistent redesign without content evidence."""
    verdict, cap = ctx.verdict, ctx.capture
    if verdict is None or cap is None or ctx.unchanged or ctx.cleared or ctx.known_good:
        return
    if verdict.status in (Status.CLEAN, Status.LEARNING):
        ctx.state.consecutive_suspicious = 0
        svc.engine.learn(await profile_of(ctx, svc), ctx.page or cap, ctx.target.ignore_selectors)
        ctx.profile_dirty = True
    elif auto_accept_candidate(verdict):
        ctx.state.consecutive_suspicious += 1
        if svc.auto_accept_after and ctx.state.consecutive_suspicious >= svc.auto_accept_after:
            svc.engine.accept(await profile_of(ctx, svc), ctx.page or cap, ctx.target.ignore_selectors)
            ctx.profile_dirty = ctx.keep_previous_profile = True
            ctx.state.consecutive_suspicious = 0
    elif verdict.status is not Status.UNAVAILABLE:
        ctx.state.consecutive_suspicious = 0
