"""Edition 3's `tamper`: the page keeps its layout and most of its text; what changes is HOW its
text is rewritten, one way per style (see ``STYLES``)."""

from __future__ import annotations

import random
import re
from collections.abc import Callable

from ..attack import Attack, NotApplicable, Page, insert, splice
from ..charset import html_text
from ..headlines import CHROME, headline_runs, top_headlines
from ..markup import Element, TextRun
from ..splice import Edit
from ..v2.attacks import page_language
from .data.own import BANNER_LINES, CAPTIONS, ECHO, NAV_WORDS, OWN_SLOGANS
from .data.people import EMOJI, HANDLES
from .data.voices import VOICES

LEAD_MIN = 60  # characters of a paragraph that counts as a lead or a teaser's summary
NAV_MIN_LINKS = 2
NAV_MAX_LINKS = 6
ALT_MAX = 3  # image captions rewritten at most
ECHO_WORDS = (2, 4)


def _slogans(page: Page, lang: str) -> tuple[str, list[str]]:
    """The language written and its slogans, shuffled by the caller."""
    if lang == "own":
        own = page_language(page)
        return own, list(OWN_SLOGANS[own])
    return lang, list(VOICES[lang].slogans)


def _retext(run: TextRun, new: str, codec: str) -> Edit:
    """``run``'s text replaced by ``new``, its surrounding white space kept."""
    lead = len(run.raw) - len(run.raw.lstrip())
    trail = len(run.raw) - len(run.raw.rstrip())
    return Edit(run.start + lead, run.end - trail, html_text(new, codec))


def _headlines(page: Page, rng: random.Random, texts: list[str], low: int, high: int) -> list[Edit]:
    runs = top_headlines(page.scan, rng.randint(low, high))
    if not runs:
        raise NotApplicable("no headline")
    return [_retext(run, texts[n % len(texts)], page.codec) for n, run in enumerate(runs)]


def _style_headlines(page: Page, rng: random.Random, lang: str) -> tuple[list[Edit], str]:
    used, pool = _slogans(page, lang)
    rng.shuffle(pool)
    return _headlines(page, rng, pool, 2, 5), used


def _style_mixed(page: Page, rng: random.Random, lang: str) -> tuple[list[Edit], str]:
    own = page_language(page)
    foreign = lang if lang != "own" else rng.choice(sorted(VOICES))
    texts = [
        f"{rng.choice(OWN_SLOGANS[own])} / {rng.choice(VOICES[foreign].slogans)}",
        f"{rng.choice(VOICES[foreign].slogans)} \u2013 {rng.choice(OWN_SLOGANS[own])}",
    ]
    return _headlines(page, rng, texts, 1, 3), f"{own}+{foreign}"


def _style_emoji(page: Page, rng: random.Random, lang: str) -> tuple[list[Edit], str]:
    used, pool = _slogans(page, lang)
    rng.shuffle(pool)
    texts = [f"{rng.choice(EMOJI)} {s} {rng.choice(EMOJI)} {rng.choice(HANDLES)}" for s in pool]
    return _headlines(page, rng, texts, 1, 4), used


def _style_echo(page: Page, rng: random.Random, lang: str) -> tuple[list[Edit], str]:
    """Slogans built on the first words of the page's own headlines."""
    own = page_language(page)
    runs = top_headlines(page.scan, rng.randint(1, 3))
    if not runs:
        raise NotApplicable("no headline")
    edits = []
    for run in runs:
        words = run.stripped.split()[: rng.randint(*ECHO_WORDS)]
        edits.append(_retext(run, rng.choice(ECHO[own]).format(words=" ".join(words)), page.codec))
    return edits, own


def _lead_runs(page: Page) -> list[TextRun]:
    first = headline_runs(page.scan)
    after = first[0].start if first else 0
    return [
        r
        for r in page.scan.runs
        if r.start > after
        and len(r.stripped) >= LEAD_MIN
        and r.inside("p", "div", "span") is not None
        and r.inside(*CHROME, "script", "style", "a", "noscript", "template", "svg") is None
    ]


def _style_lead(page: Page, rng: random.Random, lang: str) -> tuple[list[Edit], str]:
    """A lead paragraph or a teaser's summary replaced by the attacker's message; sometimes the
    headline above it too."""
    leads = _lead_runs(page)
    if not leads:
        raise NotApplicable("no lead paragraph")
    if lang == "own":
        used = page_language(page)
        text = " ".join(rng.sample(OWN_SLOGANS[used], 2)) + "."
    else:
        used = lang
        text = " ".join(rng.sample(VOICES[lang].lines, 2))
    edits = [_retext(leads[rng.randrange(min(3, len(leads)))], text, page.codec)]
    heads = top_headlines(page.scan, 1)
    if heads and rng.random() < 0.4 and heads[0].end <= edits[0].start:
        _, pool = _slogans(page, lang)
        edits.insert(0, _retext(heads[0], rng.choice(pool), page.codec))
    return edits, used


