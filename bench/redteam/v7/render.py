"""Edition 7's whole-page defacements: a template filled with one language's voice, or (``replace``
only) the site's own page with a different body: its ``<head>``, header and footer kept and the
content between them swapped (``own-shell-new-content``), or its ``<head>`` kept and the whole body
replaced by a few lines (``own-head-bare-body``)."""

from __future__ import annotations

import html
import random
import re
from string import Template

from ..attack import Attack, NotApplicable, Page, splice
from ..charset import encodable
from ..splice import Edit
from .data.people import CONTACTS, EMAILS, FONTS, HANDLES, IMAGE_HOSTS, PALETTES, TEAMS
from .data.templates import GREET_ADMIN, TEMPLATES
from .data.voices import VOICES

RTL = frozenset({"ar", "fa", "he"})
HTML_LANG = {"zh-Hans": "zh-CN", "zh-Hant": "zh-TW"}
LINES = (2, 4)
OWN_SHELL = "own-shell-new-content"
OWN_HEAD = "own-head-bare-body"
OWN_TEMPLATES = (OWN_SHELL, OWN_HEAD)
MIN_REPLACED = 200
esc = html.escape


def _lines(rng: random.Random, lang: str) -> list[str]:
    lines = list(VOICES[lang].lines)
    return rng.sample(lines, min(len(lines), rng.randint(*LINES)))


def render(
    rng: random.Random, lang: str, template: str, charset: str = "utf-8"
) -> tuple[str, dict[str, object]]:
    """A defacement page (its meta naming ``charset``) and what went into it."""
    voice = VOICES[lang]
    team = rng.choice(TEAMS)
    lines = _lines(rng, lang)
    bg, fg, accent = rng.choice(PALETTES)
    name = f"{rng.getrandbits(40):010x}"
    values = {
        "title": esc(rng.choice(voice.titles).format(team=team)),
        "headline": esc(rng.choice(voice.titles).format(team=team)),
        "team": esc(team),
        "team_slug": re.sub(r"[^a-z0-9]+", "-", team.lower()),
        "lines_p": "".join(f"<p>{esc(x)}</p>" for x in lines),
        "lines_br": "<br>\n".join(esc(x) for x in lines),
        "greet_label": esc(voice.greet),
        "greet_admin": esc(GREET_ADMIN.get(lang, voice.greet + ":")),
        "greets": esc(" ".join(rng.sample(HANDLES, rng.randint(2, 5)))),
        "signoff": esc(voice.signoff),
        "contact": esc(rng.choice(CONTACTS)),
        "email": esc(rng.choice(EMAILS)),
        "bg": bg,
        "fg": fg,
        "accent": accent,
        "font": rng.choice(FONTS),
        "lang": HTML_LANG.get(lang, lang),
        "dir": "rtl" if lang in RTL else "ltr",
        "slogan": esc(rng.choice(voice.slogans)),
        "plain": esc(rng.choice(voice.slogans)),
        "year": str(rng.randint(2025, 2027)),
        "charset": charset,
        "video": rng.choice(IMAGE_HOSTS) + name + ".mp4",
    }
    return Template(TEMPLATES[template]).substitute(values), {
        "lang": lang,
        "template": template,
        "team": team,
    }


def _block(rng: random.Random, lang: str, team: str) -> str:
    voice = VOICES[lang]
    lines = "".join(f"<p>{esc(x)}</p>" for x in _lines(rng, lang))
    direction = ' dir="rtl"' if lang in RTL else ""
    return (
        f'<main{direction} style="padding:6vh 8vw"><h1>{esc(rng.choice(voice.titles).format(team=team))}</h1>'
        f"{lines}<p>{esc(voice.greet)}: {esc(' '.join(rng.sample(HANDLES, 3)))}</p></main>"
    )


def own_template(page: Page, rng: random.Random, lang: str, template: str) -> Attack:
    body = page.body()
    team = rng.choice(TEAMS)
    block = encodable(_block(rng, lang, team), page.codec)
    if template == OWN_HEAD:
        end = page.body_end()
        start = body.inner
        kept = "head"
    else:
        heads = [
            h for h in (*page.scan.all("header"), *page.scan.all("nav")) if h.start > body.start and h.end > 0
        ]
        start = min(heads, key=lambda h: h.start).end if heads else body.inner
        footers = [f for f in page.scan.all("footer") if f.start > start and f.end > 0]
        end = footers[-1].start if footers else page.body_end()
        kept = f"head{'+header' if heads else ''}{'+footer' if footers else ''}"
    if end - start < MIN_REPLACED:
        raise NotApplicable("nothing to replace")
    return splice(
        page, [Edit(start, end, block)], {"lang": lang, "template": template, "team": team, "kept": kept}
    )
