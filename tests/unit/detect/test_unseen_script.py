"""Unseen script: a sentence in a writing system the site never showed, where the page had text."""

# ruff: noqa: E501, RUF001  (markup written as pages serve it: long lines, Chinese punctuation)

from __future__ import annotations

import pytest

from tamperwatch.detect.engine import DetectionEngine
from tamperwatch.detect.profile import Profile
from tamperwatch.detect.unseen_script import UnseenScriptDetector
from tamperwatch.settings import Settings

from .synthetic import capture, news_page, page

# Sentences written for these tests, in scripts an English front page never shows.
SENTENCES = {
    "hangul": "우리는 세 번이나 알렸지만 아무도 답하지 않았다",
    "arabic": "كتبنا إليكم ثلاث مرات ولم يرد أحد على رسائلنا",
    "cyrillic": "Мы писали вам трижды, и никто так и не ответил",
    "thai": "เราเขียนถึงพวกคุณสามครั้งแล้วแต่ไม่มีใครตอบกลับมาเลย",
    "han": "我们写了三次信，没有任何人回复我们，只好这样说",
}


def _paragraph(text: str) -> str:
    return f'<p class="teaser__text"><strong>{text}</strong></p>'


@pytest.mark.parametrize("script", sorted(SENTENCES))
def test_a_sentence_in_a_script_the_site_never_showed_is_decisive(script: str) -> None:
    before = page(news_page(3))
    now = page(news_page(3, body_extra=_paragraph(SENTENCES[script])))
    [finding] = UnseenScriptDetector().compare({}, now, before)
    assert finding.score >= 0.5
    assert finding.evidence["script"] == script
    assert SENTENCES[script][:10] in finding.reason


def test_a_headline_written_over_in_place_counts_a_new_article_does_not() -> None:
    """The same sentence as the text of a link the previous capture showed (an existing article)
    is a finding; as the headline of a new article (a publish in another language) it is not."""
    stories = [f"Council approves budget number {i} for the city" for i in range(6)]
    html = news_page(3, headlines=stories)
    before = page(html)
    over = page(html.replace(f">{stories[0]}<", f">{SENTENCES['cyrillic']}<"))
    published = page(news_page(3, headlines=[*stories[:5], SENTENCES["cyrillic"]]))
    [finding] = UnseenScriptDetector().compare({}, over, before)
    assert finding.evidence["script"] == "cyrillic"
    assert UnseenScriptDetector().compare({}, published, before) == []


def test_a_script_the_site_has_shown_is_no_evidence() -> None:
    """Known-good captures (learned) or the previous capture showing text in that script."""
    detector = UnseenScriptDetector()
    part: dict[str, object] = {}
    detector.learn(part, page(news_page(1, footer_extra="<p>Новости на русском языке</p>")))
    assert "cyrillic" in part["scripts"]  # type: ignore[operator]
    now = page(news_page(3, body_extra=_paragraph(SENTENCES["cyrillic"])))
    assert detector.compare(part, now, page(news_page(3))) == []
    shown = page(news_page(3, footer_extra="<p>العربية: معلومات للزوار</p>"))
    assert detector.compare({}, page(news_page(3, body_extra=_paragraph(SENTENCES["arabic"]))), shown) == []


def test_a_notice_in_several_languages_and_short_names_are_no_evidence() -> None:
    before = page(news_page(3))
    notice = "".join(_paragraph(SENTENCES[s]) for s in ("cyrillic", "arabic"))
    assert UnseenScriptDetector().compare({}, page(news_page(3, body_extra=notice)), before) == []
    switcher = '<ul class="langs"><li>Українська</li><li>العربية</li><li>한국어</li></ul>'
    assert UnseenScriptDetector().compare({}, page(news_page(3, footer_extra=switcher)), before) == []


def test_a_new_title_in_an_unseen_script_counts() -> None:
    before = page(news_page(3))
    [finding] = UnseenScriptDetector().compare({}, page(news_page(3, title=SENTENCES["arabic"])), before)
    assert finding.evidence["script"] == "arabic"


def _cjk_page(headlines: list[str], extra: str = "") -> str:
    links = "".join(
        f'<li><h3><a href="/xwzx/202407/t20240712_{4812345 + i}.html">{h}</a></h3></li>'
        for i, h in enumerate(headlines)
    )
    return f'<html><head><meta charset="utf-8"><title>{headlines[0]}</title></head><body><ul>{links}</ul>{extra}</body></html>'


