"""Judge and commit: the verdict of one check, then its new state, signed record, incidents.

These stages always run, also after an acquisition stage stopped early. ``judge`` calls the pure
judge once (judge.py); ``learn`` applies the profile change it returned; ``update_state`` only
computes; ``record`` stores the observation, the body, the state and the profile in one
transaction, so a crash never leaves them out of step; ``incidents`` then opens or resolves
incidents.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime
from typing import Any

from tamperwatch.archive.base import ProfileUpdate
from tamperwatch.detect.screen import ScreenMode
from tamperwatch.incidents.service import SYSTEM_ACTOR
from tamperwatch.models import Incident, IncidentEvent, IncidentKind, Status
from tamperwatch.pipeline import render_stage
from tamperwatch.pipeline.context import CheckContext
from tamperwatch.pipeline.evidence import Evidence
from tamperwatch.pipeline.judge import ALERTING
from tamperwatch.pipeline.profiles import profile_of
from tamperwatch.pipeline.services import Services

_QUIET = ("", Status.CLEAN, Status.LEARNING)


async def judge(ctx: CheckContext, svc: Services) -> None:
    """The verdict, from the evidence acquisition gathered (the judge's only call in a check)."""
    judgement = svc.judge.judge(ctx.profile, Evidence.of(ctx))
    ctx.verdict, ctx.confirmed, ctx.change = judgement.verdict, judgement.confirmed, judgement.change
    if judgement.capture is not ctx.capture:  # a re-fetch confirmed the alert: it is the evidence
        ctx.capture, ctx.page = judgement.capture, None


async def learn(ctx: CheckContext, svc: Services) -> None:
    """Apply the judge's profile change: learn a clean capture, accept a consistent redesign."""
    change, selectors, engine = ctx.change, ctx.target.ignore_selectors, svc.engine_for(ctx.target)
    if change is None:
        _keep_page(ctx, svc)
        return
    ctx.state.consecutive_suspicious = change.consecutive_suspicious
    if change.count_unchanged:
        (await profile_of(ctx, svc)).learned += 1
        ctx.profile_dirty = True
    if change.learn is not None:
        engine.learn(await profile_of(ctx, svc), change.learn, selectors, trusted=change.trusted)
        ctx.profile_dirty = True
    if change.accept is not None:
        engine.accept(await profile_of(ctx, svc), change.accept, selectors)
        ctx.profile_dirty = ctx.keep_previous_profile = True
    _keep_page(ctx, svc)


def _keep_page(ctx: CheckContext, svc: Services) -> None:
    """Keep what the check's page derived (detected, learned) for the next check, whose
    reference it is when clean. Only a screened page: a learning round over many targets keeps
    nothing (the first judged check parses its reference once)."""
    page, capture, screen = ctx.page, ctx.capture, ctx.screen
    judged = screen is not None and screen.mode is ScreenMode.JUDGED
    if judged and page is not None and capture is not None and page.capture is capture:
        svc.recent_pages.keep(ctx.target.id, page, capture.content_hash, id(svc.engine_for(ctx.target)))


async def update_state(ctx: CheckContext, svc: Services) -> None:
    cap, verdict, st = ctx.capture, ctx.verdict, ctx.state
    assert cap is not None and verdict is not None
    st.last_checked_at = svc.clock()
    st.consecutive_failures = st.consecutive_failures + 1 if cap.error else 0
    if cap.ok and not cap.not_modified:
        st.etag = cap.header("etag")
        st.last_modified = cap.header("last-modified")
        st.last_body_hash = cap.content_hash
    st.last_status, st.last_score = verdict.status.value, verdict.score
    if verdict.status in (Status.CLEAN, Status.LEARNING) and cap.ok and st.last_body_hash:
        st.last_clean_hash = st.last_body_hash


GOOD_SCREENSHOT = "good_screenshot"  # key in the profile's render part: blob of the last clean render
GOOD = (Status.CLEAN, Status.LEARNING)  # verdicts whose render is the page as it should look


async def record(ctx: CheckContext, svc: Services) -> None:
    assert ctx.capture is not None and ctx.verdict is not None
    t0 = time.perf_counter()
    if ctx.capture.screenshot and ctx.verdict.status in GOOD and ctx.profile is not None:
        # the "before" of a later incident's visual evidence: the last render judged clean or
        # learned (the learning checks all render, so an incident in the first hours has one too)
        shot = await svc.archive.put_blob(ctx.capture.screenshot)
        ctx.profile.part(render_stage.PART)[GOOD_SCREENSHOT] = shot
        ctx.profile_dirty = True
    profile = None
    if ctx.profile_dirty and ctx.profile is not None:
        profile = ProfileUpdate(ctx.profile.dumps(), keep_previous=ctx.keep_previous_profile)
    await svc.archive.record_check(ctx.target, ctx.capture, ctx.verdict, ctx.state, profile)
    ctx.timings["store"] = time.perf_counter() - t0


async def _emit(ctx: CheckContext, svc: Services, incident: Incident, change: str) -> None:
    event = IncidentEvent(incident, ctx.target.url, change, datetime.now(UTC))
    ctx.events.append(event)
    await svc.events.publish(event)


async def _visual_evidence(ctx: CheckContext, svc: Services, blobs: list[str]) -> dict[str, Any]:
    """Before (last clean render), after and diff screenshots, or the after screenshot alone."""
    assert ctx.capture is not None
    after = ctx.capture.screenshot
    good = ctx.profile.part(render_stage.PART).get(GOOD_SCREENSHOT) if ctx.profile is not None else None
    before = await svc.archive.load_body(good) if isinstance(good, str) else None
    if before is None:
        shot = await svc.archive.put_blob(after)
        return {"screenshot_after": shot, "blobs": [*blobs, shot]}
    from tamperwatch.incidents.visual_evidence import store_visual_evidence  # Pillow: only when needed

    entries = await store_visual_evidence(svc.archive.put_blob, before, after)
    entries["blobs"] = [*blobs, *entries.get("blobs", [])]
    return entries


def _content_hash(ctx: CheckContext) -> str:
    """The body the verdict stands on: the capture's, or for a 304 (the same as the last capture,
    its verdict carried) the last body, which ``update_state`` kept."""
    cap = ctx.capture
    assert cap is not None
    return ctx.state.last_body_hash if cap.ok and cap.not_modified else cap.content_hash


def _clean_reference(ctx: CheckContext) -> str:
    """The "before" of an incident's text diff: the last body judged clean or learned. (The last
    body may be the defaced page itself: a page still defaced after its incident was resolved.)"""
    before = ctx.previous
    if before.last_clean_hash:
        return before.last_clean_hash
    return before.last_body_hash if before.last_status in GOOD else ""  # a state stored before migration 0005


async def incidents(ctx: CheckContext, svc: Services) -> None:
    """Open an incident on a confirmed alert; resolve open ones when the target is clean again.

    The archive is only consulted when something may change: an alert, repeated failures, or a
    clean check after a state that could have left an incident open.
    """
    verdict, cap = ctx.verdict, ctx.capture
    assert verdict is not None and cap is not None
    tid, archive = ctx.target.id, svc.archive
    if ctx.confirmed and verdict.status in ALERTING:
        kind = IncidentKind.DEFACED if verdict.status is Status.DEFACED else IncidentKind.UNAVAILABLE
        if await archive.open_incident_for(tid, kind) is None:
            after, before = _content_hash(ctx), _clean_reference(ctx)
            blobs = [h for h in (after, before) if h]
            evidence: dict[str, Any] = {
                "content_hash": after,
                "previous_hash": before,
                "final_url": cap.final_url or cap.url,
                "http_status": cap.status,
                "blobs": blobs,
            }
            if cap.screenshot:
                evidence |= await _visual_evidence(ctx, svc, blobs)
            opened = await svc.incidents.open(tid, kind, verdict.score, verdict.reasons, evidence)
            await _emit(ctx, svc, opened, "opened")
    failures = ctx.state.consecutive_failures
    if (
        failures >= svc.gap_failures
        and await archive.open_incident_for(tid, IncidentKind.MONITORING_GAP) is None
    ):
        reason = f"{failures} consecutive failed fetches: {cap.error}"
        inc = await svc.incidents.open(tid, IncidentKind.MONITORING_GAP, 0.0, (reason,), {})
        await _emit(ctx, svc, inc, "opened")
    could_be_open = ctx.previous.last_status not in _QUIET or ctx.previous.consecutive_failures > 0
    if verdict.status in (Status.CLEAN, Status.LEARNING) and (could_be_open or ctx.resolve_gap):
        for kind in IncidentKind:
            open_inc = await archive.open_incident_for(tid, kind)
            if open_inc is not None:
                inc = await svc.incidents.change(open_inc.id, "resolved", SYSTEM_ACTOR, "target clean again")
                await _emit(ctx, svc, inc, "resolved")
