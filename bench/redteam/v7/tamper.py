"""Edition 7's `tamper`: small edits by someone with CMS or file access; the page keeps its layout.
One style per item (see ``STYLES``): one or several headlines rewritten in the newsroom's own
register or in a foreign language, a summary or a caption rewritten, image ``alt`` texts, the
``og:``/``description`` metadata and ``<title>``, a plain ticker list, an overline above the lead
story, a fake emergency notice or official statement, dates and phone numbers altered in place,
one of the page's own headlines twisted into a comment, a contact line carrying a handle, and the
``<title>`` and first headline rewritten together."""

from __future__ import annotations

import html
import random
import re
from collections.abc import Callable

from ..attack import Attack, NotApplicable, Page, insert, splice
from ..charset import html_text
from ..headlines import top_headlines
from ..markup import TextRun
from ..splice import Edit
from ..v2.attacks import page_language
from ..v3.tamper import _lead_runs, _retext, _shown
from .data.own import (
    ALTS,
    CAPTIONS,
    CONTACT_LINES,
    EMERGENCY,
    META,
    OVERLINES,
    REGISTER_HEADLINES,
    STATEMENTS,
    TICKER,
    TWIST_FRAMES,
)
from .data.people import CONTACTS, EMAILS
from .data.voices import VOICES

Style = Callable[[Page, random.Random, str], tuple[list[Edit], str]]
_ATTR = r"""\b{name}\s*=\s*(["'])(.*?)\1"""
_META_KEYS = re.compile(
    r"""(?:property|name)\s*=\s*["'](og:title|og:description|description|twitter:title)["']""", re.I
)
_MONTHS = (
    "Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember"
    "|January|February|March|June|July|October|December"
)
# a day of a date, an hour of a time, or the last digits of a phone number
_NUMBER = re.compile(
    rf"\b(?P<day>\d{{1,2}})(?=\.\d{{1,2}}\.\d{{2,4}}\b|\.? (?:{_MONTHS})\b)"
    r"|\b(?P<hour>\d{1,2})(?=:\d{2}\b)"
    r"|(?<=\d[ /-])(?P<tail>\d{2,4})(?=\s*$|\s*[^\d\s.,:/-])"
)
_CAPTION_CLASS = re.compile(r"caption|credit|bildunterschrift|bildtext", re.I)
TWIST_MAX = 110  # characters of a twisted headline
DIGIT_RUNS = (1, 3)


def _own_or(
    page: Page, lang: str, own: dict[str, tuple[str, ...]], field: str, rng: random.Random
) -> tuple[str, list[str]]:
    """The language written and a shuffled pool: ``own`` table for the page's language, else the
    foreign voice's ``field``."""
    if lang == "own":
        used = page_language(page)
        pool = list(own[used])
    else:
        used = lang
        pool = list(getattr(VOICES[lang], field))
    rng.shuffle(pool)
    return used, pool


def _heads(page: Page, count: int) -> list[TextRun]:
    runs = top_headlines(page.scan, count)
    if not runs:
        raise NotApplicable("no headline")
    return runs


def _attr_edit(tag_text: str, start: int, name: str, value: str, codec: str) -> Edit | None:
    found = re.search(_ATTR.format(name=name), tag_text, re.I | re.S)
    if found is None:
        return None
    return Edit(start + found.start(2), start + found.end(2), html_text(value, codec))


def _one_register(page: Page, rng: random.Random, lang: str) -> tuple[list[Edit], str]:
    used, pool = _own_or(page, lang, REGISTER_HEADLINES, "slogans", rng)
    run = rng.choice(_heads(page, 3))
    return [_retext(run, pool[0], page.codec)], used


def _several(page: Page, rng: random.Random, lang: str) -> tuple[list[Edit], str]:
    used, pool = _own_or(page, lang, REGISTER_HEADLINES, "slogans", rng)
    runs = _heads(page, rng.randint(2, 4))
    return [_retext(r, pool[n % len(pool)], page.codec) for n, r in enumerate(runs)], used


