"""Slots: the same place of a page in two captures, found by aligning their text lines.

A headline slot is a text run of the page (a line of ``Page.text_lines``) whose neighbours did
not change between the previous clean capture and this one. When such a run is replaced by text
that shares no word with what it showed, and the run sits in a link that still points to the
same address (the same ``href``, so the same article), the slot was **rewritten in place**:
editors publish new articles under new addresses and retouch headlines keeping their words; a
defacer who writes over the page's text leaves every address, kicker and teaser around it as
it was. Whatever words the attacker chooses, the new text fits neither what the slot showed,
nor its own link's address (URL slug), nor the link's own ``title`` attribute.

Nothing here reads a word list. Lines are aligned with ``difflib.SequenceMatcher`` after the
common head and tail are cut off, so a page that changed in a few places costs little; the
anchors of a page are read once and cached in ``Page.features`` (the previous page of the next
check is the same object).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import cast
from urllib.parse import urljoin

from tamperwatch.detect.origins import foreign_domain, registrable_domain
from tamperwatch.detect.page import Page, visible_text
from tamperwatch.detect.rewrite_text import common_tokens, href_tokens, tokens

MAX_ANCHORS = 3000  # anchors read per page
MAX_ALIGNED_LINES = 4000  # text lines aligned per page (the rest is not compared)
MAX_PAIRED = 3  # a replaced run of more lines than this is a new block (a publish), not a slot
MIN_NEW_TOKENS = 3  # a rewritten slot shows at least this many words (CJK: character pairs)
MIN_OLD_TOKENS = 2  # and showed at least this many (a counter or a date is not a headline)
MAX_LINE = 300  # a longer line is a paragraph, not a headline slot
MAX_IMAGE_DEPTH = 6  # levels from an image up to the link that holds it


@dataclass(frozen=True, slots=True)
class SlotRewrite:
    """One link whose text was replaced in place by unrelated text."""

    href: str
    before: str
    now: str
    stale_twin: bool  # the link still carries the old text in its own attributes (title, alt)


def _image_alts(page: Page) -> dict[int, str]:
    """Alt texts of the images inside links, by the link's node (one query for the whole page,
    made only when a rewritten link is judged)."""
    cached = page.features.get("slots.alts")
    if cached is not None:
        return cast("dict[int, str]", cached)
    alts: dict[int, str] = {}
    for img in page.tree.css("a[href] img[alt]")[:MAX_ANCHORS]:
        node = img.parent
        for _ in range(MAX_IMAGE_DEPTH):
            if node is None:
                break
            if node.tag == "a":
                alts[node.mem_id] = f"{alts.get(node.mem_id, '')} {img.attributes.get('alt') or ''}"
                break
            node = node.parent
    page.features["slots.alts"] = alts
    return alts


Link = tuple[str, str, int]  # href as written (fragment cut), title and aria-label, the node's id


def _anchors(page: Page) -> Mapping[str, Link]:
    """Text line -> the link that shows it, for every line shown inside a link; the first link
    showing a line wins. Computed once per page (it is the previous page of the next check).
    Lines are split and spaced as ``Page.text_lines`` does."""
    cached = page.features.get("slots.anchors")
    if cached is not None:
        return cast("Mapping[str, Link]", cached)
    out: dict[str, Link] = {}
    spaces = _spaces()
    for anchor in page.tree.css("a[href]")[:MAX_ANCHORS]:
        text = visible_text(anchor, "\n")
        if not text or text.isspace():
            continue
        attrs = anchor.attributes
        href = (attrs.get("href") or "").strip().split("#", 1)[0]
        if not href or href.startswith("javascript:"):
            continue
        link = (href, f"{attrs.get('title') or ''} {attrs.get('aria-label') or ''}", anchor.mem_id)
        for raw in spaces.sub(" ", text).split("\n"):
            line = raw.strip()
            if 1 < len(line) <= MAX_LINE and line not in out:
                out[line] = link
    page.features["slots.anchors"] = out
    return out


@cache
def _spaces() -> re.Pattern[str]:
    return re.compile(r"[^\S\n]+")


Opcode = tuple[str, int, int, int, int]


def changes(previous: Page, page: Page) -> list[Opcode]:
    """The non-equal opcodes of the alignment of ``previous``'s text lines with ``page``'s
    (indexes into both ``text_lines``), computed once per check and shared by the detectors."""
    cached = page.features.get("slots.changes")
    key = (id(previous), len(previous.text_lines))  # no reference kept: pages chain otherwise
    if cached is not None and cached[0] == key:
        return list(cached[1])
    a = previous.text_lines[:MAX_ALIGNED_LINES]
    b = page.text_lines[:MAX_ALIGNED_LINES]
    head = 0
    while head < len(a) and head < len(b) and a[head] == b[head]:
        head += 1
    tail = 0
    while tail < len(a) - head and tail < len(b) - head and a[-1 - tail] == b[-1 - tail]:
        tail += 1
    a_mid, b_mid = a[head : len(a) - tail], b[head : len(b) - tail]
    out: list[Opcode] = []
    if a_mid and b_mid:
        matcher = difflib.SequenceMatcher(None, a_mid, b_mid, autojunk=False)
        out = [
            (tag, i1 + head, i2 + head, j1 + head, j2 + head)
            for tag, i1, i2, j1, j2 in matcher.get_opcodes()
            if tag != "equal"
        ]
    elif b_mid:
        out = [("insert", head, head, head, len(b) - tail)]
    page.features["slots.changes"] = (key, out)
    return list(out)


def replaced_lines(previous: Page, page: Page) -> list[tuple[str, str]]:
    """(old, new) pairs of lines replaced one for one where the lines around them stayed: the
    same slot showing other text. A run of more than ``MAX_PAIRED`` lines, or a replacement of
    unequal length, is a block written anew and yields nothing."""
    a, b = previous.text_lines, page.text_lines
    out: list[tuple[str, str]] = []
    for tag, i1, i2, j1, j2 in changes(previous, page):
        if tag == "replace" and i2 - i1 == j2 - j1 <= MAX_PAIRED:
            out.extend(zip(a[i1:i2], b[j1:j2], strict=True))
    return out


def linked_lines(page: Page) -> Mapping[str, object]:
    """The text lines of ``page`` shown inside links (a mapping: ``line in linked_lines(page)``)."""
    return _anchors(page)


def link_address(page: Page, line: str) -> str | None:
    """The address (as written, fragment cut) of the link that shows text ``line``; None when no
    link shows it."""
    link = _anchors(page).get(line)
    return link[0] if link is not None else None


def link_lines(page: Page) -> list[tuple[str, str]]:
    """``(text line, address as written)`` for every line a link of ``page`` shows."""
    return [(line, link[0]) for line, link in _anchors(page).items()]


def rewritten_links(previous: Page, page: Page) -> list[SlotRewrite]:
    """Links to the site's own pages whose text was replaced in place by text that shares no word
    with the old text, with the link's URL slug or with the link's own attributes; one per new
    text. A link to another domain is left out: ad servers and partner widgets fill their slots
    anew under the same click address (archived pages keep ads whose code is gone)."""
    pairs = [
        (old, new)
        for old, new in replaced_lines(previous, page)
        if len(new) <= MAX_LINE and len(tokens(new)) >= MIN_NEW_TOKENS
    ]
    if not pairs:
        return []
    before, now = _anchors(previous), _anchors(page)
    common = common_tokens(previous)  # the site's function words: sharing them is sharing nothing
    own = registrable_domain(page.host)
    out: dict[str, SlotRewrite] = {}
    for old, new in pairs:
        was, is_ = before.get(old), now.get(new)
        if was is None or is_ is None or was[0] != is_[0] or new in out:
            continue
        if foreign_domain(is_[0], page.url, own):
            continue  # an ad's or a partner's link: its text rotates under the same click address
        new_tokens, old_tokens = tokens(new) - common, tokens(old)
        if len(old_tokens) < MIN_OLD_TOKENS or new_tokens & old_tokens:
            continue
        if any(old_tokens <= tokens(line) for line, (_, _, node) in now.items() if node == is_[2]):
            continue  # the old text is still shown in that link: it was merged into a longer line
        attr_tokens = tokens(f"{is_[1]} {_image_alts(page).get(is_[2], '')}")
        if new_tokens & (href_tokens(is_[0]) | attr_tokens):
            continue  # the new text fits its own link: an editor's retitle
        # the link's own attributes, or another link to the same article, still show the old text
        twin = any(old_tokens <= tokens(line) for line, (url, _, _) in now.items() if url == is_[0])
        stale = twin or len(old_tokens & attr_tokens) >= min(len(old_tokens), MIN_OLD_TOKENS)
        try:
            url = urljoin(page.url, is_[0])
        except ValueError:
            url = is_[0]
        out[new] = SlotRewrite(url, old, new, stale)
    return list(out.values())


def rewritten_headings(previous: Page, page: Page) -> list[tuple[str, str]]:
    """(old, new) heading lines outside links replaced in place by text that shares no word with
    the old one. Alone this is an editor's new section title as often as a slogan; the rewrite
    detector counts one only when it is also in another language or script than the page."""
    heads = page.headings
    out: list[tuple[str, str]] = []
    linked: Mapping[str, Link] | None = None
    common = common_tokens(previous)
    for old, new in replaced_lines(previous, page):
        new_tokens = tokens(new)
        if len(new_tokens) < MIN_NEW_TOKENS or len(tokens(old)) < MIN_OLD_TOKENS:
            continue
        if (new_tokens - common) & tokens(old):
            continue
        if linked is None:
            linked = _anchors(page)
        if new not in linked and any(new in h for h in heads):
            out.append((old, new))
    return out
