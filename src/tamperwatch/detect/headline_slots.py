"""Headline slots whose text was swapped while the layout stayed (the mark of the ``tamper`` pattern).

Two signs, both cheap and independent of language:

* **slug mismatch**: news sites put the headline's words into the article URL
  ('/politik/kanzler-besucht-paris-123'). A link whose text shares no word with its URL slug had
  its text replaced after publication.
* **replaced label**: a heading slot (``h1``-``h3`` with the same tag, classes and position)
  that held the same short label ('Netzpolitik', 'Alle Beiträge') in every known-good capture
  now holds a sentence that shares no word with it, and the label is gone from the page.
  Sections keep their names; a defacer who rewrites headlines overwrites them.
"""

from __future__ import annotations

import re
import zlib
from collections import Counter
from functools import cache
from urllib.parse import unquote, urljoin, urlsplit

from selectolax.lexbor import LexborNode as Node

from tamperwatch.detect.origins import registrable_domain
from tamperwatch.detect.page import Page, visible_text
from tamperwatch.detect.rewrite_text import href_tokens, tokens

_MAX_SLOTS = 200  # headings read per page
_MAX_LABELS = 16  # label slots kept in a profile
_LABEL_WORDS = 3  # a label has at most this many words...
_LABEL_CHARS = 40  # ...and characters
_SENTENCE_WORDS = 3  # what replaces it has at least this many words
_MAX_ANCHORS = 4000  # links read per page when matching texts to their URL slugs
_SLUG_STEM = 4  # leading letters compared between a link's text and its URL slug
_MIN_SLUG_WORDS = 2  # a slug and a link text need this many words to be compared
_MIN_COHERENT_WORDS = 3  # a headline needs this many words to fit its own article's slug ...
_COHERENT_SHARE = 0.5  # ... and this share of them in the slug
_ARTICLE_ID_DIGITS = 4  # digits of an article's number in its address (content_30418852.htm)
_MAX_TWIN_IMAGES = 4  # images of one link whose alt texts are read as its caption
_MAX_QUERY_PAIRS = 12  # query parameters of an address read for an article's number
_MIN_WORD_LETTERS = 2  # letters of a word in an address (a shorter run is a prefix: 't20240305')
_SLOT_CHARS = 300  # characters of a heading kept per slot
_LABEL_STEM = 5  # leading letters compared between a label and what replaced it


@cache
def _slug_word() -> re.Pattern[str]:
    return re.compile(r"[^\W\d_]{4,}", re.UNICODE)


@cache
def _markup() -> re.Pattern[str]:
    return re.compile(r"<\s*(?:script|iframe|img|svg)\b[^>]{0,200}?\b(?:src|on[a-z]+)\s*=", re.IGNORECASE)


def markup_in_title(title: str) -> str:
    """A script/frame/image tag with a source or handler written into the title text, or ''.

    Editors never title a page with a tag; an injection that lands in the title does.
    """
    if "<" not in title:
        return ""
    match = _markup().search(title)
    return match.group(0) if match else ""


@cache
def _word() -> re.Pattern[str]:
    return re.compile(r"[^\W\d_]{2,}", re.UNICODE)


def _slug_words(href: str) -> set[str]:
    path = href.split("?", 1)[0].split("#", 1)[0].rstrip("/").lower()
    last = path.rsplit("/", 1)[-1]
    return {w[:_SLUG_STEM] for w in _slug_word().findall(last)}


def mismatched_link_texts(page: Page, candidates: set[str]) -> set[str]:
    """The ``candidates`` (link texts) used by a link whose URL slug shares no word with the text."""
    if not candidates:
        return set()
    out: set[str] = set()
    for anchor in page.tree.css("a[href]")[:_MAX_ANCHORS]:
        text = " ".join(visible_text(anchor, " ").split())
        if not any(c in text for c in candidates):
            continue
        slug = _slug_words(anchor.attributes.get("href") or "")
        words = {w.lower()[:_SLUG_STEM] for w in _slug_word().findall(text)}
        if len(slug) >= _MIN_SLUG_WORDS and len(words) >= _MIN_SLUG_WORDS and not slug & words:
            out.update(c for c in candidates if c in text)
    return out


