"""Layout statistics: the shape of a site's own page against a message page, in any language."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from tamperwatch.detect.classifier.layout import LAYOUT_NAMES, layout_vector
from tamperwatch.detect.classifier.salient import extract_salient


def _layout(html: str) -> dict[str, float]:
    tree = LexborHTMLParser(html)
    return dict(zip(LAYOUT_NAMES, layout_vector(tree, html, extract_salient(tree)), strict=True))


def _site_page(headline: str, paragraph: str, nav: list[str]) -> str:
    links = "".join(f'<li><a href="/section/{k}/">{n}</a></li>' for k, n in enumerate(nav))
    return (f"<html><head><title>{headline}</title></head><body><header><nav><ul>{links}</ul></nav></header>"
            f"<main><article><h1>{headline}</h1><time>2024-05-01</time><p>{paragraph}</p></article></main>"
            f'<footer>© 2024 <a href="/about">{nav[0]}</a></footer></body></html>')


MESSAGE = ('<html><body style="text-align:center;background:#000"><h1>Greetings from the crew</h1>'
           "<p>Your server was open.</p><p>Contact: @crew_one @crew.two</p>"
           '<a href="https://t.me/crewchannel">channel</a><audio autoplay src="x.mp3"></audio></body></html>')


def test_a_site_page_links_its_own_paths_and_a_message_page_does_not() -> None:
    nav = ["Home", "Local", "Sport"]
    site = _layout(_site_page("Council news", "The council met on Tuesday. " * 20, nav))
    message = _layout(MESSAGE)
    assert site["log_own_paths"] > message["log_own_paths"] == 0.0
    assert message["log_offsite_links"] > 0.0
    assert (site["has_nav"], site["has_footer"], site["has_article"], site["has_copyright"]) == (1, 1, 1, 1)
    assert site["log_dates"] > 0.0 and message["log_dates"] == 0.0
    assert message["has_autoplay"] == 1.0 and site["has_autoplay"] == 0.0
    assert message["log_centred"] > 0.0


def test_handles_are_counted_but_email_addresses_are_not() -> None:
    assert _layout(MESSAGE)["log_handles"] > 0.0
    assert _layout("<body><p>Write to press@example.org or news@example.org</p></body>")["log_handles"] == 0.0


def test_absolute_links_to_the_site_itself_count_as_its_own_paths() -> None:
    links = "".join(f'<a href="https://www.example.org/news/{k}.html">story {k}</a>' for k in range(12))
    layout = _layout(f"<body>{links}<a href='https://t.me/x'>t</a></body>")
    assert layout["log_own_paths"] > 2.0
    assert layout["log_offsite_links"] == _layout("<body><a href='https://t.me/x'>t</a></body>")["log_offsite_links"]


def test_the_layout_of_one_page_is_the_same_in_every_script() -> None:
    nav = {"en": ["Home", "Local", "Sport"], "zh": ["首页", "本地", "体育"],
           "ar": ["الرئيسية", "محلي", "رياضة"]}
    text = {"en": "The council met on Tuesday to approve the budget. " * 6,
            "zh": "市议会周二开会批准了预算。" * 8,
            "ar": "اجتمع المجلس يوم الثلاثاء للموافقة على الميزانية. " * 6}
    shapes = {lang: _layout(_site_page(text[lang][:20], text[lang], nav[lang])) for lang in nav}
    script_free = [n for n in LAYOUT_NAMES if n not in ("link_text_share", "log_mean_run_width")]
    for name in script_free:
        assert len({shape[name] for shape in shapes.values()}) == 1, name
