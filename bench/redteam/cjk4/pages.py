"""The page task of CJK edition 4: legit single pages of the sites (articles, some about attacks
and security work, and front pages) and defacement pages in several languages and charsets."""

from __future__ import annotations

import random
from dataclasses import replace

from ..charset import codec_for
from ..model import PageItem
from . import deface
from .article import article
from .history import Plan, history
from .render import render
from .sites import SITES
from .words import SECURITY_HEADLINES

FRONT_SHARE = 0.3
SECURITY_SHARE = 0.15
UNLABELLED_SHARE = 0.15
DEFACE_LANGS = ("zh-Hans", "zh-Hans", "zh-Hant", "en", "id", "tr", "vi", "ja", "ko", "ar", "ru")
DEFACE_CHARSETS = ("utf-8", "utf-8", "gbk", "gb2312", "big5", "utf-8")


def legit_page(index: int, seed: int) -> PageItem:
    rng = random.Random(f"cjk4:page:{seed}:{index}")
    site = SITES[index % len(SITES)]
    states = history(site, rng, Plan(rng.randint(1, 3), None, ()))
    state = states[-1]
    if site.key in ("fgw", "xiwan") and rng.random() < 0.3:
        state = replace(state.copy(), family=site.redesign_family, columns=site.redesign_columns)
    kind = "front"
    if rng.random() < FRONT_SHARE:
        page = render(site, state)
    else:
        item = rng.choice(state.lists[rng.randrange(len(state.lists))][:6])
        kind = "article"
        if rng.random() < SECURITY_SHARE:
            item = replace(item, title=rng.choice(SECURITY_HEADLINES[site.lang]))
            kind = "article-security"
        page = article(
            site,
            state,
            item,
            rng,
            (site.declare == "header" and rng.random() < 0.5) or rng.random() < UNLABELLED_SHARE,
            kind == "article-security",
        )
    if site.declare == "header" and kind == "front":
        page = page.replace(
            "<head>\n",
            f'<head>\n<meta http-equiv="Content-Type" content="text/html; charset={state.charset}" />\n',
            1,
        )
    data = page.encode(codec_for(state.charset), "xmlcharrefreplace")
    info: dict[str, object] = {
        "kind": kind,
        "site": site.key,
        "language": site.lang,
        "charset": state.charset,
        "style": state.family,
    }
    return PageItem(f"{rng.getrandbits(48):012x}", data, "legit", "legit", info)


def deface_page(index: int, seed: int) -> PageItem:
    rng = random.Random(f"cjk4:deface:{seed}:{index}")
    template = tuple(deface.TEMPLATES)[index % len(deface.TEMPLATES)]
    lang = DEFACE_LANGS[index % len(DEFACE_LANGS)]
    charset = rng.choice(DEFACE_CHARSETS)
    if charset == "big5" and lang == "zh-Hans":
        charset = "gbk"
    markup, info = deface.deface_page(rng, template, lang, charset)
    data = markup.encode(codec_for(charset), "xmlcharrefreplace")
    return PageItem(
        f"{rng.getrandbits(48):012x}",
        data,
        "defaced",
        "deface-page",
        info | {"kind": "deface", "charset": charset, "language": lang},
    )
