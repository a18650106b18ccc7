"""The visible text a page's detectors read: ``visible_text`` of a node and ``Page.text_lines``.

Both leave out what sits in ``<script>``, ``<style>``, ``<svg>`` and the other elements nobody
reads, except the ``<text>`` a drawing shows. They are read without copying the document (the
detectors share one parse), so each is checked here against the plain definition: a copy of the
tree with those elements stripped.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st
from selectolax.lexbor import LexborHTMLParser, LexborNode

from tamperwatch.detect.page import Page, visible_text
from tamperwatch.models import Capture

INVISIBLE = ["script", "style", "noscript", "template", "svg", "textarea"]


def _drawings_as_text(tree: LexborHTMLParser) -> None:
    """Put the texts each drawing shows in front of it, one text node each (outside other
    invisible elements, whose content nobody reads anyway)."""
    for svg in tree.css("svg"):
        if not _inside_invisible(svg):
            for shown in svg.css("text"):
                svg.insert_before(shown.text(deep=True, separator=" "))


def stripped_text(html: str | LexborHTMLParser, selector: str, separator: str) -> str:
    """The definition: the node's text in a copy of the document without the invisible elements
    (when the node is one of them, without those it holds), a drawing's shown texts kept."""
    tree = (LexborHTMLParser(html) if isinstance(html, str) else html).clone()
    _drawings_as_text(tree)
    node = tree.css_first(selector)
    assert node is not None
    if node.tag in INVISIBLE:
        for inner in node.css(", ".join(INVISIBLE)):
            if inner.mem_id != node.mem_id:
                inner.decompose()
        return node.text(deep=True, separator=separator)
    tree.strip_tags(INVISIBLE)
    node = tree.css_first(selector)
    assert node is not None
    return node.text(deep=True, separator=separator)


def _inside_invisible(node: LexborNode) -> bool:
    parent = node.parent
    while parent is not None:
        if parent.tag in INVISIBLE:
            return True
        parent = parent.parent
    return False


def stripped_lines(html: str) -> tuple[str, ...]:
    tree = LexborHTMLParser(html).clone()
    _drawings_as_text(tree)
    tree.strip_tags(INVISIBLE)
    text = tree.body.text(deep=True, separator="\n") if tree.body is not None else ""
    seen: dict[str, None] = {}
    for raw in re.sub(r"[^\S\n]+", " ", text).split("\n"):
        line = raw.strip()
        if len(line) > 1 and line not in seen:
            seen[line[:400]] = None
    return tuple(seen)


def page(html: str) -> Page:
    return Page(Capture(url="https://news.example/", fetched_at=datetime.now(UTC), body=html.encode()))


def test_a_headline_link_reads_without_its_icon_and_inline_style() -> None:
    html = (
        '<body><a id="x" href="/a">Council <svg><title>icon</title><path d="M0"/></svg>'
        "approves <style>.a{color:red}</style>the budget<script>track()</script> today</a></body>"
    )
    assert visible_text(LexborHTMLParser(html).css_first("#x"), " ") == "Council  approves  the budget  today"


def test_text_after_a_nested_invisible_block_is_kept() -> None:
    html = (
        '<body><h2 id="x"><span>Before<noscript><b>hidden<i>deep</i></b></noscript></span>'
        "<!-- note --><em>after</em></h2><p>outside</p></body>"
    )
    node = LexborHTMLParser(html).css_first("#x")
    assert visible_text(node, "|") == "Before|after"
    assert visible_text(node, "|") == stripped_text(html, "#x", "|")


def test_a_large_block_is_read_like_a_small_one() -> None:
    items = "".join(f"<li><a href='/n{i}'>Item {i}</a></li>" for i in range(80))
    html = f'<body><div id="x"><ul>{items}</ul><script>var a = 1;</script><p>End</p></div></body>'
    assert visible_text(LexborHTMLParser(html).css_first("#x"), "\n") == stripped_text(html, "#x", "\n")


def test_text_lines_leave_out_scripts_and_collapse_spaces() -> None:
    html = (
        "<html><head><title>T</title></head><body><h1>  Budget\t approved  </h1>"
        "<script>var secret = 'no';</script><p>Line\u00a0one\r\ncontinues</p>"
        "<p>Line\u00a0one\r\ncontinues</p>"
        "<svg><text>chart</text></svg><textarea>typed</textarea></body></html>"
    )
    assert page(html).text_lines == ("Budget approved", "Line one", "continues", "chart")
    assert page(html).text_lines == stripped_lines(html)


_PIECES = st.sampled_from(
    [
        "<a href='/x'>",
        "</a>",
        "<h2>",
        "</h2>",
        "<div>",
        "</div>",
        "<span>",
        "</span>",
        "<script>s()</script>",
        "<style>.c{}</style>",
        "<svg><g><text>icon</text></g></svg>",
        "<noscript>n</noscript>",
        "<template><b>t</b></template>",
        "<textarea>ta</textarea>",
        "<!-- c -->",
        "<br>",
        "\n",
        "  \t ",
        "\u00a0",
        "word",
        "Nachricht",
        "新闻",
    ]
)


@settings(max_examples=300, deadline=None)
@given(pieces=st.lists(_PIECES, max_size=60), separator=st.sampled_from(["", " ", "\n"]))
def test_visible_text_and_text_lines_match_the_stripped_copy(pieces: list[str], separator: str) -> None:
    html = f"<html><body><div id='root'>{''.join(pieces)}</div></body></html>"
    tree = LexborHTMLParser(html)
    nodes = [n for n in tree.css("#root, #root *") if not _inside_invisible(n)]
    for i, node in enumerate(nodes):
        node.attrs["data-i"] = str(i)
    for i, node in enumerate(nodes):
        assert visible_text(node, separator) == stripped_text(tree, f"[data-i='{i}']", separator)
    assert page(html).text_lines == stripped_lines(html)
