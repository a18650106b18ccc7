"""Salient text of a page: what a visitor reads first, capped so scoring stays cheap.

Four fields, each normalised (NFKC, lower case, whitespace collapsed) so that styled
Unicode letters, full-width forms and case tricks read as plain text:

* ``title``: the ``<title>``;
* ``meta``: ``og:title`` and description meta content;
* ``headings``: ``h1``-``h3``, ``marquee``, ``center``, ``font`` and ``blink`` text (large, shouted text);
* ``body``: the first ``max_body_chars`` of visible body text (script, style, noscript and
  template content left out), read from Lexbor's text in one call so deep nesting stays cheap.

Nothing here looks at markup style (quoting, entities, void tags, asset paths).
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from dataclasses import dataclass

from selectolax.lexbor import LexborHTMLParser, LexborNode

_INVISIBLE_SELECTOR = "script, style, noscript, template"
_SEP = "\x1f"
_INVISIBLE_CHARS = dict.fromkeys([0xAD, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x2060, 0xFEFF])
_SALIENT_TAGS = "h1, h2, h3, marquee, center, font, blink"
_META_TEXT = 'meta[property="og:title"], meta[name="description"], meta[property="og:description"]'
# Caps of what is read. The trained model was fitted on text read with these (its FeatureConfig
# carries the body and field caps it was trained with): change them only with a retrained model.
MAX_BODY_CHARS = 3000  # characters of visible body text
MAX_FIELD_CHARS = 600  # characters of the meta and heading fields
MAX_TITLE_CHARS = 200  # characters of the title
MAX_HEADING_NODES = 200  # heading-like elements read
MAX_META_TAGS = 4  # meta tags read
MAX_INVISIBLE_NODES = 2000  # script, style, noscript and template elements whose text is left out
_CHUNK_KEY_CHARS = 64  # leading characters that (with its length) identify an invisible text chunk
_NORMALISE_SLACK = 2  # text read before folding, per character kept (NFKC and dropped characters shrink it)


@dataclass(frozen=True, slots=True)
class SalientText:
    title: str
    meta: str
    headings: str
    body: str
    runs: tuple[str, ...] = ()  # the body's text runs as read (not normalised), for the layout statistics


def normalise(text: str, limit: int) -> str:
    """NFKC, zero-width characters dropped, lower case, single spaces, at most ``limit`` characters."""
    folded = unicodedata.normalize("NFKC", text[: limit * _NORMALISE_SLACK]).translate(_INVISIBLE_CHARS)
    return " ".join(folded.lower().split())[:limit]


def _chunk_key(text: str) -> tuple[int, str]:
    return len(text), text[:_CHUNK_KEY_CHARS]


def visible_chunks(root: LexborNode, tree: LexborHTMLParser, max_chars: int) -> list[str]:
    """Text nodes making up the first ``max_chars`` of visible text (script/style/noscript left out)."""
    hidden = Counter(
        _chunk_key(node.text(deep=True)) for node in tree.css(_INVISIBLE_SELECTOR)[:MAX_INVISIBLE_NODES]
    )
    parts: list[str] = []
    total = 0
    for chunk in root.text(deep=True, separator=_SEP, skip_empty=True).split(_SEP):
        if not chunk or chunk.isspace():
            continue
        key = _chunk_key(chunk)
        if hidden.get(key, 0) > 0:
            hidden[key] -= 1
            continue
        parts.append(chunk)
        total += len(chunk)
        if total >= max_chars:
            break
    return parts


def heading_chunks(
    tree: LexborHTMLParser, max_chars: int = MAX_FIELD_CHARS, max_nodes: int = MAX_HEADING_NODES
) -> list[str]:
    """Texts of the large, shouted elements (headings, marquee, center, font, blink), capped."""
    return _chunks(tree, _SALIENT_TAGS, max_chars, max_nodes)


def _chunks(tree: LexborHTMLParser, selector: str, max_chars: int, max_nodes: int) -> list[str]:
    parts: list[str] = []
    total = 0
    for node in tree.css(selector)[:max_nodes]:
        chunk = node.text(deep=True, separator=" ")[:max_chars]
        parts.append(chunk)
        total += len(chunk)
        if total >= max_chars:
            break
    return parts


def _meta_text(tree: LexborHTMLParser, max_chars: int) -> str:
    parts = [
        (node.attributes.get("content") or "")[:max_chars] for node in tree.css(_META_TEXT)[:MAX_META_TAGS]
    ]
    return " ".join(parts)


def extract_salient(
    tree: LexborHTMLParser,
    max_body_chars: int = MAX_BODY_CHARS,
    max_field_chars: int = MAX_FIELD_CHARS,
    max_title_chars: int = MAX_TITLE_CHARS,
) -> SalientText:
    """The capped, normalised salient text of a parsed page (empty fields when absent)."""
    title_node = tree.css_first("title")
    title = title_node.text(deep=True) if title_node is not None else ""
    headings = " ".join(heading_chunks(tree, max_field_chars))
    root = tree.body or tree.root
    runs = tuple(visible_chunks(root, tree, max_body_chars)) if root is not None else ()
    return SalientText(
        title=normalise(title, max_title_chars),
        meta=normalise(_meta_text(tree, max_field_chars), max_field_chars),
        headings=normalise(headings, max_field_chars),
        body=normalise(" ".join(runs), max_body_chars),
        runs=runs,
    )
