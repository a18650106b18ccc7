"""`tamper`: quiet rewrites of the page's own texts in German news style (edition 9)."""

from __future__ import annotations

import random
from types import MappingProxyType

from ..attack import Attack, NotApplicable, Page, splice
from ..charset import html_text
from ..splice import Edit
from .data.tamper_de import CAPTIONS, FOOTERS, HEADLINES, KICKERS, TEASERS, TITLES
from .slots import (
    alt_images,
    attr_edit,
    footer_runs,
    head_meta,
    headlines,
    kicker_of,
    lead_of,
    run_edit,
    title_run,
)
from .tamper_words import headline_tail, section_rename, word_swap

WAYS = (
    "headline-swap-top",
    "headline-pair-swap",
    "lead-paragraph-rewrite",
    "title-meta-rewrite",
    "image-alt-rewrite",
    "kicker-plus-headline",
    "buried-headline-swap",
    "imprint-line-rewrite",
    "propaganda-word-swap",
    "section-label-rename",
    "headline-tail-added",
)
DEEP_FROM = 3
DEEP_TO = 12


def _top(page: Page, rng: random.Random) -> list[Edit]:
    runs = headlines(page)
    return [run_edit(page, rng.choice(runs[:2]), rng.choice(HEADLINES))]


def _two(page: Page, rng: random.Random) -> list[Edit]:
    runs = headlines(page)
    if len(runs) < 2:
        raise NotApplicable("one headline")
    first, second = runs[0], rng.choice(runs[1:DEEP_TO])
    one, two = rng.sample(HEADLINES, 2)
    return [run_edit(page, first, one), run_edit(page, second, two)]


def _lead(page: Page, rng: random.Random) -> list[Edit]:
    for run in headlines(page)[:DEEP_TO]:
        lead = lead_of(page, run)
        if lead is not None:
            edits = [run_edit(page, lead, rng.choice(TEASERS))]
            if rng.random() < 0.5:
                edits.append(run_edit(page, run, rng.choice(HEADLINES)))
            return edits
    raise NotApplicable("no lead paragraph")


def _head_texts(page: Page, rng: random.Random) -> list[Edit]:
    edits = []
    title = title_run(page)
    if title is not None:
        edits.append(
            Edit(title.start, title.end, title.new.format(html_text(rng.choice(TITLES), page.codec)))
        )
    metas = head_meta(page)
    for element, attr in rng.sample(metas, min(2, len(metas))):
        edits.append(attr_edit(page, element, attr, rng.choice(TITLES + TEASERS)))
    if not edits:
        raise NotApplicable("no title or meta text")
    return edits


def _caption(page: Page, rng: random.Random) -> list[Edit]:
    images = alt_images(page)
    if not images:
        raise NotApplicable("no image with alt text")
    image = rng.choice(images[:8])
    edits = [attr_edit(page, image, "alt", rng.choice(CAPTIONS))]
    if image.attrs.get("title"):
        edits.append(attr_edit(page, image, "title", rng.choice(CAPTIONS)))
    return edits


def _kicker(page: Page, rng: random.Random) -> list[Edit]:
    for run in headlines(page)[:DEEP_TO]:
        kicker = kicker_of(page, run)
        if kicker is not None:
            return [run_edit(page, kicker, rng.choice(KICKERS)), run_edit(page, run, rng.choice(HEADLINES))]
    raise NotApplicable("no kicker")


def _deep(page: Page, rng: random.Random) -> list[Edit]:
    runs = headlines(page)[DEEP_FROM:DEEP_TO]
    if not runs:
        raise NotApplicable("few headlines")
    return [run_edit(page, rng.choice(runs), rng.choice(HEADLINES))]


def _footer(page: Page, rng: random.Random) -> list[Edit]:
    runs = footer_runs(page)
    if not runs:
        raise NotApplicable("no footer text")
    edits = [run_edit(page, rng.choice(runs), rng.choice(FOOTERS))]
    title = title_run(page)
    if title is not None:
        edits.append(
            Edit(title.start, title.end, title.new.format(html_text(rng.choice(TITLES), page.codec)))
        )
    return edits


_MAKERS = MappingProxyType(
    {
        "propaganda-word-swap": word_swap,
        "section-label-rename": section_rename,
        "headline-tail-added": headline_tail,
        "headline-swap-top": _top,
        "headline-pair-swap": _two,
        "lead-paragraph-rewrite": _lead,
        "title-meta-rewrite": _head_texts,
        "image-alt-rewrite": _caption,
        "kicker-plus-headline": _kicker,
        "buried-headline-swap": _deep,
        "imprint-line-rewrite": _footer,
    }
)


def tamper(page: Page, rng: random.Random, way: str) -> Attack:
    edits = _MAKERS[way](page, rng)
    texts = [e.new.strip() for e in edits]
    return splice(page, edits, {"way": way, "language": "de", "texts": texts})
