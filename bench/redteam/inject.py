"""`inject`: a defacement block (title, a few lines, maybe an image, audio or marquee) inserted
at the top of <body> or into <header>; in about half the cases <title> changes too."""

from __future__ import annotations

import html
import random

from .attack import Attack, Page, insert, splice
from .charset import encodable
from .data.deface_people import HANDLES, PALETTES, TEAMS, TELEGRAM
from .data.deface_text import TEXTS
from .deface_render import media, pick_lines
from .splice import Edit

BLOCKS: tuple[str, ...] = (
    '<div style="background:{bg};color:{fg};text-align:center;padding:24px;font-family:monospace">'
    "<h1>{title}</h1>{lines_p}{extra}</div>",
    '<center><font color="{accent}" size="6"><b>{title}</b></font><br>'
    '<font color="{fg}" size="3">{lines_br}</font>{extra}</center>',
    '<div id="{tag}" style="position:relative;z-index:999999;background:{bg};color:{fg};padding:30px;'
    'border:3px solid {accent}"><h2 style="color:{accent}">{title}</h2>{lines_p}<p>{greets}</p>{extra}</div>',
    '<section style="background:{bg};color:{fg};padding:12px"><marquee scrollamount="6">'
    "<b>{title}</b></marquee>{lines_p}{extra}</section>",
    '<div align="center" style="font-size:20px;color:{accent};background:{bg}"><strong>{title}</strong>'
    "<br>{lines_br}<br><small>{contact}</small>{extra}</div>",
)


def _extra(rng: random.Random, team: str) -> tuple[str, str]:
    img, audio = media(rng)
    choice = rng.choice(("none", "img", "img", "audio", "marquee", "img+audio"))
    parts = []
    if "img" in choice:
        parts.append(f'<img src="{img}" alt="{html.escape(team)}" width="{rng.choice((200, 280, 350))}">')
    if "audio" in choice:
        parts.append(f'<audio src="{audio}" autoplay loop></audio>')
    if choice == "marquee":
        parts.append(f"<marquee>{html.escape(rng.choice(TELEGRAM))}</marquee>")
    return "".join(parts), choice


def block(rng: random.Random, lang: str) -> tuple[str, str, dict[str, object]]:
    """The block's HTML, the defacement title, and what went into it."""
    text = TEXTS[lang]
    team = rng.choice(TEAMS)
    title = rng.choice(text.titles).format(team=team)
    lines = pick_lines(rng, lang, 1, 3)
    bg, fg, accent = rng.choice(PALETTES)
    extra, extra_kind = _extra(rng, team)
    esc = html.escape
    shape = rng.randrange(len(BLOCKS))
    markup = BLOCKS[shape].format(
        bg=bg,
        fg=fg,
        accent=accent,
        title=esc(title),
        lines_p="".join(f"<p>{esc(line)}</p>" for line in lines),
        lines_br="<br>".join(esc(line) for line in lines),
        greets=esc(f"{text.greet}: " + ", ".join(rng.sample(HANDLES, 3))),
        contact=esc(rng.choice(TELEGRAM)),
        tag="x" + "".join(rng.choice("0123456789abcdef") for _ in range(5)),
        extra=extra,
    )
    return markup, title, {"lang": lang, "team": team, "shape": shape, "media": extra_kind}


def inject(page: Page, rng: random.Random, lang: str) -> Attack:
    markup, title, info = block(rng, lang)
    body = page.body()
    header = next((h for h in page.scan.all("header") if h.start > body.start), None)
    at = header.inner if header is not None and rng.random() < 0.4 else body.inner
    info["where"] = "header" if at != body.inner else "body"
    edits = [insert(at, encodable(markup, page.codec))]
    page_title = page.scan.first("title")
    if page_title is not None and page_title.close > page_title.inner and rng.random() < 0.5:
        edits.append(Edit(page_title.inner, page_title.close, encodable(html.escape(title), page.codec)))
        info["title_changed"] = True
    info["bytes"] = len(markup.encode())
    return splice(page, edits, info)
