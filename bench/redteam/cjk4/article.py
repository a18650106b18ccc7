"""A site's article page (the page task's legit pages): the site's own head, a breadcrumb, the
title, source and date line, paragraphs, attachments, previous/next links and the footer."""

# ruff: noqa: E501, RUF001

from __future__ import annotations

import html
import random

from . import text
from .labels import WORDS
from .render import footer, head
from .sites import Site
from .skins import SKINS, fmt_date
from .state import Item, State


def article(
    site: Site, state: State, item: Item, rng: random.Random, unlabelled: bool, security: bool = False
) -> str:
    skin = SKINS[state.family]
    words, p = WORDS[site.lang], skin.prefix
    paras = "\n".join(
        f"<p>{html.escape(x)}</p>"
        for x in text.paragraphs(site.lang, rng, item.date, rng.randint(3, 9), security)
    )
    attach = ""
    if rng.random() < 0.4:
        attach = (
            f'<div class="{p}-attach">{words["attach"]}<a href="/module/download/downfile.jsp?classid=0&filename='
            f'{rng.getrandbits(40):x}.pdf">{html.escape(item.title[:20])}.pdf</a></div>'
        )
    others = [it for items in state.lists for it in items if it.url != item.url][:2]
    nav = "".join(
        f'<p>{words[k]}：<a href="{html.escape(o.url)}">{html.escape(o.title)}</a></p>'
        for k, o in zip(("prev", "next"), others, strict=False)
    )
    page_head = head(site, state, skin)
    if unlabelled:
        page_head = "\n".join(x for x in page_head.split("\n") if "charset" not in x)
    page_head = page_head.replace(
        f"<title>{html.escape(site.name)}</title>",
        f"<title>{html.escape(item.title)}_{html.escape(site.name)}</title>",
    )
    body = (
        f'<div class="{p}-top"><a href="/"><img src="/images/{p}_logo.png" alt="{html.escape(site.name)}" /></a></div>\n'
        f'<div class="{p}-crumb"><a href="/">{words["home"]}</a> &gt; <a href="/col/">{html.escape(state.columns[0])}</a></div>\n'
        f'<div class="{p}-article">\n<h1 class="{p}-article-title">{html.escape(item.title)}</h1>\n'
        f'<div class="{p}-info"><span>{words["source"]}：{html.escape(site.name)}</span> <span>{words["time"]}：'
        f"{fmt_date(skin.date if skin.date not in ('bracket', 'md') else 'iso', item.date)}</span> "
        f'<span>{words["font"]}</span></div>\n<div class="{p}-content" id="zoom">\n{paras}\n</div>\n{attach}\n'
        f'<div class="{p}-tools"><a href="javascript:window.print()">{words["print"]}</a> <a href="javascript:'
        f'window.close()">{words["close"]}</a></div>\n<div class="{p}-pn">{nav}</div>\n</div>'
    )
    lang = {"zh-Hans": "zh-CN", "zh-Hant": "zh-Hant", "ja": "ja", "ko": "ko"}[site.lang]
    return (
        f'{skin.doctype}\n<html lang="{lang}">\n<head>\n{page_head}\n</head>\n<body>\n{body}\n'
        f"{footer(site, state, skin)}\n</body>\n</html>\n"
    )
