"""Rewrite: headlines that no longer fit their own article, judged against the previous clean page.

Signals that hold whatever words an attacker chooses, read from the page and its own history:

* **rewritten article link**: a link to one of the site's own articles that the previous clean
  capture showed with one headline now shows another that shares no word with that headline nor
  with the article's URL slug (a part after a kicker counts alone: 'Louvre: <slogan>').
  Publishing adds new articles under new URLs; editors retouch a headline and keep its words.
* **rewritten in place** (``slots.py``): any link (a teaser, a list entry) whose text line was
  replaced one for one, the lines around it unchanged, by text that shares no word with the old
  text, the link's slug or its own ``title``; the link still points to the same address. Counted
  like a rewritten article link; a link whose own attributes still carry the old headline (only
  the visible text changed) adds ``stale_twin``. A heading outside links rewritten in place
  counts too when the new text is in another language or script than the page.
* **another script**: new headlines (title, headings, links) in another script than the page's
  headlines (Han slogans on a Latin page, Latin sentences on a Chinese one): one is suspicious,
  two or more in one language are slogans written over the headlines (a notice offered in
  several languages is not).
* **foreign and off its slug**: a headline in another script, or in another language
  (``langid.py``, a packaged n-gram model; only on a site whose clean captures never showed a
  headline in another language), on a link to the site's own article whose URL slug shares no
  word with it. Each alone happens in real news (an English quote on a German page, a display
  headline that differs from its slug); together they are how a slogan written over a headline
  looks.
* **signed**: a new or rewritten headline that names a mail address off the site's domain or a
  messenger channel the page never showed, in its text or as the address it links to (a line
  slipped into a list that links to a Telegram channel instead of an article).

The detector needs the previous clean capture (``compare``); ``detect`` alone finds nothing. Words
are compared as 5-letter stems, and Chinese, Japanese and Korean text as character pairs. Every
weight is a named field of ``RewriteConfig``.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, fields, replace
from typing import ClassVar

from tamperwatch.detect.base import ProfilePart
from tamperwatch.detect.langid import identify, other_languages
from tamperwatch.detect.origins import registrable_domain
from tamperwatch.detect.page import Page, visible_text
from tamperwatch.detect.rewrite_text import (
    CHANNEL_HOSTS,
    MAIL_ADDRESS,
    article_links,
    common_tokens,
    first_segment,
    headline_texts,
    href_tokens,
    link_texts,
    listing_script,
    new_segments,
    other_script,
    page_language,
    page_script,
    script_of,
    tokens,
)
from tamperwatch.detect.slots import rewritten_headings, rewritten_links
from tamperwatch.detect.tuning import evidence_scale, tuned
from tamperwatch.models import Finding
from tamperwatch.settings import Settings

# A mail address or a messenger link, in ASCII (a CJK headline writes its words right against it)
_CONTACT = re.compile(
    r"(?<![\w.-])(?:"
    + "|".join(re.escape(host) for host in CHANNEL_HOSTS)
    + r")/[A-Za-z0-9_]{3,}|"
    + MAIL_ADDRESS,
    re.IGNORECASE,
)
# links that can lead to a contact of _CONTACT (read once a check has new headlines)
_CONTACT_LINKS = ", ".join(f'a[href*="{host}/" i]' for host in CHANNEL_HOSTS) + ', a[href^="mailto:" i]'
_MAX_CONTACT_LINKS = 200  # such links read per page
# a Latin text in no clear language or in English is no language written over a headline
_NOT_FOREIGN = frozenset({"", "en"})
LINGUA_FRANCA = "en"  # new headlines in it are no language evidence on a page in another language
_BY_LANGUAGE = frozenset({"latin", "cyrillic"})  # scripts shared by many languages
_MAX_LEARNED_HEADLINES = 80  # headlines of a clean page whose language is checked when learning
_MAX_LEARNED_LINES = 200  # text lines of a clean page read for the languages it shows ...
_MIN_LEARNED_CHARS = 36  # ... those this long (a shorter line does not tell its language)
_MAX_STABLE_HEADINGS = 400  # headings kept as the ones every known-good capture showed


@dataclass(frozen=True, slots=True)
class RewriteConfig:
    rewritten_link: float = 0.42  # evidence of one existing article link with a foreign headline
    each_further: float = 0.2  # added for every further one (two make a defacement)
    foreign_in_rewrite: float = 0.3  # added when a rewritten headline is also foreign
    stale_twin: float = 0.2  # added when a rewritten link still carries its old headline in its
    # own attributes (title, aria-label, an image's alt): the visible text alone was changed
    foreign_off_slug: float = 0.45  # one foreign headline on an article link whose slug it shares
    # nothing with: suspicious (a site's first article in another language looks alike)
    foreign_only: float = 0.45  # one new headline in another script, nothing else: suspicious
    foreign_several: float = 0.6  # two or more in one language: slogans written over the headlines
    # headlines in one language the site never used, told by the identifier alone (same script):
    # a guess on a short headline is noisier than a script, so it takes three
    min_language_slogans: int = 3  # new headlines in one language the site never used: slogans
    min_script_letters: int = 6  # a headline needs this many letters of its script to count
    min_slug_tokens: int = 3  # a slug with fewer words says nothing about its headline
    max_findings_listed: int = 3  # rewritten headlines named in the finding's reason
    # a new or rewritten headline that names a contact (a mail address off the site's own domain, a
    # messenger link) the page never showed: a signature, not news. Suspicious alone, decisive with a rewrite
    signed: float = 0.45
    # a new link text in another script whose own ``title`` still holds a headline in the page's
    # script that shares no word with it: the visible text was written over, the twin left behind
    foreign_twin: float = 0.6
    max_twins: int = 3000  # links with a title read per page
    # a heading rewritten in place counts (like a rewritten link) when this many clean captures
    # all showed it: one capture says nothing about what the site changes
    min_stable_captures: int = 3  # clean captures that all showed a heading for it to be the site's


def _scaled(config: RewriteConfig, sensitivity: float) -> RewriteConfig:
    """Every evidence weight times the sensitivity's scale; counts stay."""
    scale = evidence_scale(sensitivity)
    weights = {
        f.name: getattr(config, f.name) * scale
        for f in fields(config)
        if isinstance(getattr(config, f.name), float)
    }
    return replace(config, **weights)


