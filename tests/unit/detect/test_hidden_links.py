import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from selectolax.lexbor import LexborHTMLParser

from tamperwatch.detect.hidden_links import HiddenLinksDetector
from tamperwatch.detect.hiding import hiding_method, stylesheet_hiding

from .synthetic import news_page, page


def spam_block(style: str, links: int = 24, domains: int = 8) -> str:
    anchors = " ".join(
        f'<a href="https://casino-bonus-{i % domains}.example/p{i}">online casino slot {i}</a>'
        for i in range(links)
    )
    return f"<div {style}>{anchors}</div>"


def learned(det: HiddenLinksDetector) -> dict[str, object]:
    part: dict[str, object] = {}
    for day in range(3):
        det.learn_trusted(part, page(news_page(day)))
    return part


@pytest.mark.parametrize(
    "style",
    [
        'style="display:none"',
        'style="visibility:hidden;height:0"',
        'style="position:absolute;left:-9999px"',
        'style="font-size:0;line-height:0"',
        'style="width:1px;height:1px;overflow:hidden"',
        'style="font-size:1px;color:#fff"',
        'style="position:absolute;transform:translateX(-10000px)"',
        'style="transform: scale(0)"',
        'style="clip-path: inset(50%)"',
        "hidden",
        'style="opacity:0.01"',
        'style="z-index:-5;position:absolute"',
        'style="transform:scale(0.01)"',
        'style="visibility:collapse"',
        'style="color:#ffffff;background-color:#FFFFFF"',
    ],
)
def test_hidden_block_of_links_to_unseen_domains_is_reported_with_where_it_is(style: str) -> None:
    det = HiddenLinksDetector()
    [finding] = det.detect(learned(det), page(news_page(4, footer_extra=spam_block(style))))
    assert finding.score >= 0.5
    assert finding.reason.startswith("hidden block")
    assert "24 links to 8 unseen domains added in the footer" in finding.reason


def test_noscript_block_is_hidden_too() -> None:
    det = HiddenLinksDetector()
    block = spam_block("").replace("<div >", "<noscript>").replace("</div>", "</noscript>")
    [finding] = det.detect(learned(det), page(news_page(4, body_extra=block)))
    assert "(noscript)" in finding.reason


def test_visible_links_and_hidden_links_to_known_domains_are_fine() -> None:
    det = HiddenLinksDetector()
    part = learned(det)
    assert det.detect(part, page(news_page(4, body_extra=spam_block('class="partners"')))) == []
    own = '<div style="display:none">' + "".join(f'<a href="/s/{i}">s</a>' for i in range(30)) + "</div>"
    assert det.detect(part, page(news_page(4, body_extra=own))) == []


def test_online_learning_does_not_learn_hidden_blocks() -> None:
    det = HiddenLinksDetector()
    part = learned(det)
    spammed = page(news_page(4, body_extra=spam_block('style="display:none"')))
    det.learn(part, spammed)
    assert det.detect(part, spammed)


def test_without_history_only_spam_worded_hidden_blocks_count() -> None:
    det = HiddenLinksDetector()
    menu = (
        '<div style="display:none">'
        + "".join(f'<a href="https://site{i}.example/">Section {i}</a>' for i in range(12))
        + "</div>"
    )
    assert det.detect({}, page(news_page(1, body_extra=menu))) == []
    assert det.detect({}, page(news_page(1, body_extra=spam_block('style="display:none"'))))


@pytest.mark.parametrize(
    ("css", "attribute", "method"),
    [
        (".sx{display:none}", 'class="sx"', "stylesheet rule .sx{display:none}"),
        ("div#lk { position: absolute; left: -9999px }", 'id="lk"', "stylesheet rule #lk{left:-9999"),
        ("@media screen { .a, .b-links { visibility:hidden } }", 'class="box b-links"', ".b-links{"),
        ("/* .sx{} */ .sx{font-size:0}", 'class="sx"', "stylesheet rule .sx{font-size:0}"),
    ],
)
def test_block_hidden_by_a_rule_of_the_pages_own_style_sheet_is_reported(
    css: str, attribute: str, method: str
) -> None:
    det = HiddenLinksDetector()
    block = f"<style>{css}</style>" + spam_block(attribute)
    [finding] = det.detect(learned(det), page(news_page(4, footer_extra=block)))
    assert method in finding.reason and "24 links to 8 unseen domains" in finding.reason


