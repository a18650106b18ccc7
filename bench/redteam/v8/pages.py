"""The page task of edition 8: defacement pages and legit pages of many kinds, in many languages,
encoded in the charsets such pages are served in (declared in the page)."""

from __future__ import annotations

import codecs
import random
from html import escape

from ..model import PageItem
from .data.phrasebook import Phrasebook
from .data.phrases_asia import ASIA
from .data.phrases_world import WORLD
from .data.voices import VOICES
from .deface_look import LOOKS, render
from .page_kinds import KINDS

PAGE_LANGS: tuple[Phrasebook, ...] = ASIA + WORLD
KIND_NAMES = tuple(KINDS)
LOOK_NAMES = tuple(LOOKS)
VOICE_LANGS = tuple(VOICES)
DEFACE_LEGACY = {
    "zh-Hans": "gbk",
    "zh-Hant": "big5",
    "ja": "shift_jis",
    "ko": "euc-kr",
    "ru": "windows-1251",
    "uk": "koi8-u",
    "ar": "windows-1256",
    "fa": "windows-1256",
    "he": "windows-1255",
    "tr": "windows-1254",
    "th": "windows-874",
    "pl": "iso-8859-2",
    "de": "iso-8859-1",
    "es": "windows-1252",
    "pt": "iso-8859-1",
    "fr": "windows-1252",
}


PYTHON_CODEC = {"windows-874": "cp874"}


def _encode(markup: str, label: str) -> bytes | None:
    """The page in ``label``'s charset, or None when a character does not fit."""
    try:
        return markup.encode(codecs.lookup(PYTHON_CODEC.get(label, label)).name, "strict")
    except UnicodeEncodeError:
        return None


def _declare(markup: str, label: str, rng: random.Random) -> str:
    meta = rng.choice(
        (
            f'<meta charset="{label}">',
            f'<meta http-equiv="Content-Type" content="text/html; charset={label}">',
        )
    )
    return markup.replace('<meta charset="utf-8">', meta, 1)


def _pid(seed: int, family: str, index: int) -> str:
    return f"p-{random.Random(f'v8:{seed}:id:{family}:{index}').getrandbits(48):012x}"


def deface_page(index: int, seed: int) -> PageItem:
    rng = random.Random(f"v8:{seed}:deface-page:{index}")
    lang = VOICE_LANGS[index % len(VOICE_LANGS)]
    look = LOOK_NAMES[(index * 3 + index // len(VOICE_LANGS)) % len(LOOK_NAMES)]
    markup, info = render(rng, lang, look)
    label, data = "utf-8", markup.encode("utf-8")
    legacy = DEFACE_LEGACY.get(lang)
    if legacy is not None and rng.random() < 0.5:
        declared = _declare(markup, legacy, rng)
        encoded = _encode(declared, legacy)
        if encoded is not None:
            label, data = legacy, encoded
    return PageItem(
        _pid(seed, "deface-page", index), data, "defaced", "deface-page", info | {"charset": label}
    )


def _document(pb: Phrasebook, title: str, body: str, chrome: bool, rng: random.Random) -> str:
    nav = footer = ""
    if chrome:
        links = "".join(f'<li><a href="/{n}/">{escape(item)}</a></li>' for n, item in enumerate(pb.nav))
        nav = f'<header><a class="logo" href="/">{escape(pb.site)}</a><nav><ul>{links}</ul></nav></header>'
        footer = f"<footer>&copy; {rng.randint(2009, 2026)} {escape(pb.site)}</footer>"
    return (
        f'<!DOCTYPE html><html lang="{pb.code}" dir="{pb.direction}"><head><meta charset="utf-8">'
        f"<title>{escape(title)}</title></head><body>{nav}<main>{body}</main>{footer}</body></html>"
    )


def legit_page(index: int, seed: int) -> PageItem:
    rng = random.Random(f"v8:{seed}:legit-page:{index}")
    pb = PAGE_LANGS[index % len(PAGE_LANGS)]
    kind = KIND_NAMES[(index * 7 + index // len(PAGE_LANGS)) % len(KIND_NAMES)]
    title, body, chrome = KINDS[kind](pb, rng)
    markup = _document(pb, title, body, chrome, rng)
    label, data = "utf-8", markup.encode("utf-8")
    for candidate in rng.sample(pb.charsets, len(pb.charsets)):
        if candidate == "utf-8":
            break
        encoded = _encode(_declare(markup, candidate, rng), candidate)
        if encoded is not None:
            label, data = candidate, encoded
            break
    info = {"kind": kind, "lang": pb.code, "charset": label}
    return PageItem(_pid(seed, "legit-page", index), data, "legit", "legit", info)
