"""Places on a real page that a quiet tamper can rewrite: text runs and attribute values."""

from __future__ import annotations

import re

from ..attack import NotApplicable, Page
from ..headlines import headline_runs, teaser_of
from ..markup import Element, TextRun
from ..splice import Edit

TOP_HEADLINES = 6
SHORT_LABEL_CHARS = 28
MIN_LETTERS = 3
KICKER_MAX_CHARS = 32
MIN_ALT_CHARS = 12
_CREDIT = re.compile(r"^(foto|fotos|bild|bilder|quelle|photo|image)\s*:", re.I)
_IMPRINT = re.compile(r"©|copyright|impressum|alle rechte|all rights", re.I)


def letters(text: str) -> int:
    return sum(c.isalpha() for c in text)


def replace_run(run: TextRun, new_html: str) -> Edit:
    """Swap a run's words for ``new_html`` and keep its surrounding white space."""
    lead = len(run.raw) - len(run.raw.lstrip())
    trail = len(run.raw) - len(run.raw.rstrip())
    return Edit(run.start + lead, run.end - trail, new_html)


def attr_value(page: Page, element: Element, name: str) -> tuple[int, int] | None:
    """Character offsets of a quoted attribute value inside ``element``'s start tag."""
    found = re.search(rf"""\s{name}\s*=\s*(["'])(.*?)\1""", element.tag_text, re.I | re.S)
    if found is None:
        return None
    return element.start + found.start(2), element.start + found.end(2)


def headlines(page: Page) -> list[TextRun]:
    runs = headline_runs(page.scan)[:TOP_HEADLINES]
    if not runs:
        raise NotApplicable("no headline")
    return runs


def teaser_text(page: Page, head: TextRun) -> TextRun | None:
    """The longest non-headline run in the headline's teaser (its summary), if any."""
    box = teaser_of(head, len(page.text))
    if box is None:
        return None
    inside = [
        r
        for r in page.scan.runs
        if box.start <= r.start < box.end and r is not head and letters(r.stripped) >= 40
    ]
    return max(inside, key=lambda r: len(r.stripped), default=None)


def kicker_of(page: Page, head: TextRun) -> TextRun | None:
    """A short run just before the headline inside the same link or heading (a Dachzeile)."""
    box = head.inside("a") or head.inside("h1", "h2", "h3")
    if box is None:
        return None
    before = [r for r in page.scan.runs if box.start <= r.start < head.start]
    short = [r for r in before if letters(r.stripped) >= MIN_LETTERS and len(r.stripped) <= KICKER_MAX_CHARS]
    return short[-1] if short else None


def _classy(run: TextRun, needle: str) -> bool:
    for element in run.ancestors():
        label = " ".join(
            str(element.attrs.get(k) or "") for k in ("class", "id", "aria-label", "data-testid")
        )
        if needle in label.lower():
            return True
    return False


def runs_where(page: Page, test: object, limit: int = SHORT_LABEL_CHARS) -> list[TextRun]:
    """Short visible runs for which ``test(run)`` holds (nav entries, buttons, crumbs...)."""
    check = test if callable(test) else (lambda run: True)
    return [
        r
        for r in page.scan.runs
        if letters(r.stripped) >= MIN_LETTERS and len(r.stripped) <= limit and check(r)
    ]


def nav_entries(page: Page) -> list[TextRun]:
    return runs_where(page, lambda r: r.inside("nav") is not None and r.inside("a") is not None)


def buttons(page: Page) -> list[TextRun]:
    return runs_where(page, lambda r: r.inside("button") is not None)


def crumbs(page: Page) -> list[TextRun]:
    return runs_where(page, lambda r: _classy(r, "breadcrumb"), 60)


def ticker_lines(page: Page) -> list[TextRun]:
    return runs_where(page, lambda r: _classy(r, "ticker") and letters(r.stripped) >= 12, 200)


def datelines(page: Page) -> list[TextRun]:
    return runs_where(page, lambda r: r.inside("time") is not None, 60)


def credits(page: Page) -> list[TextRun]:
    return runs_where(page, lambda r: bool(_CREDIT.search(r.stripped)) or _classy(r, "credit"), 120)


def footer_lines(page: Page) -> list[TextRun]:
    """Copyright or imprint lines (in a footer or not), else any footer line."""
    marked = runs_where(page, lambda r: bool(_IMPRINT.search(r.stripped)), 80)
    return marked or runs_where(
        page, lambda r: r.inside("footer") is not None and letters(r.stripped) >= 8, 80
    )


def link_titles(page: Page) -> list[tuple[int, int]]:
    spans = []
    for element in page.scan.all("a"):
        title = element.attrs.get("title") or ""
        if letters(title) >= MIN_ALT_CHARS:
            span = attr_value(page, element, "title")
            if span is not None:
                spans.append(span)
    return spans


def image_alts(page: Page) -> list[tuple[int, int]]:
    spans = []
    for element in page.scan.all("img"):
        if letters(element.attrs.get("alt") or "") >= MIN_ALT_CHARS:
            span = attr_value(page, element, "alt")
            if span is not None:
                spans.append(span)
    return spans


def meta_spans(page: Page, keys: tuple[str, ...]) -> list[tuple[int, int]]:
    """``content`` values of the head's meta elements named (or property-named) one of ``keys``."""
    spans = []
    for element in page.scan.all("meta"):
        key = (element.attrs.get("name") or element.attrs.get("property") or "").lower()
        if key in keys:
            span = attr_value(page, element, "content")
            if span is not None:
                spans.append(span)
    return spans
