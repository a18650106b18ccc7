"""Edition 2's ways to hide an SEO-spam block from visitors while crawlers still read it. Most are
absent from edition 1; the ones that share a CSS idea with it reach it by another route (a class
rule, a data: style sheet, a script, a logical property)."""

from __future__ import annotations

import html
import random
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Hidden:
    html: str
    style_rule: str | None = None  # a rule for the page's own <style> block (else a new one in <head>)
    head: str | None = None  # markup for <head> (a <link> style sheet)


def _name(rng: random.Random) -> str:
    return (
        rng.choice(("w", "ft", "sb", "cx", "nv", "pm"))
        + "-"
        + "".join(rng.choice("0123456789abcdef") for _ in range(5))
    )


def _inline(style: str, tag: str = "div") -> Callable[[str, random.Random], Hidden]:
    def wrap(links: str, rng: random.Random) -> Hidden:
        return Hidden(f'<{tag} style="{style}">{links}</{tag}>')

    return wrap


def _by_class(body: str, tag: str = "div") -> Callable[[str, random.Random], Hidden]:
    def wrap(links: str, rng: random.Random) -> Hidden:
        name = _name(rng)
        return Hidden(f'<{tag} class="{name}">{links}</{tag}>', f".{name}{{{body}}}")

    return wrap


def _media_screen(links: str, rng: random.Random) -> Hidden:
    name = _name(rng)
    return Hidden(f'<div class="{name}">{links}</div>', f"@media screen{{.{name}{{display:none}}}}")


def _data_sheet(links: str, rng: random.Random) -> Hidden:
    name = _name(rng)
    sheet = html.escape(f".{name}{{position:absolute;top:-200vh;height:0;overflow:hidden}}", quote=True)
    return Hidden(
        f'<section class="{name}">{links}</section>',
        head=f'<link rel="stylesheet" href="data:text/css,{sheet}">',
    )


def _same_colour_class(links: str, rng: random.Random) -> Hidden:
    name = _name(rng)
    colour = rng.choice(("#fefefe", "#fdfdfd", "rgb(255,255,255)"))
    rule = (
        f".{name},.{name} a{{color:{colour};background-color:{colour};text-decoration:none;font-size:10px}}"
    )
    return Hidden(f'<p class="{name}">{links}</p>', rule)


def _details(links: str, rng: random.Random) -> Hidden:
    return Hidden(f"<details><summary></summary>{links}</details>")


def _template(links: str, rng: random.Random) -> Hidden:
    return Hidden(f"<template>{links}</template>")


def _dialog(links: str, rng: random.Random) -> Hidden:
    return Hidden(f"<dialog>{links}</dialog>")


def _aria_fixed(links: str, rng: random.Random) -> Hidden:
    return Hidden(
        f'<div aria-hidden="true" style="position:fixed;left:-{rng.choice((9999, 8000, 12345))}px">'
        f"{links}</div>"
    )


def _iframe_srcdoc(links: str, rng: random.Random) -> Hidden:
    doc = html.escape(f"<body>{links}</body>", quote=True)
    return Hidden(f'<iframe srcdoc="{doc}" width="0" height="0" frameborder="0" tabindex="-1"></iframe>')


def _script_hide(links: str, rng: random.Random) -> Hidden:
    name = _name(rng)
    code = f"document.getElementById('{name}').style.display='none';"
    return Hidden(f'<div id="{name}">{links}</div><script>{code}</script>')


def _until_found(links: str, rng: random.Random) -> Hidden:
    return Hidden(f'<div hidden="until-found">{links}</div>')


HIDING: dict[str, Callable[[str, random.Random], Hidden]] = {
    "class-content-visibility": _by_class("content-visibility:hidden"),
    "class-scale-property": _by_class("scale:0;position:absolute"),
    "class-offscreen-vh": _by_class("position:absolute;top:-150vh;left:0"),
    "media-screen-none": _media_screen,
    "data-uri-stylesheet": _data_sheet,
    "colour-class": _same_colour_class,
    "font-size-zero-transparent": _inline("font-size:0;color:transparent"),
    "line-height-zero": _inline("line-height:0;overflow:hidden;height:0", "p"),
    "logical-size-zero": _inline("inline-size:0;block-size:0;overflow:clip"),
    "filter-opacity": _inline("filter:opacity(0);position:absolute;pointer-events:none"),
    "clip-path-polygon": _inline("clip-path:polygon(0 0,0 0,0 0);position:absolute"),
    "details-closed": _details,
    "template": _template,
    "dialog-closed": _dialog,
    "aria-fixed-offscreen": _aria_fixed,
    "iframe-srcdoc": _iframe_srcdoc,
    "script-hidden": _script_hide,
    "hidden-until-found": _until_found,
    "scale-zero-transform": _inline("transform:scale(0,0);transform-origin:0 0;position:absolute"),
    "columns-zero-width": _inline(
        "width:0;columns:1;overflow:hidden;white-space:nowrap;display:inline-block"
    ),
}
