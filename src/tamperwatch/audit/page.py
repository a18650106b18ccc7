"""What the audit reads from the page's HTML, parsed once: scripts, stylesheets, forms, meta
http-equiv, generator and other meta tags, passive media. Only attributes are read; nothing is run."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from yarl import URL

if TYPE_CHECKING:
    from tamperwatch.models import Capture

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
PASSIVE_TAGS = ("img", "audio", "video", "source", "track")
ACTIVE_FRAME_TAGS = ("iframe", "frame", "embed", "object")


@dataclass(frozen=True, slots=True)
class Resource:
    raw: str  # the attribute as written
    url: str  # absolute ("" when it does not parse)
    integrity: str = ""
    crossorigin: str = ""


@dataclass(frozen=True, slots=True)
class Form:
    action: str  # absolute
    method: str
    has_password: bool


@dataclass(slots=True)
class PageFacts:
    is_html: bool = False
    scripts: list[Resource] = field(default_factory=list)  # external scripts
    script_tags: int = 0  # every <script>, inline ones too
    styles: list[Resource] = field(default_factory=list)
    forms: list[Form] = field(default_factory=list)
    http_equiv: dict[str, list[str]] = field(default_factory=dict)
    generators: list[str] = field(default_factory=list)
    meta: dict[str, list[str]] = field(default_factory=dict)  # <meta name|property>, lower-cased
    passive: list[Resource] = field(default_factory=list)
    frames: list[Resource] = field(default_factory=list)


def content_type(capture: Capture) -> str:
    return capture.header("Content-Type").split(";", 1)[0].strip().lower()


def _absolute(base: URL, raw: str) -> str:
    try:
        return str(base.join(URL(raw.strip())))
    except (ValueError, TypeError):
        return ""


def read_page(capture: Capture, page_url: str) -> PageFacts:
    """The facts of an HTML answer (an empty PageFacts for anything else)."""
    mime = content_type(capture)
    if (mime and mime not in HTML_TYPES) or not capture.body:
        return PageFacts(is_html=False)
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(capture.text)
    facts = PageFacts(is_html=True)
    base = URL(page_url)
    base_tag = tree.css_first("base[href]")
    if base_tag is not None:
        joined = _absolute(base, base_tag.attributes.get("href") or "")
        base = URL(joined) if joined else base

    def resource(raw: str, node_attrs: dict[str, str | None]) -> Resource:
        return Resource(
            raw, _absolute(base, raw), node_attrs.get("integrity") or "", node_attrs.get("crossorigin") or ""
        )

    for node in tree.css("script"):
        facts.script_tags += 1
        src = node.attributes.get("src")
        if src:
            facts.scripts.append(resource(src, node.attributes))
    for node in tree.css("link[href]"):
        rel = (node.attributes.get("rel") or "").lower().split()
        if "stylesheet" in rel:
            facts.styles.append(resource(node.attributes.get("href") or "", node.attributes))
    for node in tree.css("form"):
        action = node.attributes.get("action") or ""
        facts.forms.append(
            Form(
                action=_absolute(base, action) if action else str(base),
                method=(node.attributes.get("method") or "get").lower(),
                has_password=node.css_first("input[type=password i]") is not None,
            )
        )
    for node in tree.css("meta[http-equiv]"):
        name = (node.attributes.get("http-equiv") or "").strip().lower()
        facts.http_equiv.setdefault(name, []).append(node.attributes.get("content") or "")
    for node in tree.css("meta[name], meta[property]"):
        name = (node.attributes.get("name") or node.attributes.get("property") or "").strip().lower()
        facts.meta.setdefault(name, []).append(node.attributes.get("content") or "")
    facts.generators = facts.meta.get("generator", [])
    for tag in PASSIVE_TAGS:
        for node in tree.css(f"{tag}[src]"):
            facts.passive.append(resource(node.attributes.get("src") or "", node.attributes))
    for tag in ACTIVE_FRAME_TAGS:
        for node in tree.css(f"{tag}[src], {tag}[data]"):
            raw = node.attributes.get("src") or node.attributes.get("data") or ""
            facts.frames.append(resource(raw, node.attributes))
    return facts
