"""Edition 8's ways to keep an SEO-spam block from visitors while crawlers read it: inline CSS,
HTML elements that do not render, and rules added to the page's style sheet."""

from __future__ import annotations

import html
import random
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Hidden:
    html: str
    style_rule: str | None = None  # a rule to add to the page's own <style> block (or a new one)


def _name(rng: random.Random) -> str:
    stem = rng.choice(("wp", "el", "blk", "cmp", "row", "tdc", "vc", "jet", "fl", "kd"))
    return f"{stem}-{rng.choice('abcdefghkmnpqrstuvwxyz')}{rng.randint(100, 99999)}"


def _inline(style: str, tag: str = "div") -> Callable[[str, random.Random], Hidden]:
    def wrap(links: str, rng: random.Random) -> Hidden:
        return Hidden(f'<{tag} style="{style}">{links}</{tag}>')

    return wrap


def _closed_details(links: str, rng: random.Random) -> Hidden:
    return Hidden(f"<details><summary></summary>{links}</details>")


def _closed_dialog(links: str, rng: random.Random) -> Hidden:
    return Hidden(f'<dialog id="{_name(rng)}">{links}</dialog>')


def _until_found(links: str, rng: random.Random) -> Hidden:
    return Hidden(f'<div hidden="until-found">{links}</div>')


def _srcdoc_zero(links: str, rng: random.Random) -> Hidden:
    return Hidden(f'<iframe srcdoc="{html.escape(links)}" width="0" height="0" style="border:0"></iframe>')


def _foreign_object(links: str, rng: random.Random) -> Hidden:
    return Hidden(
        '<svg width="0" height="0" style="position:absolute"><foreignObject width="1" height="1">'
        f"<div>{links}</div></foreignObject></svg>"
    )


def _rule(body_of: Callable[[str], str], attr: str = "class") -> Callable[[str, random.Random], Hidden]:
    def wrap(links: str, rng: random.Random) -> Hidden:
        name = _name(rng)
        selector = {"class": f".{name}", "id": f"#{name}", "data-slot": f'[data-slot="{name}"]'}[attr]
        return Hidden(f'<div {attr}="{name}">{links}</div>', body_of(selector))

    return wrap


HIDING: dict[str, Callable[[str, random.Random], Hidden]] = {
    "content-visibility-hidden": _inline("content-visibility:hidden;contain-intrinsic-size:0"),
    "filter-opacity-zero": _inline("filter:opacity(0);position:absolute;pointer-events:none"),
    "individual-scale-zero": _inline("scale:0;position:absolute"),
    "float-zero-box": _inline("float:left;width:0;height:0;overflow:hidden"),
    "transparent-text-tiny": _inline("color:transparent;font-size:1px;line-height:0", "p"),
    "negative-margin-stack": _inline("margin-top:-3000px;position:relative;height:10px;overflow:hidden"),
    "closed-details-empty-summary": _closed_details,
    "unopened-dialog-element": _closed_dialog,
    "hidden-until-found-attribute": _until_found,
    "zero-size-srcdoc-iframe": _srcdoc_zero,
    "svg-foreign-object-1px": _foreign_object,
    "print-media-only-rule": _rule(lambda s: f"@media screen{{{s}{{display:none}}}}"),
    "css-nesting-under-body-rule": _rule(lambda s: f"body{{& {s}{{position:absolute;left:-200vw}}}}", "id"),
    "supports-block-rule": _rule(lambda s: f"@supports (display:grid){{{s}{{height:0;overflow:clip}}}}"),
    "attribute-selector-rule": _rule(lambda s: f"{s}{{visibility:collapse;position:absolute}}", "data-slot"),
    "clip-path-polygon-rule": _rule(lambda s: f"{s}{{clip-path:polygon(0 0,0 0,0 0);position:fixed}}", "id"),
}
