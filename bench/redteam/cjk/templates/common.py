"""Pieces every template family uses in its own way: escaping, dates, vendor tags, greyscale on days
of mourning, the emergency bar, counters and QR codes."""

# ruff: noqa: E501 - page markup reads best one element a line

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import datetime

from ..model import Item, View
from ..vendors import tag

MOURNING_CSS = (
    "html{filter:grayscale(100%);-webkit-filter:grayscale(100%);-moz-filter:grayscale(100%);"
    "-ms-filter:grayscale(100%);-o-filter:grayscale(100%);filter:progid:DXImageTransform.Microsoft.BasicImage"
    "(grayscale=1);}"
)


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def md(when: datetime) -> str:
    return f"{when:%m-%d}"


def ymd(when: datetime, sep: str = "-") -> str:
    return f"{when.year}{sep}{when.month:02d}{sep}{when.day:02d}"


def vendors(view: View) -> str:
    return "\n".join(tag(name, view.site) for name in view.vendors)


def mourning(view: View) -> str:
    return f'<style type="text/css">{MOURNING_CSS}</style>' if view.mourning else ""


def links(items: list[Item], row: Callable[[Item], str]) -> str:
    return "\n".join(row(item) for item in items)


def counter_digits(count: int) -> str:
    return "".join(f'<img src="/images/counter/{d}.gif" alt="{d}">' for d in str(count))


def qr(path: str, caption: str) -> str:
    return f'<div class="qr"><img src="{path}" width="100" height="100" alt="{esc(caption)}"><p>{esc(caption)}</p></div>'


def notice_bar(view: View, cls: str) -> str:
    if view.notice is None:
        return ""
    return f'<div class="{cls}"><marquee scrollamount="4">{esc(view.notice)}</marquee></div>'


def charset_label(view: View) -> str:
    site = view.site
    return site.redesign_charset if view.redesigned and site.redesign_charset else site.charset


def meta_charset(view: View, http_equiv: bool = False) -> str:
    """The page's own charset declaration, where the site declares it in the page."""
    if "meta" not in view.site.transport and not (view.redesigned and view.site.redesign_charset):
        return ""
    label = charset_label(view)
    if http_equiv:
        return f'<meta http-equiv="Content-Type" content="text/html; charset={label}" />'
    return f'<meta charset="{label}">'
