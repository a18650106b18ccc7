"""Edition 7's `inject`: a visible block of the crew's words added to the page in one of edition 7's
shapes (a sticky ribbon, an open ``<dialog>``, a ``<marquee>`` strip, an aside before the footer, a
new first heading in the site header, a paragraph appended to the article, a box dressed as a cookie
notice, a corner toast, ASCII art in ``<pre>``, text painted on a ``<canvas>``, text that lives only
in a data attribute shown by ``attr()``, a declarative shadow root, an SVG image from a ``data:``
URL, an ``<iframe srcdoc>`` banner). The words are in the page's own language, English or a
foreign one."""

from __future__ import annotations

import html
import json
import random
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import quote

from ..attack import Attack, NotApplicable, Page, insert, splice
from ..charset import encodable
from ..v2.attacks import page_language
from .data.people import CONTACTS, EMAILS, HANDLES, IMAGE_HOSTS, PALETTES, TEAMS
from .data.voices import VOICES

LINES = (1, 3)
esc = html.escape


@dataclass(frozen=True)
class Block:
    title: str
    lines: list[str]
    team: str
    contact: str
    greets: str
    img: str
    colours: tuple[str, str, str]


@dataclass(frozen=True)
class Placed:
    html: str
    at: str  # body-start, body-end, before-footer, header, article-end
    head: str = ""


Shape = Callable[[Block, random.Random], Placed]


def _p(lines: list[str]) -> str:
    return "".join(f"<p>{esc(x)}</p>" for x in lines)


def _cls(rng: random.Random) -> str:
    return rng.choice(("rb", "dl", "tx", "cn", "zt")) + f"{rng.getrandbits(20):05x}"


def _ribbon(b: Block, rng: random.Random) -> Placed:
    bg, fg, accent = b.colours
    return Placed(
        f'<div style="position:sticky;top:0;z-index:99990;background:{bg};color:{fg};'
        f'border-bottom:4px solid {accent};padding:10px 16px"><b>{esc(b.title)}</b> · {esc(b.lines[0])} · '
        f"{esc(b.contact)}</div>",
        "body-start",
    )


def _dialog(b: Block, rng: random.Random) -> Placed:
    bg, fg, accent = b.colours
    return Placed(
        f'<dialog open style="position:fixed;top:12vh;z-index:2147480000;max-width:640px;background:{bg};'
        f'color:{fg};border:3px solid {accent}"><h2>{esc(b.title)}</h2>{_p(b.lines)}'
        f'<p>{esc(b.greets)}</p><form method="dialog"><button>OK</button></form></dialog>',
        "body-start",
    )


def _marquee(b: Block, rng: random.Random) -> Placed:
    bg, fg, _ = b.colours
    text = esc("  ///  ".join([b.title, *b.lines, b.contact]))
    return Placed(
        f'<marquee scrollamount="7" style="background:{bg};color:{fg};font-weight:700;padding:6px 0">'
        f"{text}</marquee>",
        "body-start",
    )


def _aside(b: Block, rng: random.Random) -> Placed:
    _, _, accent = b.colours
    return Placed(
        f'<aside style="border:2px solid {accent};padding:14px;margin:18px 0"><h3>{esc(b.title)}</h3>'
        f"{_p(b.lines)}<p>{esc(b.team)} — {esc(b.contact)}</p></aside>",
        "before-footer",
    )


def _header_h1(b: Block, rng: random.Random) -> Placed:
    _, _, accent = b.colours
    return Placed(
        f'<h1 style="color:{accent};text-align:center;margin:8px 0">{esc(b.title)}</h1>',
        "header",
    )


def _article_para(b: Block, rng: random.Random) -> Placed:
    return Placed(
        f"<p><strong>{esc(b.title)}</strong> {esc(' '.join(b.lines))} {esc(b.contact)}</p>", "article-end"
    )


def _consent(b: Block, rng: random.Random) -> Placed:
    c = _cls(rng)
    bg, fg, accent = b.colours
    rule = (
        f".{c}{{position:fixed;left:16px;bottom:16px;max-width:420px;z-index:2147480001;background:{bg};"
        f"color:{fg};box-shadow:0 2px 18px rgba(0,0,0,.4);padding:16px;border-radius:8px}}"
        f".{c} button{{background:{accent};color:{bg};border:0;padding:6px 14px}}"
    )
    return Placed(
        f'<div class="{c}" role="dialog"><b>{esc(b.title)}</b>{_p(b.lines[:1])}'
        f"<button>{esc(b.contact)}</button></div>",
        "body-end",
        f"<style>{rule}</style>",
    )


def _toast(b: Block, rng: random.Random) -> Placed:
    bg, fg, accent = b.colours
    return Placed(
        f'<div role="status" style="position:fixed;top:14px;right:14px;z-index:2147480002;width:300px;'
        f'background:{bg};color:{fg};border-left:6px solid {accent};padding:12px">'
        f"<b>{esc(b.title)}</b><br>{esc(b.lines[0])}<br><small>{esc(b.greets)}</small></div>",
        "body-end",
    )


def _ascii(b: Block, rng: random.Random) -> Placed:
    bg, fg, _ = b.colours
    bar = "+" + "-" * 46 + "+"
    art = "\n".join([bar, f"|  {b.team}", bar, *b.lines, "", b.contact, bar])
    return Placed(
        f'<pre style="background:{bg};color:{fg};padding:14px;white-space:pre-wrap">{esc(art)}</pre>',
        "body-start",
    )


