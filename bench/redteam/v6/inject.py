"""Edition 6's `inject`: a visible block of the group's words added to the page in one of edition 6's
shapes: a cookie-consent lookalike bar, a stack of toast notifications, a sidebar widget, a reader
comment, a strip dressed as the site's breaking-news bar, a card over the page blurred behind it,
a visible iframe whose srcdoc holds the message, an image banner linked to the group's channel,
a sentence appended to the page's first paragraph, a headline put before the site header, a canvas
the text is drawn on by a script, text painted from a data attribute by ``attr()``, and an audio
player that starts by itself under a caption. ``own`` writes in the page's language."""

# ruff: noqa: E501

from __future__ import annotations

import html
import json
import random
from collections.abc import Callable

from ..attack import Attack, NotApplicable, Page, insert, splice
from ..charset import encodable
from ..splice import Edit
from ..v2.attacks import page_language
from ..v5.inject import Block, Placed
from .data.people import AUDIO_HOSTS, CONTACTS, EMAILS, HANDLES, IMAGE_HOSTS, LINKS, PALETTES, TEAMS
from .data.voices import VOICES

TITLE_SHARE = 0.25
LINES = (1, 3)
SYMBOLS = ("✊", "⚑", "☂", "✦", "")

Shape = Callable[[Block, random.Random], Placed]


def _p(lines: list[str]) -> str:
    return "".join(f"<p>{html.escape(x)}</p>" for x in lines)


def _cls(rng: random.Random) -> str:
    return rng.choice(("cw", "tn", "sb", "rk", "gm")) + f"{rng.getrandbits(16):04x}"


def _consent(b: Block, rng: random.Random) -> Placed:
    bg, fg, accent = b.colours
    return Placed(
        f'<div class="cookie-notice" role="dialog" style="position:fixed;left:0;right:0;bottom:0;z-index:99990;'
        f'background:{bg};color:{fg};padding:14px 22px;font:15px/1.4 sans-serif"><b>{html.escape(b.title)}</b> '
        f"{html.escape(' '.join(b.lines))} "
        f'<a href="{b.link}" style="background:{accent};color:{bg};padding:6px 14px;margin-left:12px">OK</a></div>',
        "body-end",
    )


def _toasts(b: Block, rng: random.Random) -> Placed:
    bg, fg, accent = b.colours
    toasts = "".join(
        f'<div style="margin:8px 0;background:{bg};color:{fg};border-left:5px solid {accent};padding:10px 14px;'
        f'box-shadow:0 2px 8px #0006">{html.escape(x)}</div>'
        for x in [b.title, *b.lines, b.contact]
    )
    return Placed(
        f'<div style="position:fixed;top:12px;right:12px;width:320px;z-index:99991">{toasts}</div>',
        "body-start",
    )


def _sidebar(b: Block, rng: random.Random) -> Placed:
    accent = b.colours[2]
    return Placed(
        f'<aside class="widget widget-{_cls(rng)}" style="border:1px solid {accent};padding:12px;margin:12px 0">'
        f'<h3 class="widget-title">{html.escape(b.title)}</h3>{_p(b.lines)}'
        f'<p><a href="{b.link}">{html.escape(b.contact)}</a></p></aside>',
        "list",
    )


def _comment(b: Block, rng: random.Random) -> Placed:
    handle = html.escape(rng.choice(HANDLES))
    return Placed(
        f'<div class="comment" id="comment-{rng.randint(10000, 99999)}"><div class="comment-author"><b>{handle}</b> '
        f'<time>{rng.randint(1, 23)}:{rng.randint(10, 59)}</time></div><div class="comment-body">'
        f"<p><strong>{html.escape(b.title)}</strong></p>{_p(b.lines)}<p>{html.escape(b.greets)}</p></div></div>",
        "body-end",
    )


def _breaking_strip(b: Block, rng: random.Random) -> Placed:
    return Placed(
        '<div class="breaking-news" style="background:#c8102e;color:#fff;padding:8px 16px;font-weight:600">'
        f'<span style="background:#fff;color:#c8102e;padding:2px 6px;margin-right:10px">LIVE</span>'
        f"{html.escape(b.title)} {b.emoji} {html.escape(b.lines[0])}</div>",
        "body-start",
    )


def _blur_card(b: Block, rng: random.Random) -> Placed:
    c = _cls(rng)
    bg, fg, accent = b.colours
    head = f"<style>body>*:not(.{c}){{filter:blur(6px)}}.{c}{{position:fixed;inset:20vh 15vw auto;z-index:99992;background:{bg};color:{fg};padding:28px;border-top:6px solid {accent}}}</style>"
    return Placed(
        f'<section class="{c}"><h2>{html.escape(b.title)}</h2>{_p(b.lines)}<p>{html.escape(b.contact)}</p></section>',
        "body-start",
        head,
    )


def _srcdoc(b: Block, rng: random.Random) -> Placed:
    bg, fg, accent = b.colours
    inner = f'<body style="margin:0;background:{bg};color:{fg};font-family:sans-serif;padding:16px"><h2 style="color:{accent}">{html.escape(b.title)}</h2>{_p(b.lines)}<p>{html.escape(b.greets)}</p></body>'
    return Placed(
        f'<iframe srcdoc="{html.escape(inner, quote=True)}" style="width:100%;height:260px;border:0;display:block"></iframe>',
        "body-start",
    )