class RewriteDetector:
    name: ClassVar[str] = "rewrite"
    needs_history: ClassVar[bool] = True
    config_type: ClassVar[type[RewriteConfig]] = RewriteConfig

    def __init__(self, config: RewriteConfig | None = None) -> None:
        self.config = config or RewriteConfig()

    @classmethod
    def from_settings(cls, settings: Settings) -> RewriteDetector:
        """Evidence scales with ``sensitivity`` (x1.0 at the default 0.5, x0.8 to x1.2); any
        field can be set through ``detector_tuning``."""
        return cls(tuned(settings, cls.name, RewriteConfig(), _scaled))

    def learn(self, part: ProfilePart, page: Page) -> None:
        """Online, only the stable headings narrow (the previous clean page is the reference for
        everything else): a clean capture without one of them says it can change."""
        _keep_stable_headings(part, page)

    def learn_trusted(self, part: ProfilePart, page: Page) -> None:
        """The languages other than the page's that a known-good page's headlines or long text
        lines are in: a site that publishes some (a bilingual portal such as Macao's Chinese and
        Portuguese ones, which show the other language in navigation, notices and footer before
        a headline uses it; quotes in English) gets no evidence from those, only from languages
        its pages never showed. Also the scripts of those lines (English, every footer's, left
        out): a headline in no clear language in one of them is no other script's either."""
        language = page_language(page)
        if language:
            own = [h for h in headline_texts(page) if h][:_MAX_LEARNED_HEADLINES]
            lines = {
                t: page.language_of(t)
                for t in page.text_lines[:_MAX_LEARNED_LINES]
                if len(t) >= _MIN_LEARNED_CHARS
            }
            others = {code for code in lines.values() if code and code != language}
            part["languages"] = sorted(
                set(part.get("languages", [])) | other_languages(own, language) | others
            )
            minimum = self.config.min_script_letters
            shown = {script_of(t, minimum) for t, code in lines.items() if code in others - {LINGUA_FRANCA}}
            part["scripts"] = sorted((set(part.get("scripts", [])) | shown) - {""})
        _keep_stable_headings(part, page)

    def operator_accept(self, part: ProfilePart, page: Page) -> None:
        """The new normal (a redesign): its headings start the stable ones afresh."""
        part.pop("stable_headings", None)
        part.pop("stable_captures", None)
        self.learn_trusted(part, page)

    def detect(self, part: ProfilePart, page: Page) -> list[Finding]:
        return []

    def compare(self, part: ProfilePart, page: Page, previous: Page) -> list[Finding]:
        cfg = self.config
        own = registrable_domain(page.host)
        before, now = article_links(previous, own), article_links(page, own)
        script, language = page_script(previous), page_language(previous)
        if part.get("foreign") and "languages" not in part:
            language = ""  # a profile of an earlier version: the site publishes in other languages
        usual = {"", language, *part.get("languages", [])}

        # languages the site's known-good pages show besides their own; English, which every
        # site's footer shows and every attacker writes, is no excuse for another script
        learned = set(part.get("languages", [])) - {LINGUA_FRANCA}
        shown_scripts = set(part.get("scripts", []))

        def shifted(text: str) -> bool:
            """In another script than the page's, unless in a language the site's pages show (or
            in no clear language, in a script they show one in)."""
            if not other_script(text, script, cfg.min_script_letters):
                return False
            if not learned:
                return True
            code = page.language_of(text)
            return not (code in learned or (not code and script_of(text, 1) in shown_scripts))

        def foreign(text: str) -> bool:
            return shifted(text) or (bool(language) and page.language_of(text) not in usual)

        rewritten: list[tuple[str, str, str]] = []
        off_slug: list[str] = []
        for href, text in now.items():
            old = before.get(href)
            if old == text:
                continue
            slug = href_tokens(href)
            known = tokens(old) | slug if old is not None else set()
            segment = new_segments(text, known, common_tokens(previous)) if old is not None else ""
            if segment:
                rewritten.append((href, old or "", segment))
            elif (  # the language guess last: the cheap tests rule most links out
                old is None and len(slug) >= cfg.min_slug_tokens and not tokens(text) & slug and foreign(text)
            ):
                off_slug.append(text)
        stale = False
        done_hrefs = {h for h, _, _ in rewritten}
        for slot in rewritten_links(previous, page):
            if slot.href not in done_hrefs and not any(
                slot.now in t or t in slot.now for _, _, t in rewritten
            ):
                rewritten.append((slot.href, slot.before, slot.now))
                done_hrefs.add(slot.href)
                stale = stale or slot.stale_twin
        stable = (
            set(part.get("stable_headings", ()))
            if int(part.get("stable_captures", 0)) >= cfg.min_stable_captures
            else set()
        )
        for old_heading, heading in rewritten_headings(previous, page):
            # in place, in another language, or where every known-good capture had the same one
            if (old_heading in stable or foreign(heading)) and not any(
                heading in t or t in heading for _, _, t in rewritten
            ):
                rewritten.append(("", old_heading, heading))
        seen = {*headline_texts(previous), *link_texts(previous)}
        listed = {t for _, _, t in rewritten} | set(off_slug) | {now.get(h, t) for h, _, t in rewritten}
        # alone, only another script counts: a language guess on a short headline is too often wrong
        shown = dict.fromkeys([*headline_texts(page), *link_texts(page)])
        # one headline counts once: its heading, its link text and its teaser link repeat it
        new = [t for t in shown if t not in seen and not any(t in done or done in t for done in listed)]
        foreign_new = _distinct([t for t in new if shifted(t)])
        # new headlines in a language the site never used, in the page's own script: a language
        # guess on one short headline is too often wrong, two or more in one language are slogans.
        # English is left out: film titles, quotes and names in English run through the news of
        # every language (and short German headlines read as English to the identifier)
        foreign_language = _distinct(
            [
                part
                for t in new
                if not shifted(t)
                for part in [first_segment(t, lambda _, segment: foreign(segment))]
                if part and page.language_of(part) != LINGUA_FRANCA
            ]
        )
        named: set[str] | None = None  # contacts the previous page named, in its text or its links
        signed: list[str] = []
        texts = list(dict.fromkeys([*(t for _, _, t in rewritten), *new]))
        linked = _linked_contacts(page, own) if texts else {}  # a headline linking to a messenger
        for text in texts:
            contacts = _outside_contacts(text, own) | linked.get(text, set())
            if contacts:
                if named is None:
                    named = {m.group(0).lower().rstrip(".") for m in _CONTACT.finditer(previous.html)}
                if contacts - named:
                    signed.append(text)
        score = 0.0
        if rewritten:
            score = cfg.rewritten_link + cfg.each_further * (len(rewritten) - 1)
            if any(foreign(seg) for _, _, seg in rewritten):
                score += cfg.foreign_in_rewrite
            if stale:
                score += cfg.stale_twin
        foreign_all = [*off_slug, *foreign_new]
        by_guess = list(dict.fromkeys([*off_slug, *foreign_language]))  # a heading and its link: once
        if (foreign_all and _one_language_several(foreign_all)) or (
            _most_in_one_language(by_guess) >= cfg.min_language_slogans
        ):
            score = _or(score, cfg.foreign_several)  # slogans written over several headlines
        elif off_slug:
            score = _or(score, cfg.foreign_off_slug)
        elif foreign_new:
            score = _or(score, cfg.foreign_only)
        if signed:
            score = _or(score, cfg.signed)
        twinned = _foreign_twins(page, new, listing_script(previous), cfg) if new else []
        if twinned:
            score = _or(score, cfg.foreign_twin)
        if score <= 0:
            return []
        reasons = [
            f"headline of {h[:60] or 'a heading'} '{o[:40]}' now reads '{s[:60]}'" for h, o, s in rewritten
        ]
        reasons += [f"headline in another language, off its article's URL: '{t[:60]}'" for t in off_slug]
        reasons += [f"new headline in another script than the page's: '{t[:60]}'" for t in foreign_new]
        reasons[:0] = [f"new headline names a contact the page never showed: '{t[:60]}'" for t in signed]
        reasons[:0] = [
            f"link text in another script than its own title '{title[:40]}': '{t[:60]}'"
            for t, title in twinned
        ]
        if score >= cfg.foreign_several:
            reasons += [
                f"new headline in a language the site never used ({identify(t)}): '{t[:60]}'"
                for t in foreign_language
            ]
        return [
            Finding(
                self.name,
                round(min(0.97, score), 3),
                "headline rewritten: " + "; ".join(reasons[: cfg.max_findings_listed]),
                evidence={
                    "rewritten": [
                        {"href": h, "before": o[:200], "now": s[:200]} for h, o, s in rewritten[:10]
                    ],
                    "foreign_off_slug": [t[:200] for t in off_slug[:10]],
                    "foreign": [t[:200] for t in foreign_new[:10]],
                    "foreign_language": [t[:200] for t in foreign_language[:10]],
                    "signed": [t[:200] for t in signed[:10]],
                    "page_script": script,
                    "page_language": language,
                },
            )
        ]


