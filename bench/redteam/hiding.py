"""Ways to hide an SEO-spam block from visitors while crawlers still read it."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Hidden:
    html: str
    style_rule: str | None = None  # a rule to add to the page's own <style> block


def _styled(style: str, tag: str = "div") -> Callable[[str, random.Random], Hidden]:
    def wrap(links: str, rng: random.Random) -> Hidden:
        return Hidden(f'<{tag} style="{style}">{links}</{tag}>')

    return wrap


def _hidden_attr(links: str, rng: random.Random) -> Hidden:
    return Hidden(f"<div hidden>{links}</div>")


def _marquee(links: str, rng: random.Random) -> Hidden:
    return Hidden(f'<marquee width="1" height="1" scrollamount="{rng.randint(20, 999)}">{links}</marquee>')


def _page_class(links: str, rng: random.Random) -> Hidden:
    name = "".join(rng.choice("abcdefghjkmnpqrstuvwxyz") for _ in range(2)) + str(rng.randint(10, 999))
    body = rng.choice(
        (
            "display:none!important",
            "position:absolute;left:-12000px;top:auto",
            "height:0;overflow:hidden;opacity:0",
        )
    )
    return Hidden(f'<div class="{name}">{links}</div>', f".{name}{{{body}}}")


def _aria_behind(links: str, rng: random.Random) -> Hidden:
    style = "position:absolute;top:0;left:0;z-index:-1;width:300px;height:40px;overflow:hidden"
    return Hidden(f'<div aria-hidden="true" style="{style}">{links}</div>')


def _noscript(links: str, rng: random.Random) -> Hidden:
    return Hidden(f"<noscript>{links}</noscript>")


def _same_colour(links: str, rng: random.Random) -> Hidden:
    colour = rng.choice(("#ffffff", "#fff", "white"))
    coloured = links.replace("<a ", f'<a style="color:{colour}" ')
    return Hidden(f'<div style="color:{colour};background:{colour};font-size:9px">{coloured}</div>')


HIDING: dict[str, Callable[[str, random.Random], Hidden]] = {
    "display-none": _styled("display:none"),
    "visibility-hidden": _styled("visibility:hidden;height:0"),
    "opacity-0": _styled("opacity:0;position:absolute"),
    "offscreen-left": _styled("position:absolute;left:-9999px"),
    "offscreen-top-fixed": _styled("position:fixed;top:-5000px;left:0"),
    "text-indent": _styled("text-indent:-9999px;overflow:hidden;white-space:nowrap;height:18px", "p"),
    "clip-rect": _styled("position:absolute;clip:rect(0,0,0,0);width:1px;height:1px;overflow:hidden"),
    "clip-path-inset": _styled("clip-path:inset(100%);position:absolute"),
    "clip-path-circle": _styled("clip-path:circle(0);position:absolute"),
    "transform-scale": _styled("transform:scale(0);position:absolute"),
    "transform-translate": _styled("transform:translateX(-10000px);position:absolute"),
    "hidden-attribute": _hidden_attr,
    "max-height-0": _styled("max-height:0;overflow:hidden"),
    "one-pixel-box": _styled("height:1px;width:1px;overflow:hidden"),
    "same-colour": _same_colour,
    "font-size-0": _styled("font-size:0;line-height:0", "span"),
    "marquee-1px": _marquee,
    "page-style-class": _page_class,
    "aria-hidden-behind": _aria_behind,
    "noscript": _noscript,
}
