"""The render tier inside a check: the ``render`` and ``escalate`` stages load the page in Chromium
when the target's render policy says so.

Render policies (``Target.render_policy``; the default is ``periodic``):

- ``never``: no render.
- ``on-change``: the HTTP tier escalates: after ``screen`` judged the served HTML, a check whose
  verdict shows a non-trivial change (any finding, or a verdict that is not clean; a change inside
  the learned volatile regions gives neither) renders, and the screen runs again on the capture with
  the render (``escalate``). The same served HTML is not rendered twice.
- ``periodic``: on-change, plus a render whenever ``render_interval_s`` passed since the last one
  (``render``, before detection), so an injection that exists only in JavaScript is caught within
  one interval even when the served HTML never changes.
- ``always``: every check (sites built by JavaScript).

Every rendering policy renders the known-good captures and every check until the visual baseline
has ``learn_captures`` renders.

What the detectors then see: for ``always`` the rendered capture replaces the HTTP one (its body is
the rendered HTML, so every detector judges what the visitor saw, and the baseline is learned from
rendered pages only). For ``on-change`` and ``periodic`` the HTTP capture stays (the HTML detectors
and the baseline keep judging the served HTML, as on the checks that do not render) and gains the
screenshot, the rendered DOM and the render report, which the visual detector judges. A failed
render leaves the HTTP capture as it was (the render error is noted in the profile part).

When the last render happened is kept in the target's profile (part ``render``: ``rendered_at``,
``raw_hash``, ``renders``, ``error``), which the archive stores with the check, so it survives
restarts and moves between workers. Once the visual baseline is complete the time is mirrored in
the target's state (``TargetState.rendered_at``), so deciding whether a check renders needs no
profile load: an unchanged page of a ``periodic`` target costs what it costs without a renderer.

Whether a check renders before detection is decided once, before its fetch (``planned``). A check
that renders asks for the page without validators (no ``If-None-Match`` / ``If-Modified-Since``), so
the render always pairs with the served HTML and the detectors judge the page's body, never an
empty 304; the ``unchanged`` stage lets such a check through even when the body is the same as
last time. A check that does not render may get a 304, which carries the last verdict.
"""

from __future__ import annotations

import time
from dataclasses import replace

from tamperwatch.capture.base import FetchRequest
from tamperwatch.detect.base import ProfilePart
from tamperwatch.models import Capture, RenderPolicy, Status, Verdict
from tamperwatch.pipeline.context import CheckContext
from tamperwatch.pipeline.profiles import profile_of
from tamperwatch.pipeline.services import Services

PART = "render"
ESCALATING = frozenset({RenderPolicy.ON_CHANGE, RenderPolicy.PERIODIC})


def _raw_hash(ctx: CheckContext) -> str:
    cap = ctx.capture
    return cap.content_hash if cap is not None and cap.ok else ""


async def planned(ctx: CheckContext, svc: Services) -> bool:
    """Whether this check renders before detection: ``render_due``, asked once per check (the
    fetch, the ``unchanged`` stage and the ``render`` stage follow the same answer)."""
    if ctx.render_planned is None:
        ctx.render_planned = await render_due(ctx, svc)
    return ctx.render_planned


async def render_due(ctx: CheckContext, svc: Services) -> bool:
    """Whether this check renders before detection: the policy, the interval, the visual baseline.

    The on-change escalation is decided after detection (``escalation_due``).
    """
    policy = ctx.target.render_policy
    if svc.renderer is None or policy is RenderPolicy.NEVER:
        return False
    if policy is RenderPolicy.ALWAYS or ctx.known_good:
        return True
    if ctx.state.rendered_at:  # the visual baseline is complete: the state knows, no profile load
        due = policy is RenderPolicy.PERIODIC
        return due and svc.clock() - ctx.state.rendered_at >= svc.render_interval_s
    part = (await profile_of(ctx, svc)).part(PART)
    if int(part.get("renders", 0)) < svc.engine.learn_captures:
        return True
    if policy is RenderPolicy.PERIODIC:
        return svc.clock() - float(part.get("rendered_at", 0.0)) >= svc.render_interval_s
    return False


def non_trivial(verdict: Verdict) -> bool:
    """Whether the HTTP tier's verdict shows a change worth a render: any finding, or not clean."""
    return bool(verdict.findings) or verdict.status not in (Status.CLEAN, Status.LEARNING)


