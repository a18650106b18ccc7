"""Edition 4's ways to hide an SEO-spam block from visitors while crawlers still read it. None is one
of editions 1-3's: CSS reached through cascade layers, feature and container queries, relational
selectors and calc(); paint tricks (blend modes, text fill, an opaque cover, backface, zoom);
elements whose content is never rendered (canvas and audio fallback, conditional comments,
select options, a read-only textarea, JSON-LD); SVG text; a sliding marquee; writing-mode."""

from __future__ import annotations

import html
import json
import random
import re
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Hidden:
    html: str
    style_rule: str | None = None  # a rule for a <style> block
    head: str | None = None  # markup for <head>


Wrap = Callable[[str, random.Random], Hidden]
_LINK = re.compile(r'<a href="([^"]+)"[^>]*>([^<]*)</a>')


def _name(rng: random.Random) -> str:
    return rng.choice(("ux", "mt", "ql", "hv", "zr", "co")) + "-" + f"{rng.getrandbits(24):06x}"


def _classed(rule: str, tag: str = "div") -> Wrap:
    """A class (new name each time) with ``rule`` ({n}: the class name) in a <style> block."""

    def wrap(links: str, rng: random.Random) -> Hidden:
        name = _name(rng)
        return Hidden(f'<{tag} class="{name}">{links}</{tag}>', rule.replace("{n}", name))

    return wrap


def _inline(style: str, tag: str = "div") -> Wrap:
    def wrap(links: str, rng: random.Random) -> Hidden:
        return Hidden(f'<{tag} style="{style}">{links}</{tag}>')

    return wrap


def _calc_zero(links: str, rng: random.Random) -> Hidden:
    name, var = _name(rng), f"--k{rng.getrandbits(12):03x}"
    rule = (
        f".{name}{{{var}:0;width:calc(var({var}) * 1px);height:calc(100% * var({var}));"
        f"overflow:hidden;display:inline-block}}"
    )
    return Hidden(f'<span class="{name}">{links}</span>', rule)


def _container(links: str, rng: random.Random) -> Hidden:
    name = _name(rng)
    rule = (
        f".{name}-c{{container-type:inline-size;width:1px}}"
        f"@container (max-width:2px){{.{name}{{display:none}}}}"
    )
    return Hidden(f'<div class="{name}-c"><div class="{name}">{links}</div></div>', rule)


def _cover(links: str, rng: random.Random) -> Hidden:
    """The links sit under an opaque box of the page's background colour."""
    colour = rng.choice(("#fff", "#ffffff", "rgb(255,255,255)"))
    return Hidden(
        '<div style="position:relative;height:22px;overflow:hidden">'
        f'<div style="position:absolute;inset:0;background:{colour};z-index:5"></div>'
        f'<div style="position:relative;z-index:1">{links}</div></div>'
    )


def _svg_text(links: str, rng: random.Random) -> Hidden:
    items = "".join(
        f'<a href="{html.escape(url)}"><tspan x="0" dy="1em">{text}</tspan></a>'
        for url, text in _LINK.findall(links)
    )
    return Hidden(
        f'<svg width="1" height="1" style="overflow:hidden"><text fill-opacity="0">{items}</text></svg>'
    )


def _select(links: str, rng: random.Random) -> Hidden:
    options = "".join(
        f'<option value="{html.escape(url)}">{text}</option>' for url, text in _LINK.findall(links)
    )
    style = "width:1px;height:1px;border:0;opacity:.01;position:absolute"
    return Hidden(f'<select aria-hidden="true" tabindex="-1" style="{style}">{options}</select>')


def _textarea(links: str, rng: random.Random) -> Hidden:
    style = "position:absolute;width:0;height:0;border:0;padding:0;resize:none;overflow:hidden"
    return Hidden(f'<textarea readonly tabindex="-1" style="{style}">{html.escape(links)}</textarea>')


def _conditional(links: str, rng: random.Random) -> Hidden:
    return Hidden(f"<!--[if lte IE {rng.choice((5, 6))}]><div>{links}</div><![endif]-->")


def _canvas(links: str, rng: random.Random) -> Hidden:
    return Hidden(f'<canvas width="0" height="0">{links}</canvas>')


def _audio(links: str, rng: random.Random) -> Hidden:
    return Hidden(f'<audio preload="none">{links}</audio>')


def _marquee(links: str, rng: random.Random) -> Hidden:
    return Hidden(
        f'<marquee behavior="slide" direction="up" loop="1" scrollamount="{rng.randint(400, 3000)}" '
        f'height="0" style="overflow:hidden">{links}</marquee>'
    )


def _ld_json(links: str, rng: random.Random) -> Hidden:
    data = {
        "@context": "https://schema.org",
        "@type": "ItemList",
        "itemListElement": [
            {"@type": "ListItem", "position": n + 1, "name": html.unescape(text), "url": html.unescape(url)}
            for n, (url, text) in enumerate(_LINK.findall(links))
        ],
    }
    body = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
    return Hidden(f'<script type="application/ld+json">{body}</script>')


HIDING: dict[str, Wrap] = {
    "calc-zero-size": _calc_zero,
    "cascade-layer-rule": _classed("@layer reset{.{n}{position:absolute;inset-inline-start:-300vw}}"),
    "supports-query-rule": _classed("@supports (display:grid){.{n}{height:0;overflow:hidden;margin:0}}"),
    "container-query-rule": _container,
    "has-selector": _classed("body:has(.{n}) .{n}{visibility:hidden;position:absolute;height:0}"),
    "not-selector": _classed("div:not(.zz-{n}).{n}{transform:rotateY(90deg);position:absolute}"),
    "font-shorthand-zero": _inline("font:0/0 a;color:transparent;text-shadow:none"),
    "text-fill-transparent": _inline(
        "-webkit-text-fill-color:transparent;color:transparent;text-shadow:0 0 0 rgba(0,0,0,0);font-size:1px"
    ),
    "blend-multiply-white": _inline("color:#fff;mix-blend-mode:multiply;background:transparent"),
    "opaque-cover": _cover,
    "writing-mode-offscreen": _inline("writing-mode:vertical-rl;position:absolute;inset-inline-end:200vw"),
    "svg-text-no-opacity": _svg_text,
    "select-options": _select,
    "readonly-textarea": _textarea,
    "conditional-comment": _conditional,
    "page-utility-class": _classed(
        ".{n}{position:absolute!important;block-size:1px;inline-size:1px;margin:-1px;overflow:hidden;white-space:nowrap}"
    ),
    "marquee-slide-away": _marquee,
    "canvas-fallback": _canvas,
    "audio-fallback": _audio,
    "backface-flip": _inline("transform:rotateY(180deg);backface-visibility:hidden;position:absolute"),
    "zoom-tiny": _inline("zoom:0.001;position:absolute"),
    "ld-json-itemlist": _ld_json,
}
