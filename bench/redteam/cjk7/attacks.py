"""The five attack families applied to one capture's clean HTML; each says what it changed."""

from __future__ import annotations

import random
from html import escape
from types import MappingProxyType
from typing import Any

from ..charset import page_codec
from .deface import STYLES, deface_html
from .history import Capture
from .pl_deface import crews
from .pl_inject import inject_plans, inject_texts
from .pl_script import script_plans
from .pl_spam import HIDING, SPAM
from .pl_tamper import tamper_plans
from .render import content_type, nav_for, render
from .sites import Site

SPAM_PLACES = ("<footer", "</body>", '<div class="topbar">', "</p></footer>", '<div class="column notice">')
SPAM_LINKS = (3, 8, 15)  # how many links a ring plants, by scenario
SCRIPT_PLACES = ("</head>", "</body>", "<footer", "</head>", "<script>window.__PAGE__")
REPLACE_CREW = MappingProxyType(
    {
        "szbj": 3,
        "hnrb": 4,
        "gdut": 9,
        "jyyy": 10,
        "hxkj": 11,
        "hkpost": 1,
        "mogov": 9,
        "twu": 0,
        "twtv": 2,
        "jpcity": 7,
        "jpnews": 1,
        "jpco": 10,
        "krgu": 8,
        "kruniv": 5,
        "krhosp": 6,
    }
)
Result = tuple[str, dict[str, Any]]


def slot_text(site: Site, cap: Capture, slot: str) -> str:
    """The text a render slot holds on the clean page."""
    name, number = slot.rstrip("0123456789"), int("0" + slot[len(slot.rstrip("0123456789")) :])
    fixed = {
        "title": site.name,
        "ogtitle": site.name,
        "description": f"{site.name} {site.nav[1]} {site.nav[2]}",
        "crumb": nav_for(site, cap)[1],
        "footer": site.footer,
        "caption": cap.articles[0].caption,
        "live": cap.articles[0].title,
    }
    if name in fixed:
        return fixed[name]
    return {
        "head": cap.articles[number].title,
        "teaser": cap.articles[number].teaser,
        "ticker": cap.notices[number].title,
        "notice": cap.notices[number].title,
        "nav": nav_for(site, cap)[number],
    }[name]


def insert(clean: str, anchor: str, block: str, after: bool = False) -> Result:
    at = clean.index(anchor) + (len(anchor) if after else 0)
    return clean[:at] + block + clean[at:], {"insert_at": at, "inserted": block}


def tamper(site: Site, cap: Capture, clean: str) -> Result:
    plan = next(p for p in tamper_plans() if p.site == site.key)
    over = {}
    for slot, text in zip(plan.slots, plan.texts, strict=True):
        if slot.startswith("nav:"):  # a navigation entry named by its label, wherever the era puts it
            over[f"nav{nav_for(site, cap).index(slot[4:])}"] = text
        elif slot.startswith("+head"):
            over[slot[1:]] = cap.articles[int(slot[5:])].title + text
        else:
            over[slot] = text
    return render(site, cap, over), {"technique": plan.technique, "over": over}


def inject(site: Site, cap: Capture, clean: str) -> Result:
    plan = next(p for p in inject_plans() if p.site == site.key)
    crew, msg = inject_texts()[site.key]
    block = plan.markup.format(crew=escape(crew), msg=escape(msg))
    text, info = insert(clean, plan.anchor, block, plan.after)
    return text, info | {"technique": f"inject-{plan.anchor.strip('<>/').split()[0]}"}


def seo_spam(site: Site, cap: Capture, clean: str, index: int) -> Result:
    hosts, anchors = SPAM[site.key]
    technique = list(HIDING)[index % len(HIDING)]
    count = SPAM_LINKS[index % len(SPAM_LINKS)]
    pairs = [
        (
            f"https://{hosts[k % len(hosts)]}/" + (f"?id={k * 37 + index}" if k else ""),
            anchors[k % len(anchors)],
        )
        for k in range(count)
    ]
    links = "".join(f'<a href="{u}">{escape(a)}</a>' for u, a in pairs)
    block = HIDING[technique].format(
        links=links,
        n=index,
        svglinks="".join(f'<a href="{u}"><text>{escape(a)}</text></a>' for u, a in pairs),
        areas="".join(f'<area shape="rect" coords="0,0,1,1" href="{u}" alt="{escape(a)}">' for u, a in pairs),
        options="".join(f'<option value="{escape(a)} {u}">' for u, a in pairs),
        escaped=escape(links),
    )
    place = "</body>" if technique == "noscript-head" else SPAM_PLACES[index % len(SPAM_PLACES)]
    text, info = insert(clean, place, block)
    return text, info | {"technique": technique}


def script(site: Site, cap: Capture, clean: str, index: int) -> Result:
    technique, host, markup = script_plans()[site.key]
    text, info = insert(clean, SCRIPT_PLACES[index % len(SCRIPT_PLACES)], markup)
    return text, info | {"technique": technique, "host": host}


def replace(site: Site, cap: Capture, clean: str, index: int) -> tuple[bytes, dict[str, Any]]:
    crew = crews()[REPLACE_CREW[site.key]]
    style = STYLES[index % len(STYLES)]
    text = deface_html(crew, style, "utf-8", random.Random(f"{site.key}:{index}"))
    codec = page_codec(text.encode("utf-8"), content_type(site, cap))
    return text.encode(codec, "xmlcharrefreplace"), {"technique": f"replace-{style}", "crew": crew.name}