def _foreign_twins(page: Page, texts: list[str], script: str, cfg: RewriteConfig) -> list[tuple[str, str]]:
    """``(text, title)`` of the links among ``texts`` (new) in another script than ``script`` (a
    Latin one in a clear language other than English: a site's English links may carry a title in
    its own language) whose own ``title`` is a headline in ``script``, on no other link of the page
    (not "opens in a new window"), sharing no word."""
    latin = "latin"
    wanted = {
        t
        for t in texts
        if other_script(t, script, cfg.min_script_letters)
        and (script_of(t, cfg.min_script_letters) != latin or identify(t) not in _NOT_FOREIGN)
    }
    if not script or not wanted:
        return []
    pairs = []
    for node in page.tree.css("a[title]")[: cfg.max_twins]:
        title = " ".join((node.attributes.get("title") or "").split())
        pairs.append((" ".join(visible_text(node, " ").split()), title))
    repeated = {title for title, count in Counter(title for _, title in pairs).items() if count > 1}
    found = []
    for text, title in pairs:
        if (
            text in wanted
            and title not in repeated
            and script_of(title, cfg.min_script_letters) == script
            and not tokens(title) & tokens(text)
        ):
            found.append((text, title))
            wanted.discard(text)
    return found


def _keep_stable_headings(part: ProfilePart, page: Page) -> None:
    """Fold ``page`` into the headings every clean capture showed (a section's title, the site's
    own headings: what its history says does not change with the news), and count the captures."""
    headings = set(page.headings)
    kept = headings if "stable_headings" not in part else headings & set(part["stable_headings"])
    part["stable_headings"] = sorted(kept)[:_MAX_STABLE_HEADINGS]
    part["stable_captures"] = int(part.get("stable_captures", 0)) + 1


