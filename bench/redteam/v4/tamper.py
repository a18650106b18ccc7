"""Edition 4's `tamper`: small, targeted edits an attacker makes in the CMS or the file. The page keeps
its layout; one style per item (see ``STYLES``) says which text is rewritten and how."""

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
from ..v3.tamper import _attr_edit, _lead_runs, _nav_links, _retext, _shown
from .data.own import (
    CAPTIONS,
    DESCRIPTIONS,
    ECHO,
    FOOTER,
    NAV_WORDS,
    NOTICES,
    SAME_REGISTER,
    TEASERS,
    TICKER,
)
from .data.people import CONTACTS, HANDLES
from .data.voices import VOICES

ALT_MAX = 4
ECHO_WORDS = (2, 5)
FOOTER_MIN = 8  # characters of a footer text run worth replacing
MIX_PAIRS = (
    ("zh-Hans", "en"),
    ("zh-Hant", "ja"),
    ("ko", "en"),
    ("ar", "fa"),
    ("ru", "uk"),
    ("vi", "zh-Hans"),
)
MIX_PARTNERS = ("en", "zh-Hans", "ja", "ar", "ru", "ko")  # scripts a foreign slogan is paired with
FALLBACK_FOREIGN = "zh-Hans"  # a foreign-only style asked for the page's own language
_DIGITS = re.compile(r"\d+")

Style = Callable[[Page, random.Random, str], tuple[list[Edit], str]]


def _foreign(lang: str, rng: random.Random) -> tuple[str, list[str]]:
    lang = lang if lang in VOICES else FALLBACK_FOREIGN
    pool = list(VOICES[lang].slogans)
    rng.shuffle(pool)
    return lang, pool


def _heads(page: Page, rng: random.Random, low: int, high: int) -> list[TextRun]:
    runs = top_headlines(page.scan, rng.randint(low, high))
    if not runs:
        raise NotApplicable("no headline")
    return runs


def _same_register(page: Page, rng: random.Random, lang: str) -> tuple[list[Edit], str]:
    """Headlines rewritten to invented news in the newsroom's own voice and language."""
    own = page_language(page)
    pool = list(SAME_REGISTER[own])
    rng.shuffle(pool)
    runs = _heads(page, rng, 1, 4)
    return [_retext(r, pool[n % len(pool)], page.codec) for n, r in enumerate(runs)], own


def _foreign_headlines(page: Page, rng: random.Random, lang: str) -> tuple[list[Edit], str]:
    used, pool = _foreign(lang, rng)
    runs = _heads(page, rng, 1, 3)
    return [_retext(r, pool[n % len(pool)], page.codec) for n, r in enumerate(runs)], used


def _mixed_script(page: Page, rng: random.Random, lang: str) -> tuple[list[Edit], str]:
    """One headline per pair of languages in two scripts, joined in one line."""
    if lang in VOICES:
        first, second = lang, rng.choice([p for p in MIX_PARTNERS if p != lang])
    else:
        first, second = rng.choice(MIX_PAIRS)
    joiner = rng.choice((" · ", " | ", " — ", " / "))
    runs = _heads(page, rng, 1, 2)
    edits = [
        _retext(
            r, rng.choice(VOICES[first].slogans) + joiner + rng.choice(VOICES[second].slogans), page.codec
        )
        for r in runs
    ]
    return edits, f"{first}+{second}"


def _echo(page: Page, rng: random.Random, lang: str) -> tuple[list[Edit], str]:
    """Headlines paraphrased from their own first words into fake news."""
    own = page_language(page)
    edits = []
    for run in _heads(page, rng, 1, 2):
        words = " ".join(run.stripped.split()[: rng.randint(*ECHO_WORDS)])
        edits.append(_retext(run, rng.choice(ECHO[own]).format(words=words), page.codec))
    return edits, own


def _lead(page: Page, rng: random.Random, lang: str) -> tuple[list[Edit], str]:
    """A lead paragraph or teaser replaced: a fake notice (own language) or a message."""
    leads = [r for r in _lead_runs(page) if _shown(r)]
    if not leads:
        raise NotApplicable("no lead paragraph")
    if lang == "own":
        used = page_language(page)
        text = rng.choice(NOTICES[used] + TEASERS[used])
    else:
        used, text = lang, " ".join(rng.sample(VOICES[lang].lines, 2))
    return [_retext(leads[rng.randrange(min(4, len(leads)))], text, page.codec)], used


def _fake_notice(page: Page, rng: random.Random, lang: str) -> tuple[list[Edit], str]:
    """The main headline becomes an official-sounding notice; the numbers of the first lead after
    it change (dates, times, phone numbers)."""
    own = page_language(page)
    head = _heads(page, rng, 1, 1)[0]
    edits = [_retext(head, rng.choice(NOTICES[own]), page.codec)]
    later = [r for r in _lead_runs(page) if r.start > head.end and _DIGITS.search(r.raw)]
    if later:
        run = later[0]
        shifted = _DIGITS.sub(lambda m: str((int(m.group()) * 7 + 3) % (10 ** len(m.group()))), run.raw)
        edits.append(Edit(run.start, run.end, html_text(shifted, page.codec)))
    return edits, own


