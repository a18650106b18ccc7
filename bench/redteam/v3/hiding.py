"""Edition 3's ways to hide an SEO-spam block from visitors while crawlers still read it. Sixteen,
none of them one of edition 1's or 2's: newer HTML (popover, declarative shadow DOM), CSS reached
by other routes (@import of a data: sheet, custom properties, keyframes, print-only media) and
layout tricks (collapsed table rows, 0fr grid rows, zero-size foreignObject)."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Hidden:
    html: str
    style_rule: str | None = None  # a rule for a <style> block
    head: str | None = None  # markup for <head>


Wrap = Callable[[str, random.Random], Hidden]


def _name(rng: random.Random) -> str:
    return rng.choice(("sx", "lk", "ref", "pr", "bt", "gl")) + f"{rng.getrandbits(20):05x}"


def _inline(style: str, tag: str = "div", attrs: str = "") -> Wrap:
    def wrap(links: str, rng: random.Random) -> Hidden:
        return Hidden(f'<{tag}{attrs} style="{style}">{links}</{tag}>')

    return wrap


def _aria_font_zero(links: str, rng: random.Random) -> Hidden:
    name = _name(rng)
    return Hidden(
        f'<div class="{name}" aria-hidden="true">{links}</div>', f".{name},.{name} *{{font-size:0!important}}"
    )


def _import_data(links: str, rng: random.Random) -> Hidden:
    name = _name(rng)
    sheet = f".{name}{{display:none}}".replace("{", "%7B").replace("}", "%7D")
    return Hidden(
        f'<div class="{name}">{links}</div>', head=f'<style>@import url("data:text/css,{sheet}");</style>'
    )


def _css_variable(links: str, rng: random.Random) -> Hidden:
    name, var = _name(rng), f"--c{rng.getrandbits(12):03x}"
    colour = rng.choice(("#fff", "#ffffff", "white"))
    rule = (
        f":root{{{var}:{colour}}}"
        f".{name},.{name} a{{color:var({var});background:var({var});text-decoration:none}}"
    )
    return Hidden(f'<div class="{name}">{links}</div>', rule)


def _not_print(links: str, rng: random.Random) -> Hidden:
    name = _name(rng)
    return Hidden(f'<div class="{name}">{links}</div>', f"@media not print{{.{name}{{display:none}}}}")


def _table_cell(links: str, rng: random.Random) -> Hidden:
    return Hidden(
        '<table role="presentation" style="border-collapse:collapse"><tr><td style="padding:0">'
        f'<div style="height:0;overflow:hidden">{links}</div></td></tr></table>'
    )


def _collapsed_row(links: str, rng: random.Random) -> Hidden:
    return Hidden(f'<table><tr style="visibility:collapse"><td>{links}</td></tr></table>')


def _grid_zero(links: str, rng: random.Random) -> Hidden:
    return Hidden(
        '<div style="display:grid;grid-template-rows:0fr">'
        f'<div style="min-height:0;overflow:hidden">{links}</div></div>'
    )


def _foreign_object(links: str, rng: random.Random) -> Hidden:
    return Hidden(
        '<svg width="0" height="0" aria-hidden="true"><foreignObject width="0" height="0">'
        f'<div xmlns="http://www.w3.org/1999/xhtml">{links}</div></foreignObject></svg>'
    )


def _shadow_unslotted(links: str, rng: random.Random) -> Hidden:
    return Hidden(
        f'<div><template shadowrootmode="open"><slot name="{_name(rng)}"></slot></template>{links}</div>'
    )


def _popover(links: str, rng: random.Random) -> Hidden:
    return Hidden(f'<div popover id="{_name(rng)}">{links}</div>')


def _fade(links: str, rng: random.Random) -> Hidden:
    name = _name(rng)
    rule = f"@keyframes {name}k{{to{{opacity:0;visibility:hidden}}}}.{name}{{animation:{name}k 1ms forwards}}"
    return Hidden(f'<div class="{name}">{links}</div>', rule)


def _white_out(links: str, rng: random.Random) -> Hidden:
    name = _name(rng)
    return Hidden(f'<div class="{name}">{links}</div>', f".{name}{{filter:contrast(0) brightness(3)}}")


HIDING: dict[str, Wrap] = {
    "inline-content-visibility": _inline("content-visibility:hidden;contain-intrinsic-size:0 0"),
    "aria-hidden-font-zero": _aria_font_zero,
    "import-data-sheet": _import_data,
    "clip-path-half-inset": _inline("clip-path:inset(50%);position:absolute;white-space:nowrap"),
    "fixed-translate3d": _inline("position:fixed;top:0;left:0;transform:translate3d(-400vw,0,0)"),
    "css-variable-colour": _css_variable,
    "media-not-print": _not_print,
    "table-cell-height-zero": _table_cell,
    "collapsed-table-row": _collapsed_row,
    "grid-rows-zero-fr": _grid_zero,
    "svg-foreign-object": _foreign_object,
    "shadow-dom-unslotted": _shadow_unslotted,
    "popover-closed": _popover,
    "keyframes-fade": _fade,
    "filter-white-out": _white_out,
    "zero-float": _inline("float:left;width:0;height:0;overflow:hidden"),
}
