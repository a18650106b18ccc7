"""Rewrite detector: headlines that no longer fit their own article, against the previous clean page."""

from __future__ import annotations

from datetime import UTC, datetime

from tamperwatch.detect.engine import DetectionEngine
from tamperwatch.detect.page import Page
from tamperwatch.detect.profile import Profile
from tamperwatch.detect.rewrite import RewriteDetector
from tamperwatch.models import Capture, Status

SITE = "https://portal.example.cn/"
EN_STORIES = [
    ("/news/2026/12/council-approves-new-budget-for-schools", "Council approves new budget for schools"),
    ("/news/2026/12/river-bridge-reopens-after-repairs", "River bridge reopens after two years of repairs"),
    ("/news/2026/12/local-team-wins-regional-final", "Local team wins the regional final in extra time"),
    ("/news/2026/12/library-extends-opening-hours", "City library extends its opening hours in winter"),
]
ZH_STORIES = [
    ("/xwzx/2026-12/06/content_30418852.htm", "市政府召开常务会议研究部署冬季供暖工作"),
    ("/xwzx/2026-12/06/content_30418853.htm", "我市新建三所公办幼儿园下月起开始招生"),
    ("/xwzx/2026-12/05/content_30418790.htm", "地铁五号线南延段完成全部车站主体结构施工"),
    ("/xwzx/2026-12/05/content_30418791.htm", "市图书馆推出周末亲子阅读公益活动"),
]


def page_of(stories: list[tuple[str, str]], lang: str = "en", charset: str = "utf-8") -> Page:
    items = "\n".join(
        f'<li class="item"><h2 class="title"><a href="{href}">{text}</a></h2><p>{lang} teaser</p></li>'
        for href, text in stories
    )
    html = (
        f'<html lang="{lang}"><head><meta charset="{charset}"><title>Portal</title></head><body>'
        f'<header><nav><a href="/">Home</a></nav></header><ul class="list">{items}</ul>'
        "<footer>(c) portal</footer></body></html>"
    )
    cap = Capture(
        url=SITE,
        fetched_at=datetime(2026, 12, 6, tzinfo=UTC),
        final_url=SITE,
        status=200,
        headers=(("content-type", f"text/html; charset={charset}"),),
        body=html.encode(charset),
    )
    return Page(cap)


def swap(stories: list[tuple[str, str]], index: int, text: str) -> list[tuple[str, str]]:
    out = list(stories)
    out[index] = (out[index][0], text)
    return out


def score(
    before: list[tuple[str, str]], after: list[tuple[str, str]], lang: str = "en", charset: str = "utf-8"
) -> float:
    findings = RewriteDetector().compare({}, page_of(after, lang, charset), page_of(before, lang, charset))
    return findings[0].score if findings else 0.0


def test_one_headline_rewritten_in_another_script_is_a_defacement() -> None:
    after = swap(EN_STORIES, 1, "人民的声音不会被沉默 我们一直都在这里")
    assert score(EN_STORIES, after) >= 0.5


def test_two_headlines_rewritten_in_the_same_language_add_up() -> None:
    one = swap(EN_STORIES, 0, "Nobody listens to the people any more, so we came")
    two = swap(one, 2, "Your silence made all of this possible, remember that")
    assert 0.3 <= score(EN_STORIES, one) < 0.5
    assert score(EN_STORIES, two) >= 0.5


def test_publishing_and_retouching_headlines_is_not_a_rewrite() -> None:
    published = [
        ("/news/2026/12/new-tram-line-opens-to-passengers", "New tram line opens to passengers"),
        *EN_STORIES[:3],
    ]
    retouched = swap(EN_STORIES, 1, "River bridge reopens: repairs took two years")
    assert score(EN_STORIES, published) == 0.0
    assert score(EN_STORIES, retouched) == 0.0