def _meta(page: Page, rng: random.Random, lang: str) -> tuple[list[Edit], str]:
    """<title>, og:/twitter: titles, the description and image alt/title texts; no visible text."""
    own = page_language(page)
    used, pool = (own, list(SAME_REGISTER[own])) if lang == "own" else _foreign(lang, rng)
    title = page.scan.first("title")
    if title is None or title.close <= title.inner:
        raise NotApplicable("no <title>")
    edits = [Edit(title.inner, title.close, html_text(rng.choice(pool), page.codec))]
    for meta in page.scan.all("meta"):
        key = (meta.attrs.get("property") or meta.attrs.get("name") or "").lower()
        text = rng.choice(DESCRIPTIONS[own]) if "description" in key else rng.choice(pool)
        if key in ("og:title", "twitter:title", "description", "og:description"):
            edit = _attr_edit(meta, "content", text, page.codec)
            if edit is not None:
                edits.append(edit)
    for image in [i for i in page.scan.all("img") if len(i.attrs.get("alt") or "") >= 5][:ALT_MAX]:
        for name in ("alt", "title"):
            edit = _attr_edit(image, name, rng.choice(CAPTIONS[own] + tuple(pool)), page.codec)
            if edit is not None:
                edits.append(edit)
    return sorted(edits, key=lambda e: e.start), used


def _owner_start(page: Page, rng: random.Random) -> int:
    head = _heads(page, rng, 1, 1)[0]
    owner = head.inside("h1", "h2", "h3") or head.inside("a")
    if owner is None:
        raise NotApplicable("headline without an element")
    return owner.start


def _ticker(page: Page, rng: random.Random, lang: str) -> tuple[list[Edit], str]:
    """A breaking-news strip at the top of the body (sometimes a scrolling one)."""
    own = page_language(page)
    used, text = (own, rng.choice(TICKER[own])) if lang == "own" else (lang, rng.choice(VOICES[lang].slogans))
    inner = html_text(text, page.codec)
    if rng.random() < 0.4:
        inner = f'<marquee scrollamount="4">{inner}</marquee>'
    style = "background:#b00;color:#fff;padding:6px 12px;font-weight:700"
    markup = f'<div class="breaking-bar" style="{style}">{inner}</div>'
    return [insert(page.body().inner, markup)], used


def _kicker(page: Page, rng: random.Random, lang: str) -> tuple[list[Edit], str]:
    """A kicker line inserted just above the main headline, in the site's own style of small print."""
    own = page_language(page)
    used, text = (
        (own, rng.choice(NOTICES[own])) if lang == "own" else (lang, rng.choice(VOICES[lang].slogans))
    )
    tag = rng.choice(("p", "div", "em"))
    markup = f'<{tag} class="kicker">{html_text(text, page.codec)}</{tag}>'
    return [insert(_owner_start(page, rng), markup)], used


def _nav(page: Page, rng: random.Random, lang: str) -> tuple[list[Edit], str]:
    runs = _nav_links(page)
    if not runs:
        raise NotApplicable("no navigation menu")
    own = page_language(page)
    words = list(NAV_WORDS[own])
    rng.shuffle(words)
    if lang != "own":
        words = [rng.choice(VOICES[lang].slogans).split()[0] for _ in range(2)] + words
    count = rng.randint(2, len(runs))
    edits = [_retext(run, words[n % len(words)], page.codec) for n, run in enumerate(runs[:count])]
    return edits, own if lang == "own" else f"{own}+{lang}"


def _footer(page: Page, rng: random.Random, lang: str) -> tuple[list[Edit], str]:
    """A footer or contact line replaced with the attackers' messaging handles."""
    footers = [
        f
        for f in page.scan.all("footer")
        if f.close > f.inner and not any(a.name in ("article", "li", "section") for a in f.ancestors())
    ]
    if not footers:
        raise NotApplicable("no site footer")
    site = footers[-1]  # the page's own footer comes last
    runs = [
        r
        for r in page.scan.runs
        if site.inner <= r.start < site.close
        and len(r.stripped) >= FOOTER_MIN
        and r.inside("script", "style") is None
        and _shown(r)
    ]
    if not runs:
        raise NotApplicable("no footer text")
    own = page_language(page)
    handle = rng.choice(HANDLES + CONTACTS)
    text = rng.choice(FOOTER[own]).format(handle=handle)
    if lang != "own":
        text = f"{rng.choice(VOICES[lang].slogans)} · {handle}"
    return [_retext(rng.choice(runs[:6]), text, page.codec)], own if lang == "own" else lang


STYLES: dict[str, Style] = {
    "same-register-headlines": _same_register,
    "foreign-headlines": _foreign_headlines,
    "mixed-script-headlines": _mixed_script,
    "paraphrase-own-headline": _echo,
    "lead-replaced": _lead,
    "fake-official-notice": _fake_notice,
    "metadata-only": _meta,
    "breaking-ticker": _ticker,
    "kicker-above-headline": _kicker,
    "nav-link-texts": _nav,
    "footer-handles": _footer,
}
OWN_ONLY = frozenset({"same-register-headlines", "paraphrase-own-headline", "fake-official-notice"})
FOREIGN_ONLY = frozenset({"foreign-headlines", "mixed-script-headlines"})


def tamper(page: Page, rng: random.Random, style: str, lang: str) -> Attack:
    """The page's text rewritten by ``style`` in ``lang`` (``own``: the page's language)."""
    edits, used = STYLES[style](page, rng, lang)
    info = {"style": style, "lang": used, "own_language": lang == "own", "changed": len(edits)}
    return splice(page, sorted(edits, key=lambda e: e.start), info)
