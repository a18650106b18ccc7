"""Edition 3's `inject`: a defacement block in new shapes, put near the top of the page or before
its main headline; sometimes the <title> and og:title change too."""

from __future__ import annotations

import html
import random

from ..attack import Attack, Page, insert, splice
from ..charset import encodable
from ..splice import Edit
from .data.people import CONTACTS, EMOJI, HANDLES, PALETTES, TEAMS
from .data.voices import VOICES
from .render import media, pick_lines

TITLE_SHARE = 0.4  # how often the <title> changes as well

SHAPES: tuple[str, ...] = (
    '<figure style="margin:0 auto;max-width:720px;background:{bg};color:{fg};padding:16px;text-align:center">'
    '<img src="{img}" alt="{team}" style="max-width:100%"><figcaption><h2 style="color:{accent}">{title}</h2>'
    "{lines_p}</figcaption></figure>",
    '<blockquote style="border-left:6px solid {accent};background:{bg};color:{fg};padding:14px 20px">'
    "<h2>{title}</h2>{lines_p}<footer>— {team} {emoji} {contact}</footer></blockquote>",
    '<center><font face="Courier New" color="{accent}" size="6">{title}</font><br>'
    '<font color="{fg}" style="background:{bg}">{lines_br}</font><br><small>{greets}</small></center>',
    '<section style="position:absolute;top:0;left:0;right:0;min-height:100vh;z-index:999999;background:{bg};'
    'color:{fg};display:grid;place-content:center;text-align:center"><h1 style="color:{accent}">{title}</h1>'
    "{lines_p}<p>{contact}</p></section>",
    '<details open style="background:{bg};color:{fg};padding:12px;border:3px dashed {accent}">'
    "<summary><b>{title}</b></summary>{lines_p}<p>{greets}</p></details>",
    '<fieldset style="border:2px solid {accent};background:{bg};color:{fg}"><legend>{team} {emoji}</legend>'
    '<h3>{title}</h3>{lines_p}<audio src="{audio}" autoplay></audio></fieldset>',
)


def inject_block(rng: random.Random, lang: str) -> tuple[str, str, dict[str, object]]:
    """The block's markup, its title, and what went into it."""
    voice = VOICES[lang]
    team = rng.choice(TEAMS)
    title = rng.choice(voice.titles).format(team=team)
    lines = pick_lines(rng, lang, 1, 3)
    bg, fg, accent = rng.choice(PALETTES)
    esc = html.escape
    shape = rng.randrange(len(SHAPES))
    markup = SHAPES[shape].format(
        bg=bg,
        fg=fg,
        accent=accent,
        team=esc(team),
        title=esc(title),
        emoji=rng.choice(EMOJI),
        lines_p="".join(f"<p>{esc(line)}</p>" for line in lines),
        lines_br="<br>".join(esc(line) for line in lines),
        greets=esc(f"{voice.greet}: " + " ".join(rng.sample(HANDLES, 3))),
        contact=esc(rng.choice(CONTACTS)),
        **media(rng),
    )
    return markup, title, {"lang": lang, "team": team, "shape": shape}


def _spots(page: Page) -> dict[str, int]:
    body = page.body()
    spots = {"body-start": body.inner}
    header = next((h for h in page.scan.all("header") if h.start > body.start and h.end > 0), None)
    if header is not None and not any(a.name in ("a", "p", "span", "button") for a in header.ancestors()):
        spots["after-header"] = header.end
    h1 = next((h for h in page.scan.all("h1") if h.start > body.start and h.end > 0), None)
    if h1 is not None and not any(
        a.name in ("a", "p", "span", "button", "li", "nav") for a in h1.ancestors()
    ):
        spots["before-h1"] = h1.start
    return spots


def inject(page: Page, rng: random.Random, lang: str) -> Attack:
    markup, title, info = inject_block(rng, lang)
    spots = _spots(page)
    where = rng.choice(sorted(spots))
    edits = [insert(spots[where], encodable(markup, page.codec))]
    info["where"] = where
    page_title = page.scan.first("title")
    if page_title is not None and page_title.close > page_title.inner and rng.random() < TITLE_SHARE:
        edits.append(Edit(page_title.inner, page_title.close, encodable(html.escape(title), page.codec)))
        info["title_changed"] = True
    return splice(page, sorted(edits, key=lambda e: e.start), info)
