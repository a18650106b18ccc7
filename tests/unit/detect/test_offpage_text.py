"""Off-page text: sentences shown through srcdoc frames, shadow roots, SVG data images and canvases."""

# ruff: noqa: E501, RUF001  (markup written as pages serve it: long lines, Chinese punctuation)

from __future__ import annotations

from urllib.parse import quote

import pytest

from tamperwatch.detect.engine import DetectionEngine
from tamperwatch.detect.offpage_text import OffpageTextDetector, offpage_texts
from tamperwatch.detect.page import Page
from tamperwatch.detect.profile import Profile
from tamperwatch.settings import Settings

from .synthetic import capture, news_page, page


def _svg_image(text: str) -> str:
    svg = f'<svg xmlns="http://www.w3.org/2000/svg" width="900" height="90"><rect width="100%" height="100%" fill="#111"/><text x="10" y="40" fill="#fff">{text}</text></svg>'
    return f'<img alt="" src="data:image/svg+xml;charset=utf-8,{quote(svg)}">'


def _canvas(text: str) -> str:
    escaped = "".join(f"\\u{ord(c):04x}" if ord(c) > 127 else c for c in text)
    return (
        '<canvas id="k9" width="960" height="200"></canvas><script>(function(){var x=document.getElementById("k9")'
        f".getContext('2d');x.fillStyle='#000';x.fillRect(0,0,960,200);x.font='26px sans-serif';[\"{escaped}\"]"
        ".forEach(function(t,i){x.fillStyle='#fff';x.fillText(t,20,40+i*30)})})();</script>"
    )


def _frame(text: str) -> str:
    return f'<iframe style="width:100%;height:300px;border:0" srcdoc="&lt;body style=&quot;background:#000&quot;&gt;&lt;h1&gt;{text}&lt;/h1&gt;&lt;/body&gt;"></iframe>'


def _shadow(text: str) -> str:
    return f'<div><template shadowrootmode="open"><style>:host{{display:block}}</style><section><h2>{text}</h2></section></template></div>'


CHANNELS = {"frame": _frame, "shadow": _shadow, "svg-image": _svg_image, "canvas": _canvas}
MESSAGES = [
    "Diese Seite gehört heute uns, lest die Verträge der Stadtwerke",
    "市政府必须公开垃圾处理合同，否则我们还会回来",
    "Мы оставили вам эту страницу на память",
]


@pytest.mark.parametrize("channel", sorted(CHANNELS))
@pytest.mark.parametrize("message", MESSAGES)
def test_a_sentence_through_a_channel_the_page_never_used_is_decisive(channel: str, message: str) -> None:
    before = page(news_page(3))
    now = page(news_page(3, top=CHANNELS[channel](message)))
    [finding] = OffpageTextDetector().compare({}, now, before)
    assert finding.score >= 0.5
    assert finding.evidence["channel"] == channel
    assert message[:20] in finding.reason


@pytest.mark.parametrize("channel", sorted(CHANNELS))
def test_the_same_text_as_the_previous_capture_is_nothing(channel: str) -> None:
    markup = CHANNELS[channel](MESSAGES[0])
    before = page(news_page(3, top=markup))
    assert OffpageTextDetector().compare({}, page(news_page(4, top=markup)), before) == []


def test_a_site_that_already_shows_text_through_a_channel_gets_a_weak_finding_for_new_text() -> None:
    """A site whose widgets are written in srcdoc publishes new ones: suspicious at most, unless
    the new sentence is signed or in another script than the page's headlines."""
    before = page(news_page(3, top=_frame("Wetter heute: sonnig bei zwanzig Grad in der Stadt")))
    now = page(news_page(3, top=_frame("Wetter morgen: Regen und Wind bis zum Abend erwartet")))
    [weak] = OffpageTextDetector().compare({}, now, before)
    assert weak.score < 0.5
    signed = page(news_page(3, top=_frame("Wetter morgen wird anders, schreibt an kite.owl@proton.me")))
    [stronger] = OffpageTextDetector().compare({}, signed, before)
    assert weak.score < stronger.score < 0.5