def test_chinese_gbk_page_numeric_urls_rewritten_headline_is_found() -> None:
    after = swap(ZH_STORIES, 0, "醒醒吧 你们所谓的安全不过是一场笑话")
    assert 0.3 <= score(ZH_STORIES, after, "zh", "gbk") < 0.5  # one rewrite, same script: suspicious
    retouched = swap(ZH_STORIES, 0, "市政府常务会议部署冬季供暖保障工作")  # the editor's own words
    assert score(ZH_STORIES, retouched, "zh", "gbk") == 0.0


def test_a_latin_sentence_on_a_chinese_page_is_a_script_shift() -> None:
    after = swap(ZH_STORIES, 2, "Nothing here belongs to you any longer, friends")
    assert score(ZH_STORIES, after, "zh", "gbk") >= 0.5


def test_japanese_headlines_in_kanji_only_are_not_a_script_shift() -> None:
    ja = [
        ("/news/20261206/k10014501.html", "東京都内で初雪を観測、平年より早い"),
        ("/news/20261206/k10014502.html", "新しい図書館が駅前にオープンしました"),
    ]
    published = [("/news/20261206/k10014503.html", "首相官邸で臨時閣議開催"), *ja]
    assert score(ja, published, "ja") == 0.0


def test_the_engine_runs_it_only_with_the_previous_clean_page() -> None:
    engine = DetectionEngine([RewriteDetector()], learn_captures=1)
    profile = Profile()
    engine.learn(profile, page_of(EN_STORIES), trusted=True)
    after = page_of(swap(EN_STORIES, 1, "人民的声音不会被沉默 我们一直都在这里"))
    assert engine.evaluate(profile, after).status is Status.CLEAN
    assert engine.evaluate(profile, after, previous=page_of(EN_STORIES)).status is Status.DEFACED


DE_STORIES = [
    (
        "/politik/bundestag-beschliesst-neues-gesetz-zur-grundsteuer-1234567.html",
        "Bundestag beschließt neues Gesetz zur Grundsteuer",
    ),
    (
        "/sport/fussball/verein-gewinnt-das-spiel-gegen-den-tabellenfuehrer-1234568.html",
        "Verein gewinnt das Spiel gegen den Tabellenführer",
    ),
    (
        "/kultur/museum-zeigt-gemaelde-aus-drei-jahrhunderten-1234569.html",
        "Museum zeigt Gemälde aus drei Jahrhunderten der Stadtgeschichte",
    ),
]
TR_SLOGANS = [
    "Halkın sesi asla susturulamaz ve biz buradayız",  # noqa: RUF001
    "Bu sitenin sahipleri uyanmalı artık gerçekleri görün",  # noqa: RUF001
]


def test_headlines_in_one_other_language_off_their_article_urls_add_up() -> None:
    new_articles = [
        (f"/politik/stadtrat-diskutiert-ueber-den-haushalt-{n}.html", slogan)
        for n, slogan in enumerate(TR_SLOGANS)
    ]
    one = [new_articles[0], *DE_STORIES]
    two = [*new_articles, *DE_STORIES]
    assert 0.3 <= score(DE_STORIES, one, "de") < 0.5  # a site's first article in another language
    assert score(DE_STORIES, two, "de") >= 0.5


def test_a_notice_offered_in_two_other_languages_is_not_two_slogans() -> None:
    notice = [
        (
            "/service/hilfe-fuer-gefluechtete-aus-der-ukraine-1.html",
            "Допомога біженцям: де отримати житло, їжу та ліки у нашому місті",  # noqa: RUF001
        ),
        (
            "/service/hilfe-fuer-gefluechtete-aus-der-ukraine-2.html",
            "Помощь беженцам: где получить жильё, еду и лекарства в нашем городе",
        ),
    ]
    assert score(DE_STORIES, [*notice, *DE_STORIES], "de") < 0.5


