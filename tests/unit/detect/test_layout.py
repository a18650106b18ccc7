"""Layout detector: a page built as a single message screen, whatever language its words are in."""

from __future__ import annotations

import pytest

from tamperwatch.detect.engine import DetectionEngine
from tamperwatch.detect.layout import LayoutDetector
from tamperwatch.models import Status
from tamperwatch.settings import Settings

from .synthetic import capture, news_page, page

SCREEN = """<html><head><meta charset="utf-8"><title>{title}</title>
<style>body{{background:{bg};color:#e0e0e0;font-family:monospace}} .box{{text-align:center}}</style></head>
<body{attrs}><div class="box"><h1>{title}</h1><p>{line}</p>{extra}</div></body></html>"""


def screen(title: str, line: str, *, bg: str = "#0b0b0b", extra: str = "", attrs: str = "") -> str:
    return SCREEN.format(title=title, line=line, bg=bg, extra=extra, attrs=attrs)


@pytest.mark.parametrize(
    ("title", "line"),
    [
        ("Pesan untuk admin", "Kami datang lagi minggu depan, perbaiki servermu"),
        ("管理员你好", "你们的服务器我们已经看过了 下次见"),
        ("Сообщение", "Мы ещё вернёмся, проверьте свой сервер"),
    ],
)
def test_a_dark_message_screen_with_a_contact_is_a_defacement_in_any_language(title: str, line: str) -> None:
    html = screen(title, line, extra='<p><a href="https://t.me/somegroupname">channel</a></p>')
    [finding] = LayoutDetector().detect({}, page(html))
    assert finding.score >= 0.5 and "dark background" in finding.reason


@pytest.mark.parametrize("wrapper", ["main", "article", "footer"])
def test_a_message_card_in_a_landmark_is_still_a_message_screen(wrapper: str) -> None:
    card = f"<{wrapper}><small>greetings to the crew, mail crew@mail.example</small></{wrapper}>"
    html = screen(
        "Mesaj", "Sunucunuz bizim sesimiz oldu", extra=card + '<a href="mailto:x@mail.example">x</a>'
    )
    [finding] = LayoutDetector().detect({}, page(html))
    assert finding.score >= 0.5


def test_a_page_with_navigation_or_a_form_is_a_sites_page() -> None:
    contact = '<a href="mailto:x@mail.example">x</a>'
    for extra in ("<nav><a href='/'>Start</a></nav>", "<form action='/search'><input name=q></form>"):
        assert LayoutDetector().detect({}, page(screen("Mesaj", "Sunucunuz", extra=extra + contact))) == []


def test_a_news_page_and_a_small_light_notice_are_not() -> None:
    detector = LayoutDetector()
    assert detector.detect({}, page(news_page(1))) == []
    notice = screen("Wartungsarbeiten", "Wir sind bald wieder da.", bg="#ffffff")
    assert detector.detect({}, page(notice)) == []  # centred alone is what small pages do


def test_a_sites_own_dark_maintenance_screen_tied_to_it_by_its_code_is_not_a_defacement() -> None:
    """A dark, centred maintenance or landing screen that loads the site's own style sheet and
    script, or names its own address (canonical), is the site's page; the same screen as one
    self-contained file, or with a single style sheet of its own, is still judged."""
    line = "Wir sind gleich wieder da. Bei Fragen: @stadtwerke_info"
    own_code = '<link rel="stylesheet" href="/assets/site.css"><script src="/assets/site.js"></script>'
    canonical = '<link rel="canonical" href="https://www.stadtwerke.example/wartung">'
    for tie in (own_code, canonical):
        html = screen("Wartung", line).replace("</head>", tie + "</head>")
        assert LayoutDetector().detect({}, page(html)) == [], tie
    alone = screen("Wartung", line)
    one_sheet = alone.replace("</head>", '<link rel="stylesheet" href="/assets/site.css"></head>')
    for html in (alone, one_sheet):
        [finding] = LayoutDetector().detect({}, page(html))
        assert finding.score >= 0.5


def test_a_parked_domain_is_not_a_defacement_screen() -> None:
    parked = screen(
        "example.org", "Buy this domain today", extra='<a href="mailto:sales@parking.example">ask</a>'
    )
    assert LayoutDetector().detect({}, page(parked)) == []


def test_a_site_whose_own_page_is_a_splash_screen_is_left_alone() -> None:
    detector = LayoutDetector()
    part: dict[str, object] = {}
    splash = screen("Coming soon", "Our new shop opens in spring", extra="<marquee>Opening soon</marquee>")
    detector.learn(part, page(splash))
    assert detector.detect(part, page(splash)) == []


def test_classify_is_the_engines_cold_start_judgement_without_word_lists() -> None:
    """One cold-start path: classify runs layout and the classifier, not the vocabulary's word list."""
    engine = DetectionEngine.from_settings(Settings(_env_file=None))  # type: ignore[call-arg]
    report = news_page(1, headlines=["Hackers deface city portal, police investigate the cyber attack"] * 6)
    assert engine.classify(capture(report)).status is Status.CLEAN
    html = screen("Pesan untuk admin", "Kami datang lagi", extra='<audio autoplay src="/a.mp3"></audio>')
    assert engine.classify(capture(html)).status is Status.DEFACED
