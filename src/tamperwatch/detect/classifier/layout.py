"""Layout statistics a defacement page cannot avoid by choosing other words or another language.

A site's own page is woven into its site: many links to its own paths, a navigation and a
footer, dated articles, long runs of text. A defacement page is a message: a few large
centred lines, links (if any) to other sites, contact handles (``@name``), media that plays by
itself, no paths of its own. These statistics measure that shape; none of them reads words,
so they carry over to attackers writing in any language. Sizes are log-scaled, texts measured
in display width (see ``structure.text_width``) so no statistic tells the script.
"""

from __future__ import annotations

import math
import re

from selectolax.lexbor import LexborHTMLParser

from tamperwatch.detect.classifier.salient import SalientText

MAX_LINKS = 300  # links read
MAX_LINK_TEXT = 200  # characters of a link's text counted
SHORT_RUN_WIDTH = 40  # a text run at most this wide is a "line" (a slogan, a name), not prose
OWN_HOST_SHARE = 0.4  # share of the absolute links the site's own host takes at least ...
OWN_HOST_PATHS = 3  # ... with at least this many distinct addresses
MAX_STYLE_CHARS = 200_000  # characters of the page searched for centring
_NOT_A_PATH = ("mailto:", "tel:", "javascript:", "data:", "#", "sms:", "whatsapp:")
# "@name" not inside an e-mail address: a contact handle (Telegram, Instagram, X, Discord ...)
_HANDLE = re.compile(r"(?<![\w.@])@[^\W_][\w.]{2,}")
# a calendar date: 2024-05-01, 01.05.2024, 2024/5/1, 2024年5月
_DATE = re.compile(r"\b(?:19|20)\d\d\s?[-/.年]\s?\d{1,2}\b|\b\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d\d\b")
# Markup that centres text, and the copyright sign, looked for in the lower-cased page with
# plain substring counts (a case-insensitive regular expression over 200 KB took 5 ms a page).
_CENTRED = ("text-align:center", "text-align: center", "<center", 'align="center"', "align='center'",
            "align=center")
_COPYRIGHT = ("©", "&copy;", "&#169;")

# East Asian wide characters (Hangul Jamo and syllables, CJK, kana, full-width forms): two columns.
_WIDE = re.compile(
    "[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f"
    "\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\U00020000-\U0003fffd]"
)
LAYOUT_NAMES: tuple[str, ...] = (
    "log_own_paths", "log_offsite_links", "link_text_share", "log_handles", "log_dates",
    "log_text_runs", "short_run_share", "log_mean_run_width", "log_centred", "has_copyright",
    "has_nav", "has_footer", "has_article", "has_autoplay",
)


def _log(count: float) -> float:
    return math.log1p(max(0.0, count))


def text_width(text: str) -> int:
    """Display width of ``text``: East Asian wide characters count two columns, others one."""
    return len(text) + len(_WIDE.findall(text))


def is_path(href: str) -> bool:
    """A link to the page's own site: relative, or root-relative (``/x``, ``x.html``, ``?page=2``)."""
    if not href or href.startswith(_NOT_A_PATH):
        return False
    head = href.split("/", 1)[0].split("?", 1)[0]
    return not href.startswith("//") and ":" not in head


def host_of_href(href: str) -> str:
    """Lower-cased host of an absolute or protocol-relative address ("" for a path, mailto: and such)."""
    if not href.startswith(("http://", "https://", "//")):
        return ""
    return href.split("//", 1)[1].split("/", 1)[0].split("?", 1)[0].split("#", 1)[0].lower()


def _links(tree: LexborHTMLParser) -> tuple[int, int, int]:
    """(distinct own paths, off-site links, link text width) among the first links.

    Absolute links to the host linked to most count as own paths (a site linking to itself in
    full, as mirrored and many CMS pages do) when that host takes at least ``OWN_HOST_SHARE`` of
    the absolute links with at least ``OWN_HOST_PATHS`` distinct addresses.
    """
    paths: set[str] = set()
    by_host: dict[str, list[str]] = {}
    absolute = 0
    text = 0
    for node in tree.css("a")[:MAX_LINKS]:
        href = (node.attributes.get("href") or "").strip()[:300]
        text += len(node.text(deep=True)[:MAX_LINK_TEXT].strip())
        if is_path(href):
            paths.add(href.split("#", 1)[0])
            continue
        host = host_of_href(href)
        if host:
            absolute += 1
            by_host.setdefault(host, []).append(href.split("#", 1)[0])
    offsite = absolute
    if by_host:
        top = max(by_host.values(), key=len)
        distinct = set(top)
        if len(distinct) >= OWN_HOST_PATHS and len(top) >= OWN_HOST_SHARE * absolute:
            paths |= distinct
            offsite = absolute - len(top)
    return len(paths), offsite, text


def layout_vector(tree: LexborHTMLParser, html: str, salient: SalientText) -> list[float]:
    """The layout statistics of a page, in the order of :data:`LAYOUT_NAMES`."""
    own_paths, offsite, link_text = _links(tree)
    widths = [w for w in (text_width(" ".join(r.split())) for r in salient.runs) if w]
    total = sum(widths)
    short = sum(1 for w in widths if w <= SHORT_RUN_WIDTH)
    body = salient.body
    nodes = tree.css("nav, footer, article, main, [autoplay]")
    tags = {node.tag for node in nodes}
    autoplay = any("autoplay" in node.attributes for node in nodes)
    low = html[:MAX_STYLE_CHARS].lower()
    tail = html[-MAX_STYLE_CHARS:].lower() if len(html) > MAX_STYLE_CHARS else low
    return [
        _log(own_paths),
        _log(offsite),
        min(1.0, link_text / (total + 1.0)),
        _log(len(_HANDLE.findall(body))),
        _log(len(_DATE.findall(body))),
        _log(len(widths)),
        short / len(widths) if widths else 1.0,
        _log(total / len(widths)) if widths else 0.0,
        _log(sum(low.count(mark) for mark in _CENTRED)),
        1.0 if any(mark in tail for mark in _COPYRIGHT) else 0.0,
        1.0 if "nav" in tags else 0.0,
        1.0 if "footer" in tags else 0.0,
        1.0 if tags & {"article", "main"} else 0.0,
        1.0 if autoplay else 0.0,
    ]
