# ruff: noqa: E501
"""Ordinary (legit) page layouts filled with one language's texts: ``{charset}`` marks the meta slot."""

from __future__ import annotations

import html
from collections.abc import Callable, Mapping
from typing import Any

Texts = Mapping[str, Any]


def _e(value: object) -> str:
    return html.escape(str(value))


def _nav(t: Texts) -> str:
    items = "".join(f'<li><a href="/{n}/">{_e(w)}</a></li>' for n, w in enumerate(t["nav"]))
    return f"<nav><ul>{items}</ul></nav>"


def _news(t: Texts) -> str:
    heads: tuple[str, ...] = t["heads"]
    items = "".join(
        f'<article><h2><a href="/artikel/{n}">{_e(h)}</a></h2><p>{_e(t["paras"][n % 2])}</p></article>'
        for n, h in enumerate(heads)
    )
    return f"<header><h1>{_e(t['site'])}</h1>{_nav(t)}</header><main>{items}</main>"


def _article(t: Texts) -> str:
    paras = "".join(f"<p>{_e(p)}</p>" for p in t["paras"])
    return f"<header>{_nav(t)}</header><main><article><h1>{_e(t['heads'][2])}</h1>{paras}</article></main>"


def _portal_table(t: Texts) -> str:
    rows = "".join(f"<tr><td>{n + 1}</td><td>{_e(h)}</td></tr>" for n, h in enumerate(t["heads"]))
    return f'<h1>{_e(t["site"])}</h1>{_nav(t)}<table border="1" cellpadding="4">{rows}</table>'


def _legacy_frames(t: Texts) -> str:
    links = "<br>".join(
        f'<a href="list{n}.htm"><font color="#003399">{_e(w)}</font></a>' for n, w in enumerate(t["nav"])
    )
    return (
        f'<table width="780" align="center"><tr><td bgcolor="#336699"><font color="#ffffff" size="5">{_e(t["site"])}</font></td></tr>'
        f'<tr><td><table><tr><td width="160" valign="top">{links}</td><td valign="top">'
        f"<b>{_e(t['heads'][0])}</b><br>{_e(t['paras'][0])}</td></tr></table></td></tr></table>"
    )


def _maintenance(t: Texts) -> str:
    return f'<main style="text-align:center;margin-top:15vh"><h1>{_e(t["site"])}</h1><p>{_e(t["notice"])}</p></main>'


def _incident(t: Texts) -> str:
    return (
        f'<header>{_nav(t)}</header><main><div class="alert" role="alert"><h1>{_e(t["heads"][2])}</h1>'
        f"<p>{_e(t['notice'])}</p><p>{_e(t['paras'][1])}</p></div></main>"
    )


def _event(t: Texts) -> str:
    return (
        f'<main><section class="hero"><h1>{_e(t["heads"][3])}</h1></section>'
        f"<section><h2>{_e(t['site'])}</h2><p>{_e(t['paras'][0])}</p><button>{_e(t['nav'][3])}</button></section></main>"
    )


def _search_results(t: Texts) -> str:
    items = "".join(
        f'<li><a href="/s?{n}">{_e(h)}</a><br><small>{_e(t["site"])}</small></li>'
        for n, h in enumerate(t["heads"])
    )
    return f'{_nav(t)}<form><input type="search" name="q"></form><ol class="results">{items}</ol>'


def _not_found(t: Texts) -> str:
    return f"<main><h1>404</h1><p>{_e(t['site'])}</p>{_nav(t)}</main>"


LAYOUTS: Mapping[str, Callable[[Texts], str]] = {
    "teaser-stack-home": _news,
    "single-story": _article,
    "portal-table": _portal_table,
    "legacy-table-layout": _legacy_frames,
    "closed-for-works": _maintenance,
    "incident-disclosure": _incident,
    "festival-hero": _event,
    "search-results": _search_results,
    "gone-astray-404": _not_found,
}


def legit_html(lang: str, layout: str, texts: Texts) -> str:
    direction = ' dir="rtl"' if lang == "ar" else ""
    body = LAYOUTS[layout](texts)
    title = _e(texts["site"])
    return f'<!DOCTYPE html>\n<html lang="{lang}"{direction}><head>{{charset}}<title>{title}</title></head><body>{body}</body></html>\n'
