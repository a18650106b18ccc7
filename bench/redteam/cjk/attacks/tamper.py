"""``tamper``: the layout stays, 1-5 of the newest headlines or notice titles are rewritten in place
(every occurrence, as a CMS edit would) to slogans, fake notices or mockery, in the page's own
language and register or in another language. Links keep their addresses."""

from __future__ import annotations

import html
import random

from ..data.attackers import CREWS, FAKE_NOTICES, HANDLES, MOCKERY, SLOGANS
from ..data.gov_hans import NAMES
from ..model import View
from .base import Attack

STYLES = ("slogan-own", "fake-notice", "mockery", "slogan-foreign", "slogan-handle")
FOREIGN = ("en", "ko", "vi", "id", "ru", "tr", "ar", "th", "ja", "zh-Hant", "zh-Hans")
MAX_EDITS = 5


def _register(view: View) -> str:
    kind = view.site.kind
    if view.site.lang == "ja":
        return "ja"
    if kind == "tw-blog":
        return "tw"
    if view.site.lang == "zh-Hant":
        return "hant"
    return "news" if kind.startswith("news") or kind == "live" else "gov"


def _text(view: View, rng: random.Random, style: str, lang: str) -> str:
    own = view.site.lang
    if style == "fake-notice":
        return rng.choice(FAKE_NOTICES[_register(view)]).format(name=rng.choice(NAMES))
    if style == "mockery":
        return rng.choice(MOCKERY[own]).format(crew=rng.choice(CREWS))
    if style == "slogan-handle":
        return f"{rng.choice(SLOGANS[lang])} {rng.choice(HANDLES)}"
    return rng.choice(SLOGANS[lang])


def tamper_lang(view: View, style: str, index: int) -> str:
    if style in ("slogan-foreign",):
        choices = [lang for lang in FOREIGN if lang != view.site.lang]
        return choices[index % len(choices)]
    return view.site.lang


def tamper(page: str, view: View, rng: random.Random, style: str, lang: str) -> Attack:
    candidates = []
    for key, _, _ in view.site.sections:
        candidates += [item.title for item in view.items(key)[:3]]
    candidates = list(dict.fromkeys(t for t in candidates if html.escape(t, quote=True) in page))
    count = rng.randint(1, min(MAX_EDITS, len(candidates)))
    chosen = candidates[:1] + rng.sample(candidates[1:], k=count - 1)
    out = page
    for title in chosen:
        new = _text(view, rng, style, lang)
        out = out.replace(html.escape(title, quote=True), html.escape(new, quote=True))
    return Attack(out, info={"style": style, "lang": lang, "edits": len(chosen)})
