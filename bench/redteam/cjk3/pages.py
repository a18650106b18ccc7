"""The page task of CJK edition 3: single pages of the sites (articles and notices with the full
site navigation, column lists, search results, error, maintenance and mobile pages, front pages),
each in its site's charset, and defacement pages (the crews' pages, in UTF-8 or a legacy charset)."""

# ruff: noqa: E501, RUF001

from __future__ import annotations

import random
from datetime import timedelta

from ..model import PageItem
from .common import esc, footer_lines, head, link, scripts
from .data.prose import PAGE_WORDS, PROSE
from .deface import STYLES as DEFACE_STYLES
from .deface import deface_html
from .encode import encode
from .history import START, Plan, states
from .layouts import prefix, render
from .sites import SITES, Site
from .state import State
from .ui import date, nav_labels, words

LEGIT_KINDS = ("article", "notice", "article", "list", "search", "error", "maintenance", "mobile", "front",
               "article")  # fmt: skip
PAGE_DAYS = 800  # pages are drawn from this many days after history.START
LEGACY_SHARE = 0.4  # defacement pages written in their language's legacy charset
SITE_SHELL_EVERY = 6  # every sixth defacement page: the site's own front page carrying the crew's block
LEGACY_DEFACE = {"zh-Hans": ("gbk", "gb2312"), "zh-Hant": ("big5hkscs", "big5"), "ja": ("cp932", "Shift_JIS"),
                 "ko": ("cp949", "euc-kr")}  # fmt: skip


def _state(site: Site, rng: random.Random, seed: int, gen: int) -> State:
    start = START + timedelta(days=rng.randrange(PAGE_DAYS), hours=rng.randrange(8, 20))
    st = states(Plan(site, 1, 1, 24, start, None), rng, seed)[0]
    if gen:
        st.gen, st.layout = 1, site.redesign
    return st


def _shell(st: State, title: str, main: str, p: str) -> str:
    labels = nav_labels(st.site.lang, st.site.topic, st.gen)
    w = words(st.site.lang)
    nav = "".join(
        f'<li><a href="/col/col{100 + n}/index.html">{esc(t)}</a></li>' for n, t in enumerate(labels)
    )
    crumbs = f'{w["here"]}：<a href="/">{w["home"]}</a> &gt; <a href="/col/col101/">{esc(st.columns[0])}</a>'
    foot = "".join(f"<p>{line}</p>" for line in footer_lines(st))
    return (
        f'<!DOCTYPE html>\n<html lang="{st.site.lang}">\n{head(st, title, "css/article.css", scripts(st, "head"))}\n'
        f'<body>\n<div class="{p}header"><a href="/"><img src="/images/logo.png" alt="{esc(st.site.name)}"></a>'
        f'<form action="/search"><input name="q" placeholder="{w["searchph"]}"><button>{w["search"]}</button></form></div>\n'
        f'<ul class="{p}nav">{nav}</ul>\n<div class="{p}crumb">{crumbs}</div>\n<div class="{p}container">{main}</div>\n'
        f'<div class="{p}footer">{foot}</div>\n{scripts(st, "body")}\n</body>\n</html>\n'
    )


def _article(st: State, rng: random.Random, notice: bool) -> tuple[str, str]:
    it = rng.choice(st.items[:20])
    title = st.title(it)
    pw = PAGE_WORDS[st.site.lang]
    paras = "".join(f"<p>{esc(s)}</p>" for s in rng.sample(PROSE[st.site.lang], k=rng.randint(3, 6)))
    attach = ""
    if notice:
        attach = (
            f'<div class="attach"><b>{pw["attach"]}</b><ul>'
            + "".join(
                f'<li><a href="/module/download/downfile.jsp?filename={rng.randrange(10**9)}.{ext}">{n}.{ext}</a></li>'
                for n, ext in ((1, "docx"), (2, "pdf"), (3, "xlsx"))[: rng.randint(1, 3)]
            )
            + "</ul></div>"
        )
    related = "".join(f"<li>{link(o.url, st.title(o))}</li>" for o in st.items[20:26])
    main = (
        f'<div class="article"><h1>{esc(title)}</h1><div class="info"><span>{pw["source"]}：{esc(st.site.name)}</span>'
        f'<span>{date(it.published, st.site.lang)}</span><span>{pw["views"]}：<i id="hits">{rng.randrange(30, 9000)}</i></span>'
        f'</div><div class="content" id="zoom">{paras}</div>{attach}<div class="tools"><a href="javascript:window.print()">'
        f'{pw["print"]}</a> <a href="javascript:window.close()">{pw["close"]}</a></div><ul class="related">{related}</ul></div>'
    )
    return title + "_" + st.site.name, main


