"""Rewrite detector: a heading that every clean capture of the site showed (a section's title)
rewritten in place into unrelated text, in the page's own language. The page's own history is the
evidence, not the words: whatever the new text says, the site never changed that heading."""

from __future__ import annotations

from datetime import UTC, datetime

from tamperwatch.detect.base import ProfilePart
from tamperwatch.detect.page import Page
from tamperwatch.detect.rewrite import RewriteDetector
from tamperwatch.models import Capture

SITE = "https://www.zeitung.example/wirtschaft/"
SECTION = "Wirtschaft und Finanzen aus der Region"
NEWS = [
    "Stadtwerke senken die Preise für Fernwärme im Januar",
    "Neue Brücke über den Fluss wird im Frühjahr eröffnet",
    "Handwerkskammer meldet mehr Lehrlinge als im Vorjahr",
    "Bäckerei am Markt feiert ihr hundertjähriges Bestehen",
    "Flughafen erweitert das Terminal für Billigflieger",
    "Landkreis investiert in schnelles Internet auf dem Land",
]
ZH_SITE = "https://www.portal.example.cn/jjxw/"
ZH_SECTION = "本地经济新闻与财经要闻"
ZH_NEWS = [
    "市政府召开常务会议研究部署冬季供暖工作",
    "我市新建三所公办幼儿园下月起开始招生",
    "地铁五号线南延段完成全部车站主体结构施工",
    "市图书馆推出周末亲子阅读公益活动",
    "高新区新增十家国家级专精特新企业",
]


def page_of(section: str, stories: list[str], site: str = SITE, lang: str = "de") -> Page:
    items = "".join(
        f'<li><h2><a href="{site}{"-".join(text.lower().split()[:4])}.html">{text}</a></h2></li>'
        for text in stories
    )
    html = (
        f'<html lang="{lang}"><head><title>Zeitung</title></head><body><nav><a href="/">Start</a></nav>'
        f'<div class="crumbs"><h1 class="section">{section}</h1></div><ul>{items}</ul>'
        "<footer>Impressum</footer></body></html>"
    )
    return Page(
        Capture(url=site, fetched_at=datetime(2026, 12, 7, tzinfo=UTC), status=200, body=html.encode())
    )


def learned(detector: RewriteDetector, pages: list[Page]) -> ProfilePart:
    part: ProfilePart = {}
    for page in pages:
        detector.learn_trusted(part, page)
    return part


def history(section: str = SECTION, news: list[str] = NEWS, site: str = SITE, lang: str = "de") -> list[Page]:
    """Three known-good captures: the section's heading stays, the news turns over."""
    return [page_of(section, news[i : i + 3], site, lang) for i in range(3)]


def judge(part: ProfilePart, previous: Page, now: Page) -> float:
    findings = RewriteDetector().compare(part, now, previous)
    return findings[0].score if findings else 0.0


def test_a_heading_every_clean_capture_showed_rewritten_in_the_pages_language_is_evidence() -> None:
    detector = RewriteDetector()
    pages = history()
    part = learned(detector, pages)
    slogan = "Nur ein starker Führer kann unser Land noch retten"
    score = judge(part, pages[-1], page_of(slogan, NEWS[2:5]))
    assert 0.35 <= score < 0.5  # one such heading: suspicious, not yet a defacement
    findings = detector.compare(part, page_of(slogan, NEWS[2:5]), pages[-1])
    assert SECTION in findings[0].reason and slogan in findings[0].reason


def test_with_a_headline_rewritten_beside_it_the_page_is_defaced() -> None:
    detector = RewriteDetector()
    pages = history()
    part = learned(detector, pages)
    stories = NEWS[2:5]
    previous = page_of(SECTION, stories)
    now_html = previous.html.replace(
        SECTION, "Die Redaktion wurde abgesetzt, jetzt schreibt die Straße"
    ).replace(stories[0], "Holt euch zurück was man euch genommen hat")
    now = Page(
        Capture(url=SITE, fetched_at=datetime(2026, 12, 7, tzinfo=UTC), status=200, body=now_html.encode())
    )
    assert judge(part, previous, now) >= 0.6


def test_a_chinese_section_heading_rewritten_counts_the_same_way() -> None:
    detector = RewriteDetector()
    pages = history(ZH_SECTION, ZH_NEWS, ZH_SITE, "zh")
    part = learned(detector, pages)
    now = page_of("全体市民立即起来反抗腐败政府", ZH_NEWS[2:5], ZH_SITE, "zh")
    assert judge(part, pages[-1], now) >= 0.35


def test_a_heading_that_changed_within_the_history_is_not_the_sites_own() -> None:
    detector = RewriteDetector()
    pages = history()
    pages[1] = page_of("Aktuelle Meldungen aus dem Landkreis", NEWS[1:4])  # the heading changed once
    part = learned(detector, pages)
    assert judge(part, pages[-1], page_of("Nur ein starker Führer kann unser Land retten", NEWS[2:5])) == 0.0


def test_one_known_good_capture_says_nothing_about_which_headings_stay() -> None:
    detector = RewriteDetector()
    pages = history()
    part = learned(detector, pages[:1])
    assert judge(part, pages[0], page_of("Nur ein starker Führer kann unser Land retten", NEWS[:3])) == 0.0
    for page in pages[1:]:  # clean checks online complete the history
        detector.learn(part, page)
    assert judge(part, pages[-1], page_of("Nur ein starker Führer kann unser Land retten", NEWS[2:5])) > 0


def test_an_accepted_redesign_starts_the_stable_headings_afresh() -> None:
    detector = RewriteDetector()
    part = learned(detector, history())
    redesign = page_of("Wirtschaft im Überblick für alle Leser", NEWS[3:6])
    detector.operator_accept(part, redesign)
    later = page_of("Nur ein starker Führer kann unser Land retten", NEWS[3:6])
    assert judge(part, redesign, later) == 0.0  # one capture of the new design is no history yet
    for _ in range(2):
        detector.learn(part, redesign)
    assert judge(part, redesign, later) > 0
