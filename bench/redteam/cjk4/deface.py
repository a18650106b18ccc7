"""Full defacement pages (the ``replace`` family and the page task's defacement pages) and the
small blocks of the ``inject`` family, written as the crews of ``payloads`` would."""

# ruff: noqa: E501

from __future__ import annotations

import html
import random

from .payloads import CREWS, DEFACE_LINES, DEFACE_TITLES, HANDLES, INJECT_HEADS

LANG_ATTR = {"zh-Hans": "zh-CN", "zh-Hant": "zh-TW"}


def _lines(rng: random.Random, lang: str, count: int) -> list[str]:
    own = list(DEFACE_LINES[lang])
    rng.shuffle(own)
    extra = rng.choice([k for k in DEFACE_LINES if k != lang])
    return [*own[:count], *DEFACE_LINES[extra][:1]] if rng.random() < 0.4 else own[:count]


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def terminal(rng: random.Random, crew: str, lang: str, charset: str) -> str:
    lines = "\n".join(f"<p>&gt; {_esc(x)}</p>" for x in _lines(rng, lang, 3))
    return (
        f'<!DOCTYPE html>\n<html lang="{LANG_ATTR.get(lang, lang)}"><head><meta charset="{charset}">\n<title>'
        f"{_esc(rng.choice(DEFACE_TITLES).format(crew=crew))}</title>\n<style>body{{background:#000;color:#21f521;"
        f'font-family:"Courier New",monospace;padding:40px}}h1{{color:#fff}}</style></head>\n<body>\n<h1>'
        f"{_esc(crew)}</h1>\n{lines}\n<p>{_esc(rng.choice(HANDLES))}</p>\n</body></html>\n"
    )


def showcase(rng: random.Random, crew: str, lang: str, charset: str) -> str:
    lines = "<br>\n".join(_esc(x) for x in _lines(rng, lang, 4))
    audio = (
        '<audio autoplay loop><source src="https://files.catbox.moe/{}.mp3" type="audio/mpeg"></audio>'.format(
            f"{rng.getrandbits(24):06x}"
        )
        if rng.random() < 0.5
        else ""
    )
    return (
        f'<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n<title>'
        f'{_esc(rng.choice(DEFACE_TITLES).format(crew=crew))}</title>\n</head>\n<body bgcolor="#0b0b0b" text="#ff3030">\n'
        f'<center>\n<img src="https://i.imgur.com/{rng.getrandbits(30):08x}.gif" width="380">\n<font size="6" '
        f'face="Impact">{_esc(crew)}</font><br>\n<font color="#ffffff" size="3">{lines}</font><br>\n'
        f'<marquee behavior="alternate" scrollamount="6"><font color="#ffd700">{_esc(" | ".join(rng.sample(CREWS, 4)))}'
        f"</font></marquee>\n<p>{_esc(rng.choice(HANDLES))}</p>\n{audio}\n</center>\n</body>\n</html>\n"
    )


def minimal(rng: random.Random, crew: str, lang: str, charset: str) -> str:
    text = _esc(rng.choice(DEFACE_LINES[lang]))
    if rng.random() < 0.5:
        return f"<h1>{_esc(crew)}</h1>\n<p>{text}</p>\n"
    return f'<html><head><meta charset="{charset}"><title>{_esc(crew)}</title></head><body><h2>{text}</h2></body></html>\n'


def letter(rng: random.Random, crew: str, lang: str, charset: str) -> str:
    paragraphs = "\n".join(f"<p>{_esc(x)}</p>" for x in _lines(rng, lang, 5))
    return (
        f'<!DOCTYPE html>\n<html><head>\n<meta charset="{charset}">\n<meta name="viewport" content="width=device-width">\n'
        f"<title>{_esc(rng.choice(DEFACE_TITLES).format(crew=crew))}</title>\n<style>body{{background:#111 url("
        f'"https://i.postimg.cc/{rng.getrandbits(28):07x}/bg.jpg") center/cover;color:#eee;text-align:center;'
        f'font-family:"Microsoft YaHei",sans-serif}}.box{{margin:12% auto;max-width:680px;background:rgba(0,0,0,.7);'
        f'padding:30px;border:1px solid #c00}}</style>\n</head>\n<body>\n<div class="box">\n<h1>{_esc(crew)}</h1>\n'
        f"{paragraphs}\n<hr>\n<small>{_esc(' / '.join(rng.sample(HANDLES, 2)))}</small>\n</div>\n</body>\n</html>\n"
    )


def ascii_art(rng: random.Random, crew: str, lang: str, charset: str) -> str:
    bar = "=" * rng.randint(30, 60)
    body = "\n".join([bar, f"  {crew}", bar, *_lines(rng, lang, 2), rng.choice(HANDLES)])
    return (
        f'<html><head><meta charset="{charset}"><title>{_esc(crew)}</title></head>\n<body style="background:#000;'
        f'color:#0ff"><pre>\n{_esc(body)}\n</pre></body></html>\n'
    )


TEMPLATES = {
    "terminal": terminal,
    "showcase": showcase,
    "minimal": minimal,
    "letter": letter,
    "ascii": ascii_art,
}


def deface_page(rng: random.Random, template: str, lang: str, charset: str) -> tuple[str, dict[str, object]]:
    crew = rng.choice(CREWS)
    return TEMPLATES[template](rng, crew, lang, charset), {"template": template, "lang": lang, "crew": crew}


def inject_block(rng: random.Random, lang: str, shape: str) -> tuple[str, str]:
    """A block and the title a crew would give the page."""
    crew = rng.choice(CREWS)
    head = rng.choice(INJECT_HEADS[lang]).format(crew=crew)
    line = _esc(rng.choice(DEFACE_LINES.get(lang, DEFACE_LINES["en"])))
    if shape == "banner":
        block = (
            f'<div style="background:#000;color:#f00;text-align:center;padding:16px;font-size:22px">'
            f'<b>{_esc(head)}</b><br><span style="color:#fff;font-size:14px">{line}</span></div>'
        )
    elif shape == "marquee":
        block = (
            f'<marquee bgcolor="#000000" style="color:#00ff00;font-size:18px">{_esc(head)} :: {line} :: '
            f"{_esc(rng.choice(HANDLES))}</marquee>"
        )
    elif shape == "image":
        block = (
            f'<center><img src="https://i.imgur.com/{rng.getrandbits(30):08x}.png" alt="" width="300"><h2 style="color:red">'
            f"{_esc(head)}</h2><p>{line}</p></center>"
        )
    elif shape == "audio":
        block = (
            f'<div align="center"><h1>{_esc(head)}</h1><embed src="https://files.catbox.moe/{rng.getrandbits(24):06x}.mp3"'
            f' autostart="true" hidden="true" loop="true"><p>{line}</p></div>'
        )
    else:  # one line
        block = f'<p style="text-align:center;color:#c00;font-weight:bold">{_esc(head)} — {line}</p>'
    return block, head
