"""Defacement imagery on synthetic screenshots: flag-like banners and mask-like emblems are content
findings of the visual detector, ordinary pages (photos, a hero photo, a dark theme) are not."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PIL import Image

from tamperwatch.detect.page import Page
from tamperwatch.detect.verdict import combine
from tamperwatch.detect.visual import VisualDetector
from tamperwatch.detect.visual_image import thumbnails
from tamperwatch.detect.visual_imagery import Imagery, imagery
from tamperwatch.models import Capture, Finding, RenderReport, Status

from .imagery_screens import (
    dark_theme_page,
    flag_banner,
    hero_page,
    mask_on_black,
    news_page,
    png,
    solid_hero_page,
    sparse_page,
)

URL = "https://news.example/"
SERVED = b"<html><body><h1>News</h1><p>Today</p></body></html>"
GREEN_WHITE_RED = [(0, 122, 61), (255, 255, 255), (206, 17, 38)]
BLUE_WHITE_RED = [(0, 85, 164), (255, 255, 255), (239, 65, 53)]
YELLOW_BLUE = [(255, 215, 0), (0, 87, 183)]
BLACK_RED_GOLD = [(0, 0, 0), (221, 0, 0), (255, 206, 0)]


def _traits(image: Image.Image) -> Imagery:
    return imagery(*thumbnails(png(image)))


def _capture(screenshot: bytes) -> Capture:
    return Capture(
        url=URL,
        fetched_at=datetime.now(UTC),
        status=200,
        headers=(("content-type", "text/html"),),
        body=SERVED,
        screenshot=screenshot,
        dom=SERVED.decode(),
        render=RenderReport(),
    )


def _judged(baseline: Image.Image, seen: Image.Image) -> list[Finding]:
    detector, part, learned = VisualDetector(), {}, Page(_capture(png(baseline)))
    for _ in range(3):
        detector.learn_trusted(part, learned)
    return detector.detect(part, Page(_capture(png(seen))))


def _imagery_findings(findings: list[Finding]) -> list[Finding]:
    return [f for f in findings if "imagery" in f.reason]


@pytest.mark.parametrize(
    ("colours", "vertical", "box"),
    [
        (GREEN_WHITE_RED, False, (200, 180, 1080, 660)),  # a banner over the news page
        (BLUE_WHITE_RED, True, (0, 0, 1280, 800)),  # a full-screen flag, vertical bands
        (YELLOW_BLUE, False, (0, 0, 1280, 800)),  # two bands, both saturated
        (BLACK_RED_GOLD, False, (160, 120, 1120, 700)),
        (GREEN_WHITE_RED, True, (240, 200, 1040, 700)),
    ],
)
def test_a_flag_like_banner_is_recognised(
    colours: list[tuple[int, int, int]], vertical: bool, box: tuple[int, int, int, int]
) -> None:
    banner = flag_banner(colours, vertical=vertical, box=None if box == (0, 0, 1280, 800) else box)
    assert _traits(banner).flag
    found = _imagery_findings(_judged(news_page(), banner))
    assert [f.content for f in found] == [True] and "flag" in found[0].reason


def test_a_mask_centred_on_black_is_recognised_and_adds_to_the_dark_screen() -> None:
    traits = _traits(mask_on_black())
    assert traits.emblem and not traits.flag
    findings = _judged(news_page(), mask_on_black())
    reasons = [f.reason for f in _imagery_findings(findings)]
    assert any("emblem" in r for r in reasons) and any("dark full screen" in r for r in reasons)
    without_mask = [f for f in findings if not f.evidence.get("emblem")]
    assert combine(findings).score > combine(without_mask).score  # the mask is more evidence


@pytest.mark.parametrize(
    "page",
    [news_page(), news_page(seed=7), hero_page(), solid_hero_page(), sparse_page(), dark_theme_page()],
    ids=["news", "news-other-photos", "hero-photo", "solid-section", "header-and-nav", "dark-theme"],
)
def test_ordinary_pages_show_no_flag_and_no_emblem(page: Image.Image) -> None:
    traits = _traits(page)
    assert not traits.flag and not traits.emblem


def test_new_photos_and_a_new_hero_on_a_news_page_are_no_defacement_imagery() -> None:
    assert _imagery_findings(_judged(news_page(), news_page(seed=7))) == []
    assert _imagery_findings(_judged(news_page(), hero_page())) == []


def test_a_dark_theme_site_that_was_dark_in_its_baseline_is_not_defacement_imagery() -> None:
    assert _traits(dark_theme_page(headline_width=400)).dark
    assert _imagery_findings(_judged(dark_theme_page(), dark_theme_page(headline_width=400))) == []


def test_a_site_whose_normal_look_has_a_flag_banner_is_not_flagged_for_it() -> None:
    national_day = flag_banner(GREEN_WHITE_RED, box=(200, 180, 1080, 660))
    assert _imagery_findings(_judged(national_day, national_day)) == []


def test_a_flag_alone_is_a_hint_that_makes_defaced_with_other_content_evidence() -> None:
    findings = _judged(news_page(), flag_banner(BLUE_WHITE_RED, vertical=True))
    assert combine(findings).status is Status.SUSPICIOUS  # a flag alone: not decisive
    defaced_text = Finding("vocabulary", 0.5, "defacement signature: hacked by")
    with_text = combine([*findings, defaced_text])
    assert with_text.status is Status.DEFACED
    assert with_text.score > combine([defaced_text]).score
