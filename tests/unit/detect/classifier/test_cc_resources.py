"""Resource statistics: a site's own message page is woven into its site; a defacement page is one file."""

# Messages in several scripts: non-ASCII look-alikes are intended.
# ruff: noqa: RUF001

from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from tamperwatch.detect.classifier.layout import LAYOUT_NAMES, layout_vector
from tamperwatch.detect.classifier.resources import RESOURCE_NAMES, resource_vector, site_name, site_of
from tamperwatch.detect.classifier.salient import extract_salient

MESSAGES = {
    "en": ("Acme - Scheduled maintenance", "We are performing scheduled maintenance.", "Back soon."),
    "zh": ("Acme - 系统维护中", "我们正在进行系统例行维护，网站将很快恢复访问。", "感谢您的耐心等待。"),
    "ar": ("Acme - صيانة مجدولة", "نقوم حاليا بأعمال صيانة مجدولة لأنظمتنا.", "سنعود قريبا."),
    "ru": ("Acme - Технические работы", "На сайте проводятся плановые технические работы.", "Скоро."),
}


def _stats(html: str) -> dict[str, float]:
    tree = LexborHTMLParser(html)
    shape = dict(zip(LAYOUT_NAMES, layout_vector(tree, html, extract_salient(tree)), strict=True))
    values = resource_vector(tree, shape["log_own_paths"], shape["short_run_share"])
    return dict(zip(RESOURCE_NAMES, values, strict=True))


def maintenance_page(title: str, line: str, back: str) -> str:
    """A site's own maintenance notice: no links at all, but its own style sheet, icon, logo and script."""
    return (f'<html><head><meta charset="utf-8"><title>{title}</title>'
            '<link rel="stylesheet" href="/assets/css/site.css"><link rel="icon" href="/favicon.ico">'
            '<link rel="canonical" href="https://www.acme.com/"><meta property="og:site_name" content="Acme">'
            '<script src="https://static.acme.com/js/app.js" defer></script></head>'
            '<body><div class="wrap"><img src="/assets/img/logo.svg" alt="Acme">'
            f"<h1>{line}</h1><p>{back}</p>"
            '<form action="/subscribe" method="post"><input name="email"></form>'
            '<p><a href="mailto:ops@acme.com">ops@acme.com</a></p></div></body></html>')


def defacement_page(title: str, line: str, back: str) -> str:
    """A dropped single file: inline style, picture and music on foreign hosting, a free-mail contact."""
    return (f"<html><head><title>{title}</title><style>body{{background:#000;color:#0f0;text-align:center}}"
            "</style></head><body><img src=\"https://i.imgbox.example/a1b2.jpg\">"
            f"<h1>{line}</h1><p>{back}</p>"
            '<audio autoplay src="https://files.host.example/song.mp3"></audio>'
            '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">'
            '<p><a href="mailto:crew@freemail.example">mail</a></p></body></html>')


@pytest.mark.parametrize("lang", sorted(MESSAGES))
def test_a_maintenance_page_is_woven_into_its_site_and_a_defacement_page_is_not(lang: str) -> None:
    own = _stats(maintenance_page(*MESSAGES[lang]))
    dropped = _stats(defacement_page(*MESSAGES[lang]))
    assert own["log_own_code"] > 0.0 and dropped["log_own_code"] == 0.0
    assert own["log_identity_links"] > 0.0 and dropped["log_identity_links"] == 0.0
    assert own["log_own_forms"] > 0.0 and dropped["log_own_forms"] == 0.0
    assert own["name_in_title"] == 1.0 and dropped["name_in_title"] == 0.0
    assert own["log_own_mail"] > 0.0 and dropped["log_own_mail"] == 0.0
    assert dropped["unwoven_message"] > 0.0 and own["unwoven_message"] == 0.0


def test_the_statistics_of_one_page_are_the_same_in_every_script() -> None:
    # (unwoven_message is the layout's share of short runs, which counts display width: left out)
    ties = [name for name in RESOURCE_NAMES if name != "unwoven_message"]
    shapes = {lang: _stats(maintenance_page(*texts)) for lang, texts in MESSAGES.items()}
    dropped = {lang: _stats(defacement_page(*texts)) for lang, texts in MESSAGES.items()}
    assert len({tuple(v[n] for n in ties) for v in shapes.values()}) == 1
    assert len({tuple(v[n] for n in ties) for v in dropped.values()}) == 1


def test_a_public_cdn_serving_style_and_script_is_not_the_site_s_own() -> None:
    cdn = _stats('<head><link rel="stylesheet" href="https://cdn.example.net/lib/x.css">'
                 '<script src="https://cdn.example.net/lib/x.js"></script></head><body>hi</body>')
    declared = _stats('<head><link rel="canonical" href="https://www.shop.example.co.uk/">'
                      '<link rel="stylesheet" href="https://static.shop.example.co.uk/s.css">'
                      '<script src="https://cdn.shop.example.co.uk/a.js"></script></head><body>hi</body>')
    assert cdn["log_own_code"] == 0.0
    relative = _stats('<link rel="stylesheet" href="/s.css"><script src="a.js"></script>')
    assert declared["log_own_code"] == relative["log_own_code"] > 0.0


def test_a_resource_on_the_host_the_links_go_to_is_the_site_s_own() -> None:
    links = "".join(f'<a href="https://www.paper.example/n/{k}.html">s{k}</a>' for k in range(5))
    stats = _stats(f'<head><title>The Paper</title><script src="https://img.paper.example/app.js"></script></head>'
                   f"<body>{links}</body>")
    assert stats["log_own_code"] > 0.0 and stats["name_in_title"] == 1.0


def test_an_empty_page_has_no_resources_and_no_error() -> None:
    stats = _stats("")
    assert {v for name, v in stats.items() if name != "unwoven_message"} == {0.0}


def test_a_page_linking_its_own_paths_is_no_unwoven_message() -> None:
    links = "".join(f'<a href="/news/{k}.html">story {k}</a>' for k in range(6))
    assert _stats(f"<body><h1>Short line</h1>{links}</body>")["unwoven_message"] == 0.0
    assert _stats("<body><h1>Short line</h1><p>Another</p></body>")["unwoven_message"] == 1.0
    one_sheet = _stats('<link rel="stylesheet" href="style.css"><body><h1>Short line</h1></body>')
    assert one_sheet["log_own_code"] > 0.0 and one_sheet["unwoven_message"] == 1.0


def test_registrable_host_and_site_name() -> None:
    assert site_of("www.shop.example.co.uk") == "example.co.uk"
    assert site_of("static.acme.com") == "acme.com"
    assert site_of("acme.com.cn") == "acme.com.cn"
    assert site_name("my-shop.com") == "myshop"
