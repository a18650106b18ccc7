"""`seo-spam`: a hidden block of 15-60 links to invented gambling, adult, pharma and loan domains."""

from __future__ import annotations

import html
import random

from .attack import Attack, Page, insert, splice
from .charset import encodable
from .data.spam_anchors import ANCHORS, DOMAIN_STEMS, SPAM_TLDS
from .hiding import HIDING
from .splice import Edit

CONTAINERS = frozenset({"div", "p", "section", "ul", "article", "footer", "aside", "main", "table"})
UNSAFE = ("a", "button", "noscript", "template", "svg", "select", "head", "iframe", "object")


def _domains(rng: random.Random, langs: list[str]) -> list[str]:
    found: list[str] = []
    for _ in range(rng.randint(3, 12)):
        stem = rng.choice(DOMAIN_STEMS[rng.choice(langs)])
        found.append(f"{stem}{rng.choice(('', str(rng.randint(1, 999))))}{rng.choice(SPAM_TLDS)}")
    return sorted(set(found))


def links(rng: random.Random, langs: list[str]) -> tuple[str, int]:
    """The link list's HTML and the number of links."""
    count = rng.randint(15, 60)
    domains = _domains(rng, langs)
    sep = rng.choice((" ", ", ", " | ", "<br>", "\n", "li"))
    extra = rng.choice(("", ' rel="dofollow"', ' target="_blank"', ' title="{t}"'))
    items = []
    for _ in range(count):
        anchor = html.escape(rng.choice(ANCHORS[rng.choice(langs)]))
        path = rng.choice(
            ("/", f"/{rng.randint(100, 99999)}/", f"/?id={rng.randint(1, 9999)}", "/daftar", "/go")
        )
        href = f"https://{rng.choice(domains)}{path}"
        items.append(f'<a href="{href}"{extra.format(t=anchor)}>{anchor}</a>')
    if sep == "li":
        return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>", count
    return sep.join(items), count


def _spot(page: Page, rng: random.Random) -> tuple[int, str]:
    body = page.body()
    kind = rng.choice(("body-start", "body-end", "after-element", "after-element"))
    if kind == "after-element":
        spots = [
            e.end
            for e in page.scan.elements
            if e.name in CONTAINERS
            and e.start > body.start
            and e.end > 0
            and not any(a.name in UNSAFE for a in e.ancestors())
        ]
        if spots:
            return rng.choice(spots), kind
        kind = "body-end"
    return (body.inner, kind) if kind == "body-start" else (page.body_end(), "body-end")


def seo_spam(page: Page, rng: random.Random, technique: str, langs: list[str]) -> Attack:
    html_links, count = links(rng, langs)
    hidden = HIDING[technique](html_links, rng)
    at, where = _spot(page, rng)
    edits = [insert(at, encodable(hidden.html, page.codec))]
    if hidden.style_rule is not None:
        style = next((s for s in page.scan.all("style") if s.close > s.inner), None)
        if style is not None:
            edits.append(Edit(style.close, style.close, hidden.style_rule))
        else:
            edits.append(insert(page.head_end(), f"<style>{hidden.style_rule}</style>"))
    info = {"technique": technique, "langs": langs, "links": count, "where": where}
    return splice(page, edits, info)
