"""The HTML report of a verification opened in Chromium: self-contained (no request leaves the
page), both pictures shown, nothing of the hostile claim runs. Its screenshot is kept in
``bench/out/test-artifacts/verify-report.png`` (or ``TAMPERWATCH_TEST_ARTIFACTS``) for a reviewer."""

from __future__ import annotations

import importlib.util
import os
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tamperwatch.verify.claim import Answer, Claim, Finding, Match, Verification
from tamperwatch.verify.compare import Region
from tamperwatch.verify.report_html import html_report

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
HOSTILE = "<img src=x onerror=\"alert('pwned')\"><script>alert('pwned')</script>"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists() or importlib.util.find_spec("playwright") is None,
        reason="needs Chromium (/usr/bin/chromium) and playwright",
    ),
]


def _picture(seed: int) -> bytes:
    import io

    from PIL import Image, ImageDraw

    image = Image.new("RGB", (640, 420), "white")
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, 640, 50), fill=(20, 40, 120))
    for i in range(9):
        draw.text((20, 70 + 36 * i), f"Headline {seed}-{i}: the council met about the harbour", fill="black")
    if seed == 2:
        draw.rectangle((300, 180, 600, 280), fill="black")
        draw.text((320, 220), "HACKED BY NOBODY", fill=(0, 255, 0))
    buf = io.BytesIO()
    image.save(buf, "PNG")
    return buf.getvalue()


def _result() -> Verification:
    match = Match(
        "2025-03-01T04:00:00Z (warc:evidence.warc.gz)",
        datetime(2025, 3, 1, 4, tzinfo=UTC),
        "desktop-1366",
        0.82,
        120,
        (Region(296, 176, 310, 110, 0.12),),
        (),
        ((1.0, 0.0, 0.0), (0.0, 1.0, 0.0)),
        0.8,
        False,
        _picture(1),
    )
    return Verification(
        Claim(
            f"https://example.org/?q={HOSTILE}", datetime(2025, 3, 1, 5, tzinfo=UTC), _picture(2), "c-report"
        ),
        Answer.DOCTORED,
        0.88,
        (f"1 line(s) are in no capture near the time: {HOSTILE}", "the screenshot matches except 1 region"),
        (
            Finding("novel-text", 0.7, f"text {HOSTILE}"),
            Finding("differing-region", 0.9, "x=296 y=176 310x110"),
        ),
        match,
        2,
        3,
    )


async def test_the_report_opens_offline_shows_both_pictures_and_runs_nothing(tmp_path: Path) -> None:
    from playwright.async_api import async_playwright

    from tamperwatch.capture.browser_launch import LaunchSpec

    report = tmp_path / "report.html"
    report.write_text(html_report(_result()), encoding="utf-8")
    requests: list[str] = []
    dialogs: list[str] = []
    async with async_playwright() as p:
        browser = await p.chromium.launch(**LaunchSpec(str(CHROMIUM)).options())
        try:
            page = await browser.new_page(viewport={"width": 1400, "height": 900})
            page.on("request", lambda r: requests.append(r.url))
            page.on("dialog", lambda d: dialogs.append(d.message))
            await page.goto(report.as_uri(), wait_until="load")
            loaded = await page.evaluate(
                "() => Array.from(document.images).map(i => i.complete && i.naturalWidth > 0)"
            )
            verdict = await page.inner_text(".v")
            shot = await page.screenshot(full_page=True)
        finally:
            await browser.close()
    assert loaded == [True, True]
    assert verdict.lower() == "doctored"
    assert dialogs == []
    assert [u for u in requests if not u.startswith(("file:", "data:"))] == []
    keep = Path(os.environ.get("TAMPERWATCH_TEST_ARTIFACTS") or ROOT / "bench" / "out" / "test-artifacts")
    keep.mkdir(parents=True, exist_ok=True)
    (keep / "verify-report.png").write_bytes(shot)
    assert len(shot) > 10_000
