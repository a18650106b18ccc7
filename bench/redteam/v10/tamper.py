"""`tamper`: quiet rewrites of a real page's own texts, in its language and headline style."""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Mapping
from urllib.parse import urlsplit

from ..attack import Attack, NotApplicable, Page, splice
from ..charset import html_text
from ..markup import TextRun
from ..splice import Edit
from . import slots
from .data.tamper_de import TAMPER_DE
from .data.tamper_en import TAMPER_EN
from .data.tamper_registers import REGISTER_HEADLINES, REGISTER_OF_HOST
from .lang import page_language

Words = Mapping[str, tuple[str, ...]]
Way = Callable[[Page, random.Random, Words], list[Edit]]
TITLE_SEPARATORS = (" | ", " \u2013 ", " - ", " \u2014 ")
FIGURE_FACTOR = 40
LOOKALIKE_TLDS = ("online", "info", "news", "site")
LOOKALIKE_WORDS = ("archiv-leser", "nachrichten-direkt", "exklusiv-bericht", "presse-ansicht")


def _text(page: Page, text: str) -> str:
    return html_text(text, page.codec)


def _pick_run(runs: list[TextRun], rng: random.Random, what: str) -> TextRun:
    if not runs:
        raise NotApplicable(f"no {what}")
    return rng.choice(runs[: max(1, len(runs))])


def headline(page: Page, rng: random.Random, words: Words) -> list[Edit]:
    run = rng.choice(slots.headlines(page)[:3])
    return [slots.replace_run(run, _text(page, rng.choice(words["headline"])))]


def headline_teaser(page: Page, rng: random.Random, words: Words) -> list[Edit]:
    for run in slots.headlines(page):
        summary = slots.teaser_text(page, run)
        if summary is not None:
            new_head = _text(page, rng.choice(words["headline"]))
            return [
                slots.replace_run(run, new_head),
                slots.replace_run(summary, _text(page, rng.choice(words["teaser"]))),
            ]
    raise NotApplicable("no teaser summary")


def kicker_swap(page: Page, rng: random.Random, words: Words) -> list[Edit]:
    for run in slots.headlines(page):
        kicker = slots.kicker_of(page, run)
        if kicker is not None:
            return [slots.replace_run(kicker, _text(page, rng.choice(words["kicker"])))]
    raise NotApplicable("no kicker")


def headline_relink(page: Page, rng: random.Random, words: Words) -> list[Edit]:
    """The headline rewritten and its link sent to a look-alike of the site."""
    for run in slots.headlines(page):
        link = run.inside("a")
        span = slots.attr_value(page, link, "href") if link is not None else None
        if span is None or link is None or span[1] > run.start:
            continue
        label = (urlsplit(page.target_url).hostname or "site").removeprefix("www.").replace(".", "-")
        host = f"{label}.{rng.choice(LOOKALIKE_WORDS)}.{rng.choice(LOOKALIKE_TLDS)}"
        href = f"https://{host}/artikel/{rng.randrange(10**6, 10**7)}.html"
        return [
            Edit(span[0], span[1], href),
            slots.replace_run(run, _text(page, rng.choice(words["headline"]))),
        ]
    raise NotApplicable("no linked headline")


def figure_inflate(page: Page, rng: random.Random, words: Words) -> list[Edit]:
    """A number in a headline multiplied: the words stay the site's own."""
    for run in slots.headlines(page):
        found = re.search(r"\b\d{1,4}\b", run.raw)
        if found:
            bigger = str(int(found.group()) * FIGURE_FACTOR + rng.randint(1, 9))
            return [Edit(run.start + found.start(), run.start + found.end(), bigger)]
    raise NotApplicable("no figure in a headline")


