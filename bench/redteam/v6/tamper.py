"""Edition 6's `tamper`: small edits made in the CMS or the file; the page keeps its layout. One style
per item (see ``STYLES``): headlines rewritten in the newsroom's register, several headlines in
another language, teaser summaries, image captions and alt texts, an aria-live strip of items, the
search snippet (<title>, og:title, description), a kicker line above the main headline, an official
notice box, the main headline and lead turned into a notice, dates and numbers changed, paraphrases
of the page's own headlines, and a contact line for the group in the footer. No word of intrusion."""

# ruff: noqa: E501, RUF001

from __future__ import annotations

import random
import re
from collections.abc import Callable

from ..attack import Attack, NotApplicable, Page, insert, splice
from ..charset import html_text
from ..headlines import top_headlines
from ..markup import TextRun
from ..splice import Edit
from ..v2.attacks import page_language
from ..v3.tamper import _attr_edit, _lead_runs, _retext, _shown
from .data.own import CAPTIONS, CONTACT_LINES, EYEBROW, HEADLINES, META, NOTICES, PARAPHRASE, TEASERS, TICKER
from .data.people import CONTACTS, EMAILS, HANDLES
from .data.voices import VOICES

ALT_MAX = 4
DIGIT_RUNS = (1, 4)
DIGIT_TEXT_MIN = 8  # characters of a visible text run whose numbers are worth changing
PARAPHRASE_WORDS = (3, 5)
FOOTER_MIN = 6
FALLBACK_FOREIGN = "zh-Hans"  # a foreign-only style asked for the page's own language
_DIGITS = re.compile(r"(?<![#\w])\d+(?![\w]*;)")
META_NAMES = ("og:title", "twitter:title", "description", "og:description", "twitter:description")

Style = Callable[[Page, random.Random, str], tuple[list[Edit], str]]


def _heads(page: Page, rng: random.Random, low: int, high: int) -> list[TextRun]:
    runs = top_headlines(page.scan, rng.randint(low, high))
    if not runs:
        raise NotApplicable("no headline")
    return runs


def _shuffled(rng: random.Random, items: tuple[str, ...] | list[str]) -> list[str]:
    pool = list(items)
    rng.shuffle(pool)
    return pool


def _register(page: Page, rng: random.Random, lang: str) -> tuple[list[Edit], str]:
    used = page_language(page) if lang == "own" else lang
    pool = _shuffled(rng, HEADLINES[used] if lang == "own" else VOICES[used].plain)
    return [_retext(r, pool[n % len(pool)], page.codec) for n, r in enumerate(_heads(page, rng, 1, 3))], used


def _foreign_several(page: Page, rng: random.Random, lang: str) -> tuple[list[Edit], str]:
    lang = FALLBACK_FOREIGN if lang == "own" else lang
    pool = _shuffled(rng, [*VOICES[lang].slogans, *VOICES[lang].plain])
    return [_retext(r, pool[n % len(pool)], page.codec) for n, r in enumerate(_heads(page, rng, 2, 5))], lang


def _teasers(page: Page, rng: random.Random, lang: str) -> tuple[list[Edit], str]:
    leads = [r for r in _lead_runs(page) if _shown(r)][:10]
    if not leads:
        raise NotApplicable("no teaser text")
    used = page_language(page) if lang == "own" else lang
    pool = _shuffled(rng, TEASERS[used] if lang == "own" else VOICES[used].lines)
    picked = sorted(rng.sample(leads, min(len(leads), rng.randint(1, 2))), key=lambda r: r.start)
    return [_retext(r, pool[n % len(pool)], page.codec) for n, r in enumerate(picked)], used


def _captions(page: Page, rng: random.Random, lang: str) -> tuple[list[Edit], str]:
    used = page_language(page) if lang == "own" else lang
    pool = _shuffled(rng, CAPTIONS[used] if lang == "own" else VOICES[used].plain)
    edits: list[Edit] = []
    images = [i for i in page.scan.all("img") if len(i.attrs.get("alt") or "") >= 4]
    for n, image in enumerate(images[:ALT_MAX]):
        edit = _attr_edit(image, "alt", pool[n % len(pool)], page.codec)
        if edit is not None:
            edits.append(edit)
    captions = [r for r in page.scan.runs if r.inside("figcaption") is not None and len(r.stripped) >= 8]
    edits += [_retext(r, pool[(n + 1) % len(pool)], page.codec) for n, r in enumerate(captions[:2])]
    if not edits:
        raise NotApplicable("no image caption")
    return sorted(edits, key=lambda e: e.start), used


def _strip(page: Page, rng: random.Random, lang: str) -> tuple[list[Edit], str]:
    used = page_language(page) if lang == "own" else lang
    pool = _shuffled(rng, TICKER[used] if lang == "own" else VOICES[used].slogans)
    items = html_text(" \u25c6 ".join(pool[:3]), page.codec)
    markup = f'<p class="live-strip" aria-live="polite" style="margin:0;padding:6px 12px;border-bottom:1px solid #ddd">{items}</p>'
    return [insert(page.body().inner, markup)], used


def _snippet(page: Page, rng: random.Random, lang: str) -> tuple[list[Edit], str]:
    used = page_language(page) if lang == "own" else lang
    if lang == "own":
        title, description = rng.choice(META[used])
    else:
        title, description = rng.choice(VOICES[used].plain), rng.choice(VOICES[used].lines)
    element = page.scan.first("title")
    if element is None or element.close <= element.inner:
        raise NotApplicable("no <title>")
    edits = [Edit(element.inner, element.close, html_text(title, page.codec))]
    for meta in page.scan.all("meta"):
        name = (meta.attrs.get("property") or meta.attrs.get("name") or "").lower()
        if name in META_NAMES:
            edit = _attr_edit(meta, "content", title if name.endswith("title") else description, page.codec)
            if edit is not None:
                edits.append(edit)
    return sorted(edits, key=lambda e: e.start), used


