"""``seo-spam``: a hidden block of 15-60 links to gambling, lottery, private-server and replica sites,
hidden in one of fifteen ways and written somewhere in the body."""

from __future__ import annotations

import html
import random
import re

from ..data.spam import ANCHORS, DOMAIN_STEMS, TLDS
from .base import BODY_END, HEAD_END, Attack, before

MIN_LINKS, MAX_LINKS = 15, 60
CLOSE_DIV = re.compile(r"</div>", re.I)


def _links(rng: random.Random, langs: tuple[str, ...]) -> str:
    count = rng.randint(MIN_LINKS, MAX_LINKS)
    out = []
    for _ in range(count):
        lang = rng.choice(langs)
        anchor = rng.choice(ANCHORS[lang])
        stem = f"{rng.choice(DOMAIN_STEMS)}{rng.randint(10, 9999)}"
        host = f"{rng.choice(('www.', 'm.', ''))}{stem}{rng.choice(TLDS)}"
        out.append(f'<a href="https://{host}/" target="_blank">{html.escape(anchor)}</a>')
    return rng.choice((" ", "\n", "&nbsp;", "|")).join(out)


def _wrap(rng: random.Random, technique: str, links: str) -> tuple[str, str]:
    """(block, style sheet for the head or "")"""
    cls = "".join(rng.choice("abcdefghkmnpqrstuvwxyz") for _ in range(rng.randint(3, 6)))
    styles = {
        "display-none": "display:none",
        "offscreen": "position:absolute;top:-1200px;left:-1500px",
        "font-zero": "font-size:0;line-height:0",
        "tiny-box": "height:1px;width:1px;overflow:hidden",
        "same-colour": "color:#fff;background:#fff;font-size:2px",
        "text-indent": "text-indent:-9999em;white-space:nowrap;overflow:hidden",
        "clip": "position:absolute;clip:rect(0 0 0 0);clip-path:inset(50%)",
        "opacity": "opacity:0;filter:alpha(opacity=0)",
        "scale": "transform:scale(0);-webkit-transform:scale(0)",
        "visibility": "visibility:hidden;position:absolute",
        "max-height": "max-height:0;overflow:hidden",
    }
    if technique in styles:
        return f'<div style="{styles[technique]}">{links}</div>', ""
    if technique == "hidden-attr":
        return f"<div hidden>{links}</div>", ""
    if technique == "marquee":
        return f'<marquee height="1" width="1" scrollamount="3000" scrolldelay="20000">{links}</marquee>', ""
    if technique == "head-class":
        return (
            f'<div class="{cls}">{links}</div>',
            f"<style>.{cls}{{position:fixed;left:-3000px;top:0}}</style>",
        )
    # document.write: the links exist only once the script runs, inside a hidden span
    escaped = links.replace("\\", "\\\\").replace("'", "\\'").replace("\n", " ").replace("</", "<\\/")
    return f"<script>document.write('<span style=\"display:none\">{escaped}</span>');</script>", ""


TECHNIQUES = (
    "display-none",
    "offscreen",
    "font-zero",
    "tiny-box",
    "same-colour",
    "text-indent",
    "clip",
    "opacity",
    "scale",
    "visibility",
    "max-height",
    "hidden-attr",
    "marquee",
    "head-class",
    "document-write",
)


def seo_spam(page: str, rng: random.Random, technique: str, langs: tuple[str, ...]) -> Attack:
    block, sheet = _wrap(rng, technique, _links(rng, langs))
    spots = [m.end() for m in CLOSE_DIV.finditer(page)]
    body_end = BODY_END.search(page)
    where = "body-end"
    if spots and body_end is not None and rng.random() < 0.7:
        spot = rng.choice([s for s in spots if s < body_end.start()] or [body_end.start()])
        out, where = page[:spot] + block + page[spot:], "after-div"
    else:
        out = before(BODY_END, page, block)
    if sheet:
        out = before(HEAD_END, out, sheet)
    return Attack(out, info={"technique": technique, "langs": list(langs), "where": where})