CHINESE = [
    "市政府召开全体会议部署下半年工作任务",
    "全市重点项目建设推进会今日召开",
    "关于做好今年防汛工作的通知要求",
]
JAPANESE = [
    "県議会の定例会が開会しました",
    "新しい観光パンフレットを作りました",
    "防災訓練のお知らせと参加のお願い",
]


def test_latin_on_a_chinese_page_and_kanji_on_a_japanese_page_are_the_pages_own() -> None:
    english = _paragraph("We wrote to you three times and nobody ever answered our mail")
    assert (
        UnseenScriptDetector().compare({}, page(_cjk_page(CHINESE, english)), page(_cjk_page(CHINESE))) == []
    )
    kanji = _paragraph("三度連絡したが誰一人返事をしなかった県庁")
    assert (
        UnseenScriptDetector().compare({}, page(_cjk_page(JAPANESE, kanji)), page(_cjk_page(JAPANESE))) == []
    )
    [finding] = UnseenScriptDetector().compare(
        {}, page(_cjk_page(CHINESE, _paragraph(SENTENCES["hangul"]))), page(_cjk_page(CHINESE))
    )
    assert finding.evidence["script"] == "hangul"


def test_the_engine_flags_a_sentence_in_an_unseen_script_after_learning_a_history() -> None:
    """Wired from Settings like every detector: four known-good captures, then the same page with
    one Thai sentence before a teaser's text, is defaced."""
    engine, profile = DetectionEngine.from_settings(Settings()), Profile()
    pages = [engine.page(capture(news_page(day))) for day in range(4)]
    for known in pages:
        engine.learn(profile, known, trusted=True)
    checked = capture(news_page(3, body_extra=_paragraph(SENTENCES["thai"])))
    screen = engine.screen(profile, checked, previous=pages[-1])
    assert engine.verdict(screen).defaced
    assert any(f.detector == "unseen_script" for f in screen.findings)


def test_a_notice_given_in_the_pages_own_language_too_is_no_evidence() -> None:
    """A help banner with its Ukrainian version, a Japanese typhoon notice with its Korean version:
    each foreign line stands next to the page's own language. (The synthetic front page's headlines
    are English; its language is read from them.)"""
    before = page(news_page(3))
    banner = _paragraph(
        "Help for refugees from Ukraine: the town hall opens a new office on Monday"
    ) + _paragraph("Допомога біженцям з України: у понеділок відкривається новий офіс")
    assert UnseenScriptDetector().compare({}, page(news_page(3, body_extra=banner)), before) == []
    notice = _paragraph("台風10号の接近に伴い、市内全域に避難指示を発令しました") + _paragraph(
        "태풍 10호 접근에 따라 시 전역에 대피 지시를 발령했습니다"
    )
    assert (
        UnseenScriptDetector().compare({}, page(_cjk_page(JAPANESE, notice)), page(_cjk_page(JAPANESE))) == []
    )


def test_a_link_to_a_messenger_channel_counts_a_new_teaser_for_an_old_page_does_not() -> None:
    before = page(news_page(3, footer_extra='<a href="/ko/">한국어</a>'))
    channel = f'<p><a href="https://t.me/some_channel_x">{SENTENCES["hangul"]}</a></p>'
    [finding] = UnseenScriptDetector().compare({}, page(news_page(3, body_extra=channel)), before)
    assert finding.evidence["script"] == "hangul"
    teaser = f'<p><a href="/ko/">{SENTENCES["hangul"]}</a></p>'
    now = page(news_page(3, footer_extra='<a href="/ko/">한국어</a>', body_extra=teaser))
    assert UnseenScriptDetector().compare({}, now, before) == []


def test_an_english_line_beside_a_slogan_on_a_german_page_is_not_the_pages_language() -> None:
    stories = [
        f"Stadtrat beschließt den Haushalt für das Jahr {2020 + i} nach langer Debatte" for i in range(6)
    ]
    before = page(news_page(3, headlines=stories))
    block = _paragraph("This page now belongs to all of those you never listened to") + _paragraph(
        SENTENCES["arabic"]
    )
    [finding] = UnseenScriptDetector().compare(
        {}, page(news_page(3, headlines=stories, body_extra=block)), before
    )
    assert finding.evidence["script"] == "arabic"
