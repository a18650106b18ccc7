"""Hidden link farms (seo-spam): 15 to 60 links to gambling, lottery and private-server sites, wrapped
by one of this edition's hiding techniques."""

from __future__ import annotations

import html
import random

from .payloads import SPAM_ANCHORS, SPAM_STEMS, SPAM_TLDS

MIN_LINKS, MAX_LINKS = 15, 60

# technique -> (opening, closing); {id} is a random element id.
HIDING: dict[str, tuple[str, str]] = {
    "far-top-left": ('<div style="position:absolute;top:-4200px;left:-4200px;">', "</div>"),
    "zero-font": ('<div style="font-size:0px;line-height:0px;">', "</div>"),
    "zero-height": ('<div style="height:0;overflow:hidden;">', "</div>"),
    "clip-rect": (
        '<div style="position:absolute;clip:rect(1px,1px,1px,1px);width:1px;height:1px;overflow:hidden">',
        "</div>",
    ),
    "clip-path-inset": ('<div style="clip-path:inset(50%);position:absolute;white-space:nowrap">', "</div>"),
    "opacity-zero": ('<div style="opacity:0;filter:alpha(opacity=0);position:absolute">', "</div>"),
    "scale-zero": (
        '<div style="transform:scale(0);-webkit-transform:scale(0);transform-origin:0 0;position:absolute">',
        "</div>",
    ),
    "hidden-attribute": ("<div hidden>", "</div>"),
    "tiny-marquee": (
        '<marquee width="1" height="1" scrollamount="4000" style="overflow:hidden">',
        "</marquee>",
    ),
    "class-rule-inline-style": (
        '<style>.{id}{{visibility:hidden;position:fixed;left:-999em}}</style><div class="{id}">',
        "</div>",
    ),
    "script-hides-it": (
        '<div id="{id}">',
        '</div><script>document.getElementById("{id}").style.display="none";</script>',
    ),
    "indent-away": ('<p style="text-indent:-99999px;overflow:hidden;width:10px;white-space:nowrap">', "</p>"),
    "white-on-white": (
        '<div style="color:#FFFFFF;background:#FFFFFF;font-size:1px;line-height:1px">',
        "</div>",
    ),
    "behind-page": (
        '<div style="position:fixed;z-index:-9999;left:0;top:0;width:1px;height:1px;overflow:hidden">',
        "</div>",
    ),
    "closed-details": ("<details><summary></summary>", "</details>"),
    "written-by-script": (
        "<script>document.write('<div style=\"display:none\">{links}</div>');</script>",
        "",
    ),
    "display-none-span": ('<span style="display:none">', "</span>"),
    "max-height-zero": ('<ul style="max-height:0;overflow:hidden;margin:0;padding:0">', "</ul>"),
}


def _links(rng: random.Random, langs: list[str], count: int, as_items: bool) -> str:
    parts = []
    for _ in range(count):
        lang = rng.choice(langs)
        anchor = rng.choice(SPAM_ANCHORS[lang])
        host = f"{rng.choice(('www.', 'm.', ''))}{rng.choice(SPAM_STEMS)}{rng.choice(SPAM_TLDS)}"
        link = f'<a href="http://{host}/" target="_blank">{html.escape(anchor)}</a>'
        parts.append(f"<li>{link}</li>" if as_items else link)
    return ("" if as_items else " ").join(parts)


def spam_block(rng: random.Random, technique: str, page_lang: str) -> tuple[str, list[str]]:
    """The hidden block and the spam languages in it."""
    own = {"zh-MO": "zh-HK", "ja": "ja", "ko": "ko", "zh-TW": "zh-TW", "zh-HK": "zh-HK"}.get(
        page_lang, "zh-CN"
    )
    langs = [own] + ([rng.choice(sorted(SPAM_ANCHORS))] if rng.random() < 0.4 else [])
    if own != "zh-CN" and rng.random() < 0.6:
        langs.append("zh-CN")  # most farms are written in simplified Chinese wherever they land
    langs = sorted(set(langs))
    opening, closing = HIDING[technique]
    ident = "".join(rng.choice("abcdefghjkmnpqrstuvwxyz") for _ in range(6))
    links = _links(rng, langs, rng.randint(MIN_LINKS, MAX_LINKS), technique == "max-height-zero")
    if technique == "written-by-script":
        return opening.replace("{links}", links.replace("'", "\\'")), langs
    return opening.replace("{id}", ident).replace("{{", "{").replace("}}", "}") + links + closing.replace(
        "{id}", ident
    ), langs