def _canvas(b: Block, rng: random.Random) -> Placed:
    c = _cls(rng)
    bg, fg, accent = b.colours
    texts = json.dumps([b.title, *b.lines, b.contact], ensure_ascii=True)
    return Placed(
        f'<canvas id="{c}" width="960" height="{90 + 40 * len(b.lines)}" style="max-width:100%"></canvas>'
        f"<script>(function(){{var x=document.getElementById('{c}').getContext('2d');"
        f"x.fillStyle='{bg}';x.fillRect(0,0,960,600);x.font='26px sans-serif';"
        f"{texts}.forEach(function(t,i){{x.fillStyle=i?'{fg}':'{accent}';x.fillText(t,24,48+40*i)}})}})();"
        "</script>",
        "body-start",
    )


def _attr_content(b: Block, rng: random.Random) -> Placed:
    c = _cls(rng)
    bg, fg, _ = b.colours
    msg = esc(f"{b.title} — {b.lines[0]} — {b.contact}", quote=True)
    rule = (
        f".{c}::after{{content:attr(data-note);display:block;background:{bg};color:{fg};"
        "padding:18px;font-size:21px;text-align:center}"
    )
    return Placed(f'<div class="{c}" data-note="{msg}"></div>', "body-start", f"<style>{rule}</style>")


def _shadow(b: Block, rng: random.Random) -> Placed:
    bg, fg, accent = b.colours
    return Placed(
        '<div><template shadowrootmode="open"><style>:host{display:block}'
        f"section{{background:{bg};color:{fg};padding:20px;border:3px double {accent}}}</style>"
        f"<section><h2>{esc(b.title)}</h2>{_p(b.lines)}<p>{esc(b.greets)}</p></section></template></div>",
        "body-start",
    )


def _svg_image(b: Block, rng: random.Random) -> Placed:
    bg, fg, _ = b.colours
    rows = [b.title, *b.lines]
    texts = "".join(
        f'<text x="20" y="{44 + 36 * n}" fill="{fg}" font-size="24">{esc(t)}</text>'
        for n, t in enumerate(rows)
    )
    height = 60 + 36 * len(rows)
    svg = (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="960" height="{height}">'
        f'<rect width="100%" height="100%" fill="{bg}"/>{texts}</svg>'
    )
    return Placed(
        f'<img src="data:image/svg+xml;charset=utf-8,{quote(svg)}" alt="" style="width:100%;display:block">',
        "body-start",
    )


def _srcdoc(b: Block, rng: random.Random) -> Placed:
    bg, fg, accent = b.colours
    doc = (
        f'<body style="margin:0;background:{bg};color:{fg};font:18px sans-serif;text-align:center">'
        f'<h1 style="color:{accent}">{esc(b.title)}</h1>{_p(b.lines)}<p>{esc(b.contact)}</p></body>'
    )
    return Placed(
        f'<iframe srcdoc="{esc(doc, quote=True)}" style="width:100%;height:320px;border:0"></iframe>',
        "body-start",
    )


SHAPES: dict[str, Shape] = {
    "sticky-top-ribbon": _ribbon,
    "open-dialog-modal": _dialog,
    "visible-marquee-strip": _marquee,
    "aside-before-footer": _aside,
    "header-prepended-h1": _header_h1,
    "article-appended-paragraph": _article_para,
    "fake-consent-box": _consent,
    "corner-toast": _toast,
    "ascii-art-pre": _ascii,
    "canvas-painted-message": _canvas,
    "attr-content-pseudo": _attr_content,
    "declarative-shadow-root": _shadow,
    "data-svg-image": _svg_image,
    "iframe-srcdoc-banner": _srcdoc,
}


def make_block(rng: random.Random, lang: str) -> Block:
    voice = VOICES[lang]
    team = rng.choice(TEAMS)
    pool = [*voice.lines, *voice.slogans]
    return Block(
        title=rng.choice(voice.titles).format(team=team),
        lines=rng.sample(pool, rng.randint(*LINES)),
        team=team,
        contact=rng.choice((*CONTACTS, *EMAILS)),
        greets=f"{voice.greet}: " + " ".join(rng.sample(HANDLES, 3)),
        img=rng.choice(IMAGE_HOSTS) + f"{rng.getrandbits(40):010x}.png",
        colours=rng.choice(PALETTES),
    )


def _where(page: Page, at: str) -> int:
    body = page.body()
    if at == "body-start":
        return body.inner
    if at == "body-end":
        return page.body_end()
    if at == "before-footer":
        footers = [f for f in page.scan.all("footer") if f.start > body.start]
        return footers[-1].start if footers else page.body_end()
    if at == "header":
        headers = [h for h in page.scan.all("header") if h.start > body.start and h.close > h.inner]
        return headers[0].inner if headers else body.inner
    articles = [a for a in page.scan.all("article") if a.close > a.inner]
    if articles:
        return articles[0].close
    paragraphs = [p for p in page.scan.all("p") if p.start > body.start and p.end > 0]
    if not paragraphs:
        raise NotApplicable("no article or paragraph")
    return paragraphs[min(2, len(paragraphs) - 1)].end


def inject(page: Page, rng: random.Random, shape: str, lang: str) -> Attack:
    used = page_language(page) if lang == "own" else lang
    block = make_block(rng, used)
    placed = SHAPES[shape](block, rng)
    edits = [insert(_where(page, placed.at), encodable(placed.html, page.codec))]
    if placed.head:
        edits.append(insert(page.head_end(), encodable(placed.head, page.codec)))
    edits.sort(key=lambda e: e.start)
    info = {"shape": shape, "lang": used, "own_language": lang == "own", "team": block.team, "at": placed.at}
    return splice(page, edits, info)