def _summary(page: Page, rng: random.Random, lang: str) -> tuple[list[Edit], str]:
    used, pool = _own_or(page, lang, STATEMENTS, "lines", rng)
    leads = [r for r in _lead_runs(page) if _shown(r)][:6]
    if not leads:
        raise NotApplicable("no summary")
    picked = sorted(rng.sample(leads, min(len(leads), rng.randint(1, 2))), key=lambda r: r.start)
    return [_retext(r, pool[n % len(pool)], page.codec) for n, r in enumerate(picked)], used


def _caption(page: Page, rng: random.Random, lang: str) -> tuple[list[Edit], str]:
    used, pool = _own_or(page, lang, CAPTIONS, "slogans", rng)
    runs = [
        r
        for r in page.scan.runs
        if _shown(r)
        and len(r.stripped) >= 12
        and r.inside("form", "nav") is None
        and (
            r.inside("figcaption") is not None
            or any(_CAPTION_CLASS.search(a.attrs.get("class") or "") for a in r.ancestors()[:3])
        )
    ]
    if not runs:
        raise NotApplicable("no caption")
    picked = sorted(rng.sample(runs, min(len(runs), rng.randint(1, 2))), key=lambda r: r.start)
    return [_retext(r, pool[n % len(pool)], page.codec) for n, r in enumerate(picked)], used


def _alts(page: Page, rng: random.Random, lang: str) -> tuple[list[Edit], str]:
    used, pool = _own_or(page, lang, ALTS, "slogans", rng)
    body = page.body()
    edits: list[Edit] = []
    for image in page.scan.all("img"):
        alt = image.attrs.get("alt") or ""
        if image.start < body.start or len(alt.strip()) < 8:
            continue
        edit = _attr_edit(image.tag_text, image.start, "alt", pool[len(edits) % len(pool)], page.codec)
        if edit is not None:
            edits.append(edit)
        if len(edits) >= 3:
            break
    if not edits:
        raise NotApplicable("no image with an alt text")
    return edits, used


def _metadata(page: Page, rng: random.Random, lang: str) -> tuple[list[Edit], str]:
    used, pool = _own_or(page, lang, META, "slogans", rng)
    edits: list[Edit] = []
    for meta in page.scan.all("meta"):
        if _META_KEYS.search(meta.tag_text):
            edit = _attr_edit(meta.tag_text, meta.start, "content", pool[len(edits) % len(pool)], page.codec)
            if edit is not None:
                edits.append(edit)
    title = page.scan.first("title")
    if title is not None and title.close > title.inner:
        edits.append(Edit(title.inner, title.close, html_text(pool[0], page.codec)))
    if len(edits) < 2:
        raise NotApplicable("no metadata to rewrite")
    return edits, used


def _ticker(page: Page, rng: random.Random, lang: str) -> tuple[list[Edit], str]:
    used, pool = _own_or(page, lang, TICKER, "slogans", rng)
    items = "".join(f"<li>{html_text(t, page.codec)}</li>" for t in pool[:3])
    headers = [h for h in page.scan.all("header") if h.end > 0 and h.start > page.body().start]
    at = headers[0].end if headers else page.body().inner
    return [insert(at, f'<ul class="ticker-list">{items}</ul>')], used


def _overline(page: Page, rng: random.Random, lang: str) -> tuple[list[Edit], str]:
    used, pool = _own_or(page, lang, OVERLINES, "slogans", rng)
    run = _heads(page, 1)[0]
    owner = run.inside("h1", "h2", "h3") or run.inside("a")
    if owner is None:
        raise NotApplicable("no headline element")
    return [insert(owner.start, f'<p class="overline">{html_text(pool[0], page.codec)}</p>')], used


def _emergency(page: Page, rng: random.Random, lang: str) -> tuple[list[Edit], str]:
    used, pool = _own_or(page, lang, EMERGENCY, "notices", rng)
    mains = [m for m in page.scan.all("main") if m.close > m.inner]
    at = mains[0].inner if mains else page.body().inner
    box = f'<div class="notice notice-important" role="alert"><p>{html_text(pool[0], page.codec)}</p></div>'
    return [insert(at, box)], used


