"""`seo-spam` (edition 8): 12-48 links to invented spam domains, hidden by one of edition 8's
techniques, spliced somewhere in the body (a rule, when the technique needs one, joins the
page's style sheet)."""

from __future__ import annotations

import html
import random

from ..attack import Attack, Page, insert, splice
from ..charset import encodable
from ..splice import Edit
from .data.spam import ANCHORS, DOMAIN_STEMS, SPAM_TLDS
from .hiding import HIDING

CONTAINERS = frozenset({"div", "section", "article", "ul", "footer", "aside", "main", "p"})
UNSAFE = frozenset({"a", "button", "noscript", "template", "svg", "select", "iframe", "object", "head"})


def _domains(rng: random.Random, langs: list[str]) -> list[str]:
    found = set()
    for _ in range(rng.randint(2, 9)):
        stem = rng.choice(DOMAIN_STEMS[rng.choice(langs)])
        found.add(f"{stem}{rng.choice(('', '', str(rng.randint(2, 777))))}{rng.choice(SPAM_TLDS)}")
    return sorted(found)


def links(rng: random.Random, langs: list[str]) -> tuple[str, int]:
    count = rng.randint(12, 48)
    domains = _domains(rng, langs)
    shape = rng.choice(("inline", "list", "table", "para"))
    items = []
    for _ in range(count):
        anchor = html.escape(rng.choice(ANCHORS[rng.choice(langs)]))
        path = rng.choice(
            ("", "/", f"/p/{rng.randint(10, 9999)}", f"/?ref={rng.randint(100, 999)}", "/masuk")
        )
        items.append(f'<a href="https://{rng.choice(domains)}{path}">{anchor}</a>')
    if shape == "list":
        return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>", count
    if shape == "table":
        cells = "".join(f"<td>{item}</td>" for item in items)
        return f"<table><tr>{cells}</tr></table>", count
    if shape == "para":
        return "".join(f"<p>{item}</p>" for item in items), count
    return rng.choice((" ", " · ", " / ")).join(items), count


def _spot(page: Page, rng: random.Random) -> tuple[int, str]:
    body = page.body()
    where = rng.choice(("body-start", "body-end", "inside", "inside", "inside"))
    if where == "inside":
        spots = [
            e.end
            for e in page.scan.elements
            if e.name in CONTAINERS
            and e.start > body.start
            and e.end > 0
            and not any(a.name in UNSAFE for a in e.ancestors())
        ]
        if spots:
            return rng.choice(spots), where
        where = "body-end"
    return (body.inner, where) if where == "body-start" else (page.body_end(), where)


def seo_spam(page: Page, rng: random.Random, technique: str, langs: list[str]) -> Attack:
    markup, count = links(rng, langs)
    hidden = HIDING[technique](markup, rng)
    at, where = _spot(page, rng)
    edits = [insert(at, encodable(hidden.html, page.codec))]
    if hidden.style_rule is not None:
        style = next((s for s in page.scan.all("style") if s.close > s.inner and s.close < at), None)
        if style is not None and rng.random() < 0.6:
            edits.append(Edit(style.close, style.close, hidden.style_rule))
        else:
            edits.append(insert(page.head_end(), f"<style>{hidden.style_rule}</style>"))
    info = {"technique": technique, "langs": langs, "links": count, "where": where}
    return splice(page, edits, info)
