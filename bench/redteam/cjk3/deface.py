"""Defacement pages of this edition's crews: full splash pages, terminal-style pages, open letters,
and minimal ones (a title and one line), for the `replace` family and the page task."""

# ruff: noqa: E501

from __future__ import annotations

import html
import random

from .data.attack_text import CREWS, SLOGANS

STYLES = ("splash", "terminal", "letter", "minimal", "image", "bare")
COLOURS = (("#000", "#0f0"), ("#000", "#f00"), ("#111", "#fff"), ("#fff", "#c00"), ("#0b0b2b", "#7fd"))
HANDLES = ("t.me/{n}", "{n}@protonmail.com", "{n}@tutanota.com", "QQ: {q}", "twitter.com/{n}")


def _contact(rng: random.Random, crew: str) -> str:
    nick = (
        "".join(c for c in crew.lower() if c.isascii() and c.isalnum())[:10]
        or f"crew{rng.randrange(100, 999)}"
    )
    return rng.choice(HANDLES).format(n=nick + str(rng.randrange(10, 99)), q=rng.randrange(10**8, 10**10))


def deface_html(rng: random.Random, style: str, meta_charset: str = "utf-8") -> tuple[str, dict[str, str]]:
    """A defacement page in ``style``; its info names the crew, its language and the style."""
    crew, lang, lines = rng.choice(CREWS)
    e = html.escape
    message = " ".join(rng.sample(lines, k=min(len(lines), rng.randint(1, 2))))
    slogan = rng.choice(SLOGANS.get(lang, SLOGANS["en"]))
    bg, fg = rng.choice(COLOURS)
    meta = f'<meta charset="{meta_charset}">' if meta_charset else ""
    title = rng.choice((f"Hacked by {crew}", f"{crew}", f"{crew} was here", f"[{crew}] {message[:20]}"))
    info = {"crew": crew, "lang": lang, "style": style}
    if style == "bare":  # what a hurried intruder leaves: no head, one line
        return f"{e(message)} -- {e(crew)}\n", info
    if style == "minimal":
        return (
            f"<html><head>{meta}<title>{e(title)}</title></head><body><h1>{e(message)}</h1></body></html>\n",
            info,
        )
    greets = ", ".join(rng.sample([c for c, _, _ in CREWS if c != crew], k=4))
    if style == "terminal":
        body = (
            f'<pre style="color:{fg}">root@target:~# whoami\n{e(crew)}\nroot@target:~# cat /etc/motd\n'
            f"{e(message)}\n{e(slogan)}\nroot@target:~# _</pre><p>greetz: {e(greets)}</p>"
        )
    elif style == "letter":
        body = (
            f'<div style="max-width:700px;margin:40px auto;line-height:1.8"><h2>{e(slogan)}</h2>'
            + "".join(f"<p>{e(x)}</p>" for x in (*lines, slogan))
            + f'<p style="text-align:right">—— {e(crew)}</p></div>'
        )
    elif style == "image":
        body = (
            f'<center><img src="https://i.imgur.com/{rng.randrange(10**6, 10**7)}.gif" width="480"><h1>{e(crew)}</h1>'
            f"<h3>{e(message)}</h3></center>"
        )
    else:
        body = (
            f'<center><h1 style="font-size:48px">{e(title)}</h1><marquee scrollamount="6"><b>{e(slogan)}</b></marquee>'
            f"<h2>{e(message)}</h2><p>contact: {e(_contact(rng, crew))}</p><p><small>greetz: {e(greets)}</small></p>"
            f'<audio src="https://files.catbox.moe/{rng.randrange(10**5, 10**6):x}.mp3" autoplay loop></audio></center>'
        )
    page = (
        f"<!DOCTYPE html>\n<html>\n<head>{meta}\n<title>{e(title)}</title>\n<style>body{{background:{bg};"
        f"color:{fg};font-family:monospace}}</style>\n</head>\n<body>\n{body}\n</body>\n</html>\n"
    )
    return page, info
