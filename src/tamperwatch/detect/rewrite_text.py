"""Text helpers of the rewrite detector: tokens in any script, article links, headline scripts.

Tokens are 5-letter stems of words (German umlauts and accents folded, so 'Führerschein' meets
the slug 'fuehrerschein') and, for Chinese, Japanese and Korean runs, character pairs.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from functools import cache
from urllib.parse import unquote

from selectolax.lexbor import LexborNode as Node

from tamperwatch.detect.langid import identify, known_code
from tamperwatch.detect.origins import registrable_domain
from tamperwatch.detect.page import Page, visible_text

MAX_HEADINGS = 400  # headings read per page
MAX_LINKS = 3000  # anchors read per page
MIN_LINK_CHARS = 8  # a shorter link text is navigation ('Home', 'Sport', '首页')
MAX_TEXT = 300  # a longer link text is a teaser block, not a headline
MAX_TEXTS_PER_HREF = 2  # a URL shown with more texts is a list (a chart, a ticker): skipped
MIN_SEGMENT_TOKENS = 4  # a foreign part of a headline has at least this many tokens
MIN_HEADLINE_TOKENS = 3  # a link text with fewer tokens is navigation, not a headline
# A token in at least this share of a page's text lines (and this many) is one of its function
# words ('the', 'der', 'de'; the site's name): sharing one says nothing about two headlines.
COMMON_LINE_SHARE = 0.04
COMMON_MIN_LINES = 4
KANA_SHARE = 0.1  # share of kana among a page's Han and kana letters that makes it Japanese
KANA_READ_CHARS = 20_000  # characters of a page's text read for it
SCRIPT_MIN_LETTERS = 20  # letters a page's headlines need before their script is told
DOMINANT_SHARE = 0.6  # a text's script holds at least this share of its letters
MAX_LANGUAGE_CHARS = 600  # of a page's headlines, for its language (about a hundred words)
_FOLD = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
_SEPARATORS = re.compile(r"\s*(?:[:|\u2013\u2014]|\s-\s)\s*")

_SCRIPTS: tuple[tuple[str, tuple[tuple[int, int], ...]], ...] = (
    ("latin", ((0x41, 0x5A), (0x61, 0x7A), (0xC0, 0x24F), (0x1E00, 0x1EFF))),
    ("cyrillic", ((0x400, 0x52F),)),
    ("greek", ((0x370, 0x3FF),)),
    ("arabic", ((0x600, 0x6FF), (0x750, 0x77F), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF))),
    ("hebrew", ((0x590, 0x5FF),)),
    ("devanagari", ((0x900, 0x97F),)),
    ("bengali", ((0x980, 0x9FF),)),
    ("thai", ((0xE00, 0xE7F),)),
    ("kana", ((0x3040, 0x30FF), (0x31F0, 0x31FF), (0xFF66, 0xFF9F))),
    ("hangul", ((0x1100, 0x11FF), (0x3130, 0x318F), (0xAC00, 0xD7AF))),
    ("han", ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0x20000, 0x2FA1F))),
)
_PAIRED = frozenset({"kana", "hangul", "han"})


@cache
def char_script(ch: str) -> str:
    """The script of one character ('latin', 'han', ...; 'other' for other letters; '' for none)."""
    code = ord(ch)
    for name, ranges in _SCRIPTS:
        if any(lo <= code <= hi for lo, hi in ranges):
            return name
    return "other" if ch.isalpha() else ""


@cache
def _ascii_letter() -> re.Pattern[str]:
    return re.compile(r"[A-Za-z]")


@cache
def _word() -> re.Pattern[str]:
    return re.compile(r"[^\W\d_]+", re.UNICODE)


@cache
def _combining() -> dict[int, None]:
    """Every combining mark, to delete with ``str.translate``."""
    return {code: None for code in range(0x110000) if unicodedata.combining(chr(code))}


@cache
def _paired_char() -> re.Pattern[str]:
    """Any character of a script whose runs are read as character pairs (``_PAIRED``)."""
    ranges = "".join(
        f"{chr(lo)}-{chr(hi)}" for name, spans in _SCRIPTS if name in _PAIRED for lo, hi in spans
    )
    return re.compile(f"[{ranges}]")


def paired_run(word: str) -> bool:
    """Whether ``word`` holds Chinese, Japanese or Korean characters (compared as character pairs)."""
    return _paired_char().search(word) is not None


def _fold(text: str) -> str:
    if text.isascii():  # NFKC, NFKD and the folds leave ASCII as it is
        return text.lower()
    text = unicodedata.normalize("NFKC", text).lower().translate(_FOLD)
    return unicodedata.normalize("NFKD", text).translate(_combining())


def tokens(text: str) -> set[str]:
    """Comparable tokens of ``text``: word stems, and character pairs of CJK runs."""
    folded = _fold(text)
    paired = _paired_char()
    if paired.search(folded) is None:  # no CJK run anywhere: each word's stem alone
        return {word[:5] for word in _word().findall(folded) if len(word) >= 2}
    out: set[str] = set()
    for word in _word().findall(folded):
        if paired.search(word) is None:  # no CJK run: the word's stem alone
            if len(word) >= 2:
                out.add(word[:5])
            continue
        run: list[str] = []
        for ch in word + " ":
            if ch != " " and char_script(ch) in _PAIRED:
                run.append(ch)
                continue
            if run:
                out.update("".join(run[i : i + 2]) for i in range(max(1, len(run) - 1)))
                run = []
        rest = "".join(c for c in word if char_script(c) not in _PAIRED)
        if len(rest) >= 2:
            out.add(rest[:5])
    return out


def common_tokens(page: Page) -> frozenset[str]:
    """The page's own function words: tokens in at least ``COMMON_LINE_SHARE`` of its text lines
    (and ``COMMON_MIN_LINES``), learned from the page itself, in any language and without a word
    list. Two headlines that share only these share nothing. Computed once per page."""
    cached = page.features.get("rewrite.common")
    if isinstance(cached, frozenset):
        return cached
    counts: dict[str, int] = {}
    lines = page.text_lines
    for line in lines:
        for token in tokens(line):
            counts[token] = counts.get(token, 0) + 1
    least = max(COMMON_MIN_LINES, COMMON_LINE_SHARE * len(lines))
    common = frozenset(t for t, n in counts.items() if n >= least)
    page.features["rewrite.common"] = common
    return common


def segments(text: str) -> list[str]:
    """``text`` and its parts split at kicker separators ('Bundestag: ...', 'Live | ...')."""
    return [text, *(part.strip() for part in _SEPARATORS.split(text) if part.strip())]


def first_segment(text: str, fits: Callable[[set[str], str], bool]) -> str:
    """The first part of ``text`` (the whole, then its parts split at kicker separators) with
    enough tokens to judge that ``fits(its tokens, it)``, or ''."""
    for segment in segments(text):
        seg_tokens = tokens(segment)
        if len(seg_tokens) >= MIN_SEGMENT_TOKENS and fits(seg_tokens, segment):
            return segment.strip()
    return ""


def new_segments(text: str, known: set[str], common: frozenset[str] = frozenset()) -> str:
    """The first part of ``text`` (split at kicker separators) of enough tokens, none known
    (``common`` tokens, the page's function words, do not count as shared), or ''."""
    known = known - common
    return first_segment(text, lambda seg_tokens, _: not seg_tokens & known)


def href_tokens(href: str) -> set[str]:
    """Tokens of an article URL's path (its slug), for the 'shares no word' tests."""
    path = href.split("?", 1)[0].split("#", 1)[0]
    return tokens(path.replace("-", " ").replace("_", " ").replace("/", " "))


def _article_path(path: str) -> bool:
    """A URL path that names one article: a long slug or an id, not a section or the home page."""
    parts = [p for p in unquote(path).split("/") if p]
    if not parts:
        return False
    last = parts[-1]
    return len(last) >= 16 or sum(c.isdigit() for c in last) >= 4 or (len(parts) >= 3 and len(last) >= 8)


def _href_of(node: Node) -> str:
    """The link a heading belongs to: an anchor inside it, or one it sits in (three levels up)."""
    inner = node.css_first("a[href]")
    if inner is not None:
        return inner.attributes.get("href") or ""
    parent = node.parent
    for _ in range(3):
        if parent is None:
            return ""
        if parent.tag == "a":
            return parent.attributes.get("href") or ""
        parent = parent.parent
    return ""


def article_links(page: Page, own: str) -> dict[str, str]:
    """URL -> headline for the headings (h1-h3) that link to one of the site's own articles.

    A URL under more than two headings (a list, a ticker) is left out. Computed once per page
    (it is the previous page of the next check, too)."""
    cached = page.features.get("rewrite.articles")
    if cached is not None:
        return dict(cached)
    texts: dict[str, set[str]] = {}
    for node in page.tree.css("h1, h2, h3")[:MAX_HEADINGS]:
        text = " ".join(visible_text(node, " ").split())
        href = _href_of(node).strip()
        if not href or not text or len(text) > MAX_TEXT or len(tokens(text)) < MIN_HEADLINE_TOKENS:
            continue
        resolved = page.resolve(href)
        if resolved is None:
            continue
        url, scheme, host, path = resolved
        if scheme not in ("http", "https") or registrable_domain(host) != own:
            continue
        if _article_path(path):
            texts.setdefault(url.split("#", 1)[0], set()).add(text)
    out = {url: max(found, key=len) for url, found in texts.items() if len(found) <= MAX_TEXTS_PER_HREF}
    page.features["rewrite.articles"] = out
    return dict(out)


def link_texts(page: Page) -> tuple[str, ...]:
    """Texts of the page's links long enough to be headlines (top stories are often plain links)."""
    cached = page.features.get("rewrite.links")
    if cached is None:
        found: dict[str, None] = {}
        for anchor in page.tree.css("a[href]")[:MAX_LINKS]:
            text = " ".join(visible_text(anchor, " ").split())
            if MIN_LINK_CHARS <= len(text) <= MAX_TEXT:
                found[text] = None
        cached = page.features["rewrite.links"] = tuple(found)
    return tuple(cached)


def headline_texts(page: Page) -> tuple[str, ...]:
    """The title, the headings and the article link texts of ``page``."""
    own = registrable_domain(page.host)
    return (page.title, *page.headings, *article_links(page, own).values())


def script_of(text: str, min_letters: int) -> str:
    """The script most of ``text``'s letters are in ('kana' when Japanese kana are present), or ''."""
    if min_letters > 0 and text.isascii():  # ASCII letters are Latin, its other characters none
        return "latin" if len(_ascii_letter().findall(text)) >= min_letters else ""
    counts = Counter(map(char_script, text))  # in order of first appearance, as max() needs
    counts.pop("", None)
    total = sum(counts.values())
    if total < min_letters:
        return ""
    if counts.get("kana", 0) * 10 >= total:
        return "kana"
    script, count = max(counts.items(), key=lambda item: item[1])
    return script if count >= DOMINANT_SHARE * total else ""


# Scripts a page of the first kind mixes in its headlines (Japanese and Korean write Han words too).
MIXED_SCRIPTS = frozenset({("kana", "han"), ("hangul", "han")})


def other_script(text: str, page_script: str, min_letters: int) -> str:
    """The script of ``text`` when it is not ``page_script`` (nor one that page mixes in), or ''.

    Korean writes Han words among Hangul, not sentences without a Hangul letter: a text all in
    Han counts as another script where the headlines are Hangul (Japanese headlines all in kanji are
    common)."""
    found = script_of(text, min_letters)
    if not (page_script and found and found != page_script):
        return ""
    if (page_script, found) not in MIXED_SCRIPTS:
        return found
    if page_script == "hangul" and not any(char_script(c) == "hangul" for c in text):
        return found
    return ""


def dominant_script(lines: tuple[str, ...]) -> str:
    """The script of a page's headlines taken together ('' when none dominates)."""
    return script_of(" ".join(lines[:400]), SCRIPT_MIN_LETTERS)


def letters_in(text: str) -> int:
    """The letters of ``text`` (any script), as ``script_of`` counts them."""
    return sum(1 for ch in text if char_script(ch))


def page_script(page: Page) -> str:
    """The script of ``page``'s headlines, once per page (several detectors compare with it)."""
    cached = page.features.get("rewrite.script")
    if cached is None:
        cached = dominant_script(headline_texts(page))
        if cached == "han" and _writes_kana(page):
            cached = "kana"  # a Japanese page whose headlines happen to be all in kanji
        page.features["rewrite.script"] = cached
    return str(cached)


def _writes_kana(page: Page) -> bool:
    """Whether the page's text is Japanese: kana make up ``KANA_SHARE`` of its Han and kana letters
    (a Chinese page writes none, or a rare 'の' in a brand name)."""
    counts = Counter(char_script(ch) for ch in "".join(page.text_lines)[:KANA_READ_CHARS])
    han_and_kana = counts["han"] + counts["kana"]
    return bool(han_and_kana) and counts["kana"] >= KANA_SHARE * han_and_kana


def listing_script(page: Page) -> str:
    """``page_script``, or when the page's headlines have too few letters to tell one (a portal
    listing its notices as plain links at addresses that name no article), the script of its
    headline-long link texts."""
    script = page_script(page)
    if script or sum(letters_in(text) for text in headline_texts(page)) >= SCRIPT_MIN_LETTERS:
        return script
    return dominant_script(link_texts(page))


def page_language(page: Page) -> str:
    """The language of a page's headlines taken together, or when that is unclear (a tech site's
    German full of English product names) the language the page declares in ``<html lang>`` if
    the identifier knows it; '' when both are unclear."""
    cached = page.features.get("rewrite.language")
    if cached is None:
        found = identify(" ".join(headline_texts(page))[:MAX_LANGUAGE_CHARS])
        cached = page.features["rewrite.language"] = found or known_code(page.declared_language)
    return str(cached)


# Messenger and chat hosts whose links name a channel (``t.me/name``): one list for every detector
CHANNEL_HOSTS = ("t.me", "telegram.me", "wa.me", "discord.gg", "icq.im")
# ... and, with a social host, what a defacer leaves as a contact (a pattern: ``t.me/``)
MESSENGER_HOSTS = "(?:" + "|".join(re.escape(host) for host in (*CHANNEL_HOSTS, "instagram.com")) + ")/"
# A mail address, in ASCII; bounded, so linear on any page
MAIL_ADDRESS = r"[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8}"
