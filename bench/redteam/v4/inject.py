"""Edition 4's `inject`: a visible message block in new shapes (an open modal, a sticky strip, a
card dressed like the site's own teaser, a toast, a pre-formatted block, a table banner), put at
the top of the body, before the main headline or after a teaser; sometimes the <title> changes."""

from __future__ import annotations

import html
import random

from ..attack import Attack, Page, insert, splice
from ..charset import encodable
from ..headlines import top_headlines
from ..splice import Edit
from .data.people import CONTACTS, EMAILS, EMOJI, HANDLES, PALETTES, TEAMS
from .data.voices import VOICES
from .render import media, pick_lines

TITLE_SHARE = 0.35

SHAPES: tuple[str, ...] = (
    '<dialog open style="position:fixed;inset:10vh 10vw auto;z-index:2147483000;background:{bg};color:{fg};'
    'border:4px solid {accent};padding:24px"><h2>{title}</h2>{lines_p}<p>{contact}</p></dialog>',
    '<aside style="position:sticky;top:0;z-index:99999;background:{accent};color:{bg};padding:10px 16px;'
    'font-weight:700">{emoji} {title} — {line_one} {emoji}</aside>',
    '<article class="teaser teaser--top"><a href="#"><img src="{img}" alt="{title}" width="640"></a>'
    "<h2>{title}</h2>{lines_p}<p><small>{contact}</small></p></article>",
    '<div role="status" style="position:fixed;right:16px;bottom:16px;max-width:360px;z-index:99999;'
    "background:{bg};"
    'color:{fg};padding:14px;border-radius:8px;box-shadow:0 0 0 3px {accent}"><b>{title}</b>{lines_p}'
    "<p>{greets}</p></div>",
    '<pre style="background:{bg};color:{accent};padding:18px;font-size:15px;white-space:pre-wrap">'
    "{title}\n\n{lines_nl}\n\n-- {team} / {email}</pre>",
    '<table width="100%" bgcolor="{bg}" style="color:{fg}"><tr><td align="center">'
    '<h1 style="color:{accent}">{title}</h1>{lines_p}<p>{greets}</p></td></tr></table>',
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
        line_one=esc(lines[0]),
        lines_p="".join(f"<p>{esc(line)}</p>" for line in lines),
        lines_nl="\n".join(esc(line) for line in lines),
        greets=esc(f"{voice.greet}: " + " ".join(rng.sample(HANDLES, 3))),
        contact=esc(rng.choice(CONTACTS)),
        email=esc(rng.choice(EMAILS)),
        **media(rng),
    )
    return markup, title, {"lang": lang, "team": team, "shape": shape}


def _spots(page: Page) -> dict[str, int]:
    body = page.body()
    spots = {"body-start": body.inner}
    heads = top_headlines(page.scan, 3)
    for name, run in zip(("before-headline", "after-third-headline"), heads[::2], strict=False):
        owner = run.inside("article", "li") or run.inside("h1", "h2", "h3")
        if (
            owner is not None
            and owner.end > 0
            and not any(a.name in ("a", "p", "span", "button") for a in owner.ancestors())
        ):
            spots[name] = owner.start if name == "before-headline" else owner.end
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
