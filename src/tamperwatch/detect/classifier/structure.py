"""Light structural statistics of a page, independent of markup style.

Counts of elements a visitor would notice (links, scripts, images, media, forms, headings,
paragraphs, navigation landmarks), the number of distinct hosts links point to, and sizes,
all log-scaled. Attribute quoting, entities, void-tag style and asset paths are never read,
nor is head metadata (meta tags, canonical links): mirrored pages lose it, so it would teach
the model where a page was archived rather than what it says.
"""

from __future__ import annotations

import math
from urllib.parse import urlsplit

import numpy as np
import numpy.typing as npt
from selectolax.lexbor import LexborHTMLParser

from tamperwatch.detect.classifier.salient import SalientText

_COUNTED = (
    ("a", "a"),
    ("script", "script"),
    ("img", "img"),
    ("iframe", "iframe"),
    ("form", "form, input, textarea"),
    ("heading", "h1, h2, h3, h4, h5, h6"),
    ("paragraph", "p"),
    ("list_item", "li"),
    ("stylesheet", 'link[rel="stylesheet"], style'),
    ("table", "table, td"),
)
_PRESENT = (
    ("media", "audio, video, embed, object, bgsound"),
    ("marquee", "marquee, blink"),
    ("landmark", "nav, header, footer, main, article, aside"),
)
_MAX_LINKS = 150

FEATURE_NAMES: tuple[str, ...] = (
    tuple(f"log_{name}" for name, _ in _COUNTED)
    + tuple(f"has_{name}" for name, _ in _PRESENT)
    + ("log_link_hosts", "log_html_chars", "log_elements", "log_body_chars", "text_density",
       "title_chars", "heading_chars", "upper_ratio")
)


def _log(count: float) -> float:
    return math.log1p(max(0.0, count))


def _link_hosts(tree: LexborHTMLParser) -> int:
    hosts: set[str] = set()
    for node in tree.css("a")[:_MAX_LINKS]:
        href = (node.attributes.get("href") or "").strip()[:300]
        if href.startswith(("http://", "https://", "//")):
            try:
                host = urlsplit(href).hostname
            except ValueError:
                continue
            if host:
                hosts.add(host)
    return len(hosts)


def _upper_ratio(raw: str) -> float:
    letters = [c for c in raw[:600] if c.isalpha()]
    return sum(c.isupper() for c in letters) / len(letters) if letters else 0.0


def structure_vector(
    tree: LexborHTMLParser, html: str, salient: SalientText, raw_title: str
) -> npt.NDArray[np.float64]:
    """The structural statistics of a page, in the order of :data:`FEATURE_NAMES`."""
    values: list[float] = [_log(len(tree.css(sel))) for _, sel in _COUNTED]
    values += [1.0 if tree.css_first(sel) is not None else 0.0 for _, sel in _PRESENT]
    elements = html.count("<")
    values += [
        _log(_link_hosts(tree)),
        _log(len(html)),
        _log(elements),
        _log(len(salient.body)),
        len(salient.body) / (len(salient.body) + elements + 1.0),
        _log(len(salient.title)),
        _log(len(salient.headings)),
        _upper_ratio(raw_title),
    ]
    return np.asarray(values, dtype=np.float64)
