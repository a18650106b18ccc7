"""One claim end to end through the Verifier, with the in-memory twins: captures held in memory,
pictures drawn here instead of Chromium renders, OCR answered by the test; the detection engine
is the real one."""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import numpy as np
from PIL import Image, ImageDraw

from tamperwatch.detect.engine import DetectionEngine
from tamperwatch.ocr import TextLine
from tamperwatch.settings import Settings
from tamperwatch.verify.analysis import Verifier, VerifyConfig
from tamperwatch.verify.claim import Answer, Claim
from tamperwatch.verify.evidence import ArchivedCapture, MemorySource
from tamperwatch.verify.render import VIEWPORTS, FunctionRenderer, Viewport

from .pictures import font, jpeg, page, paste_box, png, posted

URL = "https://courier.example/"
T = datetime(2025, 3, 1, 5, 0, tzinfo=UTC)
STORIES = [f"Story {i}: the council met on budget item {i} and the harbour bridge plan" for i in range(12)]
SLOGAN = "HACKED BY TEST CREW your security is low"
GREETZ = [
    "Greetz to all crews",
    "We were here 2025",
    "Admin please patch",
    "Nothing is safe now",
    "Contact zero@crew",
]


def _news(n: int) -> bytes:
    items = "".join(f'<li><a href="/story/{i}">{s}</a></li>' for i, s in enumerate(STORIES[n : n + 8]))
    body = f"<h1>Daily Courier</h1><nav><a href='/'>Home</a> <a href='/sport'>Sport</a></nav><ul>{items}</ul>"
    head = "<head><title>Daily Courier</title></head>"
    return f"<html lang='en'>{head}<body>{body}<footer>(c) Courier</footer></body></html>".encode()


DEFACED = (
    "<html><head><title>Hacked</title></head><body style='background:#000;color:#0f0'>"
    + f"<center><h1>{SLOGAN}</h1>"
    + "".join(f"<p>{g}</p>" for g in GREETZ)
    + "</center></body></html>"
).encode()


def _caps(defaced: bool) -> list[ArchivedCapture]:
    caps = [ArchivedCapture(URL, T - timedelta(hours=h), _news(h % 4), "memory") for h in (30, 20, 10, 3)]
    if defaced:
        caps.append(ArchivedCapture(URL, T - timedelta(hours=1), DEFACED, "memory"))
    return caps


def _picture(html: bytes) -> Image.Image:
    if html == DEFACED:
        image = Image.new("RGB", (1000, 900), "black")
        draw = ImageDraw.Draw(image)
        draw.text((60, 80), SLOGAN, fill=(0, 255, 0), font=font(34))
        for i, line in enumerate(GREETZ):
            draw.text((80 + 37 * i, 200 + 70 * i), line, fill=(0, 200 + 5 * i, 90), font=font(26 + 2 * i))
        draw.ellipse((600, 600, 900, 860), outline=(255, 0, 0), width=9)
        return image
    return page(7, lines=STORIES)


def _draw(capture: ArchivedCapture, viewport: Viewport) -> bytes:
    return png(_picture(capture.html))


def _ocr(lines: list[str]) -> Callable[[np.ndarray], list[TextLine]]:  # type: ignore[type-arg]
    return lambda picture: [TextLine(t, 0.9, (0, 30 * i, 400, 24)) for i, t in enumerate(lines)]


@functools.cache
def _engine() -> DetectionEngine:
    """One engine for the module (building its detectors is the slow part); judging keeps no state."""
    return DetectionEngine.from_settings(Settings(_env_file=None))  # type: ignore[call-arg]


def _verifier(caps: list[ArchivedCapture], lines: list[str]) -> Verifier:
    one_viewport = VerifyConfig(viewports=VIEWPORTS[:1])  # the drawn pictures are the same at every one
    return Verifier([MemorySource(caps)], FunctionRenderer(_draw), _engine(), _ocr(lines), one_viewport)


async def test_a_screenshot_of_a_defaced_capture_near_the_time_is_confirmed() -> None:
    shot = jpeg(posted(_picture(DEFACED), scale=0.8, crop=(0, 0, 0, 100)))
    result = await _verifier(_caps(True), [SLOGAN, *GREETZ]).verify(Claim(URL, T, shot, "c-1"))
    assert result.answer is Answer.CONFIRMED, result.reasons
    assert result.best is not None and result.best.defaced
    assert result.line()["verdict"] == "confirmed" and 0 < result.line()["confidence"] <= 1


async def test_the_same_defacement_pasted_on_a_clean_capture_is_doctored_never_confirmed() -> None:
    clean = page(7, lines=STORIES)
    shot = jpeg(posted(paste_box(clean, (200, 400, 760, 560), SLOGAN), scale=0.8))
    result = await _verifier(_caps(False), [SLOGAN, *STORIES[:4]]).verify(Claim(URL, T, shot, "c-2"))
    assert result.answer is Answer.DOCTORED, result.reasons
    assert any("region" in r or "no capture" in r for r in result.reasons)


async def test_a_screenshot_of_another_site_is_refuted() -> None:
    shot = jpeg(posted(page(99), scale=0.8))
    result = await _verifier(_caps(False), ["Other site headline one", "Other site headline two"]).verify(
        Claim(URL, T, shot, "c-3")
    )
    assert result.answer in (Answer.REFUTED, Answer.DOCTORED)
    assert result.answer is not Answer.CONFIRMED


async def test_no_capture_near_the_time_is_unverifiable_with_the_distance_said() -> None:
    shot = jpeg(posted(_picture(DEFACED)))
    far = [ArchivedCapture(URL, T - timedelta(days=40), _news(0), "memory")]
    result = await _verifier(far, [SLOGAN]).verify(Claim(URL, T, shot, "c-4"))
    assert result.answer is Answer.UNVERIFIABLE
    assert "40.0 days away" in result.reasons[0]
    nothing = await _verifier([], [SLOGAN]).verify(Claim(URL, T, shot, "c-5"))
    assert nothing.answer is Answer.UNVERIFIABLE and "no capture" in nothing.reasons[0]
