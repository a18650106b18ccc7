"""Edition 7's ways of hiding a link farm from readers while crawlers still read it: legacy
elements browsers never render (``noframes``, ``noembed``, an iframe's inner text), fallback content
of supported media and form elements, SVG ``defs``, the individual ``translate`` property, a zero
matrix, an edge-on rotation, size containment, an ``@scope`` rule, an attribute selector with an
empty clip path, ``:target`` and checkbox-state rules, padding and logical margins that push text out,
``xywh()`` clipping, and ``<link>`` relations in the head that carry the anchors as titles."""

from __future__ import annotations

import html
import random
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Hidden:
    html: str  # what goes into the body ("" when all of it is in the head)
    head: str = ""  # markup for <head>


Link = tuple[str, str]  # (url, anchor text)
Hider = Callable[[str, list[Link], random.Random], Hidden]


def _name(rng: random.Random, stem: str) -> str:
    return f"{stem}{rng.getrandbits(20):05x}"


def _noframes(markup: str, links: list[Link], rng: random.Random) -> Hidden:
    return Hidden(f"<noframes>{markup}</noframes>")


def _noembed(markup: str, links: list[Link], rng: random.Random) -> Hidden:
    return Hidden(f"<noembed>{markup}</noembed>")


def _iframe_text(markup: str, links: list[Link], rng: random.Random) -> Hidden:
    return Hidden(f'<iframe src="about:blank" width="0" height="0" frameborder="0">{markup}</iframe>')


def _video(markup: str, links: list[Link], rng: random.Random) -> Hidden:
    clip = _name(rng, "clip")
    return Hidden(
        f'<video src="/media/{clip}.mp4" preload="none" width="0" height="0" muted>{markup}</video>'
    )


def _meter(markup: str, links: list[Link], rng: random.Random) -> Hidden:
    return Hidden(f'<meter value="0.4" style="width:0;height:0;border:0">{markup}</meter>')


def _svg_defs(markup: str, links: list[Link], rng: random.Random) -> Hidden:
    return Hidden(
        '<svg width="0" height="0" style="position:absolute"><defs><foreignObject width="900" height="700">'
        f'<div xmlns="http://www.w3.org/1999/xhtml">{markup}</div></foreignObject></defs></svg>'
    )


def _translate(markup: str, links: list[Link], rng: random.Random) -> Hidden:
    return Hidden(f'<div style="position:absolute;translate:-240vw 0">{markup}</div>')


def _matrix(markup: str, links: list[Link], rng: random.Random) -> Hidden:
    return Hidden(f'<div style="transform:matrix(0,0,0,0,0,0)">{markup}</div>')


def _edge_on(markup: str, links: list[Link], rng: random.Random) -> Hidden:
    return Hidden(f'<div style="transform:perspective(0) rotateY(90deg);height:0">{markup}</div>')


def _contain(markup: str, links: list[Link], rng: random.Random) -> Hidden:
    return Hidden(f'<div style="contain:size;overflow:hidden">{markup}</div>')


def _scope(markup: str, links: list[Link], rng: random.Random) -> Hidden:
    c = _name(rng, "rel")
    rule = f"@scope (.{c}) {{ :scope {{ position:absolute; inset-inline-start:-9999px; inline-size:1px }} }}"
    return Hidden(f'<div class="{c}">{markup}</div>', f"<style>{rule}</style>")


def _attr_path(markup: str, links: list[Link], rng: random.Random) -> Hidden:
    a = _name(rng, "data-p")
    return Hidden(
        f"<div {a}>{markup}</div>", f"<style>[{a}]{{clip-path:path('M0 0');position:absolute}}</style>"
    )


def _target(markup: str, links: list[Link], rng: random.Random) -> Hidden:
    c = _name(rng, "fn")
    rule = f"#{c}{{display:none}}#{c}:target{{display:block}}"
    return Hidden(f'<div id="{c}">{markup}</div>', f"<style>{rule}</style>")


def _checkbox(markup: str, links: list[Link], rng: random.Random) -> Hidden:
    c = _name(rng, "tg")
    rule = f"#{c}:not(:checked)+div{{visibility:hidden;height:0;overflow:hidden}}"
    return Hidden(
        f'<div><input type="checkbox" id="{c}" style="appearance:none;margin:0"><div>{markup}</div></div>',
        f"<style>{rule}</style>",
    )


def _padding(markup: str, links: list[Link], rng: random.Random) -> Hidden:
    return Hidden(
        '<div style="box-sizing:border-box;width:100%;padding-left:320vw;white-space:nowrap;'
        f'overflow:hidden">{markup}</div>'
    )


def _margin(markup: str, links: list[Link], rng: random.Random) -> Hidden:
    return Hidden(f'<div style="margin-inline-start:-480vw;white-space:nowrap;height:1.2em">{markup}</div>')


def _xywh(markup: str, links: list[Link], rng: random.Random) -> Hidden:
    return Hidden(f'<div style="position:absolute;clip-path:xywh(0 0 0 0)">{markup}</div>')


def _head_links(markup: str, links: list[Link], rng: random.Random) -> Hidden:
    rel = rng.choice(("related", "bookmark", "alternate"))
    tags = "".join(f'<link rel="{rel}" href="{html.escape(u)}" title="{html.escape(a)}">' for u, a in links)
    return Hidden("", tags)


HIDING: dict[str, Hider] = {
    "noframes-legacy-element": _noframes,
    "noembed-legacy-element": _noembed,
    "iframe-inner-text": _iframe_text,
    "video-fallback-content": _video,
    "meter-fallback-content": _meter,
    "svg-defs-foreign-block": _svg_defs,
    "individual-translate-offside": _translate,
    "transform-matrix-zero": _matrix,
    "rotate-y-edge-on": _edge_on,
    "contain-size-collapse": _contain,
    "scope-rule-offside": _scope,
    "attr-selector-empty-path": _attr_path,
    "target-pseudo-only": _target,
    "checkbox-state-collapsed": _checkbox,
    "padding-pushout": _padding,
    "margin-inline-negative": _margin,
    "clip-path-xywh-zero": _xywh,
    "head-link-relations": _head_links,
}