def test_a_site_that_publishes_headlines_in_another_language_gets_no_evidence_from_that_one() -> None:
    """Per site: headlines in a language its known-good pages already used are no evidence;
    slogans in a language it never used are."""
    detector = RewriteDetector()
    bilingual = [
        (
            "/politik/sonderseite-fuer-gaeste-aus-aller-welt-99.html",
            "Welcome to our city: all the news for our guests in English",
        ),
        *DE_STORIES,
    ]
    part: dict[str, object] = {}
    detector.learn_trusted(part, page_of(bilingual, "de"))
    assert part["languages"] == ["en"]
    texts = ["City council presents the budget for next year", "New tram line opens for passengers in spring"]
    english = [(f"/politik/stadtrat-diskutiert-ueber-den-haushalt-{n}.html", t) for n, t in enumerate(texts)]
    assert detector.compare(part, page_of([*english, *DE_STORIES], "de"), page_of(DE_STORIES, "de")) == []
    two = [(f"/politik/stadtrat-diskutiert-ueber-den-haushalt-{n}.html", s) for n, s in enumerate(TR_SLOGANS)]
    assert detector.compare(part, page_of([*two, *DE_STORIES], "de"), page_of(DE_STORIES, "de"))


def test_a_page_whose_headlines_leave_the_language_open_is_read_in_its_declared_language() -> None:
    from tamperwatch.detect.rewrite_text import page_language

    mixed = [("/tech/a-1.html", "Apple Intelligence Vision Pro Podcast Review Update")]
    assert page_language(page_of(mixed, "de")) == "de"
    assert page_language(page_of(mixed, "xx-unknown")) == ""


FUNCTION_WORD_STORIES = [
    ("/news/2026/12/mayor-opens-harbour-museum", "Mayor of the city opens the new harbour museum"),
    ("/news/2026/12/storm-damages-station-roof", "Storm damages the roof of the old train station"),
    ("/news/2026/12/music-students-win-prize", "Students of the music school win the national prize"),
    ("/news/2026/12/bread-price-rises-again", "The price of bread rises for the third month"),
    ("/news/2026/12/marathon-closes-town-centre", "Police close the centre of the town for the marathon"),
    ("/news/2026/12/hospital-tests-heart-scanner", "Doctors at the hospital test the new heart scanner"),
]


def test_headlines_rewritten_in_the_pages_language_count_though_they_share_its_function_words() -> None:
    """'the' and 'of' are in most of this page's lines: sharing them with the old headline is
    sharing nothing (learned from the page, no stop-word list)."""
    one = swap(FUNCTION_WORD_STORIES, 0, "The voice of the people cannot be silenced by anyone")
    two = swap(one, 3, "The end of the lies is coming, remember this day")
    assert score(FUNCTION_WORD_STORIES, two) >= 0.5
    retouched = swap(FUNCTION_WORD_STORIES, 0, "Mayor of the city opens harbour museum after delay")
    assert score(FUNCTION_WORD_STORIES, retouched) == 0.0


def test_the_pages_function_words_are_learned_from_its_own_lines() -> None:
    from tamperwatch.detect.rewrite_text import common_tokens, tokens

    common = common_tokens(page_of(FUNCTION_WORD_STORIES))
    assert tokens("the of") <= common
    assert not tokens("harbour museum bread marathon") & common


def test_an_ad_whose_text_rotates_under_the_same_click_address_is_no_rewritten_headline() -> None:
    """Headline slots are links to the site's own pages: an ad server's click address keeps its
    slot while the ad text rotates."""
    from tamperwatch.detect.slots import rewritten_links

    click = "https://www.adserver.example/click?id=6091026857&slot=top"
    own = "/news/2026/12/harbour-festival-programme"

    def with_links(ad: str, headline: str) -> Page:
        links = f'<p><a href="{click}">{ad}</a></p><p><a href="{own}">{headline}</a></p>'
        html = page_of(FUNCTION_WORD_STORIES).html.replace("<footer>", f"{links}<footer>")
        when = datetime(2026, 12, 6, tzinfo=UTC)
        return Page(Capture(url=SITE, fetched_at=when, status=200, body=html.encode()))

    festival = "Harbour festival programme of the summer announced"
    before = with_links("Tips for a successful campaign of the season", festival)
    rotated = with_links("Which is the right tool for the small business", festival)
    assert rewritten_links(before, rotated) == []
    rewritten = with_links("Tips for a successful campaign of the season", "Nobody is safe from us any more")
    assert [slot.href for slot in rewritten_links(before, rewritten)] == [SITE.rstrip("/") + own]


