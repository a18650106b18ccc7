"""Edition 5's ways to hide an SEO-spam block from visitors while crawlers still read it. None is one
of editions 1-4's: a rule in a linked same-origin style sheet, an undefined custom element,
overflow:clip, object and ruby fallbacks, image-map areas, datalist suggestions, alpha-zero and
color-mix colours, a mask, a perspective past the viewer, letter-spacing collapse, a custom property
holding ``display``, media queries on scripting and hover, and a box stacked under the header."""

from __future__ import annotations

import html
import random
import re
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Hidden:
    html: str
    style_rule: str | None = None  # a rule for a <style> block in <head>
    head: str | None = None  # other markup for <head>


Wrap = Callable[[str, random.Random], Hidden]
_LINK = re.compile(r'<a href="([^"]+)"[^>]*>([^<]*)</a>')
SHEET_DIRS = ("/wp-content/uploads/2026/11/", "/static/css/", "/templates/default/css/", "/assets/vendor/")


def _name(rng: random.Random) -> str:
    return rng.choice(("fx", "lk", "pn", "rb", "wv", "ok")) + f"{rng.getrandbits(20):05x}"


def _inline(style: str, tag: str = "div") -> Wrap:
    def wrap(links: str, rng: random.Random) -> Hidden:
        return Hidden(f'<{tag} style="{style}">{links}</{tag}>')

    return wrap


def _rule(rule: str, tag: str = "div") -> Wrap:
    """A fresh class name with ``rule`` ({n}: the class) in a <style> block."""

    def wrap(links: str, rng: random.Random) -> Hidden:
        name = _name(rng)
        return Hidden(f'<{tag} class="{name}">{links}</{tag}>', rule.replace("{n}", name))

    return wrap


def _linked_sheet(links: str, rng: random.Random) -> Hidden:
    """The hiding rule lives in a same-origin style sheet the attacker uploaded (not in the page)."""
    name = _name(rng)
    href = f"{rng.choice(SHEET_DIRS)}{name}.css?ver={rng.randint(1, 9)}.{rng.randint(0, 9)}"
    return Hidden(f'<div class="{name}">{links}</div>', head=f'<link rel="stylesheet" href="{href}">')


def _custom_element(links: str, rng: random.Random) -> Hidden:
    tag = rng.choice(("site-rel", "feed-index", "cache-map", "seo-cloud")) + f"-{rng.getrandbits(12):03x}"
    rule = f"{tag}:not(:defined){{display:block;block-size:0;overflow:clip}}"
    return Hidden(f"<{tag}>{links}</{tag}>", rule)


def _object(links: str, rng: random.Random) -> Hidden:
    icon = rng.choice(("/favicon.ico", "/apple-touch-icon.png", "/images/logo.png"))
    return Hidden(f'<object data="{icon}" type="image/png" width="1" height="1">{links}</object>')


def _ruby(links: str, rng: random.Random) -> Hidden:
    return Hidden(f"<ruby>\u200b<rp>{links}</rp><rt></rt></ruby>")


def _image_map(links: str, rng: random.Random) -> Hidden:
    name = _name(rng)
    areas = "".join(
        f'<area shape="rect" coords="0,0,1,1" href="{url}" alt="{text}" title="{text}">'
        for url, text in _LINK.findall(links)
    )
    return Hidden(f'<map name="{name}">{areas}</map>')


def _datalist(links: str, rng: random.Random) -> Hidden:
    options = "".join(
        f'<option value="{text}" label="{html.escape(html.unescape(url))}">'
        for url, text in _LINK.findall(links)
    )
    return Hidden(f'<datalist id="{_name(rng)}">{options}</datalist>')


def _perspective(links: str, rng: random.Random) -> Hidden:
    depth = rng.randint(40, 200)
    return Hidden(
        f'<div style="transform:perspective({depth}px) translateZ({depth * 3}px);position:relative">'
        f"{links}</div>"
    )


def _variable_display(links: str, rng: random.Random) -> Hidden:
    name, var = _name(rng), f"--{rng.choice(('flow', 'mode', 'lay'))}-{rng.getrandbits(12):03x}"
    return Hidden(f'<div class="{name}">{links}</div>', f":root{{{var}:none}}.{name}{{display:var({var})}}")


def _under_header(links: str, rng: random.Random) -> Hidden:
    return Hidden(
        '<div style="position:absolute;top:0;left:0;right:0;z-index:-7;max-height:60px;overflow:hidden">'
        f"{links}</div>"
    )


HIDING: dict[str, Wrap] = {
    "linked-same-origin-sheet": _linked_sheet,
    "undefined-custom-element": _custom_element,
    "overflow-clip-zero-block": _inline("block-size:0;overflow:clip;overflow-clip-margin:0"),
    "object-fallback-content": _object,
    "ruby-rp-fallback": _ruby,
    "image-map-areas": _image_map,
    "datalist-suggestions": _datalist,
    "hsl-alpha-zero": _inline("color:hsl(0 0% 0% / 0);text-decoration-color:hsl(0 0% 0% / 0)"),
    "color-mix-transparent": _rule(
        ".{n},.{n} a{color:color-mix(in srgb,currentColor 0%,transparent);text-decoration:none}"
    ),
    "mask-gradient-transparent": _inline(
        "-webkit-mask-image:linear-gradient(transparent,transparent);mask-image:linear-gradient(transparent,transparent)"
    ),
    "perspective-past-viewer": _perspective,
    "letter-spacing-collapse": _inline(
        "letter-spacing:-1em;word-spacing:-1em;color:rgba(0,0,0,0);white-space:nowrap;width:1px"
    ),
    "root-variable-display": _variable_display,
    "scripting-none-media": _rule(".{n}{display:none}@media (scripting:none){.{n}{display:block}}"),
    "hover-capable-hidden": _rule("@media (hover:hover) and (pointer:fine){.{n}{display:none}}"),
    "stacked-under-header": _under_header,
}
