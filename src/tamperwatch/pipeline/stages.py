"""The stages of one check. Each is ``async def stage(ctx, services) -> None``.

Their order is data (``DEFAULT_STAGES`` in check.py); an analysis stage may call
``ctx.stop()`` to skip later analysis, bookkeeping stages (record, incidents, state) always run.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime

from tamperwatch.capture.base import FetchRequest
from tamperwatch.detect.engine import auto_accept_candidate
from tamperwatch.detect.profile import Profile
from tamperwatch.models import Incident, IncidentEvent, IncidentKind, IncidentState, Status, Verdict
from tamperwatch.pipeline.availability import unavailable_reason
from tamperwatch.pipeline.context import CheckContext
from tamperwatch.pipeline.services import Services

_ALERTING = (Status.DEFACED, Status.UNAVAILABLE)


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
    """Fast path: a 304 or the same body hash as last time keeps the last verdict, no analysis."""
    cap = ctx.capture
    assert cap is not None
    same = cap.not_modified or (cap.ok and cap.content_hash and cap.content_hash == ctx.state.last_body_hash)
    # Suspicious pages are re-analysed so a consistent redesign can count towards auto-accept.
    if same and not ctx.known_good and ctx.state.last_status in (Status.CLEAN, Status.DEFACED):
        ctx.unchanged = True
        ctx.verdict = Verdict(
            Status(ctx.state.last_status), ctx.state.last_score, ("unchanged since last check",)
        )
        ctx.stop()


async def availability(ctx: CheckContext, svc: Services) -> None:
    assert ctx.capture is not None
    reason = unavailable_reason(ctx.capture)
    if reason:
        ctx.verdict = Verdict(Status.UNAVAILABLE, 0.0, (reason,))
        ctx.stop()


async def _profile(ctx: CheckContext, svc: Services) -> Profile:
    if ctx.profile is None:
        ctx.profile = Profile.loads(await svc.archive.load_profile(ctx.target.id))
    return ctx.profile


async def detect(ctx: CheckContext, svc: Services) -> None:
    assert ctx.capture is not None
    profile = await _profile(ctx, svc)
    t0 = time.perf_counter()
    if ctx.known_good:
        svc.engine.learn(profile, ctx.capture, ctx.target.ignore_selectors)
        ctx.profile_dirty = True
        ctx.verdict = Verdict(Status.LEARNING, 0.0, ("known-good capture learned",))
    else:
        ctx.verdict = svc.engine.evaluate(profile, ctx.capture, ctx.target.ignore_selectors)
    ctx.timings["detect"] = time.perf_counter() - t0


async def confirm(ctx: CheckContext, svc: Services) -> None:
    """Re-fetch once before an alerting verdict may open an incident; a transient blip is dropped."""
    verdict = ctx.verdict
    if verdict is None or verdict.status not in _ALERTING or ctx.unchanged:
        return
    kind = IncidentKind.DEFACED if verdict.status is Status.DEFACED else IncidentKind.UNAVAILABLE
    if not svc.confirm_refetch or await svc.archive.open_incident_for(ctx.target.id, kind) is not None:
        ctx.confirmed = True
        return
    again = await svc.fetcher.fetch(FetchRequest(url=ctx.target.url, headers=ctx.target.headers))
    reason = unavailable_reason(again)
    if verdict.status is Status.UNAVAILABLE:
        ctx.confirmed = bool(reason)
        return
    if reason:
        return
    second = svc.engine.evaluate(await _profile(ctx, svc), again, ctx.target.ignore_selectors)
    ctx.confirmed = second.status is Status.DEFACED
    if ctx.confirmed:
        ctx.capture, ctx.verdict = again, second


async def learn(ctx: CheckContext, svc: Services) -> None:
    """Online update from clean captures; auto-accept a consistent redesign without content evidence."""
    verdict, cap = ctx.verdict, ctx.capture
    if verdict is None or cap is None or ctx.unchanged or ctx.known_good:
        return
    if verdict.status in (Status.CLEAN, Status.LEARNING):
        ctx.state.consecutive_suspicious = 0
        svc.engine.learn(await _profile(ctx, svc), cap, ctx.target.ignore_selectors)
        ctx.profile_dirty = True
    elif auto_accept_candidate(verdict):
        ctx.state.consecutive_suspicious += 1
        if svc.auto_accept_after and ctx.state.consecutive_suspicious >= svc.auto_accept_after:
            svc.engine.accept(await _profile(ctx, svc), cap, ctx.target.ignore_selectors)
            ctx.profile_dirty = ctx.keep_previous_profile = True
            ctx.state.consecutive_suspicious = 0
    elif verdict.status is not Status.UNAVAILABLE:
        ctx.state.consecutive_suspicious = 0


async def record(ctx: CheckContext, svc: Services) -> None:
    assert ctx.capture is not None and ctx.verdict is not None
    t0 = time.perf_counter()
    await svc.archive.record_check(ctx.target, ctx.capture, ctx.verdict)
    if ctx.profile_dirty and ctx.profile is not None:
        await svc.archive.save_profile(
            ctx.target.id, ctx.profile.dumps(), keep_previous=ctx.keep_previous_profile
        )
    ctx.timings["store"] = time.perf_counter() - t0


async def _emit(ctx: CheckContext, svc: Services, incident: Incident, change: str) -> None:
    event = IncidentEvent(incident, ctx.target.url, change, datetime.now(UTC))
    ctx.events.append(event)
    await svc.events.publish(event)


async def incidents(ctx: CheckContext, svc: Services) -> None:
    """Open an incident on a confirmed alert, resolve open ones when the target is clean again."""
    verdict, cap = ctx.verdict, ctx.capture
    assert verdict is not None and cap is not None
    tid = ctx.target.id
    if ctx.confirmed and verdict.status in _ALERTING:
        kind = IncidentKind.DEFACED if verdict.status is Status.DEFACED else IncidentKind.UNAVAILABLE
        if await svc.archive.open_incident_for(tid, kind) is None:
            evidence = {
                "content_hash": cap.content_hash,
                "previous_hash": ctx.state.last_body_hash,
                "final_url": cap.final_url or cap.url,
                "http_status": cap.status,
                "blobs": [h for h in (cap.content_hash, ctx.state.last_body_hash) if h],
            }
            inc = await svc.archive.open_incident(tid, kind, verdict.score, verdict.reasons, evidence)
            await _emit(ctx, svc, inc, "opened")
    failures = ctx.state.consecutive_failures + 1 if cap.error else 0
    if (
        failures >= svc.gap_failures
        and await svc.archive.open_incident_for(tid, IncidentKind.MONITORING_GAP) is None
    ):
        inc = await svc.archive.open_incident(
            tid,
            IncidentKind.MONITORING_GAP,
            0.0,
            (f"{failures} consecutive failed fetches: {cap.error}",),
            {},
        )
        await _emit(ctx, svc, inc, "opened")
    if verdict.status in (Status.CLEAN, Status.LEARNING):
        for kind in IncidentKind:
            if kind is IncidentKind.MONITORING_GAP and cap.error:
                continue
            open_inc = await svc.archive.open_incident_for(tid, kind)
            if open_inc is not None:
                inc = await svc.archive.set_incident_state(
                    open_inc.id, IncidentState.RESOLVED, "target clean again"
                )
                await _emit(ctx, svc, inc, "resolved")


async def update_state(ctx: CheckContext, svc: Services) -> None:
    cap, verdict, st = ctx.capture, ctx.verdict, ctx.state
    assert cap is not None and verdict is not None
    now = svc.clock()
    st.last_checked_at = now
    st.consecutive_failures = st.consecutive_failures + 1 if cap.error else 0
    if cap.ok and not cap.not_modified:
        st.etag = cap.header("etag")
        st.last_modified = cap.header("last-modified")
        st.last_body_hash = cap.content_hash
    if not (ctx.unchanged and verdict.status is Status(st.last_status or "clean")):
        st.last_status, st.last_score = verdict.status.value, verdict.score
    await svc.archive.save_state(st)