def _outside_contacts(text: str, own: str) -> set[str]:
    """The mail addresses and messenger links ``text`` names (lower case), but those on the site's
    own domain (its newsroom's address is its own). An ``@name`` alone is left out: headlines quote
    people's accounts and readers' replies name each other."""
    found = {m.group(0).lower().rstrip(".") for m in _CONTACT.finditer(text)}
    return {c for c in found if registrable_domain(c.rsplit("@", 1)[-1]) != own}


def _linked_contacts(page: Page, own: str) -> dict[str, set[str]]:
    """``{link text: contacts}`` of the links that lead to a messenger or a mail address off the
    site's domain (``mailto:``, ``t.me/...``): a headline that links to one names it."""
    out: dict[str, set[str]] = {}
    for anchor in page.tree.css(_CONTACT_LINKS)[:_MAX_CONTACT_LINKS]:
        contacts = _outside_contacts(anchor.attributes.get("href") or "", own)
        if contacts:
            text = " ".join(visible_text(anchor, " ").split())
            out.setdefault(text, set()).update(contacts)
    return out


def _distinct(texts: list[str]) -> list[str]:
    """``texts`` without those another one contains (a heading repeated in its teaser link)."""
    return [t for t in texts if not any(t != other and t in other for other in texts)]


def _most_in_one_language(texts: list[str]) -> int:
    """How many of ``texts`` the language identifier puts in one language (0 for none)."""
    codes = [code for code in (identify(t) for t in texts) if code]
    return max((codes.count(code) for code in set(codes)), default=0)


def _one_language_several(texts: list[str]) -> bool:
    """Two or more of ``texts`` in one language: for Latin and Cyrillic text the identified
    language, for other scripts (Han, kana, Hangul, Arabic, Thai...) the script itself.

    Slogans written over headlines share the attacker's language; a notice offered in several
    languages (Ukrainian and Russian, Portuguese and English) does not."""
    keys = []
    for text in texts:
        script = script_of(text, 1)
        keys.append((identify(text) or script) if script in _BY_LANGUAGE else script)
    return any(keys.count(key) > 1 for key in set(keys))


def _or(a: float, b: float) -> float:
    return 1.0 - (1.0 - a) * (1.0 - b)
