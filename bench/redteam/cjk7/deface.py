"""Whole defacement pages in six styles, and gambling doorway pages planted on a site."""

from __future__ import annotations

import random
from html import escape
from types import MappingProxyType

from .pl_deface import Crew, doorway_words

LANG_ATTR = MappingProxyType(
    {"zh-Hans": "zh-CN", "zh-Hant": "zh-TW", "ja": "ja", "ko": "ko", "en": "en", "vi": "vi"}
)
STYLE_MARKUP = MappingProxyType(
    {
        "terminal": '<body style="background:#000;color:#33ff33;font-family:monospace">'
        "<pre>root@{host}:~# whoami\n{name}</pre>{body}<pre>{contact}</pre>",
        "flag": '<body style="background:#111;color:#eee;text-align:center">'
        '<img src="flag{pic}.png" width="420">'
        "<h1>{title}</h1>{body}<h3>{name}</h3><small>{contact}</small>",
        "marquee-audio": '<body bgcolor="black" text="white"><marquee><h1>{name}</h1></marquee>'
        '<center>{body}</center><audio autoplay loop src="bg{pic}.mp3"></audio><p>{contact}</p>',
        "letter": '<body style="max-width:680px;margin:60px auto;font:18px serif"><h2>{title}</h2>{body}'
        '<p style="text-align:right">—— {name}</p><p>{contact}</p>',
        "minimal": "<body><h1>{title}</h1>{body}<hr>{name} | {contact}",
        "glitch": '<body style="background:#0a0a0a;color:#f0f"><style>h1{{animation:g .3s infinite}}'
        "@keyframes g{{50%{{transform:skew(8deg)}}}}</style><h1>{name}</h1>{body}<footer>{contact}</footer>",
    }
)
STYLES = tuple(STYLE_MARKUP)


def deface_html(crew: Crew, style: str, charset: str, rng: random.Random) -> str:
    title, body = escape(crew.title), "".join(f"<p>{escape(line)}</p>" for line in crew.lines)
    name, contact = escape(crew.name), escape(crew.contact)
    head = f'<meta charset="{charset}"><title>{title}</title>'
    main = STYLE_MARKUP[style].format(
        title=title, body=body, name=name, contact=contact, host=rng.randint(10, 250), pic=rng.randint(1, 9)
    )
    lang = LANG_ATTR[crew.lang]
    return f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>{head}</head>\n{main}\n</body>\n</html>\n'


def doorway_html(lang: str, charset: str, host: str, rng: random.Random) -> str:
    title, *lines = doorway_words()[lang]
    items = "".join(f"<li>{escape(line)}</li>" for line in lines)
    link = f"https://{host}/?r={rng.randint(1000, 9999)}"
    return (
        f'<!DOCTYPE html>\n<html lang="{LANG_ATTR[lang]}">\n<head><meta charset="{charset}">'
        f'<title>{escape(title)}</title><meta name="keywords" content="{escape(title)}"></head>\n'
        f"<body><h1>{escape(title)}</h1><ul>{items}</ul>"
        f'<a href="{link}" style="font-size:30px">{escape(lines[-1])}</a>\n'
        f'<script>setTimeout(function(){{location.href="{link}"}},4000)</script></body>\n</html>\n'
    )
