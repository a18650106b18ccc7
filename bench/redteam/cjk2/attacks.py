"""The five attack families on a site's last capture. ``tamper`` rewrites item titles in the site's
state and renders it again (every other byte stays the same); the others splice into the page text."""

# ruff: noqa: E501, RUF001

from __future__ import annotations

import html
import random
import re
from dataclasses import replace as dc_replace

from .deface import STYLES as DEFACE_STYLES
from .deface import deface_page
from .hiding import HIDING, spam_block
from .payloads import CONTACTS, CREWS, DEFACE_TEXT, FAKE_NOTICES, SLOGANS
from .render import page_text
from .script_styles import SCRIPT_STYLES, script_snippet
from .sites import Site
from .state import State

_BODY = re.compile(r"<body[^>]*>", re.I)
_HEADER = re.compile(r"<(?:header|div)\b[^>]*(?:id|class)=\"[^\"]*(?:head|Header|top)[^\"]*\"[^>]*>")
_FOOTER = re.compile(r"<(?:footer|div)\b[^>]*(?:id|class)=\"[^\"]*(?:foot|Footer)[^\"]*\"[^>]*>")
_TITLE = re.compile(r"<title>.*?</title>", re.S)

INJECT_SHAPES = (
    "black-band",
    "header-heading",
    "marquee-line",
    "picture-and-sound",
    "fixed-overlay",
    "font-table",
)
TAMPER_STYLES = (
    "fake-notice",
    "own-slogans",
    "foreign-slogans",
    "notice-and-handle",
    "slogan-tail",
    "foreign-notice",
)
PLACES = ("after-body", "footer", "before-body-end", "main-middle")
Info = dict[str, object]


def _own(lang: str) -> str:
    return {"zh-MO": "zh-HK", "zh-TW": "zh-TW"}.get(lang, lang)


def _splice(text: str, at: int, block: str) -> str:
    return text[:at] + block + text[at:]


def _after(pattern: re.Pattern[str], text: str) -> int | None:
    found = pattern.search(text)
    return found.end() if found else None


def replace_page(site: Site, state: State, rng: random.Random) -> tuple[str, Info]:
    style = rng.choice(DEFACE_STYLES)
    declared = site.charset if rng.random() < 0.5 else None
    page, info = deface_page(rng, style, declared, site.name if rng.random() < 0.3 else "")
    return page, info


def inject(site: Site, state: State, rng: random.Random) -> tuple[str, Info]:
    text = page_text(site, state)
    shape = rng.choice(INJECT_SHAPES)
    crew, lang = rng.choice(CREWS)
    if rng.random() < 0.5:
        lang = _own(site.lang)
    heading = rng.choice((*SLOGANS.get(lang, SLOGANS["en"]), DEFACE_TEXT.get(lang, DEFACE_TEXT["en"])[0]))
    line = rng.choice(DEFACE_TEXT.get(lang, DEFACE_TEXT["en"])[1])
    contact = rng.choice(CONTACTS)
    e = html.escape
    if shape == "black-band":
        block = f'<div style="background:#000;color:#0f0;text-align:center;padding:24px 0"><h1>{e(heading)}</h1><p>{e(line)}</p><p>{e(crew)} &middot; {e(contact)}</p></div>'
    elif shape == "header-heading":
        block = f'<h1 style="color:#e00;font-size:40px;text-align:center">{e(heading)}</h1><p style="text-align:center">{e(crew)}</p>'
    elif shape == "marquee-line":
        block = f'<marquee bgcolor="#000" style="color:#ff0;font-size:28px" scrollamount="9">{e(heading)} ～ {e(crew)} ～ {e(contact)}</marquee>'
    elif shape == "picture-and-sound":
        block = f'<center><img src="https://i.ibb.co/{rng.randrange(16**6):06x}/logo.gif" width="300"><br><b style="font-size:30px">{e(heading)}</b><br>{e(crew)}<audio src="https://files.catbox.moe/{rng.randrange(16**6):06x}.mp3" autoplay loop></audio></center>'
    elif shape == "fixed-overlay":
        block = f'<div style="position:fixed;top:0;left:0;width:100%;z-index:2147483647;background:rgba(0,0,0,.88);color:#fff;text-align:center;padding:60px 10px"><h2>{e(heading)}</h2><p>{e(line)}</p><small>{e(crew)}</small></div>'
    else:
        block = f'<table width="100%" bgcolor="#000000"><tr><td align="center"><font color="red" size="6">{e(heading)}</font><br><font color="white">{e(line)} -- {e(crew)}</font></td></tr></table>'
    spot = "header" if shape == "header-heading" or rng.random() < 0.3 else "body"
    at = _after(_HEADER, text) if spot == "header" else None
    if at is None:
        spot, at = "body", _after(_BODY, text)
    assert at is not None
    text = _splice(text, at, "\n" + block + "\n")
    retitled = rng.random() < 0.5
    if retitled:
        text = _TITLE.sub(lambda _: f"<title>{e(heading)} - {e(crew)}</title>", text, count=1)
    return text, {"style": shape, "spot": spot, "lang": lang, "crew": crew, "retitled": retitled}