def escalation_due(ctx: CheckContext, svc: Services, part: ProfilePart, verdict: Verdict) -> bool:
    """Whether the HTTP tier's ``verdict`` of this check asks for a render (policies on-change, periodic)."""
    cap = ctx.capture
    if svc.renderer is None or ctx.target.render_policy not in ESCALATING or ctx.known_good:
        return False
    if cap is None or not cap.ok or cap.not_modified or cap.screenshot:
        return False  # nothing to pair a render with, or rendered already by this check
    return non_trivial(verdict) and _raw_hash(ctx) != part.get("raw_hash")


def merge(http: Capture, rendered: Capture, policy: RenderPolicy) -> Capture:
    """The capture the detectors see after a render (see the module docstring)."""
    timings = {**http.timings, "render": rendered.timings.get("fetch", 0.0)}
    if policy is RenderPolicy.ALWAYS:
        return replace(
            rendered,
            redirect_chain=http.redirect_chain,
            tls=http.tls,
            resolved_ip=http.resolved_ip,
            timings=timings,
        )
    return replace(
        http, screenshot=rendered.screenshot, dom=rendered.dom, render=rendered.render, timings=timings
    )


async def _render_into(ctx: CheckContext, svc: Services, part: ProfilePart) -> bool:
    """Render the target and merge it into ``ctx.capture``; whether the capture gained a render."""
    cap = ctx.capture
    assert cap is not None and svc.renderer is not None
    t0 = time.perf_counter()
    rendered = await svc.renderer.fetch(FetchRequest(url=ctx.target.url, headers=ctx.target.headers))
    ctx.timings["render"] = time.perf_counter() - t0
    part["rendered_at"] = svc.clock()
    part["raw_hash"] = _raw_hash(ctx)
    ctx.profile_dirty = True
    if rendered.ok:
        part["renders"] = int(part.get("renders", 0)) + 1
        part.pop("error", None)
    else:
        part["error"] = rendered.error[:300]
    if int(part.get("renders", 0)) >= svc.engine.learn_captures:
        ctx.state.rendered_at = part["rendered_at"]  # mirrored, so render_due needs no profile
    if not rendered.ok:
        return False
    ctx.capture = merge(cap, rendered, ctx.target.render_policy)
    return True


async def render(ctx: CheckContext, svc: Services) -> None:
    """Stage ``render`` (before ``screen``): the renders the policy schedules whatever the HTML says."""
    if ctx.capture is None or svc.renderer is None or not await planned(ctx, svc):
        return
    await _render_into(ctx, svc, (await profile_of(ctx, svc)).part(PART))


async def escalate(ctx: CheckContext, svc: Services) -> None:
    """Stage ``escalate`` (after ``screen``): render when the HTTP tier's evidence shows a
    non-trivial change, then screen the capture with its render (the visual detector joins in)."""
    if ctx.capture is None or ctx.screen is None:
        return
    profile = await profile_of(ctx, svc)
    part = profile.part(PART)
    verdict = svc.engine.verdict(ctx.screen)
    if not escalation_due(ctx, svc, part, verdict) or not await _render_into(ctx, svc, part):
        return
    assert ctx.capture is not None
    t0 = time.perf_counter()
    ctx.page = svc.engine.page(ctx.capture, ctx.target.ignore_selectors)
    ctx.screen = svc.engine_for(ctx.target).screen(profile, ctx.page, previous=ctx.previous_page)
    ctx.timings["detect"] = ctx.timings.get("detect", 0.0) + time.perf_counter() - t0


async def recapture(ctx: CheckContext, svc: Services) -> Capture:
    """A fresh capture for the ``confirm`` stage, rendered when the capture being confirmed was.

    A defacement only the render shows (JavaScript, CSS) would vanish from a plain HTTP re-fetch
    and never be confirmed; so the re-check renders again and merges like ``render`` does. This
    is the escalation: the re-render also takes the full-page screenshot (``render.full_page``,
    height capped) kept as evidence.
    """
    request = FetchRequest(url=ctx.target.url, headers=ctx.target.headers)
    again = await svc.fetcher.fetch(request)
    cap = ctx.capture
    if svc.renderer is None or cap is None or not cap.screenshot or not again.ok or again.not_modified:
        return again
    render = getattr(svc.renderer, "render", None)  # BrowserFetcher: add full-page evidence
    rendered = await (render(request, full_page=True) if render else svc.renderer.fetch(request))
    return merge(again, rendered, ctx.target.render_policy) if rendered.ok else again