def _main_owner(page: Page, rng: random.Random) -> int:
    head = _heads(page, rng, 1, 1)[0]
    owner = head.inside("h1", "h2", "h3") or head.inside("a")
    if owner is None:
        raise NotApplicable("headline without an element")
    return owner.start


def _kicker(page: Page, rng: random.Random, lang: str) -> tuple[list[Edit], str]:
    used = page_language(page) if lang == "own" else lang
    text = rng.choice(EYEBROW[used] if lang == "own" else VOICES[used].slogans)
    return [insert(_main_owner(page, rng), f'<p class="kicker">{html_text(text, page.codec)}</p>')], used


def _notice_texts(page: Page, rng: random.Random, lang: str) -> tuple[str, str, str, str]:
    if lang == "own":
        used = page_language(page)
        kind, heading, text = rng.choice(NOTICES[used])
        return used, kind, heading, text
    plain = _shuffled(rng, VOICES[lang].plain)
    return lang, "foreign", plain[0], plain[1]


def _notice_box(page: Page, rng: random.Random, lang: str) -> tuple[list[Edit], str]:
    used, kind, heading, text = _notice_texts(page, rng, lang)
    markup = (
        f'<div class="notice notice-{kind}" style="border:1px solid #999;padding:10px 14px;margin:10px 0">'
        f"<strong>{html_text(heading, page.codec)}</strong><br>{html_text(text, page.codec)}</div>"
    )
    return [insert(_main_owner(page, rng), markup)], used


def _headline_notice(page: Page, rng: random.Random, lang: str) -> tuple[list[Edit], str]:
    used, _kind, heading, text = _notice_texts(page, rng, "own")
    head = _heads(page, rng, 1, 1)[0]
    edits = [_retext(head, heading, page.codec)]
    later = [r for r in _lead_runs(page) if r.start > head.end and _shown(r)]
    if later:
        edits.append(_retext(later[0], text, page.codec))
    return edits, used


def _digits(page: Page, rng: random.Random, lang: str) -> tuple[list[Edit], str]:
    """Dates, times, prices and counts in the page's visible text changed, nothing else."""
    body = page.body()
    runs = [
        r
        for r in page.scan.runs
        if r.start > body.start
        and len(r.stripped) >= DIGIT_TEXT_MIN
        and _DIGITS.search(r.raw)
        and _shown(r)
        and r.inside("script", "style", "noscript", "template", "svg", "title") is None
    ]
    if not runs:
        raise NotApplicable("no number in the page's text")
    edits = []
    picked = sorted(
        {id(r): r for r in rng.sample(runs, min(len(runs), rng.randint(*DIGIT_RUNS)))}.values(),
        key=lambda r: r.start,
    )
    for run in picked:
        for found in _DIGITS.finditer(run.raw):
            value = found.group()
            new = str(int(value) + rng.randint(1, 9) * (10 ** max(0, len(value) - 2)))
            edits.append(Edit(run.start + found.start(), run.start + found.end(), new))
    return edits, page_language(page)


def _paraphrase(page: Page, rng: random.Random, lang: str) -> tuple[list[Edit], str]:
    used = page_language(page)
    edits = []
    for run in _heads(page, rng, 1, 3):
        words = " ".join(run.stripped.split()[: rng.randint(*PARAPHRASE_WORDS)]).rstrip(":,.–-")
        edits.append(_retext(run, rng.choice(PARAPHRASE[used]).format(words=words), page.codec))
    return edits, used


def _footer_contact(page: Page, rng: random.Random, lang: str) -> tuple[list[Edit], str]:
    handle = rng.choice((*HANDLES, *CONTACTS, *EMAILS))
    if lang == "own":
        used = page_language(page)
        text = rng.choice(CONTACT_LINES[used]).format(handle=handle)
    else:
        used = lang
        text = f"{VOICES[lang].greet}: {handle}"
    footer = next((f for f in reversed(page.scan.all("footer")) if f.close > f.inner), None)
    if footer is not None:
        runs = [
            r
            for r in page.scan.runs
            if footer.inner <= r.start < footer.close and len(r.stripped) >= FOOTER_MIN
        ]
        if runs and rng.random() < 0.5:
            return [_retext(rng.choice(runs), text, page.codec)], used
        return [insert(footer.close, f"<p>{html_text(text, page.codec)}</p>")], used
    return [insert(page.body_end(), f'<p class="contact">{html_text(text, page.codec)}</p>')], used


STYLES: dict[str, Style] = {
    "register-headlines-rewrite": _register,
    "several-headlines-foreign": _foreign_several,
    "teaser-summary-rewrite": _teasers,
    "figcaption-and-alt": _captions,
    "aria-live-strip": _strip,
    "seo-snippet-rewrite": _snippet,
    "kicker-line-above-lead": _kicker,
    "official-notice-box": _notice_box,
    "headline-turned-notice": _headline_notice,
    "digits-changed": _digits,
    "paraphrase-own-words": _paraphrase,
    "footer-contact-handle": _footer_contact,
}
OWN_ONLY = frozenset({"headline-turned-notice", "digits-changed", "paraphrase-own-words"})
FOREIGN_ONLY = frozenset({"several-headlines-foreign"})


def tamper(page: Page, rng: random.Random, style: str, lang: str) -> Attack:
    """The page's text rewritten by ``style`` in ``lang`` (``own``: the page's language)."""
    edits, used = STYLES[style](page, rng, lang)
    info = {"style": style, "lang": used, "own_language": lang == "own", "changed": len(edits)}
    return splice(page, sorted(edits, key=lambda e: e.start), info)
