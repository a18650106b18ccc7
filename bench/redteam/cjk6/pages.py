"""The page task: whole defacement pages and attacked front pages, and legitimate pages (front
pages of every site at some capture, 404s, maintenance pages, login forms and notices)."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from random import Random

from ..charset import codec_for
from ..model import PageItem
from .attacks import inject, script, seo_spam
from .deface import deface
from .history import State, timeline
from .legit_pages import KINDS, LABELS, special_page
from .render import page
from .site import Site
from .sites import all_sites

DEFACE_PAGES, LEGIT_PAGES = 60, 130
WHOLE_SHARE = 2 / 3  # of the defacement pages, those that replace the whole page
FRONT_SHARE = 0.45  # of the legit pages, site front pages
LANGS = ("hans", "hant", "ja", "ko")


def pid(seed: int, *parts: object) -> str:
    return "c6p-" + hashlib.sha256(":".join(map(str, (seed, *parts))).encode()).hexdigest()[:12]


def _front(rng: Random, seed: int) -> tuple[Site, State, str]:
    site = rng.choice(all_sites())
    site = replace(site, declare="both", mislabel=None)  # a page alone has no header: the meta says it
    state = rng.choice(timeline(site, seed))
    return site, state, page(site, state)


def deface_page(index: int, seed: int) -> PageItem:
    rng = Random(f"{seed}:deface-page:{index}")
    if index < DEFACE_PAGES * WHOLE_SHARE:
        lang = LANGS[index % len(LANGS)]
        label = rng.choice(LABELS[lang])
        made = deface(rng, lang, label, index)
        data = made.html.encode(codec_for(label), "xmlcharrefreplace")
        info: dict[str, object] = {"kind": "whole", "style": made.style, "lang": lang, "charset": label}
    else:
        site, state, clean = _front(rng, seed)
        make = (inject, seo_spam, script)[index % 3]
        hit = make(site, clean, rng, index)
        data = hit.html.encode(codec_for(state.charset), "xmlcharrefreplace")
        info = {"kind": hit.family, "technique": hit.technique, "site": site.key}
    return PageItem(pid(seed, "d", index), data, "defaced", "deface-page", info)


def legit_page(index: int, seed: int) -> PageItem:
    rng = Random(f"{seed}:legit-page:{index}")
    if index < LEGIT_PAGES * FRONT_SHARE:
        site, state, text = _front(rng, seed)
        data = text.encode(codec_for(state.charset), "xmlcharrefreplace")
        info: dict[str, object] = {"kind": "front", "site": site.key, "charset": state.charset}
    else:
        lang, kind = LANGS[index % len(LANGS)], KINDS[(index // len(LANGS)) % len(KINDS)]
        label, text = special_page(rng, lang, kind)
        data = text.encode(codec_for(label), "xmlcharrefreplace")
        info = {"kind": kind, "lang": lang, "charset": label}
    return PageItem(pid(seed, "l", index), data, "legit", "legit", info)
