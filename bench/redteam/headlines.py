"""The page's top headlines, found structurally: h1-h3 text and the text of long teaser links."""

from __future__ import annotations

from urllib.parse import urlsplit

from .markup import Element, Scan, TextRun

HEADINGS = ("h1", "h2", "h3")
CHROME = ("nav", "footer", "aside", "form", "button", "label", "figcaption", "dialog")


def _words(run: TextRun) -> int:
    return len(run.stripped.split())


def _owner(run: TextRun) -> Element | None:
    """The heading or, failing that, the link that makes this run a headline."""
    return run.inside(*HEADINGS) or run.inside("a")


def _in_site_header(run: TextRun) -> bool:
    """Inside a <header> that is the site's banner, not an article's header."""
    header = run.inside("header")
    return header is not None and all(
        a.name not in ("article", "section", "main") for a in header.ancestors()
    )


def _links_home(run: TextRun) -> bool:
    link = run.inside("a")
    href = (link.attrs.get("href") or "") if link is not None else "x"
    if href.startswith(("#", "javascript:", "mailto:")):
        return True
    parts = urlsplit(href)
    return not parts.path.strip("/") and not parts.query


def is_headline(run: TextRun) -> bool:
    text = run.stripped
    if run.inside(*CHROME) is not None or sum(c.isalpha() for c in text) < 12:
        return False
    if _in_site_header(run) or (run.inside("a") is not None and _links_home(run)):
        return False
    if run.inside(*HEADINGS) is not None:
        return len(text) >= 15 and _words(run) >= 3
    link = run.inside("a")
    return link is not None and len(text) >= 30 and _words(run) >= 4


def headline_runs(page: Scan) -> list[TextRun]:
    """One run per heading or teaser link (its longest), in document order. A link that holds a
    heading counts once, through its heading (its other text is a kicker or a summary)."""
    best: dict[int, TextRun] = {}
    owners: dict[int, Element] = {}
    for run in page.runs:
        if not is_headline(run):
            continue
        owner = _owner(run)
        if owner is None:
            continue
        key = id(owner)
        owners[key] = owner
        if key not in best or len(run.stripped) > len(best[key].stripped):
            best[key] = run
    with_heading = {
        id(a) for key, run in best.items() if owners[key].name in HEADINGS for a in run.ancestors()
    }
    kept = [run for key, run in best.items() if owners[key].name in HEADINGS or key not in with_heading]
    return sorted(kept, key=lambda r: r.start)


def top_headlines(page: Scan, count: int) -> list[TextRun]:
    """The first ``count`` headlines of the page (fewer when it has fewer)."""
    return headline_runs(page)[:count]


def teaser_of(run: TextRun, page_len: int) -> Element | None:
    """The element that holds one whole teaser around a headline: an article, a list item, the
    heading, or the link itself, whichever is the smallest reasonable container."""
    for names, limit in ((("article",), 8000), (("li",), 4000), (HEADINGS, 3000), (("a",), 3000)):
        element = run.inside(*names)
        size = element.end - element.start if element is not None else 0
        if element is not None and 0 < size < min(limit, page_len // 3):
            return element
    return None
