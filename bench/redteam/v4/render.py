"""Edition 4's whole-page defacements: a template filled with one language's voice, or (``replace``
only) the site's own page with its body swapped for the message under the site's own header."""

from __future__ import annotations

import html
import random
from string import Template

from ..attack import Attack, NotApplicable, Page, splice
from ..charset import encodable
from ..splice import Edit
from .data.people import (
    AUDIO_HOSTS,
    CONTACTS,
    EMAILS,
    FONTS,
    HANDLES,
    IMAGE_HOSTS,
    PALETTES,
    TEAMS,
    VIDEO_HOSTS,
)
from .data.templates import TEMPLATES
from .data.voices import VOICES

RTL = frozenset({"ar", "fa", "ur", "he"})
HTML_LANG = {"zh-Hans": "zh-CN", "zh-Hant": "zh-TW"}
LINES = (2, 4)
OWN_TEMPLATE = "site-own-template"


def media(rng: random.Random) -> dict[str, str]:
    """Invented image, audio and video URLs."""
    name = f"{rng.getrandbits(40):010x}"
    return {
        "img": rng.choice(IMAGE_HOSTS) + name + rng.choice((".png", ".jpg", ".avif")),
        "audio": rng.choice(AUDIO_HOSTS) + name + rng.choice((".mp3", ".ogg")),
        "video": rng.choice(VIDEO_HOSTS) + name + ".webm",
    }


def pick_lines(rng: random.Random, lang: str, low: int = LINES[0], high: int = LINES[1]) -> list[str]:
    lines = list(VOICES[lang].lines)
    return rng.sample(lines, min(len(lines), rng.randint(low, high)))


def render(
    rng: random.Random, lang: str, template: str, charset: str = "utf-8"
) -> tuple[str, dict[str, object]]:
    """An HTML defacement page (text, its meta naming ``charset``) and what went into it."""
    voice = VOICES[lang]
    team = rng.choice(TEAMS)
    title = rng.choice(voice.titles).format(team=team)
    headline = rng.choice(voice.titles).format(team=team)
    lines = pick_lines(rng, lang)
    bg, fg, accent = rng.choice(PALETTES)
    esc = html.escape
    other = rng.choice(sorted(set(VOICES) - {lang}))
    values = {
        "title": esc(title),
        "headline": esc(headline),
        "team": esc(team),
        "lines_p": "".join(f"<p>{esc(line)}</p>" for line in lines),
        "lines_br": "<br>\n".join(esc(line) for line in lines),
        "lines_li": "".join(f"<li>{esc(line)}</li>" for line in lines),
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
        "second_slogan": esc(rng.choice(VOICES[other].slogans)),
        "year": str(rng.randint(2025, 2027)),
        "charset": charset,
    } | media(rng)
    page = Template(TEMPLATES[template]).substitute(values)
    return page, {"lang": lang, "template": template, "team": team}


def own_template(page: Page, rng: random.Random, lang: str) -> Attack:
    """The site's <head> and header kept; everything after the header swapped for the message."""
    body = page.body()
    header = next(
        (h for h in [*page.scan.all("header"), *page.scan.all("nav")] if h.end > 0 and h.start > body.start),
        None,
    )
    start = header.end if header is not None else body.inner
    end = page.body_end()
    if end - start < 200:
        raise NotApplicable("nothing to replace after the header")
    voice = VOICES[lang]
    team = rng.choice(TEAMS)
    esc = html.escape
    lines = "".join(f"<p>{esc(line)}</p>" for line in pick_lines(rng, lang))
    block = (
        '<main style="max-width:820px;margin:40px auto;min-height:70vh">'
        f"<h1>{esc(rng.choice(voice.titles).format(team=team))}</h1>"
        f"{lines}<p>{esc(voice.greet)}: {esc(' '.join(rng.sample(HANDLES, 2)))}</p></main>"
    )
    return splice(
        page,
        [Edit(start, end, encodable(block, page.codec))],
        {"lang": lang, "template": OWN_TEMPLATE, "team": team, "kept_header": header is not None},
    )
