"""What only the rendered page shows: text that JavaScript added, origins loaded at render time that
the served HTML never named, third-party scripts whose content changed at the same URL.

Inputs are a Capture carrying a render (``dom`` and ``render``); ``body`` is the served HTML (for
render policy ``always`` it is the rendered HTML, and nothing is "rendered-only").
"""

from __future__ import annotations

import zlib
from dataclasses import replace

from tamperwatch.detect.page import Page
from tamperwatch.models import Capture

SCRIPT_KINDS = frozenset({"script", "document", "stylesheet"})


def line_key(line: str) -> int:
    return zlib.crc32(line.casefold().encode("utf-8", "replace"))


def rendered_only_lines(capture: Capture, max_chars: int = 4_000_000) -> list[str]:
    """Visible text lines of the rendered DOM that the served HTML does not contain."""
    if not capture.dom:
        return []
    served = set(Page(capture, max_chars=max_chars).text_lines)
    rendered = Page(replace(capture, body=capture.dom.encode("utf-8", "replace")), max_chars=max_chars)
    return [line for line in rendered.text_lines if line not in served]


def page_origin(capture: Capture) -> str:
    from tamperwatch.capture.browser_watch import origin_of

    return origin_of(capture.final_url or capture.url)


def render_origins(capture: Capture) -> set[str]:
    """Origins of scripts, frames and stylesheets the render loaded, the page's own excluded."""
    if capture.render is None:
        return set()
    own = page_origin(capture)
    return {
        r.origin for r in capture.render.resources if r.kind in SCRIPT_KINDS and r.origin and r.origin != own
    }


def unnamed_origins(capture: Capture, origins: set[str]) -> set[str]:
    """Those of ``origins`` whose host the served HTML never mentions."""
    html = capture.text.lower()
    return {o for o in origins if o.split("://", 1)[-1].split(":")[0] not in html}


def third_party_scripts(capture: Capture) -> dict[str, str]:
    """URL -> SHA-256 of every third-party script the render loaded (content hashed)."""
    if capture.render is None:
        return {}
    own = page_origin(capture)
    return {
        r.url: r.sha256
        for r in capture.render.resources
        if r.kind == "script" and r.sha256 and r.origin != own
    }
