"""Edition 3's `seo-spam`: 12-50 links in up to two languages, wrapped by one hiding technique and
inserted at a spot in the body."""

from __future__ import annotations

import html
import random
import re

from ..attack import Attack, Page, insert, splice
from ..charset import encodable
from ..markup import Element
from .data.spam import ANCHORS, DOMAIN_STEMS, SPAM_TLDS
from .hiding import HIDING

LINKS = (12, 50)
DOMAINS = (3, 12)
UNSAFE = frozenset(
    {
        "a",
        "button",
        "noscript",
        "template",
        "svg",
        "select",
        "iframe",
        "object",
        "p",
        "span",
        "h1",
        "h2",
        "h3",
        "table",
        "ul",
        "ol",
    }
)


_HIDDEN = re.compile(r"hidden|collapse|sr-only|offscreen", re.I)


def _domain(rng: random.Random, lang: str) -> str:
    stem = rng.choice(DOMAIN_STEMS[lang])
    return stem + rng.choice(
        ("", "", str(rng.randint(1, 999)), "-" + rng.choice(("id", "vip", "app", "asia")))
    )


def spam_links(rng: random.Random, langs: list[str]) -> tuple[str, int]:
    """The links' markup and their count."""
    count = rng.randint(*LINKS)
    domains = sorted(
        {_domain(rng, rng.choice(langs)) + rng.choice(SPAM_TLDS) for _ in range(rng.randint(*DOMAINS))}
    )
    esc = html.escape
    items = []
    for _ in range(count):
        anchor = rng.choice(ANCHORS[rng.choice(langs)])
        path = rng.choice(
            ("", f"/m/{rng.randint(1, 999)}", f"/?kode={rng.getrandbits(24):06x}", "/daftar", "/vip")
        )
        extra = rng.choice(("", f' title="{esc(anchor)}"', ' rel="dofollow"', ' target="_blank"'))
        items.append(f'<a href="https://{rng.choice(domains)}{path}"{extra}>{esc(anchor)}</a>')
    shape = rng.choice(("pipe", "ul", "row", "words"))
    if shape == "ul":
        return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>", count
    if shape == "row":
        return "<table><tr>" + "".join(f"<td>{item}</td>" for item in items) + "</tr></table>", count
    if shape == "words":
        return "<div>" + ", ".join(items) + ".</div>", count
    return " | ".join(items), count


def _spot(page: Page, rng: random.Random) -> tuple[int, str]:
    body = page.body()

    def shown(e: Element) -> bool:
        """Not inside markup that hides it already (the technique should do the hiding)."""
        return (
            not any(
                a.name in UNSAFE or "hidden" in a.attrs or _HIDDEN.search(a.attrs.get("class") or "")
                for a in e.ancestors()
            )
            and "hidden" not in e.attrs
        )

    def safe(name: str) -> list[int]:
        return [e.end for e in page.scan.all(name) if e.start > body.start and e.end > 0 and shown(e)]

    kind = rng.choice(("after-nav", "after-paragraph", "after-paragraph", "after-header", "body-end"))
    found = safe({"after-nav": "nav", "after-header": "header", "after-paragraph": "p"}.get(kind, "body"))
    if kind != "body-end" and found:
        return (found[-1] if kind == "after-paragraph" else found[0]), kind
    return page.body_end(), "body-end"


def seo_spam(page: Page, rng: random.Random, technique: str, langs: list[str]) -> Attack:
    links, count = spam_links(rng, langs)
    hidden = HIDING[technique](links, rng)
    at, where = _spot(page, rng)
    edits = [insert(at, encodable(hidden.html, page.codec))]
    head = hidden.head or ""
    if hidden.style_rule is not None:
        head += f"<style>{hidden.style_rule}</style>"
    if head:
        edits.append(insert(page.head_end(), head))
    edits.sort(key=lambda e: e.start)
    return splice(page, edits, {"technique": technique, "langs": langs, "links": count, "where": where})
