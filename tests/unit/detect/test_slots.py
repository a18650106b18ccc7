"""Slots: a link's text rewritten in place (same address, unrelated words), judged by alignment."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from tamperwatch.detect.page import Page
from tamperwatch.detect.rewrite import RewriteDetector
from tamperwatch.detect.slots import replaced_lines, rewritten_links
from tamperwatch.models import Capture

EN = [
    ("/2026/12/06/council-approves-budget-98231", "Regional", "Council approves budget for schools"),
    ("/2026/12/06/river-bridge-reopens-98232", "Traffic", "River bridge reopens after long repairs"),
    ("/2026/12/06/library-winter-hours-98233", "Culture", "Library extends its opening hours in winter"),
    ("/2026/12/05/harbour-festival-98190", "Events", "Harbour festival draws record crowds"),
]
ZH = [
    ("/xwzx/2026-12/06/content_30418852.htm", "要闻", "市政府召开常务会议研究部署冬季供暖工作"),
    ("/xwzx/2026-12/06/content_30418853.htm", "教育", "我市新建三所公办幼儿园下月起开始招生"),
    ("/xwzx/2026-12/05/content_30418790.htm", "交通", "地铁五号线南延段完成全部车站主体结构施工"),
    ("/xwzx/2026-12/05/content_30418791.htm", "文化", "市图书馆推出周末亲子阅读公益活动"),
]


def page(stories: list[tuple[str, str, str]], *, titles: bool = False, charset: str = "utf-8") -> Page:
    """A portal whose teasers are links holding a kicker and a headline (and, with ``titles``,
    the headline again in the link's title attribute, as many CMS write it)."""
    items = "".join(
        f'<li class="teaser"><a class="teaser__link" href="{href}"'
        + (f' title="{original}"' if titles else "")
        + f'><span class="kicker">{kicker}</span><span class="headline">{text}</span></a>'
        f'<time class="teaser__time">06.12.2026</time></li>'
        for href, kicker, text, original in stories_with_original(stories)
    )
    html = (
        f'<html><head><meta charset="{charset}"><title>Portal</title></head><body>'
        f'<nav class="nav"><a href="/">Home</a></nav><ul class="teasers">{items}</ul>'
        '<footer class="footer">Contact</footer></body></html>'
    )
    cap = Capture(
        url="https://portal.example.org/",
        fetched_at=datetime(2026, 12, 6, tzinfo=UTC),
        final_url="https://portal.example.org/",
        status=200,
        headers=(("content-type", f"text/html; charset={charset}"),),
        body=html.encode("gbk" if charset == "gb2312" else charset),
    )
    return Page(cap)


_ORIGINAL: dict[str, str] = {href: text for href, _, text in EN + ZH}


def stories_with_original(stories: list[tuple[str, str, str]]) -> list[tuple[str, str, str, str]]:
    return [(href, kicker, text, _ORIGINAL.get(href, text)) for href, kicker, text in stories]


def swap(stories: list[tuple[str, str, str]], index: int, text: str) -> list[tuple[str, str, str]]:
    out = list(stories)
    out[index] = (out[index][0], out[index][1], text)
    return out


def rewrite_score(before: Page, now: Page) -> float:
    findings = RewriteDetector().compare({}, now, before)
    return findings[0].score if findings else 0.0


def test_a_teaser_link_rewritten_in_place_is_found_whatever_its_words() -> None:
    slogan = "Nobody hears the quiet ones until they shout"
    found = rewritten_links(page(EN), page(swap(EN, 1, slogan)))
    assert [(s.before, s.now) for s in found] == [(EN[1][2], slogan)]
    assert found[0].href.endswith(EN[1][0])


def test_one_rewritten_link_is_suspicious_two_or_a_stale_title_are_a_defacement() -> None:
    one = swap(EN, 0, "Nobody hears the quiet ones until they shout")
    two = swap(one, 2, "Every locked door opens for the patient")
    assert 0.3 <= rewrite_score(page(EN), page(one)) < 0.5
    assert rewrite_score(page(EN), page(two)) >= 0.5
    # the link's own title attribute still names the old article: only the visible text changed
    assert rewrite_score(page(EN, titles=True), page(one, titles=True)) >= 0.5


def test_publishing_retitling_and_merging_are_not_rewrites() -> None:
    published = [
        ("/2026/12/07/tram-line-opens-98301", "Traffic", "New tram line opens to passengers"),
        *EN[1:],
    ]
    assert rewritten_links(page(EN), page(published)) == []  # a new article under a new address
    retitled = swap(EN, 1, "Bridge over the river reopens to traffic")
    assert rewritten_links(page(EN), page(retitled)) == []  # an editor keeps the words
    slugged = swap(EN, 0, "Schools get more money in approved council budget")
    assert rewritten_links(page(EN), page(slugged)) == []  # fits the article's own slug
    assert rewrite_score(page(EN), page(published)) == 0.0


def test_chinese_headlines_rewritten_in_place_on_a_gbk_page() -> None:
    one = swap(ZH, 0, "沉默的人终将发出自己的声音")
    two = swap(one, 3, "每一扇锁着的门都会为耐心的人打开")
    before = page(ZH, charset="gb2312")
    assert len(rewritten_links(before, page(two, charset="gb2312"))) == 2
    assert rewrite_score(before, page(two, charset="gb2312")) >= 0.5
    # a newsroom publishing the next article (new address) and retouching one headline
    published = [("/xwzx/2026-12/07/content_30418901.htm", "要闻", "市政府部署今冬明春安全生产工作"), *ZH[1:]]
    retouched = swap(published, 1, "我市三所新建公办幼儿园下月开始招生")
    assert rewritten_links(before, page(retouched, charset="gb2312")) == []


def test_traditional_chinese_rewrite_is_found_and_an_edit_that_keeps_words_is_not() -> None:
    tw = [
        ("/news/2026/12/06/a0001.html", "要聞", "市政府召開常務會議研究部署冬季供暖工作"),
        ("/news/2026/12/06/a0002.html", "教育", "本市新建三所公辦幼兒園下月起開始招生"),
        ("/news/2026/12/05/a0003.html", "交通", "捷運五號線南延段完成全部車站主體結構"),
        ("/news/2026/12/05/a0004.html", "文化", "市圖書館推出週末親子閱讀公益活動"),
    ]
    slogan = "沉默的人終將發出自己的聲音"
    assert len(rewritten_links(page(tw, charset="big5"), page(swap(tw, 3, slogan), charset="big5"))) == 1
    edited = swap(tw, 3, "市圖書館推出週末親子閱讀活動")
    assert rewritten_links(page(tw, charset="big5"), page(edited, charset="big5")) == []


def test_lines_are_paired_only_one_for_one() -> None:
    before = page(EN)
    block = [*EN[:2], ("/2026/12/06/x-98999", "New", "A whole new teaser block"), *EN[2:]]
    assert replaced_lines(before, page(block)) == []  # an insertion pairs nothing
    assert replaced_lines(before, page(swap(EN, 2, "Some other words entirely"))) == [
        (EN[2][2], "Some other words entirely")
    ]


DE_SECTIONS = (
    "Der Stadtrat beschließt den Haushalt für das kommende Jahr",
    "Die neue Brücke über den Fluss wird im Frühjahr eröffnet",
    "Die Stadtbibliothek verlängert im Winter ihre Öffnungszeiten",
)


def sections(titles: tuple[str, ...]) -> Page:
    """An article page whose section headings link nowhere (a privacy notice, a report)."""
    body = "".join(
        f'<h2 class="chapter">{t}</h2><p class="chapter__text">Absatz {n} bleibt, wie er war.</p>'
        for n, t in enumerate(titles)
    )
    html = (
        '<html lang="de"><head><meta charset="utf-8"><title>Bericht</title></head><body>'
        f'<nav class="nav"><a href="/">Start</a></nav><main class="report">{body}</main></body></html>'
    )
    cap = Capture(
        url="https://stadt.example.de/bericht",
        fetched_at=datetime(2026, 12, 6, tzinfo=UTC),
        final_url="https://stadt.example.de/bericht",
        status=200,
        headers=(("content-type", "text/html; charset=utf-8"),),
        body=html.encode(),
    )
    return Page(cap)


def test_a_heading_rewritten_in_place_counts_only_in_another_language() -> None:
    before = sections(DE_SECTIONS)
    foreign = sections(
        (DE_SECTIONS[0], "Personne ne pourra faire taire la voix de ceux qui attendent", DE_SECTIONS[2])
    )
    assert rewrite_score(before, foreign) >= 0.5
    # an editor's new section title in the page's own language is no rewrite evidence
    edited = sections(
        (DE_SECTIONS[0], "Verkehrsplanung für den Winterdienst in allen Stadtteilen", DE_SECTIONS[2])
    )
    assert rewrite_score(before, edited) == 0.0


def test_a_teaser_rewritten_while_another_link_to_its_article_keeps_the_headline_is_found() -> None:
    """Portals show one story twice (the list and a 'most read' box below it); a slogan written
    over one of them leaves the other showing the article's real headline: a stale twin, not a
    merge."""
    box = '<div class="most-read"><a href="{0}"><span>{1}</span></a></div>'
    href, _, headline = EN[0]

    def twice(stories: list[tuple[str, str, str]]) -> Page:
        one = page(stories)
        body = one.capture.body.decode().replace("</ul>", "</ul>" + box.format(href, headline), 1)
        return Page(replace(one.capture, body=body.encode()))

    slogan = "Nobody hears the quiet ones until they shout"
    [found] = rewritten_links(twice(EN), twice(swap(EN, 0, slogan)))
    assert (found.before, found.now, found.stale_twin) == (headline, slogan, True)
    assert rewrite_score(twice(EN), twice(swap(EN, 0, slogan))) >= 0.5
