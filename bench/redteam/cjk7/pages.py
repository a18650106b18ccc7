"""The page task: 60 defacement pages and 130 legit pages, in the sites' own charsets."""

from __future__ import annotations

import random
from types import MappingProxyType

from ..model import PageItem
from . import attacks
from .deface import STYLES, deface_html, doorway_html
from .history import fill, history
from .lexicon import lexicon
from .pl_deface import crews
from .render import encode, render
from .scenarios import HARD_EVENTS, opaque_id
from .sites import Site, all_sites
from .special import article_page, special_page

DEFACE_CHARSETS = ("utf-8", "gbk", "big5", "shift_jis", "euc-kr", "gb18030")
COUNTS = MappingProxyType({"full": 36, "doorway": 12, "injected": 12})
LEGIT = MappingProxyType({"home": 50, "article": 40, "404": 10, "maintenance": 10, "login": 10, "notice": 10})
CHARSET_CODEC = MappingProxyType(
    {
        "utf-8": "utf-8",
        "gbk": "gbk",
        "big5": "big5hkscs",
        "shift_jis": "cp932",
        "euc-kr": "cp949",
        "gb18030": "gb18030",
    }
)
DOORWAY_HOSTS = ("pj8866.vip", "tw999.bet", "major-safe.kr", "jp-casino-bonus.com")


def standalone(site: Site, label: str, text: str) -> str:
    """A page saved without its HTTP header keeps its charset only where it declares one itself."""
    if site.where == "header" and "<meta charset" not in text:
        return text.replace("<head>", f'<head><meta charset="{label}">', 1)
    return text


def deface_pages(seed: int) -> list[PageItem]:
    rng, sites, out = random.Random(f"{seed}:deface-pages"), all_sites(), []
    for n in range(COUNTS["full"]):
        crew, style, charset = (
            crews()[n % 12],
            STYLES[n % len(STYLES)],
            DEFACE_CHARSETS[n % len(DEFACE_CHARSETS)],
        )
        data = deface_html(crew, style, charset, rng).encode(CHARSET_CODEC[charset], "xmlcharrefreplace")
        out.append(
            PageItem(
                opaque_id("c7p", seed, "full", n),
                data,
                "defaced",
                "deface-page",
                {"kind": "full", "crew": crew.name, "charset": charset},
            )
        )
    for n in range(COUNTS["doorway"]):
        lang = ("zh-Hans", "zh-Hant", "ko", "ja")[n % 4]
        charset = ("gb2312", "big5", "euc-kr", "shift_jis", "utf-8")[n % 5] if n % 3 else "utf-8"
        codec = CHARSET_CODEC.get(charset, "gbk")
        data = doorway_html(lang, charset, DOORWAY_HOSTS[n % 4], rng).encode(codec, "xmlcharrefreplace")
        out.append(
            PageItem(
                opaque_id("c7p", seed, "door", n),
                data,
                "defaced",
                "deface-page",
                {"kind": "doorway", "lang": lang},
            )
        )
    for n in range(COUNTS["injected"]):
        site = sites[n]
        cap = rng.choice(history(site, seed))
        text, _ = attacks.inject(site, cap, render(site, cap))
        text = standalone(site, cap.label, text)
        out.append(
            PageItem(
                opaque_id("c7p", seed, "inj", n),
                encode(site, cap, text),
                "defaced",
                "deface-page",
                {"kind": "injected", "site": site.key},
            )
        )
    return out


def legit_pages(seed: int) -> list[PageItem]:
    rng, sites, out = random.Random(f"{seed}:legit-pages"), all_sites(), []
    for kind, count in LEGIT.items():
        for n in range(count):
            site = sites[(n * 7 + len(kind)) % len(sites)]
            caps = history(site, seed)
            cap = rng.choice(caps)
            family = "legit"
            if kind in ("home", "notice"):
                if kind == "notice":
                    cap = rng.choice([c for c in caps if HARD_EVENTS & set(c.events)] or [cap])
                    family = "legit-hard"
                text = render(site, cap)
            elif kind == "article":
                a = rng.choice(cap.articles)
                family = "legit-hard" if a.title == a.teaser else "legit"
                lex = lexicon(site.lang, site.register)
                text = article_page(
                    site,
                    cap,
                    a,
                    [a.teaser] + [fill(rng, site, lex, rng.choice(lex.teasers)) for _ in range(3)],
                )
            else:
                family = "legit" if kind == "login" else "legit-hard"
                text = special_page(site, cap, kind)
            text = standalone(site, cap.label, text)
            info: dict[str, object] = {"kind": kind, "site": site.key, "charset": cap.label}
            out.append(
                PageItem(opaque_id("c7p", seed, kind, n), encode(site, cap, text), "legit", family, info)
            )
    return out
