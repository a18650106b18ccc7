"""VisualDetector on synthetic renders: imagery, render-time origins, changed scripts, no render."""

from __future__ import annotations

import io
from datetime import UTC, datetime

from PIL import Image, ImageDraw

from tamperwatch.detect.page import Page
from tamperwatch.detect.visual import VisualDetector
from tamperwatch.models import Capture, RenderedResource, RenderReport

URL = "https://acme.example/"
SERVED = (
    b"<html><head><script src='https://cdn.vendor.example/a.js'></script></head><body><p>Hi</p></body></html>"
)


def _screen(background: tuple[int, int, int], text_box: tuple[int, int, int, int] | None = None) -> bytes:
    image = Image.new("RGB", (1280, 800), background)
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, 1279, 90), fill=(26, 77, 143))  # header bar
    for row in range(6):
        draw.rectangle((60, 150 + row * 80, 900, 170 + row * 80), fill=(90, 90, 90))  # text lines
    if text_box is not None:
        draw.rectangle((0, 0, 1279, 799), fill=(0, 0, 0))
        draw.rectangle(text_box, fill=(230, 0, 0))
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def _capture(screenshot: bytes, *resources: RenderedResource) -> Capture:
    return Capture(
        url=URL,
        fetched_at=datetime.now(UTC),
        status=200,
        headers=(("content-type", "text/html"),),
        body=SERVED,
        screenshot=screenshot,
        dom=SERVED.decode(),
        render=RenderReport(resources=resources),
    )


def _script(url: str, digest: str) -> RenderedResource:
    origin = "/".join(url.split("/")[:3])
    return RenderedResource(url, origin, "script", digest, 200)


def _learned(*resources: RenderedResource) -> dict[str, object]:
    detector, part = VisualDetector(), {}
    for _ in range(3):
        detector.learn_trusted(part, Page(_capture(_screen((255, 255, 255)), *resources)))
    return part


def test_a_capture_without_a_render_is_neither_learned_nor_judged() -> None:
    detector, part = VisualDetector(), {}
    plain = Capture(url=URL, fetched_at=datetime.now(UTC), body=SERVED)
    detector.learn_trusted(part, Page(plain))
    assert part == {}
    assert detector.detect(_learned(), Page(plain)) == []


def test_the_same_look_gives_no_finding() -> None:
    assert VisualDetector().detect(_learned(), Page(_capture(_screen((255, 255, 255))))) == []


def test_a_dark_full_screen_with_centred_content_is_defacement_imagery() -> None:
    findings = VisualDetector().detect(
        _learned(), Page(_capture(_screen((255, 255, 255), (440, 340, 840, 460))))
    )
    imagery = [f for f in findings if "imagery" in f.reason]
    assert imagery and imagery[0].content and imagery[0].score >= 0.5
    assert any(not f.content and "visual change" in f.reason for f in findings)


def test_a_site_that_is_dark_anyway_shows_no_imagery_finding() -> None:
    detector, part = VisualDetector(), {}
    dark = _capture(_screen((255, 255, 255), (440, 340, 840, 460)))
    for _ in range(3):
        detector.learn_trusted(part, Page(dark))
    assert detector.detect(part, Page(dark)) == []


def test_an_origin_loaded_at_render_time_that_the_html_never_named_is_reported() -> None:
    part = _learned(_script("https://cdn.vendor.example/a.js", "1" * 64))
    injected = _capture(
        _screen((255, 255, 255)),
        _script("https://cdn.vendor.example/a.js", "1" * 64),
        _script("https://evil-cdn.example/x.js", "2" * 64),
    )
    findings = VisualDetector().detect(part, Page(injected))
    assert [f.evidence.get("origins") for f in findings] == [["https://evil-cdn.example"]]
    assert findings[0].score < 0.5  # weak alone: a tag manager's new vendor looks the same


def test_a_third_party_script_changed_at_the_same_url_is_reported_as_structure() -> None:
    part = _learned(_script("https://cdn.vendor.example/a.js", "1" * 64))
    swapped = _capture(_screen((255, 255, 255)), _script("https://cdn.vendor.example/a.js", "3" * 64))
    findings = VisualDetector().detect(part, Page(swapped))
    assert len(findings) == 1 and not findings[0].content
    assert findings[0].evidence["scripts"] == ["https://cdn.vendor.example/a.js"]
