"""Light structural statistics of a page, independent of markup style.

Counts of elements a visitor would notice (links, scripts, images, media, forms, headings,
paragraphs, navigation landmarks), the number of distinct hosts links point to, and sizes,
all log-scaled. Attribute quoting, entities and void-tag style are never read. Asset addresses
and head links are read only by ``resources`` (``FeatureConfig.resources``, off for the shipped
model), for how they tie the page to its own site, never for where a page was archived.

Nothing here may tell which script a page is written in. Text sizes are measured in display
width (a Chinese, Japanese or Korean character counts as two: it carries about as much as two
or three Latin letters), so the same article is about as "long" in every language; and the
only case statistic is whether the title is shouted in capitals, which a title in a script
without case simply is not (it used to be the upper-case ratio, which is 0 for every Chinese,
Arabic or Hindi title and so told the model the script).
"""

from __future__ import annotations

import math
from collections import Counter
from operator import attrgetter

import numpy as np
import numpy.typing as npt
from selectolax.lexbor import LexborHTMLParser

from tamperwatch.detect.classifier.layout import LAYOUT_NAMES, layout_vector, text_width
from tamperwatch.detect.classifier.resources import RESOURCE_NAMES, resource_vector
from tamperwatch.detect.classifier.salient import SalientText

_COUNTED: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("a", ("a",)),
    ("script", ("script",)),
    ("img", ("img",)),
    ("iframe", ("iframe",)),
    ("form", ("form", "input", "textarea")),
    ("heading", ("h1", "h2", "h3", "h4", "h5", "h6")),
    ("paragraph", ("p",)),
    ("list_item", ("li",)),
    ("stylesheet", ("link", "style")),  # link only as rel="stylesheet", see _SELECTOR
    ("table", ("table", "td")),
)
_PRESENT: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("media", ("audio", "video", "embed", "object", "bgsound")),
    ("marquee", ("marquee", "blink")),
    ("landmark", ("nav", "header", "footer", "main", "article", "aside")),
)
_GROUP_OF = {tag: name for name, tags in _COUNTED + _PRESENT for tag in tags}
_SELECTOR = ", ".join(sorted(t for t in _GROUP_OF if t != "link")) + ', link[rel="stylesheet"]'
_MAX_LINKS = 150
_SHOUTED_MIN_LETTERS = 8
_SHOUTED_RATIO = 0.7

FEATURE_NAMES: tuple[str, ...] = (
    tuple(f"log_{name}" for name, _ in _COUNTED)
    + tuple(f"has_{name}" for name, _ in _PRESENT)
    + ("log_link_hosts", "log_html_chars", "log_elements", "log_body_chars", "text_density",
       "title_chars", "heading_chars", "title_shouted")
    + LAYOUT_NAMES
    + RESOURCE_NAMES
)


def _log(count: float) -> float:
    return math.log1p(max(0.0, count))


def _host_of(href: str) -> str:
    """Host of an absolute or protocol-relative link (what ``urlsplit(href).hostname`` gives, faster)."""
    if not href.startswith(("http://", "https://", "//")):
        return ""
    rest = href.split("//", 1)[1]
    for stop in "/?#":
        rest = rest.split(stop, 1)[0]
    host = rest.rpartition("@")[2]
    host = host[1:].split("]", 1)[0] if host.startswith("[") else host.split(":", 1)[0]
    return host.lower()


def _counts(tree: LexborHTMLParser) -> tuple[Counter[str], int]:
    """Elements per group (one CSS pass) and distinct hosts among the first links' targets."""
    per_tag = Counter(map(attrgetter("tag"), tree.css(_SELECTOR)))
    groups: Counter[str] = Counter()
    for tag, count in per_tag.items():
        groups[_GROUP_OF.get(tag or "", "")] += count
    hosts: set[str] = set()
    if per_tag["a"]:
        for node in tree.css("a")[:_MAX_LINKS]:
            host = _host_of((node.attributes.get("href") or "").strip()[:300])
            if host:
                hosts.add(host)
    return groups, len(hosts)


def title_shouted(raw: str) -> float:
    """1.0 when the title's cased letters are mostly capitals ("HACKED BY ..."), else 0.0.

    Only letters that have case count; a title with fewer than a few (Chinese, Arabic, Hindi,
    Thai...) is not shouted, like an ordinary Latin-script title.
    """
    upper = lower = 0
    for c in raw[:600]:
        if c.isupper():
            upper += 1
        elif c.islower():
            lower += 1
    cased = upper + lower
    return 1.0 if cased >= _SHOUTED_MIN_LETTERS and upper >= _SHOUTED_RATIO * cased else 0.0


def structure_vector(
    tree: LexborHTMLParser, html: str, salient: SalientText, raw_title: str, max_body_chars: int = 3000,
    layout: bool = True, resources: bool = True,
) -> npt.NDArray[np.float64]:
    """The structural statistics of a page, in the order of :data:`FEATURE_NAMES`.

    The body's width is capped at ``max_body_chars`` (the body text's own cap), so a long
    Chinese article is no "longer" than a long English one. ``layout`` appends the layout
    statistics and ``resources`` the resource statistics (models trained before them were
    fitted without).
    """
    groups, link_hosts = _counts(tree)
    values: list[float] = [_log(groups[name]) for name, _ in _COUNTED]
    values += [1.0 if groups[name] else 0.0 for name, _ in _PRESENT]
    elements = html.count("<")
    body = min(text_width(salient.body), max_body_chars)
    values += [
        _log(link_hosts),
        _log(len(html)),
        _log(elements),
        _log(body),
        body / (body + elements + 1.0),
        _log(text_width(salient.title)),
        _log(text_width(salient.headings)),
        title_shouted(raw_title),
    ]
    if layout:
        values += layout_vector(tree, html, salient)
    if resources:
        shape = dict(zip(LAYOUT_NAMES, values[-len(LAYOUT_NAMES):], strict=True)) if layout else {}
        values += resource_vector(tree, shape.get("log_own_paths", 0.0), shape.get("short_run_share", 0.0))
    return np.asarray(values, dtype=np.float64)
