"""`inject`: a visible defacement block added to the real page, in eight shapes (edition 9)."""

from __future__ import annotations

import random

from ..attack import Attack, NotApplicable, Page, insert, splice
from ..charset import html_text
from .data.slogans import CREWS, SLOGANS, crew_for
from .slots import headlines

SHAPES = (
    "corner-ribbon",
    "popover-open",
    "dialog-open",
    "css-content",
    "svg-banner",
    "after-first-teaser",
    "bottom-sheet",
    "blink-strip",
)


def _css_string(text: str, codec: str) -> str:
    """``text`` as a CSS string body: punctuation (and, outside UTF-8, all non-ASCII) escaped."""
    wide = codec.replace("_", "-") == "utf-8"
    return "".join(
        c if (c.isalnum() and (wide or c.isascii())) or c == " " else f"\\{ord(c):x} " for c in text
    )


def _block(shape: str, raw: tuple[str, str], codec: str, lang: str, rng: random.Random) -> str:
    slogan, crew = (html_text(t, codec) for t in raw)
    tag = f"k{rng.randrange(16**5):05x}"
    direction = ' dir="rtl"' if lang in ("ar", "fa") else ""
    if shape == "corner-ribbon":
        return (
            f'<div id="{tag}" lang="{lang}"{direction} '
            'style="position:fixed;top:38px;right:-60px;z-index:2147483000;'
            "transform:rotate(40deg);background:#111;color:#7fff00;padding:8px 90px;font:700 15px "
            'monospace">'
            f"{slogan} — {crew}</div>"
        )
    if shape == "popover-open":
        return (
            f'<div popover="manual" id="{tag}" lang="{lang}"{direction} style="font:22px '
            "sans-serif;padding:2em;"
            f'border:4px solid crimson">{slogan}<br><b>{crew}</b></div>'
            f"<script>document.getElementById('{tag}').showPopover()</script>"
        )
    if shape == "dialog-open":
        return (
            f'<dialog open lang="{lang}"{direction} style="position:fixed;inset:20% 10%;z-index:99999;'
            f'background:#000;color:#fff;font-size:2rem;text-align:center"><p>{slogan}</p><p>{crew}</p></dialog>'
        )
    if shape == "css-content":
        text = _css_string(f"{raw[0]} / {raw[1]}", codec)
        return (
            f"<style>body::before{{content:'{text}';display:block;background:#ffeb3b;color:#000;"
            f"font:700 24px/1.4 sans-serif;padding:18px;text-align:center}}</style>"
        )
    if shape == "svg-banner":
        return (
            f'<svg lang="{lang}" width="100%" height="90" role="img"><rect width="100%" height="90" '
            'fill="#200"/>'
            f'<text x="50%" y="55" fill="#f33" font-size="26" text-anchor="middle">{slogan} — '
            f"{crew}</text></svg>"
        )
    if shape == "bottom-sheet":
        return (
            f'<aside lang="{lang}"{direction} style="position:fixed;left:0;right:0;bottom:0;z-index:100000;'
            f'background:rgba(0,0,0,.92);color:#0f0;font:18px monospace;padding:24px">'
            f"<strong>{crew}</strong><p>{slogan}</p></aside>"
        )
    if shape == "blink-strip":
        return (
            f'<style>@keyframes {tag}{{50%{{opacity:.1}}}}</style><p lang="{lang}"{direction} '
            f'style="animation:{tag} .8s '
            'infinite;background:red;color:#fff;font-size:20px;margin:0;padding:10px">'
            f"{slogan} ({crew})</p>"
        )
    return (
        f'<section lang="{lang}"{direction} style="border:3px dashed #000;padding:16px;margin:12px 0">'
        f"<h2>{crew}</h2><p>{slogan}</p></section>"
    )


def inject(page: Page, rng: random.Random, lang: str, shape: str) -> Attack:
    raw = (rng.choice(SLOGANS[lang]), crew_for(lang, rng.random(), rng.choice(CREWS)))
    block = _block(shape, raw, page.codec, lang, rng)
    if shape == "after-first-teaser":
        runs = headlines(page)
        box = runs[0].inside("article", "li") or runs[0].inside("h1", "h2", "h3")
        if box is None or box.end <= 0:
            raise NotApplicable("no teaser box")
        at = box.end
    elif shape == "css-content":
        at = page.head_end()
    elif shape in ("corner-ribbon", "svg-banner"):
        at = page.body().inner
    else:
        at = page.body_end()
    return splice(page, [insert(at, block)], {"shape": shape, "language": lang})
