"""`tamper` (edition 8): quiet edits of someone holding the CMS login. The layout stays; a few
texts (headlines, lede paragraphs, captions, kickers, list items, titles, meta tags, image
texts) are rewritten or extended with the attacker's message."""

from __future__ import annotations

import random
import re
from collections.abc import Callable

from ..attack import Attack, NotApplicable, Page, splice
from ..charset import html_text
from ..headlines import CHROME, HEADINGS, top_headlines
from ..markup import Element, TextRun
from ..splice import Edit
from .data.voices import VOICES

Lines = list[str]


def _inner(run: TextRun) -> tuple[int, int]:
    lead = len(run.raw) - len(run.raw.lstrip())
    trail = len(run.raw) - len(run.raw.rstrip())
    return run.start + lead, run.end - trail


def _swap(page: Page, run: TextRun, text: str) -> Edit:
    start, end = _inner(run)
    return Edit(start, end, html_text(text, page.codec))


def _body_runs(page: Page, *inside: str, low: int = 0, high: int = 10_000) -> list[TextRun]:
    body = page.body()
    return [
        r
        for r in page.scan.runs
        if r.start > body.start
        and r.inside(*inside) is not None
        and r.inside(*CHROME) is None
        and low <= len(r.stripped) <= high
    ]


def _headlines(page: Page, count: int) -> list[TextRun]:
    runs = top_headlines(page.scan, count)
    if not runs:
        raise NotApplicable("no headline")
    return runs


def _replace_each(page: Page, runs: list[TextRun], lines: Lines) -> list[Edit]:
    return [_swap(page, run, lines[n % len(lines)]) for n, run in enumerate(runs)]


def _lede_paragraph(page: Page, rng: random.Random, lines: Lines) -> list[Edit]:
    runs = _body_runs(page, "p", low=60)
    if not runs:
        raise NotApplicable("no paragraph")
    return [_swap(page, runs[0], lines[0])]


CAPTION_CLASS = re.compile(r"caption|credit|bildtext|bildunterschrift|copyright|image-text|media-text", re.I)


def _is_caption(run: TextRun) -> bool:
    return run.inside("figcaption") is not None or any(
        CAPTION_CLASS.search(a.attrs.get("class") or "") for a in run.ancestors()[:3]
    )


def _caption(page: Page, rng: random.Random, lines: Lines) -> list[Edit]:
    body = page.body()
    runs = [r for r in page.scan.runs if r.start > body.start and len(r.stripped) > 10 and _is_caption(r)]
    if not runs:
        raise NotApplicable("no caption")
    return _replace_each(page, runs[:2], lines)


def _attr_edit(page: Page, element: Element, name: str, text: str) -> Edit | None:
    found = re.search(rf'\s{name}\s*=\s*("([^"]*)"|\'([^\']*)\')', element.tag_text, re.I)
    if found is None:
        return None
    group = 2 if found.group(2) is not None else 3
    return Edit(
        element.start + found.start(group), element.start + found.end(group), html_text(text, page.codec)
    )


def _image_text(page: Page, rng: random.Random, lines: Lines) -> list[Edit]:
    body = page.body()
    images = [e for e in page.scan.all("img") if e.start > body.start and len(e.attrs.get("alt") or "") > 8]
    edits = [e for e in (_attr_edit(page, img, "alt", lines[n]) for n, img in enumerate(images[:2])) if e]
    if not edits:
        raise NotApplicable("no described image")
    title = _headlines(page, 1)[0]
    return [*edits, _swap(page, title, lines[-1])]


def _document_title(page: Page, rng: random.Random, lines: Lines) -> list[Edit]:
    title = page.scan.first("title")
    if title is None or title.close <= title.inner:
        raise NotApplicable("no <title>")
    return [Edit(title.inner, title.close, html_text(lines[0], page.codec))]


def _share_texts(page: Page, rng: random.Random, lines: Lines) -> list[Edit]:
    metas = [
        m
        for m in page.scan.all("meta")
        if (m.attrs.get("property") or m.attrs.get("name") or "").lower()
        in ("og:title", "og:description", "description", "twitter:title", "twitter:description")
    ]
    edits = [e for e in (_attr_edit(page, m, "content", lines[n % 2]) for n, m in enumerate(metas)) if e]
    if not edits:
        raise NotApplicable("no share texts")
    return edits


def _headline_tail(page: Page, rng: random.Random, lines: Lines) -> list[Edit]:
    run = _headlines(page, 1)[0]
    _, end = _inner(run)
    return [Edit(end, end, html_text(f" \u2013 {lines[0]}", page.codec))]


