"""Edition 3's whole-page defacements: a template filled with one language's voice."""

from __future__ import annotations

import base64
import html
import json
import random
from string import Template

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
LINES = (2, 4)  # how many message lines a page carries


def media(rng: random.Random) -> dict[str, str]:
    """Invented image, audio and video URLs."""
    name = f"{rng.getrandbits(40):010x}"
    return {
        "img": rng.choice(IMAGE_HOSTS) + name + rng.choice((".png", ".jpg", ".webp", ".gif")),
        "audio": rng.choice(AUDIO_HOSTS) + name + rng.choice((".mp3", ".m4a")),
        "video": rng.choice(VIDEO_HOSTS) + name + ".mp4",
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
    block = f"<h1>{esc(headline)}</h1>" + "".join(f"<p>{esc(line)}</p>" for line in lines)
    values = {
        "title": esc(title if rng.random() < 0.7 else f"{team} | {title}"),
        "headline": esc(headline),
        "team": esc(team),
        "lines_p": "".join(f"<p>{esc(line)}</p>" for line in lines),
        "lines_br": "<br>\n".join(esc(line) for line in lines),
        "lines_li": "".join(f"<li>{esc(line)}</li>" for line in lines),
        "lines_js": json.dumps(lines, ensure_ascii=rng.random() < 0.5).replace("</", "<\\/"),
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
        "b64": base64.b64encode(block.encode()).decode(),
        "year": str(rng.randint(2025, 2027)),
        "charset": charset,
    } | media(rng)
    page = Template(TEMPLATES[template]).substitute(values)
    return page, {"lang": lang, "template": template, "team": team}
