"""Edition 5's `inject`: a visible block of attacker text, images and handles added to the page in one
of edition 5's shapes (a fixed bottom bar styled from a <style> block, a full-viewport overlay coloured
through custom properties, an open <details>, an undefined custom element, an item smuggled into
one of the page's own lists, a CSS-animated ticker, a figure banner, a blockquote, a fieldset, a
rotated stamp, text painted by ``body::before`` only, an SVG banner, a block styled by a linked
same-origin style sheet); sometimes the <title> changes too."""

from __future__ import annotations

import html
import random
from collections.abc import Callable
from dataclasses import dataclass

from ..attack import Attack, NotApplicable, Page, insert, splice
from ..charset import encodable
from ..splice import Edit
from .data.people import CONTACTS, EMAILS, EMOJI, HANDLES, IMAGE_HOSTS, LINKS, PALETTES, TEAMS
from .data.voices import VOICES

TITLE_SHARE = 0.3
LINES = (1, 3)


@dataclass(frozen=True)
class Block:
    """What one injected message says."""

    title: str
    lines: list[str]
    team: str
    contact: str
    link: str  # the group's channel
    greets: str
    img: str
    colours: tuple[str, str, str]
    emoji: str


@dataclass(frozen=True)
class Placed:
    html: str
    at: str  # "body-start", "body-end", "list" (inside one of the page's lists)
    head: str = ""  # markup for <head>


Shape = Callable[[Block, random.Random], Placed]


def _p(lines: list[str]) -> str:
    return "".join(f"<p>{html.escape(x)}</p>" for x in lines)


def _cls(rng: random.Random) -> str:
    return rng.choice(("nb", "ax", "ov", "pt", "qs")) + f"{rng.getrandbits(16):04x}"


def _bottom_bar(b: Block, rng: random.Random) -> Placed:
    c = _cls(rng)
    bg, fg, accent = b.colours
    rule = (
        f".{c}{{position:fixed;left:0;right:0;bottom:0;z-index:2147483600;background:{bg};color:{fg};"
        f"border-top:3px solid {accent};padding:12px 20px;font-weight:600}}"
    )
    text = html.escape(f"{b.title} — {b.lines[0]} — {b.contact}")
    return Placed(f'<div class="{c}">{b.emoji} {text}</div>', "body-end", f"<style>{rule}</style>")


def _overlay(b: Block, rng: random.Random) -> Placed:
    bg, fg, accent = b.colours
    style = (
        f"--o-bg:{bg};--o-fg:{fg};--o-ac:{accent};position:fixed;inset:0;z-index:2147483647;"
        "background:var(--o-bg);color:var(--o-fg);display:flex;flex-direction:column;"
        "align-items:center;justify-content:center;text-align:center"
    )
    return Placed(
        f'<div style="{style}"><h1 style="color:var(--o-ac)">{html.escape(b.title)}</h1>'
        f'{_p(b.lines)}<img src="{b.img}" alt="" width="280"><p>{html.escape(b.greets)}</p></div>',
        "body-start",
    )


def _details(b: Block, rng: random.Random) -> Placed:
    bg, fg, accent = b.colours
    return Placed(
        f'<details open style="background:{bg};color:{fg};padding:14px;border:2px dashed {accent}">'
        f"<summary><b>{html.escape(b.title)}</b></summary>{_p(b.lines)}"
        f"<p>{html.escape(b.contact)}</p></details>",
        "body-start",
    )


def _custom(b: Block, rng: random.Random) -> Placed:
    tag = rng.choice(("notice-card", "promo-strip", "alert-panel")) + f"-{rng.getrandbits(8):02x}"
    bg, fg, accent = b.colours
    rule = f"{tag}{{display:block;background:{bg};color:{fg};padding:18px;border-left:8px solid {accent}}}"
    return Placed(
        f"<{tag}><strong>{html.escape(b.title)}</strong>{_p(b.lines)}<p>{html.escape(b.greets)}</p></{tag}>",
        "body-start",
        f"<style>{rule}</style>",
    )


def _list_item(b: Block, rng: random.Random) -> Placed:
    return Placed(
        f'<li><a href="{b.link}">{html.escape(b.title)}</a> {html.escape(b.lines[0])} {b.emoji}</li>',
        "list",
    )


def _css_ticker(b: Block, rng: random.Random) -> Placed:
    c = _cls(rng)
    bg, fg, _ = b.colours
    rule = (
        f"@keyframes {c}k{{from{{transform:translateX(100%)}}to{{transform:translateX(-100%)}}}}"
        f".{c}{{overflow:hidden;background:{bg};color:{fg};white-space:nowrap}}"
        f".{c} span{{display:inline-block;animation:{c}k 18s linear infinite;padding:6px 0}}"
    )
    text = html.escape(" · ".join([b.title, *b.lines, b.greets]))
    return Placed(f'<div class="{c}"><span>{text}</span></div>', "body-start", f"<style>{rule}</style>")


def _figure(b: Block, rng: random.Random) -> Placed:
    return Placed(
        f'<figure style="margin:0;text-align:center"><img src="{b.img}" alt="{html.escape(b.team)}" '
        f'style="max-width:100%"><figcaption>{html.escape(b.title)} — {html.escape(b.lines[0])}'
        "</figcaption></figure>",
        "body-start",
    )


