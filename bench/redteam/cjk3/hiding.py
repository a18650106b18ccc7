"""Ways this edition's spammers hide a link block: each wraps the block's inner markup."""

from __future__ import annotations

import random
from collections.abc import Callable

Wrap = Callable[[str, random.Random], str]


def _cls(rng: random.Random) -> str:
    return "".join(rng.choice("abcdefghkmnpqrstuvwxyz") for _ in range(6))


def _styled(rule: str) -> Wrap:
    return lambda inner, rng: f'<div style="{rule}">{inner}</div>'


def _sheet(rule: str) -> Wrap:
    def wrap(inner: str, rng: random.Random) -> str:
        c = _cls(rng)
        return f'<style>.{c}{{{rule}}}</style><div class="{c}">{inner}</div>'

    return wrap


def _js_hidden(inner: str, rng: random.Random) -> str:
    i = _cls(rng)
    return f'<div id="{i}">{inner}</div><script>document.getElementById("{i}").style.display="none";</script>'


def _written(inner: str, rng: random.Random) -> str:
    escaped = inner.replace("\\", "\\\\").replace("'", "\\'").replace("</", "<\\/")
    return f"<script>document.write('<div style=\"display:none\">{escaped}</div>');</script>"


HIDING: dict[str, Wrap] = {
    "offscreen": _styled("position:absolute;top:-9999px;left:-9999px"),
    "display-none": _styled("display:none"),
    "zero-height": _styled("height:0;overflow:hidden"),
    "font-zero": _styled("font-size:0;line-height:0;height:0"),
    "text-indent": _styled("text-indent:-20000px;white-space:nowrap;overflow:hidden;width:1px;height:1px"),
    "opacity": _styled("opacity:0;position:absolute;z-index:-1;pointer-events:none"),
    "hidden-attr": lambda inner, rng: f"<div hidden>{inner}</div>",
    "clip-sheet": _sheet("position:absolute;clip:rect(0 0 0 0);width:1px;height:1px;overflow:hidden"),
    "scale-zero": _styled("transform:scale(0);transform-origin:0 0;position:absolute"),
    "same-colour": _styled("color:#fff;background:#fff;font-size:1px;line-height:1px"),
    "fixed-away": _styled("position:fixed;left:-3000px;bottom:0;width:1px"),
    "marquee": lambda inner, rng: f'<marquee width="1" height="1" scrollamount="9999">{inner}</marquee>',
    "js-hidden": _js_hidden,
    "document-write": _written,
    "visibility-sheet": _sheet("visibility:hidden;position:absolute;left:0;top:0;height:0"),
}
