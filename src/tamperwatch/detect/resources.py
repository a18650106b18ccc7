"""Resources: the scripts, frames, objects, forms, stylesheets and redirects a page pulls in.

One place extracts them (CSS selectors run inside Lexbor, regular expressions for redirects in
inline script, ``inline_loads`` for what inline scripts load), so detectors agree on what a page
loads and from where.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from tamperwatch.detect.deferred_scripts import deferred_scripts
from tamperwatch.detect.hiding import hidden_by_style
from tamperwatch.detect.inline_loads import ENCODED, HIDDEN, PLAIN, QUOTED, SKIMMER, inline_loads
from tamperwatch.detect.origins import foreign_domain, registrable_domain
from tamperwatch.detect.page import Page

_INLINE_KINDS = {
    PLAIN: "inline-script",
    QUOTED: "inline-script",
    ENCODED: "obfuscated-script",
    SKIMMER: "skimmer",
    HIDDEN: "hidden-loader",
}
_SELECTOR = (
    "script[src], script[href], iframe[src], frame[src], object[data], embed[src], form[action], link[href], "
    "base[href]"
)  # script[href]: an SVG script (href or xlink:href) loads its code like src
_JS_REDIRECT = re.compile(
    r"""location(?:\.href\s*=|\s*=|\.(?:replace|assign)\s*\()\s*["'`]"""
    r"""((?:https?:)?//[^"'`\s]{3,300})""",
    re.IGNORECASE,
)
_REFRESH_URL = re.compile(r"url\s*=\s*['\"]?([^'\";\s]+)", re.IGNORECASE)
_MAX_ELEMENTS = 3000  # elements that load something read per page
_MAX_URL_CHARS = 300  # characters of an address kept
_TINY_PX = 2  # a frame at most this wide and high shows nothing
_MAX_REFRESH_TAGS = 20  # meta http-equiv tags read per page
_MAX_REDIRECTS = 50  # redirects found per page, at most
_REDIRECT_WINDOW = 340  # characters after 'location' read for a JavaScript redirect
_LOCATION = "location"  # where a JavaScript redirect is looked for
_OPEN = "open("  # where a script opening a window (a pop-up or pop-under) is looked for
_POPUP = re.compile(r"""open\(\s*["'`]((?:https?:)?//[^"'`\s]{3,300})""", re.IGNORECASE)
_POPUP_WINDOW = 320  # characters after 'open(' read for the address
# A listener on the whole page (not on a share button) for the visitor's first click or touch:
# the window it opens is a pop-under, whatever the visitor meant to click
_ANY_CLICK = re.compile(
    r"""(?:document|window|document\.body|document\.documentElement)\s*\.\s*addEventListener\(\s*["'`]"""
    r"""(?:click|mousedown|mouseup|pointerdown|pointerup|touchstart|touchend)["'`]"""
)
_POPUNDER_WINDOW = 400  # characters before 'open(' searched for such a listener
MAX_LINK_NODES = 2000  # anchors and images read per page for the domains they name


@dataclass(frozen=True, slots=True)
class Resource:
    """One external reference; ``kind``: script, iframe, object, form, stylesheet, refresh, js-redirect,
    popup (a script opens a window on it; popunder: on any click on the page),
    inline-script (an inline script loads it),
    obfuscated-script (from an address it decodes),
    skimmer (an inline script sends a form's fields there), hidden-loader (an event handler, a
    ``data:`` script or a ``srcdoc`` frame loads it; ``attrs`` is ``("quoted",)`` when the
    address was only handed to some function), base (the page's base URL: every relative
    address of the page then loads from there)."""

    kind: str
    url: str
    domain: str
    attrs: tuple[str, ...] = ()
    hidden: bool = False


def own_domain(page: Page) -> str:
    return registrable_domain(page.host)


def _tiny(value: str | None) -> bool:
    digits = (value or "").strip().rstrip("px").strip()
    return digits.isdigit() and int(digits) <= _TINY_PX


def foreign_resources(page: Page) -> list[Resource]:
    """External resources whose registrable domain differs from the page's own (cached per page)."""
    cached = page.features.get("foreign_resources")
    if isinstance(cached, list):
        return cached
    own = own_domain(page)
    out: list[Resource] = []
    for node in page.tree.css(_SELECTOR)[:_MAX_ELEMENTS]:
        tag = node.tag or ""
        attrs = node.attributes
        kind = {"frame": "iframe", "embed": "object", "link": "stylesheet"}.get(tag, tag)
        if tag == "link":
            kind = _link_kind(attrs)
            if not kind:
                continue
        if tag == "script" and "src" not in attrs:
            kind = "hidden-loader"  # an SVG script (href): not where a site puts its code
        ref = (
            attrs.get("src")
            or attrs.get("data")
            or attrs.get("action")
            or attrs.get("href")
            or attrs.get("xlink:href")
            or ""
        )
        domain = foreign_domain(ref, page.url, own)
        if not domain:
            continue
        hidden = hidden_by_style(attrs.get("style") or "") or (
            _tiny(attrs.get("width")) and _tiny(attrs.get("height"))
        )
        names = sorted(k.lower() for k in attrs if tag != "link" or k.lower() not in _LINK_OWN_ATTRS)
        out.append(Resource(kind, ref[:_MAX_URL_CHARS], domain, tuple(names), hidden))
    for url, deferred_attrs in deferred_scripts(page.tree):  # a consent manager's or lazy loader's script
        domain = foreign_domain(url, page.url, own)
        if domain:
            out.append(Resource("script", url[:_MAX_URL_CHARS], domain, deferred_attrs))
    for url, how in inline_loads(page.tree):
        domain = foreign_domain(url, page.url, own)
        if domain:
            out.append(
                Resource(_INLINE_KINDS[how], url[:_MAX_URL_CHARS], domain, (QUOTED,) if how == QUOTED else ())
            )
    out.extend(_redirects(page, own))
    page.features["foreign_resources"] = out
    return out


_LINK_OWN_ATTRS = frozenset({"rel", "as", "href"})  # what every fetching <link> has: not a vendor's trait


def _link_kind(attrs: Mapping[str, str | None]) -> str:
    """What a ``<link>`` fetches: a style sheet, a script (``modulepreload``, or ``preload`` as a
    script: the browser downloads the code, and a handler or a later tag runs it), or '' for the
    rest (icons, canonical addresses, DNS hints)."""
    rel = (attrs.get("rel") or "").lower().split()
    if "stylesheet" in rel:
        return "stylesheet"
    if "modulepreload" in rel or ("preload" in rel and (attrs.get("as") or "").strip().lower() == "script"):
        return "script"
    return ""


def _redirects(page: Page, own: str) -> list[Resource]:
    out: list[Resource] = []
    for node in page.tree.css("meta[http-equiv]")[:_MAX_REFRESH_TAGS]:
        if (node.attributes.get("http-equiv") or "").strip().lower() != "refresh":
            continue
        match = _REFRESH_URL.search(node.attributes.get("content") or "")
        domain = foreign_domain(match.group(1), page.url, own) if match else ""
        if domain:
            out.append(Resource("refresh", match.group(1)[:_MAX_URL_CHARS] if match else "", domain))
    html = page.html
    redirects = _scripted(page, own, _LOCATION, _JS_REDIRECT, _REDIRECT_WINDOW, _MAX_REDIRECTS - len(out))
    out.extend(Resource("js-redirect", url, domain) for _, url, domain in redirects)
    for pos, url, domain in _scripted(page, own, _OPEN, _POPUP, _POPUP_WINDOW, _MAX_REDIRECTS - len(out)):
        # a window opened from a click anywhere on the page is a pop-under
        anywhere = _ANY_CLICK.search(html, max(0, pos - _POPUNDER_WINDOW), pos) is not None
        out.append(Resource("popunder" if anywhere else "popup", url, domain))
    return out


def _scripted(
    page: Page, own: str, needle: str, pattern: re.Pattern[str], window: int, limit: int
) -> list[tuple[int, str, str]]:
    """``(position, address, domain)`` of the addresses on other domains that ``pattern`` finds
    right at each ``needle`` of the page (at most ``limit``)."""
    out: list[tuple[int, str, str]] = []
    html = page.html
    pos = html.find(needle)
    while pos >= 0 and len(out) < limit:
        match = pattern.match(html, pos, pos + window)
        domain = foreign_domain(match.group(1), page.url, own) if match else ""
        if match and domain:
            out.append((pos, match.group(1)[:_MAX_URL_CHARS], domain))
        pos = html.find(needle, pos + len(needle))
    return out


def link_domains(page: Page, limit: int = MAX_LINK_NODES) -> set[str]:
    """Registrable domains of the page's anchors and images other than its own (cached per page)."""
    cached = page.features.get("link_domains")
    if isinstance(cached, set):
        return cached
    own = own_domain(page)
    out: set[str] = set()
    for node in page.tree.css("a[href], img[src]")[:limit]:
        ref = node.attributes.get("href") or node.attributes.get("src") or ""
        domain = foreign_domain(ref, page.url, own)
        if domain:
            out.add(domain)
    page.features["link_domains"] = out
    return out
