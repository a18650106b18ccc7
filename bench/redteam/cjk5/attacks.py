"""Three of the attack families as splices into a clean capture: inject, seo-spam and script."""

from __future__ import annotations

import random
import re

from .hiding import HOW, wrap
from .render import esc
from .sites import Site
from .slogans import CREWS, HANDLES, SLOGANS
from .spam import AUDIO_HOSTS, IMAGE_HOSTS, SPAM
from .splice import insert
from .text import token

INJECT_SPOTS = ("body-top", "header")
INJECT_STYLES = ("banner", "overlay", "marquee-strip", "image-card", "audio-note")
SPAM_SPOTS = ("before-body-end", "body-top", "after-footer", "between-sections", "before-doctype")
SPAM_KINDS = ("gambling-zh", "adult-zh", "grey-zh", "ja", "ko", "pharma-en", "mixed")


def slogan_pair(site: Site, rng: random.Random) -> tuple[str, str]:
    own = SLOGANS[site.language]
    other = rng.choice(("en", "other", "zh-Hans", "zh-Hant", "ja", "ko"))
    return rng.choice(own), rng.choice(SLOGANS[other])


def inject(site: Site, page: str, rng: random.Random, style: str, spot: str) -> tuple[str, dict[str, object]]:
    crew, handle = rng.choice(CREWS), rng.choice(HANDLES)
    first, second = slogan_pair(site, rng)
    image = rng.choice(IMAGE_HOSTS).format(t=token(rng, 10))
    if style == "banner":
        block = (
            f'<div style="background:#000;color:#f00;text-align:center;padding:20px"><h1>{esc(crew)}</h1>'
            f"<p>{esc(first)}</p><p>{esc(second)}</p><p>-- {esc(handle)}</p></div>\n"
        )
    elif style == "overlay":
        block = (
            '<div style="position:fixed;top:0;left:0;width:100%;height:100%;background:rgba(0,0,0,.92);'
            "z-index:99999;"
            f'color:#0f0;text-align:center"><img src="{image}" width="300"><h2>{esc(first)}</h2>'
            f"<h3>{esc(crew)} / {esc(handle)}</h3></div>\n"
        )
    elif style == "marquee-strip":
        block = (
            f'<marquee behavior="alternate" bgcolor="#111" style="color:#ff0;font-size:22px">{esc(first)} '
            f"— {esc(crew)}</marquee><center><b>{esc(second)}</b></center>\n"
        )
    elif style == "image-card":
        block = (
            f'<center><img src="{image}" alt="{esc(crew)}" width="420"><br><font color="red" size="5">'
            f'{esc(first)}</font><br><font size="2">{esc(handle)}</font></center>\n'
        )
    else:
        audio = rng.choice(AUDIO_HOSTS).format(t=token(rng, 8))
        block = (
            f'<div id="{token(rng, 6)}" style="text-align:center;border:2px solid red"><h2>{esc(crew)}</h2>'
            f'<p>{esc(first)}</p><audio src="{audio}" autoplay loop></audio></div>\n'
        )
    out = insert(page, spot, block)
    retitled = rng.random() < 0.5
    if retitled:
        out = re.sub(
            r"<title>.*?</title>", f"<title>{esc(crew)} | {esc(first)}</title>", out, count=1, flags=re.S
        )
    return out, {"style": style, "spot": spot, "title": retitled, "crew": crew}


def spam_links(kind: str, rng: random.Random, count: int) -> str:
    if kind == "mixed":
        pool = [pair for k in ("gambling-zh", "adult-zh", "grey-zh", "pharma-en") for pair in SPAM[k]]
    else:
        pool = list(SPAM[kind])
    links = []
    for n in range(count):
        anchor, domain = pool[n % len(pool)]
        sub = rng.choice(("www.", "", "m.", f"{token(rng, 3)}.")) if n >= len(pool) else "www."
        path = rng.choice(("", f"{token(rng, 4)}/", f"?id={rng.randint(100, 9999)}", f"{token(rng, 6)}.html"))
        links.append(f'<a href="https://{sub}{domain}/{path}" target="_blank">{esc(anchor)}</a>')
    return rng.choice(("", " ", "\n", "|")).join(links)


def seo_spam(site: Site, page: str, rng: random.Random, how: str, spot: str) -> tuple[str, dict[str, object]]:
    if site.language.startswith("zh"):
        kind = rng.choice(("gambling-zh", "gambling-zh", "adult-zh", "grey-zh", "mixed"))
    else:
        kind = rng.choice((site.language, site.language, "mixed", "pharma-en"))
    count = rng.randint(15, 60)
    block = wrap(spam_links(kind, rng, count), how, rng) + "\n"
    out = insert(page, spot, block)
    hijack = rng.random() < 0.2
    if hijack:  # the title shows casino words to crawlers; a script puts the real one back for visitors
        found = re.search(r"<title>(.*?)</title>", out, re.S)
        real = found.group(1) if found else site.name
        anchor = SPAM[kind if kind in SPAM else "gambling-zh"][0][0]
        out = out.replace(f"<title>{real}</title>", f"<title>{esc(anchor)}_{real}</title>", 1)
        out = out.replace("</head>", f'<script>document.title="{real}";</script>\n</head>', 1)
    return out, {"kind": kind, "how": how, "spot": spot, "links": count, "title_hijack": hijack}


def pick_how(rng: random.Random) -> str:
    return rng.choice(HOW)
