"""Fills a whole-page defacement template with texts in one language (used by `replace` and by
the page task's defacement pages)."""

from __future__ import annotations

import html
import json
import random
from string import Template

from .data.deface_people import AUDIO_HOSTS, EMAILS, FONTS, HANDLES, IMAGE_HOSTS, PALETTES, TEAMS, TELEGRAM
from .data.deface_templates_a import TEMPLATES_A
from .data.deface_templates_b import TEMPLATES_B
from .data.deface_templates_c import TEMPLATES_C
from .data.deface_text import TEXTS
from .data.slogans import SLOGANS

TEMPLATES: dict[str, str] = TEMPLATES_A | TEMPLATES_B | TEMPLATES_C
RTL = frozenset({"ar", "fa", "ur"})
SLOGAN_LANG = {"zh": "zh-Hans"}


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def media(rng: random.Random) -> tuple[str, str]:
    """An invented image URL and audio URL."""
    img = rng.choice(IMAGE_HOSTS) + _hex(rng, 10) + rng.choice((".png", ".jpg", ".gif", ".webp"))
    audio = rng.choice(AUDIO_HOSTS) + _hex(rng, 8) + ".mp3"
    return img, audio


def pick_lines(rng: random.Random, lang: str, low: int = 2, high: int = 4) -> list[str]:
    lines = list(TEXTS[lang].lines)
    return rng.sample(lines, min(len(lines), rng.randint(low, high)))


def render(rng: random.Random, lang: str, template: str) -> tuple[str, dict[str, object]]:
    """An HTML defacement page (text) and what went into it."""
    text = TEXTS[lang]
    team = rng.choice(TEAMS)
    title = rng.choice(text.titles).format(team=team)
    lines = pick_lines(rng, lang)
    slogans = SLOGANS.get(SLOGAN_LANG.get(lang, lang)) or text.lines
    slogan = rng.choice(slogans)
    bg, fg, accent = rng.choice(PALETTES)
    img, audio = media(rng)
    esc = html.escape
    values = {
        "title": esc(title if rng.random() < 0.7 else f"{team} | {title}"),
        "headline": esc(rng.choice(text.titles).format(team=team)),
        "team": esc(team),
        "lines_p": "".join(f"<p>{esc(line)}</p>" for line in lines),
        "lines_br": "<br>\n".join(esc(line) for line in lines),
        "lines_li": "".join(f"<li>{esc(line)}</li>" for line in lines),
        "lines_js": json.dumps(lines, ensure_ascii=rng.random() < 0.5).replace("</", "<\\/"),
        "greet_label": esc(text.greet),
        "greets": esc(", ".join(rng.sample(HANDLES, rng.randint(3, 6)))),
        "signoff": esc(text.signoff),
        "tg": esc(rng.choice(TELEGRAM)),
        "email": esc(rng.choice(EMAILS)),
        "img": img,
        "audio": audio,
        "bg": bg,
        "fg": fg,
        "accent": accent,
        "font": rng.choice(FONTS),
        "lang": {"zh": "zh-CN"}.get(lang, lang),
        "dir": "rtl" if lang in RTL else "ltr",
        "slogan": esc(slogan),
    }
    page = Template(TEMPLATES[template]).substitute(values)
    return page, {"lang": lang, "template": template, "team": team, "title": title}