def _blockquote(b: Block, rng: random.Random) -> Placed:
    _, _, accent = b.colours
    return Placed(
        f'<blockquote cite="{b.link}" style="font-size:1.6em;border-left:6px solid '
        f'{accent};padding-left:18px">{_p(b.lines)}<footer>— {html.escape(b.team)}</footer></blockquote>',
        "body-start",
    )


def _fieldset(b: Block, rng: random.Random) -> Placed:
    bg, fg, accent = b.colours
    return Placed(
        f'<fieldset style="background:{bg};color:{fg};border:3px solid {accent}">'
        f"<legend>{html.escape(b.title)}</legend>{_p(b.lines)}<p>{html.escape(b.contact)}</p></fieldset>",
        "body-end",
    )


def _stamp(b: Block, rng: random.Random) -> Placed:
    _, _, accent = b.colours
    angle = rng.choice((-18, -11, 9, 15))
    return Placed(
        f'<div style="position:absolute;top:90px;left:6%;z-index:99999;transform:rotate({angle}deg);'
        f"border:5px solid {accent};color:{accent};background:rgba(255,255,255,.85);padding:10px 24px;"
        f'font:700 30px Impact,sans-serif">{html.escape(b.title)}<br>'
        f"<small>{html.escape(b.contact)}</small></div>",
        "body-start",
    )


def _generated(b: Block, rng: random.Random) -> Placed:
    """The message exists only as CSS generated content: nothing new in the DOM's text."""
    bg, fg, _ = b.colours
    text = f"{b.title} — {b.lines[0]} — {b.contact}".replace("\\", "").replace('"', "'")
    rule = (
        f'body::before{{content:"{text}";display:block;background:{bg};color:{fg};'
        "padding:16px;font-size:22px;text-align:center}"
    )
    return Placed("", "body-start", f"<style>{rule}</style>")


def _svg(b: Block, rng: random.Random) -> Placed:
    bg, fg, _ = b.colours
    lines = "".join(
        f'<text x="50%" y="{60 + 34 * n}" text-anchor="middle" fill="{fg}" font-size="22">'
        f"{html.escape(x)}</text>"
        for n, x in enumerate([b.title, *b.lines])
    )
    height = 80 + 34 * len(b.lines)
    return Placed(
        f'<svg width="100%" height="{height}" role="img">'
        f'<rect width="100%" height="100%" fill="{bg}"/>{lines}</svg>',
        "body-start",
    )


def _linked(b: Block, rng: random.Random) -> Placed:
    c = _cls(rng)
    href = f"/wp-content/uploads/2026/12/{c}.css"
    return Placed(
        f'<section class="{c}"><h2>{html.escape(b.title)}</h2>{_p(b.lines)}'
        f"<p>{html.escape(b.greets)}</p></section>",
        "body-start",
        f'<link rel="stylesheet" href="{href}">',
    )


SHAPES: dict[str, Shape] = {
    "fixed-bottom-bar-style-block": _bottom_bar,
    "overlay-custom-properties": _overlay,
    "details-open-notice": _details,
    "custom-element-card": _custom,
    "smuggled-list-item": _list_item,
    "css-keyframe-ticker": _css_ticker,
    "figure-banner": _figure,
    "blockquote-manifesto": _blockquote,
    "fieldset-box": _fieldset,
    "rotated-stamp": _stamp,
    "body-before-generated-text": _generated,
    "svg-text-banner": _svg,
    "linked-sheet-section": _linked,
}


def make_block(rng: random.Random, lang: str) -> Block:
    voice = VOICES[lang]
    team = rng.choice(TEAMS)
    pool = [*voice.lines, *voice.plain]
    lines = rng.sample(pool, rng.randint(*LINES))
    name = f"{rng.getrandbits(40):010x}"
    return Block(
        title=rng.choice(voice.titles).format(team=team),
        lines=lines,
        team=team,
        contact=rng.choice((*CONTACTS, *EMAILS)),
        link=rng.choice(LINKS),
        greets=f"{voice.greet}: " + " ".join(rng.sample(HANDLES, 3)),
        img=rng.choice(IMAGE_HOSTS) + name + rng.choice((".png", ".webp", ".gif")),
        colours=rng.choice(PALETTES),
        emoji=rng.choice(EMOJI),
    )


def _list_spot(page: Page) -> int:
    body = page.body()
    lists = [
        e
        for e in page.scan.all("ul")
        if e.start > body.start
        and e.close > e.inner
        and not any(a.name in ("nav", "header") for a in e.ancestors())
    ]
    if not lists:
        raise NotApplicable("no list to add to")
    return lists[0].inner


def inject(page: Page, rng: random.Random, shape: str, lang: str) -> Attack:
    block = make_block(rng, lang)
    placed = SHAPES[shape](block, rng)
    if placed.at == "list":
        at = _list_spot(page)
    else:
        at = page.body().inner if placed.at == "body-start" else page.body_end()
    edits = [insert(at, encodable(placed.html, page.codec))] if placed.html else []
    if placed.head:
        edits.append(insert(page.head_end(), encodable(placed.head, page.codec)))
    info: dict[str, object] = {"shape": shape, "lang": lang, "team": block.team, "where": placed.at}
    title = page.scan.first("title")
    if title is not None and title.close > title.inner and rng.random() < TITLE_SHARE:
        edits.append(Edit(title.inner, title.close, encodable(html.escape(block.title), page.codec)))
        info["title_changed"] = True
    return splice(page, sorted(edits, key=lambda e: e.start), info)