def coherent_link_texts(page: Page, candidates: set[str]) -> set[str]:
    """The ``candidates`` shown as the text of a link to an article whose URL slug holds most of
    their words: a headline that fits its own article is reporting, whatever words it uses. An
    article of the site's own addressed by number ('/art/2024/3/5/art_1229_123456.html', how
    Chinese content systems name theirs) has no slug to hold words: its link text counts as
    reporting, as a slug-named one that fits does."""
    if not candidates:
        return set()
    out: set[str] = set()
    own = registrable_domain(page.host)
    for anchor in page.tree.css("a[href]")[:_MAX_ANCHORS]:
        text = " ".join(visible_text(anchor, " ").split())
        twins = _twins(anchor)  # a picture link's caption is its image's alt (or the link's title)
        hits = [c for c in candidates if c in text or any(c in twin for twin in twins)]
        if not hits:
            continue
        href = anchor.attributes.get("href") or ""
        if _numbered_article(page, href, own):
            out.update(line for line in hits if len(tokens(line)) >= _MIN_COHERENT_WORDS)
            continue
        slug = href_tokens(href)
        for line in hits:
            words = tokens(line)
            if len(words) >= _MIN_COHERENT_WORDS and len(words & slug) >= _COHERENT_SHARE * len(words):
                out.add(line)
    return out


def _twins(anchor: Node) -> list[str]:
    """The texts a link carries besides its visible text: its ``title`` and its images' ``alt``."""
    twins = [anchor.attributes.get("title") or ""]
    if anchor.css_first("img") is not None:
        twins += [img.attributes.get("alt") or "" for img in anchor.css("img")[:_MAX_TWIN_IMAGES]]
    return [" ".join(twin.split()) for twin in twins if twin]


def _numbered_article(page: Page, href: str, own: str) -> bool:
    """Whether ``href`` names one of the site's own articles by a number: its last path segment
    holds at least ``_ARTICLE_ID_DIGITS`` digits and fewer than ``_MIN_COHERENT_WORDS`` words, or
    a page script names it by a number in its query (``News_Content.aspx?n=5&s=428960``,
    ``view.do?dataSid=236587``: how many government portals address their notices)."""
    try:
        parts = urlsplit(urljoin(page.url, href.strip()))
    except ValueError:
        return False
    if parts.scheme not in ("http", "https") or registrable_domain(parts.hostname or "") != own:
        return False
    last = unquote(parts.path).rstrip("/").rsplit("/", 1)[-1]
    _, dot, extension = last.rpartition(".")
    if dot and extension.isalpha() and any(
        value.isdigit() and len(value) >= _ARTICLE_ID_DIGITS
        for _, _, value in (pair.partition("=") for pair in parts.query.split("&")[:_MAX_QUERY_PAIRS])
    ):
        return True  # a page script (its name is no slug) showing the article its query numbers
    words = [w for w in re.findall(r"[^\W\d_]+", last) if len(w) >= _MIN_WORD_LETTERS]
    return sum(ch.isdigit() for ch in last) >= _ARTICLE_ID_DIGITS and len(words) < _MIN_COHERENT_WORDS


def _hash(text: str) -> int:
    return zlib.crc32(text.encode("utf-8", "replace"))


def slot_texts(page: Page) -> dict[int, str]:
    """Heading text per slot (a hash of tag, sorted classes and rank among equal tag+classes).

    Computed once per page and shared by learning and detection.
    """
    cached = page.features.get("headline_slots.texts")
    if cached is None:
        cached = {}
        ranks: Counter[str] = Counter()
        for node in page.tree.css("h1, h2, h3")[:_MAX_SLOTS]:
            kind = f"{node.tag}.{' '.join(sorted((node.attributes.get('class') or '').split()))}"
            rank = ranks[kind]
            ranks[kind] += 1
            cached[_hash(f"{kind}#{rank}")] = " ".join(visible_text(node, " ").split())[:_SLOT_CHARS]
        page.features["headline_slots.texts"] = cached
    return dict(cached)


def _is_label(text: str) -> bool:
    return 0 < len(_word().findall(text)) <= _LABEL_WORDS and len(text) <= _LABEL_CHARS


def _stems(text: str) -> set[str]:
    return {w.lower()[:_LABEL_STEM] for w in _word().findall(text)}


def label_slots(page: Page) -> dict[str, str]:
    """Slots holding a short label: slot hash (as a JSON-safe string) -> the label."""
    labels = {str(slot): text for slot, text in slot_texts(page).items() if _is_label(text)}
    return dict(list(labels.items())[:_MAX_LABELS])


def keep_stable(learned: dict[str, str], page: Page) -> dict[str, str]:
    """The learned label slots whose label ``page`` still shows unchanged."""
    now = label_slots(page)
    return {slot: label for slot, label in learned.items() if now.get(slot) == label}


def replaced_labels(page: Page, learned: dict[str, str]) -> dict[str, str]:
    """Texts now in a learned label slot: a sentence with none of the label's words, the label
    gone from every heading. Maps each such text to the label it replaced."""
    if not learned:
        return {}
    texts = slot_texts(page)
    present = set(texts.values())
    out: dict[str, str] = {}
    for slot, label in learned.items():
        try:
            text = texts.get(int(slot), "")
        except ValueError:
            continue
        words = _stems(text)
        if label not in present and len(words) >= _SENTENCE_WORDS and not words & _stems(label):
            out[text] = label
    return out