@pytest.mark.parametrize(
    "markup",
    [
        # a chart painted on a canvas: axis labels and numbers, no sentence
        "<canvas id=c></canvas><script>var g=document.getElementById('c').getContext('2d');g.font='12px Arial';['Jan','Feb','Mar'].forEach(function(m,i){g.fillText(m,40*i,190)});g.fillText('Pegel (cm)',0,10)</script>",
        # a lazy image's SVG placeholder: a drawing with no text
        '<img src="data:image/svg+xml,%3Csvg%20xmlns=%22http://www.w3.org/2000/svg%22%20width=%22100%25%22%3E%3C/svg%3E" data-src="/img/a.jpg">',
        # an ad slot's frame that only runs a script
        '<iframe srcdoc="&lt;script src=&quot;/ads/slot.js&quot;&gt;&lt;/script&gt;" width="300" height="250"></iframe>',
        # an icon drawn in SVG with a one-word label
        _svg_image("Menü"),
    ],
)
def test_labels_placeholders_and_script_only_frames_show_no_sentence(markup: str) -> None:
    before = page(news_page(3))
    now = page(news_page(3, top=markup))
    assert OffpageTextDetector().compare({}, now, before) == []


def test_texts_are_read_once_per_page_and_a_plain_page_has_none() -> None:
    plain = page(news_page(3))
    assert offpage_texts(plain) == {}
    shown = page(news_page(3, top=_shadow(MESSAGES[1])))
    assert offpage_texts(shown) == {"shadow": [MESSAGES[1]]}
    assert "offpage_text.texts" in shown.features


def _learned(days: int) -> tuple[DetectionEngine, Profile, Page]:
    """The engine from default Settings and a profile that learned ``days`` known-good captures."""
    engine, profile = DetectionEngine.from_settings(Settings()), Profile()
    pages = [engine.page(capture(news_page(day))) for day in range(days)]
    for known in pages:
        engine.learn(profile, known, trusted=True)
    return engine, profile, pages[-1]


def test_the_engine_flags_a_painted_message_after_learning_a_history() -> None:
    """Wired from Settings like every detector: a page known good four times, then the same page
    with a message painted on a canvas, is defaced."""
    engine, profile, previous = _learned(days=4)
    screen = engine.screen(profile, capture(news_page(4, top=_canvas(MESSAGES[2]))), previous=previous)
    verdict = engine.verdict(screen)
    assert verdict.defaced
    assert any(f.detector == "offpage_text" for f in screen.findings)


@pytest.mark.parametrize(
    "markup",
    [
        # a fingerprinting script paints a pangram on a canvas it creates and never shows
        "<script>var c=document.createElement('canvas').getContext('2d');c.fillText('Cwm fjordbank glyphs vext quiz, 😃',2,15)</script>",
        # data that mentions fillText (a tutorial's JSON) on a page that has a canvas
        '<canvas id="demo"></canvas><script type="application/json">{"text":"Call ctx.fillText( to draw the words you want on the canvas"}</script>',
    ],
)
def test_painting_on_no_canvas_of_the_page_and_json_data_are_no_painted_text(markup: str) -> None:
    before = page(news_page(3))
    assert OffpageTextDetector().compare({}, page(news_page(3, top=markup)), before) == []


@pytest.mark.parametrize(
    "variant", ["data:ımage/svg+xml", "data:İmage/svg+xml", "data:image/ſvg+xml", "DATA:IMAGE/SVG+XML"]
)
def test_an_svg_address_is_read_in_any_case_the_case_blind_address_pattern_reads(variant: str) -> None:
    markup = _svg_image(MESSAGES[1]).replace("data:image/svg+xml", variant)
    assert offpage_texts(page(news_page(3, top=markup))) == {"svg-image": [MESSAGES[1]]}
