"""Whole defacement pages in several styles (the replace family and the page task)."""

from __future__ import annotations

import html
from dataclasses import dataclass
from random import Random

from .slogans import CONTACTS, CREWS, GREETS, POLITICS, SLOGANS

IMAGE_HOSTS = ("i.postimg.cc", "files.catbox.moe", "pic.sl.al", "img.jiucaitu.com", "s3.tinypic.host")
SECONDS_LANGS = ("en", "id", "vi", "bn")


@dataclass(frozen=True)
class Deface:
    style: str
    crew: str
    texts: tuple[str, ...]
    html: str


def _texts(rng: Random, lang: str) -> tuple[str, ...]:
    own = SLOGANS.get(lang, SLOGANS["en"])
    second = SLOGANS[rng.choice(SECONDS_LANGS)]
    picked = [rng.choice(own), rng.choice(second)]
    if rng.random() < 0.5:
        picked.append(rng.choice(POLITICS.get(lang, POLITICS["en"])))
    return tuple(picked)


def _dark(crew: str, lines: list[str], extra: str) -> str:
    body = "".join(f"<p>{line}</p>" for line in lines)
    return (
        '<body style="background:#000;color:#e6e6e6;text-align:center;font-family:monospace">'
        f'<h1 style="color:#d00">{crew}</h1>{body}{extra}</body>'
    )


def _terminal(crew: str, lines: list[str], extra: str) -> str:
    rows = "\n".join(f"root@{crew.replace(' ', '').lower()[:8]}:~# echo {line}" for line in lines)
    return f'<body style="background:#101010;color:#39ff14"><pre>{rows}</pre>{extra}</body>'


def _notice(crew: str, lines: list[str], extra: str) -> str:
    items = "".join(f"<li>{line}</li>" for line in lines)
    return f'<body><div class="box"><h2>{crew}</h2><ol>{items}</ol>{extra}</div></body>'


def _flag(crew: str, lines: list[str], extra: str) -> str:
    body = "<br>".join(lines)
    return (
        '<body style="margin:0;background:linear-gradient(#111,#400)">'
        f'<center><font size="7" color="#ffcc00">{crew}</font><br><font color="#fff">{body}</font>'
        f"{extra}</center></body>"
    )


def _quiet(crew: str, lines: list[str], extra: str) -> str:
    return (
        '<body><div style="max-width:640px;margin:80px auto;font:15px/1.8 sans-serif">'
        f'<p>{lines[0]}</p><p style="color:#999;font-size:12px">— {crew}</p>{extra}</div></body>'
    )


STYLES = (("dark", _dark), ("terminal", _terminal), ("notice", _notice), ("flag", _flag), ("quiet", _quiet))


def deface(rng: Random, lang: str, label: str, index: int) -> Deface:
    style, draw = STYLES[index % len(STYLES)]
    crew = CREWS[rng.randrange(len(CREWS))]
    texts = _texts(rng, lang)
    contact = rng.choice(CONTACTS)
    greet = rng.choice(GREETS)
    image = f"https://{rng.choice(IMAGE_HOSTS)}/{rng.getrandbits(40):010x}.png"
    extra = (
        f'<img src="{image}" width="360"><p>{html.escape(contact)}</p><marquee>{html.escape(greet)}</marquee>'
    )
    lines = [html.escape(t) for t in texts]
    title = html.escape(f"Hacked by {crew}" if rng.random() < 0.6 else crew)
    page = (
        f'<!DOCTYPE html>\n<html>\n<head>\n<meta charset="{label}">\n<title>{title}</title>\n</head>\n'
        f"{draw(html.escape(crew), lines, extra)}\n</html>\n"
    )
    return Deface(style, crew, (*texts, contact, greet), page)
