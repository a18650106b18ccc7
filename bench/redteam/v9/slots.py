"""Places in a real page that hold its own texts: headline runs, leads, kickers, attributes."""

from __future__ import annotations

import re

from ..attack import NotApplicable, Page
from ..charset import html_text
from ..headlines import CHROME, headline_runs, teaser_of
from ..markup import Element, TextRun
from ..splice import Edit

MIN_LEAD = 40
KICKER_CHARS = (3, 30)
MIN_ALT = 12
MIN_FOOTER = 12


def run_edit(page: Page, run: TextRun, new: str) -> Edit:
    """Replace a text run's words, keeping its surrounding whitespace."""
    raw = run.raw
    lead = raw[: len(raw) - len(raw.lstrip())]
    trail = raw[len(raw.rstrip()) :]
    return Edit(run.start, run.end, lead + html_text(new, page.codec) + trail)


def attr_edit(page: Page, element: Element, name: str, new: str) -> Edit:
    """Replace the quoted value of attribute ``name`` in ``element``'s start tag."""
    found = re.search(rf"""\s{name}\s*=\s*("([^"]*)"|'([^']*)')""", element.tag_text, re.I)
    if found is None:
        raise NotApplicable(f"no quoted {name}")
    start = element.start + found.start(1) + 1
    end = element.start + found.end(1) - 1
    return Edit(start, end, html_text(new, page.codec))


def headlines(page: Page) -> list[TextRun]:
    runs = headline_runs(page.scan)
    if not runs:
        raise NotApplicable("no headline")
    return runs


def lead_of(page: Page, headline: TextRun) -> TextRun | None:
    """A summary paragraph next to a headline, inside the same teaser."""
    box = teaser_of(headline, len(page.text))
    if box is None:
        return None
    for run in page.scan.runs:
        inside = box.start <= run.start < box.end and run is not headline and run.inside("p") is not None
        if inside and len(run.stripped) >= MIN_LEAD and run.inside(*CHROME) is None:
            return run
    return None


def kicker_of(page: Page, headline: TextRun) -> TextRun | None:
    """A short label before a headline inside the same teaser (a kicker or a topic line)."""
    box = teaser_of(headline, len(page.text))
    if box is None:
        return None
    low, high = KICKER_CHARS
    for run in page.scan.runs:
        before = box.start <= run.start < headline.start and low <= len(run.stripped) <= high
        if before and any(c.isalpha() for c in run.stripped):
            return run
    return None


def head_meta(page: Page) -> list[tuple[Element, str]]:
    """(meta element, attribute) pairs for descriptions and social titles in the head."""
    wanted = ("description", "og:title", "og:description", "twitter:title", "twitter:description")
    found = []
    for element in page.scan.all("meta"):
        key = (element.attrs.get("name") or element.attrs.get("property") or "").lower()
        if key in wanted and element.attrs.get("content"):
            found.append((element, "content"))
    return found


def title_run(page: Page) -> Edit | None:
    title = page.scan.first("title")
    if title is None or title.close <= title.inner or not page.text[title.inner : title.close].strip():
        return None
    raw = page.text[title.inner : title.close]
    lead = raw[: len(raw) - len(raw.lstrip())]
    return Edit(title.inner, title.close, lead + "{}")


def alt_images(page: Page) -> list[Element]:
    """Images in the page's body with a real alt text."""
    body = page.body()
    found = []
    for e in page.scan.all("img"):
        alt = (e.attrs.get("alt") or "").strip()
        if e.start < body.start or len(alt) < MIN_ALT or "logo" in (alt + (e.attrs.get("src") or "")).lower():
            continue
        if not any(a.name in ("header", "nav", "footer") for a in e.ancestors()):
            found.append(e)
    return found


def footer_runs(page: Page) -> list[TextRun]:
    return [r for r in page.scan.runs if r.inside("footer") is not None and len(r.stripped) >= MIN_FOOTER]