def test_an_icons_style_sheet_inside_a_heading_is_not_part_of_its_headline() -> None:
    css = ".i-rec { fill: #14315b; } .dark .i-rec { fill: #f2f2f2; }"
    icon = f'<svg class="i"><style>{css}</style><path/></svg>'
    stories = [(href, f"{icon}{text}") for href, text in DE_STORIES]
    page = page_of(stories, "de")
    assert page.headings[: len(DE_STORIES)] == tuple(text for _, text in DE_STORIES)
    assert "fill" not in " ".join(article_links_of(page))


def article_links_of(page: Page) -> list[str]:
    from tamperwatch.detect.rewrite_text import article_links

    return list(article_links(page, "example.cn").values())


def test_new_headlines_after_a_kicker_in_a_language_the_site_never_used_are_slogans() -> None:
    """Unlinked headings keep their German kicker; what follows it is judged: three or more in one
    language the site never used are slogans (a language guess on a short headline is noisier
    than a script), fewer are no evidence, and one headline shown twice counts once."""
    french = [
        "Liberté pour tous les prisonniers politiques",
        "Vos serveurs ne vous appartiennent plus",
        "Demain, ce sera votre base de données",
    ]

    def with_headings(texts: list[str]) -> Page:
        heads = "".join(f"<h3>Bundestag : {t}</h3>" for t in texts)
        html = page_of(DE_STORIES, "de").html.replace("<footer>", f"<section>{heads}</section><footer>")
        when = datetime(2026, 12, 6, tzinfo=UTC)
        return Page(Capture(url=SITE, fetched_at=when, status=200, body=html.encode()))

    detector = RewriteDetector()
    part: dict[str, object] = {}
    detector.learn_trusted(part, page_of(DE_STORIES, "de"))
    before = page_of(DE_STORIES, "de")
    [finding] = detector.compare(part, with_headings(french), before)
    assert finding.score >= 0.5 and "a language the site never used (fr)" in finding.reason
    assert detector.compare(part, with_headings(french[:2]), before) == []
    assert detector.compare(part, with_headings(french[:2] + french[1:2]), before) == []


def test_a_headline_that_names_a_contact_the_page_never_showed_is_signed() -> None:
    """A headline rewritten to carry a mail address or a messenger link the page never showed is
    a signature: with the rewrite it is a defacement, in the page's own language. A contact the
    page already showed (in any case, in a link's address), the site's own address (even written
    right against Chinese text) and a person's @account quoted in a headline are no signature."""
    for handle in ("mail: storm.lingdu@protonmail.com", "t.me/bayangan_lima"):
        after = swap(ZH_STORIES, 0, f"醒醒吧 你们所谓的安全不过是一场笑话 {handle}")
        assert score(ZH_STORIES, after, "zh", "gbk") >= 0.5, handle
    known = [*ZH_STORIES, ("/xwzx/lxwm.htm", "联系我们 xinxi@hotmail.example 欢迎来信")]
    reworded = swap(known, 3, "市图书馆推出寒假亲子阅读 xinxi@hotmail.example 报名")
    assert score(known, reworded, "zh", "gbk") < 0.5
    # the site's own address, and a person's account quoted in a headline, are no signature
    for own in (
        "读者来信请寄 duzhe@portal.example.cn",
        "亲子阅读活动 duzhe@portal.example.cn报名",
        "网友 @lanshan_2024 在微博上说 冬天快乐",
    ):
        stories = [*ZH_STORIES, ("/xwzx/2026-12/07/content_30418999.htm", own)]
        findings = RewriteDetector().compare(
            {}, page_of(stories, "zh", "gbk"), page_of(ZH_STORIES, "zh", "gbk")
        )
        assert all(not f.evidence["signed"] for f in findings), own
    shown = [*ZH_STORIES, ("mailto:Tips@Hotmail.example", "写信给我们")]
    cased = [*shown, ("/xwzx/2026-12/07/content_30419000.htm", "线索请发 tips@hotmail.example. 谢谢")]
    findings = RewriteDetector().compare({}, page_of(cased, "zh", "gbk"), page_of(shown, "zh", "gbk"))
    assert all(not f.evidence["signed"] for f in findings)


