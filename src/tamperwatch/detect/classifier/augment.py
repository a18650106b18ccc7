"""Training-time augmentation: condensed copies of legit pages.

In the corpus every legit page is a full site page (hundreds of links, scripts, landmarks)
while defacement pages are small, so a model could learn "small page = defaced". A real
small legit page (a notice, a parked domain, a simple article) would then be flagged. For
each legit example we add a condensed copy, built from its own salient text only (title,
headings, the start of the visible text, a few links), labelled legit and kept in the same
site group, so the text rather than the page size has to carry the decision.
"""

from __future__ import annotations

import html

from tamperwatch.detect.classifier.salient import SalientText

BODY_CHARS = 1500  # characters of the salient body text a condensed copy keeps
LINKS = 5  # links it keeps (its body's first words)
TITLE_CHARS = 120  # characters of the title it keeps
FIELD_CHARS = 200  # characters of the description meta and of the headings it keeps


def condensed_html(salient: SalientText, body_chars: int = BODY_CHARS, links: int = LINKS) -> str:
    """A small, plain page carrying ``salient``'s text."""
    title = html.escape(salient.title[:TITLE_CHARS])
    meta = html.escape(salient.meta[:FIELD_CHARS], quote=True)
    heading = html.escape(salient.headings[:FIELD_CHARS])
    words = salient.body.split()
    anchors = "".join(f'<li><a href="/{k}">{html.escape(w)}</a></li>' for k, w in enumerate(words[:links]))
    text = html.escape(salient.body[:body_chars])
    return (
        f'<html><head><title>{title}</title><meta name="description" content="{meta}"></head>'
        f"<body><h1>{heading}</h1>"
        f"<ul>{anchors}</ul><p>{text}</p></body></html>"
    )