_ATTR = re.compile(r"""\b(alt|title|content)\s*=\s*(["'])(.*?)\2""", re.I | re.S)


def _attr_edit(element: Element, name: str, new: str, codec: str) -> Edit | None:
    for found in _ATTR.finditer(element.tag_text):
        if found.group(1).lower() == name:
            start = element.start + found.start(3)
            return Edit(start, start + len(found.group(3)), html_text(new, codec))
    return None


def _style_captions(page: Page, rng: random.Random, lang: str) -> tuple[list[Edit], str]:
    """Image alt/title texts, the <title> and og:title rewritten; the visible text untouched."""
    used, pool = _slogans(page, lang)
    captions = list(CAPTIONS[page_language(page)]) + pool
    edits: list[Edit] = []
    title = page.scan.first("title")
    if title is None or title.close <= title.inner:
        raise NotApplicable("no <title>")
    edits.append(Edit(title.inner, title.close, html_text(rng.choice(pool), page.codec)))
    for meta in page.scan.all("meta"):
        if (meta.attrs.get("property") or meta.attrs.get("name") or "").lower() in (
            "og:title",
            "twitter:title",
        ):
            edit = _attr_edit(meta, "content", rng.choice(pool), page.codec)
            if edit is not None:
                edits.append(edit)
    images = [i for i in page.scan.all("img") if len(i.attrs.get("alt") or "") >= 5]
    for image in images[:ALT_MAX]:
        for name in ("alt", "title"):
            edit = _attr_edit(image, name, rng.choice(captions), page.codec)
            if edit is not None:
                edits.append(edit)
    return sorted(edits, key=lambda e: e.start), used


def _style_banner(page: Page, rng: random.Random, lang: str) -> tuple[list[Edit], str]:
    """One line added just above the main headline, everything else kept."""
    heads = top_headlines(page.scan, 1)
    if not heads:
        raise NotApplicable("no headline")
    owner = heads[0].inside("h1", "h2", "h3") or heads[0].inside("a")
    if owner is None:
        raise NotApplicable("headline without an element")
    if lang == "own":
        used = page_language(page)
        text = rng.choice(BANNER_LINES[used])
    else:
        used = lang
        text = rng.choice(VOICES[lang].slogans)
    text += f" {rng.choice(EMOJI)} {rng.choice(HANDLES)}" if rng.random() < 0.5 else ""
    tag = rng.choice(("strong", "span", "b"))
    markup = f'<{tag} style="display:block;color:#c00;font-weight:bold">{html_text(text, page.codec)}</{tag}>'
    return [insert(owner.start, markup)], used


_HIDDEN_CLASS = re.compile(r"hidden|sr-only|visually|screen-reader|offscreen", re.I)


def _shown(run: TextRun) -> bool:
    """Not inside an element whose class marks it as text for screen readers only."""
    return not any(_HIDDEN_CLASS.search(a.attrs.get("class") or "") for a in run.ancestors())


def _nav_links(page: Page) -> list[TextRun]:
    for menu in [*page.scan.all("nav"), *page.scan.all("ul")]:
        if menu.end < 0:
            continue
        runs = [
            r
            for r in page.scan.runs
            if menu.inner <= r.start < menu.close
            and r.inside("a") is not None
            and 2 <= len(r.stripped) <= 30
            and _shown(r)
        ]
        if len(runs) >= NAV_MIN_LINKS:
            return runs[:NAV_MAX_LINKS]
    return []


def _style_nav(page: Page, rng: random.Random, lang: str) -> tuple[list[Edit], str]:
    """A navigation menu's link texts replaced one by one."""
    runs = _nav_links(page)
    if not runs:
        raise NotApplicable("no navigation menu")
    own = page_language(page)
    words = list(NAV_WORDS[own])
    rng.shuffle(words)
    if lang != "own":
        words[0] = rng.choice(VOICES[lang].slogans)
    count = rng.randint(NAV_MIN_LINKS, len(runs))
    edits = [_retext(run, words[n % len(words)], page.codec) for n, run in enumerate(runs[:count])]
    return edits, own if lang == "own" else f"{own}+{lang}"


STYLES: dict[str, Callable[[Page, random.Random, str], tuple[list[Edit], str]]] = {
    "headlines": _style_headlines,
    "lead": _style_lead,
    "captions-title": _style_captions,
    "banner-line": _style_banner,
    "nav-menu": _style_nav,
    "mixed-language": _style_mixed,
    "emoji-handle": _style_emoji,
    "echo-own-words": _style_echo,
}


def tamper(page: Page, rng: random.Random, style: str, lang: str) -> Attack:
    """The page's text rewritten by ``style`` in ``lang`` (``own``: the page's language)."""
    edits, used = STYLES[style](page, rng, lang)
    return splice(
        page, edits, {"style": style, "lang": used, "own_language": lang == "own", "changed": len(edits)}
    )