def test_a_new_headline_that_links_to_a_messenger_or_a_mail_address_names_it() -> None:
    """A line slipped into a list that links to a messenger channel or a mail address instead of
    an article names that contact like a headline that writes it: signed. A link to a site's own
    mail address, or to a channel the page already linked to, is not; nor is an address that
    merely ends like one ('report.me/...')."""
    slogan = "সবকিছু বদলে যাবে, আজ রাতেই শুরু"  # Bengali on a Chinese page: another script as well
    for href in ("https://t.me/dusk_heron_ops", "mailto:dusk.heron@protonmail.example"):
        stories = [*ZH_STORIES, (href, slogan)]
        findings = RewriteDetector().compare({}, page_of(stories, "zh"), page_of(ZH_STORIES, "zh"))
        assert findings and findings[0].evidence["signed"], href
        assert findings[0].score >= 0.5, href
    for href, before in (
        ("mailto:duzhe@portal.example.cn", ZH_STORIES),
        ("https://t.me/city_portal_news", [*ZH_STORIES, ("https://t.me/city_portal_news", "官方频道")]),
        ("https://www.report.me/city_portal_news", ZH_STORIES),
    ):
        stories = [*before, (href, "关注我们的频道获取最新消息和通知公告")]
        findings = RewriteDetector().compare({}, page_of(stories, "zh"), page_of(before, "zh"))
        assert all(not f.evidence["signed"] for f in findings), href


def _with_footer(page: Page, footer: str) -> Page:
    html = page.html.replace("<footer>(c) portal</footer>", f"<footer>{footer}</footer>")
    return Page(
        Capture(
            url=SITE,
            fetched_at=datetime(2026, 12, 6, tzinfo=UTC),
            final_url=SITE,
            status=200,
            headers=(("content-type", "text/html; charset=utf-8"),),
            body=html.encode(),
        )
    )


def test_new_headlines_in_a_language_a_bilingual_sites_pages_show_are_no_evidence() -> None:
    """A Macao government portal shows Portuguese in its footer: new Portuguese headlines are its
    own news, not another script's slogans. On a Chinese site that never shows Portuguese, the
    same headlines are; and English in a footer excuses no English slogans."""
    pt_news = [
        ("/xwzx/2026-12/07/content_30418901.htm", "Resultados da monitorização da qualidade do ar"),
        ("/xwzx/2026-12/07/content_30418902.htm", "Encerramento temporário do parque de estacionamento"),
    ]
    after = pt_news + ZH_STORIES[:2]
    footer_pt = "Direcção dos Serviços de Protecção Ambiental do Governo da Região Administrativa Especial"
    footer_en = "Copyright 2026 Municipal Government of the City. All rights reserved worldwide."
    detector = RewriteDetector()
    for footer, expect_finding in ((footer_pt, False), (footer_en, True), ("(c) portal", True)):
        part: dict[str, object] = {}
        before = _with_footer(page_of(ZH_STORIES, "zh"), footer)
        detector.learn_trusted(part, before)
        findings = detector.compare(part, _with_footer(page_of(after, "zh"), footer), before)
        assert bool(findings) == expect_finding, footer
