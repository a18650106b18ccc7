"""The page task (edition 9): defacement pages and legitimate pages, many in legacy charsets."""

from __future__ import annotations

import random
from types import MappingProxyType

from ..charset import codec_for
from ..model import PageItem
from .data.page_text_a import TEXTS_A
from .data.page_text_b import CHARSETS, TEXTS_B
from .data.slogans import CREWS, SLOGANS, crew_for
from .deface_look import LOOKS, Voice, deface_html
from .page_kinds import KINDS, legit_html

DEFACE_CHARSETS = MappingProxyType(
    {
        "zh-Hans": "gbk",
        "zh-Hant": "big5",
        "ja": "shift_jis",
        "ko": "euc-kr",
        "ru": "windows-1251",
        "uk": "windows-1251",
        "ar": "windows-1256",
        "tr": "windows-1254",
        "pl": "iso-8859-2",
    }
)
LEGACY_SHARE = 0.5
UTF8_FIRST = 0.3


def _pid(seed: int, what: str, index: int) -> str:
    return f"p-{random.Random(f'v9:{seed}:pid:{what}:{index}').getrandbits(48):012x}"


# Persian yeh and kaf written as the Arabic letters, as legacy Persian sites in windows-1256 did
PERSIAN_IN_1256 = MappingProxyType({0x06CC: 0x064A, 0x06A9: 0x0643})


def _encode(text: str, label: str) -> bytes | None:
    codec = codec_for(label)
    if codec == "cp1256":
        text = text.translate(PERSIAN_IN_1256)
    try:
        return text.encode(codec)
    except UnicodeEncodeError:
        return None


def deface_page(index: int, seed: int) -> PageItem:
    rng = random.Random(f"v9:{seed}:deface:{index}")
    langs = sorted(SLOGANS)
    lang = langs[index % len(langs)]
    look = LOOKS[(index // len(langs) + index) % len(LOOKS)]
    legacy = DEFACE_CHARSETS.get(lang)
    label = legacy if legacy and rng.random() < LEGACY_SHARE else "utf-8"
    slogans = tuple(rng.sample(SLOGANS[lang], rng.randint(1, 3)))
    voice = Voice(lang, slogans, crew_for(lang, rng.random(), rng.choice(CREWS)), label)
    data = _encode(deface_html(look, voice, codec_for(label), rng), label)
    if data is None:  # a character the legacy charset lacks: write the page in UTF-8 instead
        label = "utf-8"
        data = deface_html(look, Voice(lang, slogans, voice.crew, label), "utf-8", rng).encode()
    info: dict[str, object] = {"look": look, "language": lang, "charset": label, "crew": voice.crew}
    return PageItem(_pid(seed, "deface", index), data, "defaced", "deface-page", info)


def legit_page(index: int, seed: int) -> PageItem:
    rng = random.Random(f"v9:{seed}:legit:{index}")
    texts = {**TEXTS_A, **TEXTS_B}
    langs = sorted(texts)
    lang = langs[index % len(langs)]
    kind = KINDS[(index // len(langs) + index) % len(KINDS)]
    data, label = None, "utf-8"
    legacy = [c for c in CHARSETS[lang] if c != "utf-8"]
    order = [*rng.sample(legacy, len(legacy)), "utf-8"]
    if rng.random() < UTF8_FIRST:
        order.insert(0, "utf-8")
    for label in order:
        data = _encode(legit_html(kind, lang, texts[lang], label, rng), label)
        if data is not None:
            break
    if data is None:
        label = "utf-8"
        data = legit_html(kind, lang, texts[lang], label, rng).encode()
    info: dict[str, object] = {"kind": kind, "language": lang, "charset": label}
    return PageItem(_pid(seed, "legit", index), data, "legit", "legit", info)