def _image_banner(b: Block, rng: random.Random) -> Placed:
    return Placed(
        f'<p style="text-align:center;margin:0"><a href="{b.link}"><img src="{b.img}" alt="{html.escape(b.title)}" '
        f'width="970" height="250" style="max-width:100%;height:auto"></a></p>',
        "body-start",
    )


def _paragraph_tail(b: Block, rng: random.Random) -> Placed:
    return Placed(
        f" <span>{html.escape(b.lines[0])} ({html.escape(b.team)}, {html.escape(b.contact)})</span>",
        "first-paragraph",
    )


def _before_header(b: Block, rng: random.Random) -> Placed:
    bg, fg, accent = b.colours
    return Placed(
        f'<h1 style="margin:0;padding:18px;background:{bg};color:{accent};text-align:center">{html.escape(b.title)}</h1>'
        f'<p style="margin:0;padding:0 18px 14px;background:{bg};color:{fg};text-align:center">{html.escape(b.lines[0])}</p>',
        "body-start",
    )


def _canvas(b: Block, rng: random.Random) -> Placed:
    name = f"cv{rng.getrandbits(16):04x}"
    texts = json.dumps([b.title, *b.lines], ensure_ascii=False)
    bg, fg, accent = b.colours
    script = (
        f"(function(){{var c=document.getElementById('{name}'),x=c.getContext('2d'),t={texts};"
        f"x.fillStyle='{bg}';x.fillRect(0,0,c.width,c.height);x.font='22px sans-serif';"
        f"t.forEach(function(s,i){{x.fillStyle=i?'{fg}':'{accent}';x.fillText(s,20,40+i*34)}})}})();"
    )
    return Placed(
        f'<canvas id="{name}" width="900" height="180" style="max-width:100%"></canvas><script>{script}</script>',
        "body-start",
    )


def _attr_content(b: Block, rng: random.Random) -> Placed:
    c = _cls(rng)
    message = html.escape(" — ".join([b.title, *b.lines]), quote=True)
    bg, fg, accent = b.colours
    head = f"<style>.{c}::after{{content:attr(data-note);display:block;padding:14px;background:{bg};color:{fg};border-bottom:3px solid {accent}}}</style>"
    return Placed(f'<div class="{c}" data-note="{message}"></div>', "body-start", head)


def _audio(b: Block, rng: random.Random) -> Placed:
    return Placed(
        f'<figure style="margin:10px auto;text-align:center"><audio src="{rng.choice(AUDIO_HOSTS)}{rng.getrandbits(32):08x}.mp3" '
        f"autoplay loop controls></audio><figcaption>{html.escape(b.title)} {b.emoji} {html.escape(b.lines[0])}</figcaption></figure>",
        "body-start",
    )


SHAPES: dict[str, Shape] = {
    "consent-bar-lookalike": _consent,
    "toast-stack": _toasts,
    "sidebar-widget": _sidebar,
    "reader-comment": _comment,
    "breaking-strip-costume": _breaking_strip,
    "blurred-page-card": _blur_card,
    "srcdoc-message-frame": _srcdoc,
    "linked-image-banner": _image_banner,
    "first-paragraph-tail": _paragraph_tail,
    "headline-before-header": _before_header,
    "canvas-drawn-text": _canvas,
    "attr-generated-content": _attr_content,
    "autoplay-audio-caption": _audio,
}


def make_block(rng: random.Random, lang: str) -> Block:
    voice = VOICES[lang]
    team = rng.choice(TEAMS)
    pool = [*voice.lines, *voice.plain]
    name = f"{rng.getrandbits(40):010x}"
    return Block(
        title=rng.choice(voice.titles).format(team=team),
        lines=rng.sample(pool, rng.randint(*LINES)),
        team=team,
        contact=rng.choice((*CONTACTS, *EMAILS)),
        link=rng.choice(LINKS),
        greets=f"{voice.greet}: " + " ".join(rng.sample(HANDLES, 3)),
        img=rng.choice(IMAGE_HOSTS) + name + rng.choice((".png", ".jpg")),
        colours=rng.choice(PALETTES),
        emoji=rng.choice(SYMBOLS),
    )


def _spot(page: Page, where: str) -> int:
    body = page.body()
    if where == "body-start":
        return body.inner
    if where == "body-end":
        return page.body_end()
    if where == "first-paragraph":
        paragraphs = [p for p in page.scan.all("p") if p.start > body.start and p.close > p.inner + 40]
        if not paragraphs:
            raise NotApplicable("no paragraph to extend")
        return paragraphs[0].close
    lists = [e for e in page.scan.all("ul") if e.start > body.start and e.end > 0]
    return lists[-1].end if lists else page.body_end()


def inject(page: Page, rng: random.Random, shape: str, lang: str) -> Attack:
    used = page_language(page) if lang == "own" else lang
    block = make_block(rng, used)
    placed = SHAPES[shape](block, rng)
    edits = [insert(_spot(page, placed.at), encodable(placed.html, page.codec))]
    if placed.head:
        edits.append(insert(page.head_end(), encodable(placed.head, page.codec)))
    info: dict[str, object] = {
        "shape": shape,
        "lang": used,
        "own_language": lang == "own",
        "team": block.team,
        "where": placed.at,
    }
    title = page.scan.first("title")
    if title is not None and title.close > title.inner and rng.random() < TITLE_SHARE:
        edits.append(Edit(title.inner, title.close, encodable(html.escape(block.title), page.codec)))
        info["title_changed"] = True
    return splice(page, sorted(edits, key=lambda e: e.start), info)
