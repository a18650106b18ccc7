"""Edition 6's ways to hide an SEO-spam block from visitors while crawlers still read it. None is one
of editions 1-5's: fallback content of <noframes>, <iframe> and <progress>; an SVG <desc>; a MathML
annotation; links with no text but an aria-label; anchors on transparent one-pixel images; a
line-clamped box whose first line is harmless; a one-line ellipsis box; a rotation edge-on; a
degenerate skew; a rule that shows the block only as the URL's :target; a media query on an
impossible resolution; an @scope rule; a blank web font; an inline style written with character
references; a CSS-escaped property name; a rule inside an inline SVG's <style>; a four-digit hex
colour with zero alpha; and the individual ``translate`` property."""

# ruff: noqa: E501

from __future__ import annotations

import html
import random
import re
from collections.abc import Callable

from ..v5.hiding import Hidden, _inline

Wrap = Callable[[str, random.Random], Hidden]
_LINK = re.compile(r'<a href="([^"]+)"([^>]*)>([^<]*)</a>')
PIXEL = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
SAFE_LINES = ("Mehr zum Thema", "More on this", "Partner", "Archiv", "Services")


def _name(rng: random.Random) -> str:
    return rng.choice(("ux", "qb", "zt", "mv", "hc", "jl")) + f"{rng.getrandbits(20):05x}"


def _rule(rule: str, tag: str = "div") -> Wrap:
    """A fresh class name with ``rule`` ({n}: the class) in a <style> block."""

    def wrap(links: str, rng: random.Random) -> Hidden:
        name = _name(rng)
        return Hidden(f'<{tag} class="{name}">{links}</{tag}>', rule.replace("{n}", name))

    return wrap


def _noframes(links: str, rng: random.Random) -> Hidden:
    return Hidden(f"<noframes>{links}</noframes>")


def _iframe_fallback(links: str, rng: random.Random) -> Hidden:
    src = rng.choice(("/widgets/weather.html", "/embed/poll.html", "/ads/slot-3.html"))
    return Hidden(
        f'<iframe src="{src}" width="300" height="60" title="widget" loading="lazy">{links}</iframe>'
    )


def _progress(links: str, rng: random.Random) -> Hidden:
    return Hidden(
        f'<progress value="{rng.randint(10, 90)}" max="100" style="width:0;height:0">{links}</progress>'
    )


def _svg_desc(links: str, rng: random.Random) -> Hidden:
    return Hidden(f'<svg width="0" height="0" aria-hidden="true"><desc>{links}</desc></svg>')


def _mathml(links: str, rng: random.Random) -> Hidden:
    return Hidden(
        '<math><semantics><mi></mi><annotation-xml encoding="text/html">'
        f"{links}</annotation-xml></semantics></math>"
    )


def _aria_label(links: str, rng: random.Random) -> Hidden:
    bare = _LINK.sub(lambda m: f'<a href="{m.group(1)}"{m.group(2)} aria-label="{m.group(3)}"></a>', links)
    return Hidden(f"<span>{bare}</span>")


def _pixel_alt(links: str, rng: random.Random) -> Hidden:
    pix = _LINK.sub(
        lambda m: (
            f'<a href="{m.group(1)}"{m.group(2)}><img src="{PIXEL}" width="1" height="1" alt="{m.group(3)}"></a>'
        ),
        links,
    )
    return Hidden(f"<span>{pix}</span>")


def _line_clamp(links: str, rng: random.Random) -> Hidden:
    first = html.escape(rng.choice(SAFE_LINES))
    return Hidden(
        '<div style="display:-webkit-box;-webkit-line-clamp:1;-webkit-box-orient:vertical;overflow:hidden">'
        f"<div>{first}</div>{links}</div>"
    )


def _ellipsis(links: str, rng: random.Random) -> Hidden:
    first = html.escape(rng.choice(SAFE_LINES))
    return Hidden(
        f'<div style="width:7em;white-space:nowrap;overflow:hidden;text-overflow:ellipsis">{first}'
        f"\u2003\u2003\u2003\u2003\u2003\u2003\u2003\u2003{links}</div>"
    )


def _target(links: str, rng: random.Random) -> Hidden:
    name = _name(rng)
    return Hidden(f'<div id="{name}" class="{name}">{links}</div>', f".{name}:not(:target){{display:none}}")


def _scope(links: str, rng: random.Random) -> Hidden:
    name = _name(rng)
    return Hidden(f'<div class="{name}">{links}</div>', f"@scope (.{name}){{:scope{{display:none}}}}")


def _blank_font(links: str, rng: random.Random) -> Hidden:
    name = _name(rng)
    family = f"f{rng.getrandbits(16):04x}"
    rule = (
        f"@font-face{{font-family:{family};src:url(/fonts/{family}.woff2) format('woff2')}}"
        f".{name},.{name} a{{font-family:{family};text-decoration:none}}"
    )
    return Hidden(f'<div class="{name}">{links}</div>', rule)


def _entity_style(links: str, rng: random.Random) -> Hidden:
    style = "".join(f"&#{ord(c)};" for c in "display:none")
    return Hidden(f'<div style="{style}">{links}</div>')


def _escaped_property(links: str, rng: random.Random) -> Hidden:
    name = _name(rng)
    return Hidden(f'<div class="{name}">{links}</div>', f".{name}{{d\\69 splay:\\6e one}}")


def _svg_style(links: str, rng: random.Random) -> Hidden:
    name = _name(rng)
    return Hidden(
        f'<svg width="0" height="0" style="position:absolute"><style>.{name}{{visibility:hidden;height:0;overflow:hidden}}</style></svg>'
        f'<div class="{name}">{links}</div>'
    )


HIDING: dict[str, Wrap] = {
    "noframes-fallback": _noframes,
    "iframe-inner-fallback": _iframe_fallback,
    "progress-fallback": _progress,
    "svg-desc-metadata": _svg_desc,
    "mathml-annotation": _mathml,
    "textless-aria-label-links": _aria_label,
    "pixel-image-alt-anchors": _pixel_alt,
    "line-clamp-tail": _line_clamp,
    "ellipsis-single-line": _ellipsis,
    "edge-on-rotate-x": _inline("transform:rotateX(90deg);transform-origin:top"),
    "skew-degenerate": _inline("transform:skewX(90deg);height:1em;overflow:hidden"),
    "target-pseudo-class": _target,
    "impossible-resolution-media": _rule(
        ".{n}{display:none}@media (min-resolution:40dppx){.{n}{display:block}}"
    ),
    "scope-rule": _scope,
    "blank-web-font": _blank_font,
    "entity-encoded-style-attr": _entity_style,
    "css-escaped-property": _escaped_property,
    "svg-embedded-style-rule": _svg_style,
    "hex-alpha-zero": _rule(".{n},.{n} a{color:#0000;text-decoration-color:#0000}"),
    "translate-property-offscreen": _inline("translate:-300vw 0;position:relative"),
}