def test_menu_hidden_by_the_style_sheet_without_spam_wording_is_not_reported() -> None:
    det = HiddenLinksDetector()
    menu = "".join(f'<a href="https://partner-{i}.example/">Partner {i}</a>' for i in range(8))
    block = f'<style>.mobile-menu{{display:none}}</style><div class="mobile-menu">{menu}</div>'
    assert det.detect(learned(det), page(news_page(4, body_extra=block))) == []
    # the same links visible: not a hidden block at all
    visible = block.replace("display:none", "color:red")
    assert det.detect(learned(det), page(news_page(4, body_extra=visible))) == []


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="{}:;-.#,/*@ abcdisplaynoe0x1", max_size=400))
def test_any_style_sheet_text_is_read_without_raising(css: str) -> None:
    sheet = stylesheet_hiding(LexborHTMLParser(f"<style>{css}</style><p class='a'>x</p>"))
    assert all(name[0] in ".#" for name in sheet)


def test_a_huge_hostile_style_sheet_yields_a_bounded_answer() -> None:
    rules = "".join(f".c{i}{{display:none}}" for i in range(5000)) + ":-" * 100_000
    sheet = stylesheet_hiding(LexborHTMLParser(f"<style>{rules}</style>"))
    assert 0 < len(sheet) <= 200


@pytest.mark.parametrize(
    "style",
    [
        "transform:translateX(-50%)",
        "transform: scale(0.5)",
        "font-size:12px",
        "clip-path: inset(10%)",
        "margin-left:-20px",
        "width:100px",
    ],
)
def test_ordinary_layout_styles_do_not_hide(style: str) -> None:
    block = LexborHTMLParser(f'<div style="{style}">x</div>').css_first("div")
    assert block is not None and hiding_method(block) == ""


def test_a_hidden_link_farm_to_many_unseen_domains_counts_whatever_its_words() -> None:
    """With history, wording is not needed: a class-hidden block linking to ten or more domains
    the site never linked to is a link farm (anchor texts here are plain words in no word list)."""
    det = HiddenLinksDetector()
    part = learned(det)
    farm = (
        '<div class="hide">'
        + "".join(f'<a href="https://w{i}.shop{i}.example/">Blaue Tasse Nummer {i}</a>' for i in range(12))
        + "</div>"
    )
    few = (
        '<div class="hide">'
        + "".join(f'<a href="https://shop{i % 3}.example/">Tasse {i}</a>' for i in range(12))
        + "</div>"
    )
    assert det.detect(part, page(news_page(9, body_extra=farm)))
    assert det.detect(part, page(news_page(9, body_extra=few))) == []


@pytest.mark.parametrize(
    "write",
    [
        lambda block: f"<script>document.write('{block}');</script>",
        # every character of the markup as a \u escape, the way Chinese link-farm kits ship it
        lambda block: (
            '<script type="text/javascript">document.writeln("'
            + "".join(f"\\u{ord(c):04x}" for c in block)
            + '");</script>'
        ),
        lambda block: f"<script>document.getElementById('f').innerHTML = '{block}';</script>",
    ],
)
def test_a_hidden_block_a_script_writes_is_a_hidden_block(write: object) -> None:
    det = HiddenLinksDetector()
    block = spam_block('style="display:none"').replace("'", "")
    [finding] = det.detect(learned(det), page(news_page(4, footer_extra=write(block))))  # type: ignore[operator]
    assert "written by a script" in finding.reason
    assert "24 links to 8 unseen domains" in finding.reason


def test_a_script_that_writes_the_sites_own_hidden_menu_every_day_is_learned() -> None:
    det = HiddenLinksDetector()
    menu = f"<script>document.write('{spam_block('style=display:none', links=8, domains=4)}');</script>"
    part: dict[str, object] = {}
    for day in range(3):
        det.learn_trusted(part, page(news_page(day, footer_extra=menu)))
    assert det.detect(part, page(news_page(4, footer_extra=menu))) == []