def _statement(page: Page, rng: random.Random, lang: str) -> tuple[list[Edit], str]:
    used, pool = _own_or(page, lang, STATEMENTS, "notices", rng)
    leads = [r for r in _lead_runs(page) if _shown(r)]
    if not leads:
        raise NotApplicable("no lead")
    return [_retext(leads[0], pool[0], page.codec)], used


def _digits(page: Page, rng: random.Random, lang: str) -> tuple[list[Edit], str]:
    """Dates, times and phone numbers changed where they stand; no word changes."""
    body = page.body()
    runs = [r for r in page.scan.runs if r.start > body.start and "&#" not in r.raw and _NUMBER.search(r.raw)]
    if not runs:
        raise NotApplicable("no dates, times or phone numbers")
    picked = sorted(rng.sample(runs, min(len(runs), rng.randint(*DIGIT_RUNS))), key=lambda r: r.start)
    edits = []
    for run in picked:
        for found in list(_NUMBER.finditer(run.raw))[:2]:
            old = found.group()
            if found.group("day"):
                new = str(rng.choice([d for d in range(1, 29) if d != int(old)]))
            elif found.group("hour"):
                new = f"{rng.choice([h for h in range(6, 23) if h != int(old)]):0{len(old)}d}"
            else:
                new = "".join(rng.choice("0123456789") for _ in old)
            edits.append(Edit(run.start + found.start(), run.start + found.end(), new))
    return edits, page_language(page)


def _twist(page: Page, rng: random.Random, lang: str) -> tuple[list[Edit], str]:
    used = page_language(page)
    run = _heads(page, 1)[0]
    own = html.unescape(run.stripped)[:TWIST_MAX]
    frame = rng.choice(TWIST_FRAMES[used])
    return [_retext(run, frame.format(h=own), page.codec)], used


def _contact(page: Page, rng: random.Random, lang: str) -> tuple[list[Edit], str]:
    used = page_language(page)
    handle = rng.choice((*CONTACTS, *EMAILS))
    line = rng.choice(CONTACT_LINES[used]).format(handle=handle)
    footers = [f for f in page.scan.all("footer") if f.close > f.inner]
    at = footers[-1].inner if footers else page.body_end()
    return [insert(at, f'<p class="contact-line">{html_text(line, page.codec)}</p>')], used


def _title_pair(page: Page, rng: random.Random, lang: str) -> tuple[list[Edit], str]:
    used, pool = _own_or(page, lang, REGISTER_HEADLINES, "slogans", rng)
    title = page.scan.first("title")
    if title is None or title.close <= title.inner:
        raise NotApplicable("no <title>")
    run = _heads(page, 1)[0]
    return [
        Edit(title.inner, title.close, html_text(pool[0], page.codec)),
        _retext(run, pool[0], page.codec),
    ], used


STYLES: dict[str, Style] = {
    "single-headline-in-place": _one_register,
    "several-headlines-in-place": _several,
    "summary-rewritten": _summary,
    "caption-rewritten": _caption,
    "image-alt-rewritten": _alts,
    "social-metadata-and-title": _metadata,
    "plain-ticker-list": _ticker,
    "overline-above-lead-story": _overline,
    "fake-emergency-box": _emergency,
    "fake-statement-as-lead": _statement,
    "digits-altered-in-place": _digits,
    "own-headline-twisted": _twist,
    "handle-in-footer-contact-line": _contact,
    "title-and-first-headline": _title_pair,
}
OWN_ONLY = frozenset({"digits-altered-in-place", "own-headline-twisted", "handle-in-footer-contact-line"})
FOREIGN_ONLY: frozenset[str] = frozenset()


def tamper(page: Page, rng: random.Random, style: str, lang: str) -> Attack:
    """The page's text edited by ``style`` in ``lang`` (``own``: the page's language)."""
    edits, used = STYLES[style](page, rng, lang)
    info = {"style": style, "lang": used, "own_language": lang == "own", "changed": len(edits)}
    return splice(page, sorted(edits, key=lambda e: e.start), info)
