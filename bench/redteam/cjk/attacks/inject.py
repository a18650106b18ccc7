"""``inject``: a block cut from a defacement (title, a few lines, up to two images, an audio or a
marquee; at most 3 KB) written near the top of the body or into the header; half also change <title>."""

from __future__ import annotations

import html
import random

from ..data.attackers import CREWS, HANDLES, LINES, TITLES
from .base import BODY, Attack, after, in_header, set_title

IMAGE_HOSTS = ("https://img.chiyan-sec.xyz/", "https://i.postimg-cdn.top/", "https://files.garuda-nusa.id/")
MAX_BLOCK = 3000
SHAPES = ("banner", "centered", "marquee", "audio", "table", "plain")


def _block(rng: random.Random, shape: str, lang: str, crew: str) -> tuple[str, str]:
    title = rng.choice(TITLES[lang]).format(crew=crew)
    lines = rng.sample(LINES[lang], k=min(2, len(LINES[lang])))
    handle = rng.choice(HANDLES)
    text = "".join(f"<p>{html.escape(line)}</p>" for line in lines)
    img = f'<img src="{rng.choice(IMAGE_HOSTS)}{rng.randrange(10**6, 10**7)}.png" width="220">'
    if shape == "banner":
        block = (
            f'<div style="background:#000;color:#f33;text-align:center;padding:18px;font-size:20px">'
            f"<h1>{html.escape(title)}</h1>{text}<small>{handle}</small></div>"
        )
    elif shape == "centered":
        block = f'<center>{img}<h2 style="color:red">{html.escape(title)}</h2>{text}<b>{handle}</b></center>'
    elif shape == "marquee":
        block = (
            f'<marquee behavior="alternate" style="background:#111;color:#0f0;font:bold 22px monospace">'
            f"{html.escape(title)} — {html.escape(lines[0])} — {handle}</marquee>"
        )
    elif shape == "audio":
        block = (
            f'<div id="x{rng.randrange(999)}" style="text-align:center">{img}{img.replace("220", "120")}'
            f"<h1>{html.escape(title)}</h1>{text}"
            f'<audio src="https://files.garuda-nusa.id/bgm{rng.randrange(9)}.mp3" '
            "autoplay loop></audio></div>"
        )
    elif shape == "table":
        block = (
            f'<table width="100%" bgcolor="#000000"><tr><td align="center"><font color="#ffffff" size="5">'
            f"{html.escape(title)}</font><br><font color='#cccccc'>{'<br>'.join(map(html.escape, lines))}"
            f"</font><br><font color='#ff0'>{handle}</font></td></tr></table>"
        )
    else:
        block = f"<h1>{html.escape(title)}</h1>{text}"
    return block[:MAX_BLOCK], title


def inject(page: str, rng: random.Random, shape: str, lang: str) -> Attack:
    crew = rng.choice(CREWS)
    block, title = _block(rng, shape, lang, crew)
    if rng.random() < 0.5:
        out, where = in_header(page, block)
    else:
        out, where = after(BODY, page, block), "body-top"
    retitled = rng.random() < 0.5
    if retitled:
        out = set_title(out, html.escape(title))
    return Attack(out, info={"shape": shape, "lang": lang, "where": where, "title": retitled})