def lead_append(page: Page, rng: random.Random, words: Words) -> list[Edit]:
    for run in slots.headlines(page):
        summary = slots.teaser_text(page, run)
        if summary is not None:
            end = summary.end - (len(summary.raw) - len(summary.raw.rstrip()))
            return [Edit(end, end, " " + _text(page, rng.choice(words["teaser"])))]
    raise NotApplicable("no teaser summary")


def title_meta(page: Page, rng: random.Random, words: Words) -> list[Edit]:
    title = page.scan.first("title")
    if title is None or title.close <= title.inner:
        raise NotApplicable("no title")
    old = page.text[title.inner : title.close]
    sep = next((s for s in TITLE_SEPARATORS if s in old), None)
    new = rng.choice(words["title"])
    text = _text(page, new) + (sep + old.rsplit(sep, 1)[1] if sep else "")
    edits = [Edit(title.inner, title.close, text)]
    edits += [Edit(a, b, _text(page, new)) for a, b in slots.meta_spans(page, ("og:title", "twitter:title"))]
    return edits


def meta_description(page: Page, rng: random.Random, words: Words) -> list[Edit]:
    spans = slots.meta_spans(page, ("description", "og:description", "twitter:description"))
    if not spans:
        raise NotApplicable("no meta description")
    new = _text(page, rng.choice(words["meta"]))
    return [Edit(a, b, new) for a, b in spans]


def _run_way(finder: Callable[[Page], list[TextRun]], key: str, what: str) -> Way:
    def way(page: Page, rng: random.Random, words: Words) -> list[Edit]:
        run = _pick_run(finder(page), rng, what)
        return [slots.replace_run(run, _text(page, rng.choice(words[key])))]

    return way


def _attr_way(finder: Callable[[Page], list[tuple[int, int]]], key: str, what: str) -> Way:
    def way(page: Page, rng: random.Random, words: Words) -> list[Edit]:
        spans = finder(page)
        if not spans:
            raise NotApplicable(f"no {what}")
        a, b = rng.choice(spans[:12])
        return [Edit(a, b, _text(page, rng.choice(words[key])))]

    return way


WAYS: Mapping[str, Way] = {
    "top-story-rewritten": headline,
    "headline-and-summary": headline_teaser,
    "overline-swapped": kicker_swap,
    "headline-relinked": headline_relink,
    "figure-inflated": figure_inflate,
    "summary-appended": lead_append,
    "title-and-social-title": title_meta,
    "meta-descriptions": meta_description,
    "nav-entry": _run_way(slots.nav_entries, "label", "navigation entry"),
    "button-label": _run_way(slots.buttons, "label", "button"),
    "breadcrumb": _run_way(slots.crumbs, "label", "breadcrumb"),
    "ticker-line": _run_way(slots.ticker_lines, "ticker", "ticker"),
    "dateline": _run_way(slots.datelines, "dateline", "time element"),
    "photo-credit": _run_way(slots.credits, "credit", "credit line"),
    "footer-line": _run_way(slots.footer_lines, "footer", "footer line"),
    "link-title": _attr_way(slots.link_titles, "link_title", "link title"),
    "image-alt": _attr_way(slots.image_alts, "alt", "image alt"),
}


def _register(page: Page) -> str:
    labels = (page.host or "").split(".")
    return next((REGISTER_OF_HOST[label] for label in labels if label in REGISTER_OF_HOST), "broadsheet")


def tamper(page: Page, rng: random.Random, way: str) -> Attack:
    """``way`` applied with texts in the page's language (German, else English); a German tech or
    tabloid front page gets headlines in its own register."""
    lang = page_language(page)
    words: Words = TAMPER_DE if lang == "de" else TAMPER_EN
    register = _register(page) if lang == "de" else "broadsheet"
    if register in REGISTER_HEADLINES:
        words = {**words, "headline": REGISTER_HEADLINES[register]}
    edits = WAYS[way](page, rng, words)
    info = {"way": way, "page_lang": lang, "texts_lang": "de" if lang == "de" else "en", "register": register}
    return splice(page, edits, info)