def _headline_head(page: Page, rng: random.Random, lines: Lines) -> list[Edit]:
    run = _headlines(page, 2)[-1]
    start, _ = _inner(run)
    return [Edit(start, start, html_text(f"{lines[0]}: ", page.codec))]


def _lower_headlines(page: Page, rng: random.Random, lines: Lines) -> list[Edit]:
    runs = _headlines(page, 4)[1:]
    if not runs:
        raise NotApplicable("one headline only")
    return _replace_each(page, runs[:2], lines)


def _alternate_headlines(page: Page, rng: random.Random, lines: Lines) -> list[Edit]:
    return _replace_each(page, _headlines(page, 6)[::2], lines)


def _list_items(page: Page, rng: random.Random, lines: Lines) -> list[Edit]:
    runs = [r for r in _body_runs(page, "li", low=20, high=160) if r.inside("a") and not r.inside(*HEADINGS)]
    if len(runs) < 3:
        raise NotApplicable("no link list")
    pick = rng.sample(runs[: min(len(runs), 30)], 3)
    return _replace_each(page, sorted(pick, key=lambda r: r.start), lines)


def _kicker(page: Page, rng: random.Random, lines: Lines) -> list[Edit]:
    heads = {id(r) for r in top_headlines(page.scan, 40)}
    runs = [
        r
        for r in _body_runs(page, "a", low=4, high=40)
        if id(r) not in heads and r.inside("span", "strong", "em", "b", "small") is not None
    ]
    if not runs:
        raise NotApplicable("no kicker")
    short = [line for line in lines if len(line) < 60] or lines
    return _replace_each(page, runs[:2], short)


def _inline_strong(page: Page, rng: random.Random, lines: Lines) -> list[Edit]:
    runs = _body_runs(page, "p", low=40)
    if not runs:
        runs = _headlines(page, 1)
    start, _ = _inner(runs[0])
    return [Edit(start, start, f"<strong>{html_text(lines[0], page.codec)}</strong> ")]


def _headline_and_summary(page: Page, rng: random.Random, lines: Lines) -> list[Edit]:
    head = _headlines(page, 1)[0]
    after = [r for r in _body_runs(page, "p", low=30) if r.start > head.end][:1]
    return [_swap(page, head, lines[0]), *(_swap(page, r, lines[1]) for r in after)]


def _added_line(page: Page, rng: random.Random, lines: Lines) -> list[Edit]:
    run = _headlines(page, 1)[0]
    heading = run.inside(*HEADINGS) or run.inside("a")
    if heading is None or heading.end <= 0:
        raise NotApplicable("headline without an end")
    return [Edit(heading.end, heading.end, f"<p><em>{html_text(lines[0], page.codec)}</em></p>")]


def _first_heading(page: Page, rng: random.Random, lines: Lines) -> list[Edit]:
    runs = [r for r in _body_runs(page, "h1", "h2", low=8) if r.inside(*HEADINGS)]
    if not runs:
        raise NotApplicable("no heading")
    return [_swap(page, runs[0], lines[0])]


STYLES: dict[str, Callable[[Page, random.Random, Lines], list[Edit]]] = {
    "lede-paragraph-overwrite": _lede_paragraph,
    "figure-caption-overwrite": _caption,
    "image-alt-and-lead-title": _image_text,
    "browser-tab-title-only": _document_title,
    "share-card-meta-text": _share_texts,
    "headline-dash-appendix": _headline_tail,
    "second-headline-colon-prefix": _headline_head,
    "below-the-fold-headlines": _lower_headlines,
    "alternating-teaser-titles": _alternate_headlines,
    "most-read-list-entries": _list_items,
    "dachzeile-kicker-swap": _kicker,
    "bold-sentence-before-paragraph": _inline_strong,
    "headline-plus-teaser-blurb": _headline_and_summary,
    "editor-note-under-headline": _added_line,
    "top-heading-verbatim-swap": _first_heading,
}
FALLBACK = "alternating-teaser-titles"
FALLBACK_CHANCE = 0.03


def tamper(page: Page, rng: random.Random, style: str, lang: str) -> Attack:
    lines = list(VOICES[lang].lines)
    rng.shuffle(lines)
    used = style
    try:
        edits = STYLES[style](page, rng, lines)
    except NotApplicable:
        if rng.random() > FALLBACK_CHANCE:
            raise  # another history is tried; rarely, a common style stands in
        used = FALLBACK
        edits = STYLES[used](page, rng, lines)
    info = {"style": style, "applied": used, "lang": lang, "edits": len(edits)}
    return splice(page, edits, info)
