"""The ``render`` stage: the render tier. Loads the page in Chromium when the target's policy says so.

Render policies (``Target.render_policy``; the default stays ``never``, so Chromium runs only for
targets that opt in):

- ``never``: no render.
- ``on-change``: render when the HTTP tier saw a change of the raw HTML (this stage runs only
  after ``unchanged`` let the check through) that was not rendered yet.
- ``periodic``: on-change, plus a render whenever ``render_interval_s`` passed since the last one,
  so an injection that exists only in JavaScript is caught within one interval.
- ``always``: every check (sites built by JavaScript).

Until the visual baseline has ``learn_captures`` renders, every check of a rendering target renders.

What the detectors then see: for ``always`` the rendered capture replaces the HTTP one (its body is
the rendered HTML, so every detector judges what the visitor saw, and the baseline is learned from
rendered pages only). For ``on-change`` and ``periodic`` the HTTP capture stays (the HTML detectors
and the baseline keep judging the served HTML, as on the checks that do not render) and gains the
screenshot, the rendered DOM and the render report, which the visual detector judges. A failed
render leaves the HTTP capture as it was (the render error is noted in the profile part).

When the last render happened is kept in the target's profile (part ``render``: ``rendered_at``,
``raw_hash``, ``renders``, ``error``), which the archive stores with the check: no schema change,
and it survives restarts and moves between workers.

A ``periodic`` render of a page whose raw HTML did not change goes through because the
``unchanged`` stage asks ``render_due`` before it stops a check.
"""

from __future__ import annotations

import time
from dataclasses import replace

from tamperwatch.capture.base import FetchRequest
from tamperwatch.models import Capture, RenderPolicy
from tamperwatch.pipeline.context import CheckContext
from tamperwatch.pipeline.profiles import profile_of
from tamperwatch.pipeline.services import Services

PART = "render"


def _raw_hash(ctx: CheckContext) -> str:
    cap = ctx.capture
    if cap is None or not cap.ok:
        return ""
    return ctx.state.last_body_hash if cap.not_modified else cap.content_hash


async def render_due(ctx: CheckContext, svc: Services) -> bool:
    """Whether this check should render (the policy, the interval, the visual baseline)."""
    policy = ctx.target.render_policy
    if svc.renderer is None or policy is RenderPolicy.NEVER:
        return False
    if policy is RenderPolicy.ALWAYS or ctx.known_good:
        return True
    part = (await profile_of(ctx, svc)).part(PART)
    if int(part.get("renders", 0)) < svc.engine.learn_captures:
        return True
    if _raw_hash(ctx) != part.get("raw_hash"):
        return True
    if policy is RenderPolicy.PERIODIC:
        return svc.clock() - float(part.get("rendered_at", 0.0)) >= svc.render_interval_s
    return False


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


async def render(ctx: CheckContext, svc: Services) -> None:
    cap = ctx.capture
    if cap is None or svc.renderer is None or not await render_due(ctx, svc):
        return
    t0 = time.perf_counter()
    rendered = await svc.renderer.fetch(FetchRequest(url=ctx.target.url, headers=ctx.target.headers))
    ctx.timings["render"] = time.perf_counter() - t0
    part = (await profile_of(ctx, svc)).part(PART)
    part["rendered_at"] = svc.clock()
    part["raw_hash"] = _raw_hash(ctx)
    ctx.profile_dirty = True
    if not rendered.ok:
        part["error"] = rendered.error[:300]
        return
    part["renders"] = int(part.get("renders", 0)) + 1
    part.pop("error", None)
    if cap.not_modified and ctx.target.render_policy is not RenderPolicy.ALWAYS:
        return  # a 304 has no served HTML to pair with the render; the next change renders again
    ctx.capture = merge(cap, rendered, ctx.target.render_policy)


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
