"""Edition 5's whole-page defacements: a template filled with one language's voice, or (``replace``
only) the site's own page with everything before its footer swapped for the message."""

from __future__ import annotations

import html
import random
from string import Template

from ..attack import Attack, NotApplicable, Page, splice
from ..charset import encodable
from ..splice import Edit
from .data.people import AUDIO_HOSTS, CONTACTS, EMAILS, FONTS, HANDLES, IMAGE_HOSTS, PALETTES, TEAMS
from .data.templates import TEMPLATES
from .data.voices import VOICES

RTL = frozenset({"ar", "fa", "ur"})
HTML_LANG = {"zh-Hans": "zh-CN", "zh-Hant": "zh-TW"}
LINES = (2, 4)
OWN_TEMPLATE = "site-shell-keeps-footer"
MIN_REPLACED = 200  # characters of body before the footer worth replacing


def pick_lines(rng: random.Random, lang: str) -> list[str]:
    lines = list(VOICES[lang].lines)
    return rng.sample(lines, min(len(lines), rng.randint(*LINES)))


def render(
    rng: random.Random, lang: str, template: str, charset: str = "utf-8"
) -> tuple[str, dict[str, object]]:
    """An HTML defacement page (text, its meta naming ``charset``) and what went into it."""
    voice = VOICES[lang]
    team = rng.choice(TEAMS)
    lines = pick_lines(rng, lang)
    bg, fg, accent = rng.choice(PALETTES)
    esc = html.escape
    other = rng.choice(sorted(set(VOICES) - {lang}))
    name = f"{rng.getrandbits(40):010x}"
    values = {
        "title": esc(rng.choice(voice.titles).format(team=team)),
        "headline": esc(rng.choice(voice.titles).format(team=team)),
        "team": esc(team),
        "lines_p": "".join(f"<p>{esc(x)}</p>" for x in lines),
        "lines_br": "<br>\n".join(esc(x) for x in lines),
        "lines_li": "".join(f"<li>{esc(x)}</li>" for x in lines),
        "greet_label": esc(voice.greet),
        "greets": esc(" ".join(rng.sample(HANDLES, rng.randint(2, 4)))),
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
        "plain": esc(rng.choice(voice.plain)),
        "second_slogan": esc(rng.choice(VOICES[other].slogans)),
        "year": str(rng.randint(2025, 2027)),
        "charset": charset,
        "img": rng.choice(IMAGE_HOSTS) + name + rng.choice((".png", ".jpg", ".webp")),
        "audio": rng.choice(AUDIO_HOSTS) + name + ".mp3",
    }
    page = Template(TEMPLATES[template]).substitute(values)
    return page, {"lang": lang, "template": template, "team": team}


def site_shell(page: Page, rng: random.Random, lang: str) -> Attack:
    """The site's <head> and footer kept; everything in the body before the footer swapped."""
    body = page.body()
    footers = [f for f in page.scan.all("footer") if f.start > body.start and f.end > 0]
    end = footers[-1].start if footers else page.body_end()
    if end - body.inner < MIN_REPLACED:
        raise NotApplicable("nothing to replace before the footer")
    voice = VOICES[lang]
    team = rng.choice(TEAMS)
    esc = html.escape
    lines = "".join(f"<p>{esc(x)}</p>" for x in pick_lines(rng, lang))
    bg, fg, accent = rng.choice(PALETTES)
    block = (
        f'<div style="min-height:80vh;background:{bg};color:{fg};padding:8vh 10vw;text-align:center">'
        f'<h1 style="color:{accent}">{esc(rng.choice(voice.titles).format(team=team))}</h1>{lines}'
        f"<p>{esc(rng.choice(voice.plain))}</p>"
        f"<p>{esc(voice.greet)}: {esc(' '.join(rng.sample(HANDLES, 2)))}</p></div>"
    )
    return splice(
        page,
        [Edit(body.inner, end, encodable(block, page.codec))],
        {"lang": lang, "template": OWN_TEMPLATE, "team": team, "kept_footer": bool(footers)},
    )