def legit_page(index: int, seed: int) -> PageItem:
    rng = random.Random(f"cjk3-page:{seed}:{index}")
    site = SITES[index % len(SITES)]
    kind = LEGIT_KINDS[(index // len(SITES) + index) % len(LEGIT_KINDS)]
    st = _state(site, rng, seed, gen=int(rng.random() < 0.3))
    p = prefix(site.key, st.gen)
    pw = PAGE_WORDS[site.lang]
    if kind == "front":
        text = render(st)
    elif kind in ("article", "notice"):
        text = _shell(st, *_article(st, rng, kind == "notice"), p)
    elif kind == "list":
        rows = "".join(
            f"<li>{link(it.url, st.title(it))}<span>{date(it.published, site.lang)}</span></li>"
            for it in st.items[:25]
        )
        text = _shell(st, st.columns[0] + "_" + site.name, f'<h2>{esc(st.columns[0])}</h2><ul class="list">{rows}</ul>'
                      '<div class="page">1 2 3 4 5 … 86</div>', p)  # fmt: skip
    elif kind == "search":
        hits = st.items[rng.randrange(5) :: 3][:10]
        rows = "".join(
            f"<li>{link(it.url, st.title(it))}<p>{esc(rng.choice(PROSE[site.lang]))}</p></li>" for it in hits
        )
        text = _shell(st, words(site.lang)["search"] + "_" + site.name,
                      f'<p class="sum">{pw["results"].format(n=rng.randrange(20, 3000))}</p><ul>{rows}</ul>', p)  # fmt: skip
    elif kind == "error":
        text = _shell(
            st,
            "404",
            f'<div class="err"><h2>404</h2><p>{pw["notfound"]}</p><a href="/">{pw["back"]}</a></div>',
            p,
        )
    elif kind == "maintenance":
        t = f"{(st.when + timedelta(hours=6)):%Y-%m-%d %H:%M}"
        text = (
            f'<!DOCTYPE html><html><head><meta charset="{site.label}"><title>{esc(site.name)}</title></head><body '
            f'style="text-align:center;padding-top:120px"><img src="/images/logo.png"><h2>{esc(site.name)}</h2>'
            f"<p>{pw['maint'].format(t=t)}</p><p>{esc(st.phone)}</p></body></html>\n"
        )
    else:  # mobile
        rows = "".join(
            f'<li><a href="{it.url.replace("://", "://m.", 1)}">{esc(st.title(it))}</a></li>'
            for it in st.items[:15]
        )
        text = (
            f'<!DOCTYPE html><html><head><meta charset="{site.label}"><meta name="viewport" content="width=device-width,'
            f'initial-scale=1,maximum-scale=1,user-scalable=no"><title>{esc(site.name)}</title></head><body>'
            f'<header class="m-top">{esc(site.name)}</header><ul class="m-list">{rows}</ul><footer>{footer_lines(st)[0]}</footer>'
            f"{scripts(st, 'body')}</body></html>\n"
        )
    unlabelled = site.declare == "header" and kind not in (
        "maintenance",
        "mobile",
    )  # its label was in HTTP only
    label = "" if unlabelled else site.label
    info: dict[str, object] = {
        "kind": kind,
        "site": site.key,
        "language": site.lang,
        "charset": label,
        "codec": site.codec,
    }
    return PageItem(f"{rng.getrandbits(48):012x}", encode(text, site.codec), "legit", "legit", info)


def deface_page(index: int, seed: int) -> PageItem:
    rng = random.Random(f"cjk3-deface:{seed}:{index}")
    info: dict[str, object]
    if index % SITE_SHELL_EVERY == SITE_SHELL_EVERY - 1:
        from .attacks import inject

        site = SITES[index % len(SITES)]
        st = _state(site, rng, seed, 0)
        text, extra = inject(render(st), st, rng, "block")
        data = encode(text, site.codec)
        info = {"kind": "site-shell", "site": site.key, "language": site.lang, "charset": site.label} | extra
    else:
        style = DEFACE_STYLES[index % len(DEFACE_STYLES)]
        text, crew_info = deface_html(rng, style)
        codec, label = "utf-8", "utf-8"
        if rng.random() < LEGACY_SHARE and crew_info["lang"] in LEGACY_DEFACE:
            codec, label = LEGACY_DEFACE[crew_info["lang"]]
            text = text.replace('charset="utf-8"', f'charset="{label}"')
        if style == "bare":
            label = ""  # no markup, no label
        data = encode(text, codec)
        info = {"kind": "crew-page", "charset": label, "codec": codec, **crew_info}
    return PageItem(f"{rng.getrandbits(48):012x}", data, "defaced", "deface-page", info)


__all__ = ["deface_page", "legit_page"]