def seo_spam(site: Site, state: State, rng: random.Random) -> tuple[str, Info]:
    text = page_text(site, state)
    technique = rng.choice(sorted(HIDING))
    block, langs = spam_block(rng, technique, site.lang)
    place = rng.choice(PLACES)
    if place == "after-body":
        at = _after(_BODY, text)
    elif place == "footer":
        at = _after(_FOOTER, text)
    elif place == "main-middle":
        at = text.find("</ul>", len(text) // 2)
        at = at + len("</ul>") if at > 0 else None
    else:
        at = text.rfind("</body>")
    if at is None or at < 0:
        place, at = "before-body-end", text.rfind("</body>")
    return _splice(text, at, "\n" + block + "\n"), {"style": technique, "spot": place, "langs": langs}


def script(site: Site, state: State, rng: random.Random) -> tuple[str, Info]:
    text = page_text(site, state)
    style = rng.choice(SCRIPT_STYLES)
    snippet, where, host = script_snippet(rng, style)
    if where == "head":
        at = text.find("</head>")
    elif where == "body-start":
        at = _after(_BODY, text) or text.find("</head>")
    else:
        at = text.rfind("</body>")
    return _splice(text, at, snippet + "\n"), {"style": style, "spot": where, "host": host}


def tamper(site: Site, state: State, rng: random.Random) -> tuple[str, Info]:
    style = rng.choice(TAMPER_STYLES)
    own = _own(site.lang)
    if style == "fake-notice":
        pool = FAKE_NOTICES.get(own, FAKE_NOTICES["zh-CN"])
        lang = own if own in FAKE_NOTICES else "zh-CN"
    elif style == "own-slogans":
        pool = SLOGANS.get(own, SLOGANS["zh-CN"])
        lang = own if own in SLOGANS else "zh-CN"
    elif style == "foreign-slogans":
        lang = rng.choice([k for k in SLOGANS if k != own])
        pool = SLOGANS[lang]
    else:
        pool = tuple(
            f"{n}（{c}）" for n in FAKE_NOTICES.get(own, FAKE_NOTICES["zh-CN"]) for c in CONTACTS[:3]
        )
        lang = own
    state = state.copy()
    count = rng.randint(1, 5)
    names = list(state.columns)
    column = rng.choice(names[:2])
    items = state.columns[column]
    changed = 0
    for slot in range(min(count, len(items))):
        title = rng.choice(pool)
        if style == "slogan-tail":  # the real headline stays, the slogan is appended to it
            title = f"{items[slot].title}——{title}"
        items[slot] = dc_replace(items[slot], title=title)
        changed += 1
    return page_text(site, state), {"style": style, "lang": lang, "count": changed, "column": column}


FAMILIES = {
    "replace": replace_page,
    "inject": inject,
    "seo-spam": seo_spam,
    "script": script,
    "tamper": tamper,
}
