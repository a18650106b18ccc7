"""How a page is woven into its site by what it loads, statistics no message text can avoid.

A site's own page, even one with no links at all (a maintenance notice, a dark brand landing
page, an error page, a login screen), loads its style sheets, scripts, fonts, icons and images
from its own paths or from one consistent own host, names itself (canonical address, web
manifest, icon, ``og:url``), posts its forms to its own paths and repeats its own name in its
title, its logo's ``alt`` and its mail addresses. A defacement page is a single self-contained
file dropped onto the server: inline styles, pictures and music from foreign hosting, contact
addresses elsewhere. None of these statistics reads a word of any language.

The page's own hosts (there is no URL on the page task) are the hosts it declares (canonical,
``og:url``, ``base``, alternate links), the host its links go to most (``layout``'s rule), and
a host serving it at least two kinds of resource (style and script, say: a site's static host;
a picture host serves pictures only). A resource on a host of the same site (same registrable
name: ``static.example.com`` for ``www.example.com``) is its own.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field

from selectolax.lexbor import LexborHTMLParser, LexborNode

from tamperwatch.detect.classifier.layout import OWN_HOST_PATHS, OWN_HOST_SHARE, host_of_href, is_path

MAX_RESOURCES = 400  # resource-bearing elements read
MAX_ANCHORS = 300  # links read to find the host they go to most
MAX_URL_CHARS = 300  # characters of an address read
MAX_ALT_CHARS = 200  # characters of an image's alt text read
MAX_TITLE_CHARS = 300  # characters of the title read for the site's name
MIN_NAME_CHARS = 3  # a site name shorter than this is not looked for in the title
STATIC_HOST_KINDS = 2  # kinds of resource a host serves at least to count as the site's static host
SHORT_SUFFIX_CHARS = 3  # a second-level label this short before a 2-letter TLD is a suffix (co.uk, com.cn)
_RESOURCE_SELECTOR = (
    "link[href], script[src], img, source, video, audio, embed, iframe, object, input[type=image], "
    "style, form, base[href], meta[property], meta[name], a[href^=mailto]"
)
_IDENTITY_RELS = ("canonical", "manifest", "alternate", "shortlink", "search", "home", "index")
_ICON_RELS = ("icon", "apple-touch-icon", "mask-icon")
_URL_META = ("og:url", "twitter:url")
_SITE_NAME_META = ("og:site_name", "application-name", "apple-mobile-web-app-title")

RESOURCE_NAMES: tuple[str, ...] = (
    "log_own_resources", "own_resource_share", "log_foreign_resource_hosts", "log_foreign_media",
    "log_inline_media", "inline_style_share", "log_identity_links", "has_own_icon", "log_own_forms",
    "log_head_meta", "name_in_title", "log_own_mail", "log_foreign_mail",
)


def _log(count: float) -> float:
    return math.log1p(max(0.0, count))


def site_of(host: str) -> str:
    """The registrable part of a host, approximately: ``www.shop.example.co.uk`` -> ``example.co.uk``."""
    labels = [part for part in host.split(".") if part]
    if len(labels) >= 3 and len(labels[-1]) == 2 and len(labels[-2]) <= SHORT_SUFFIX_CHARS:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def site_name(site: str) -> str:
    """The name part of a registrable host (``example`` of ``example.co.uk``), letters and digits only."""
    return "".join(c for c in site.split(".", 1)[0] if c.isalnum())


def _folded(text: str) -> str:
    return "".join(c for c in text.lower() if c.isalnum())


@dataclass
class _Scan:
    """What one pass over the resource-bearing elements found."""

    declared: set[str] = field(default_factory=set)  # hosts the page names as its own
    resources: list[tuple[str, str, str]] = field(default_factory=list)  # (kind, address, tag)
    inline_media: int = 0
    styles: int = 0  # <style> blocks
    sheets: int = 0  # linked style sheets
    identity: int = 0
    icons: list[str] = field(default_factory=list)
    forms: list[str] = field(default_factory=list)
    meta: int = 0
    names: list[str] = field(default_factory=list)  # alt texts and site-name metas
    mail: list[str] = field(default_factory=list)  # domains of mailto addresses


def _link(scan: _Scan, node: LexborNode, href: str) -> None:
    rel = (node.attributes.get("rel") or "").lower()
    if any(r in rel for r in _ICON_RELS):
        scan.icons.append(href)
        scan.resources.append(("icon", href, "link"))
    elif "stylesheet" in rel:
        scan.sheets += 1
        scan.resources.append(("style", href, "link"))
    elif any(r in rel for r in _IDENTITY_RELS):
        scan.identity += 1
        host = host_of_href(href)
        if host and ("canonical" in rel or "alternate" in rel):
            scan.declared.add(host)
    elif "preload" in rel or "prefetch" in rel or "modulepreload" in rel:
        scan.resources.append(("font", href, "link"))


def _meta(scan: _Scan, node: LexborNode) -> None:
    scan.meta += 1
    key = (node.attributes.get("property") or node.attributes.get("name") or "").lower()
    content = (node.attributes.get("content") or "")[:MAX_URL_CHARS].strip()
    if key in _URL_META:
        scan.identity += 1
        host = host_of_href(content)
        if host:
            scan.declared.add(host)
    elif key in _SITE_NAME_META:
        scan.names.append(content)


def _scan(tree: LexborHTMLParser) -> _Scan:
    scan = _Scan()
    for node in tree.css(_RESOURCE_SELECTOR)[:MAX_RESOURCES]:
        tag = node.tag or ""
        attrs = node.attributes
        if tag == "style":
            scan.styles += 1
        elif tag == "meta":
            _meta(scan, node)
        elif tag == "a":
            address = (attrs.get("href") or "")[len("mailto:"):MAX_URL_CHARS].split("?", 1)[0]
            scan.mail.append(address.rpartition("@")[2].strip().lower())
        elif tag == "base":
            host = host_of_href((attrs.get("href") or "").strip()[:MAX_URL_CHARS])
            if host:
                scan.declared.add(host)
        elif tag == "form":
            scan.forms.append((attrs.get("action") or "").strip()[:MAX_URL_CHARS])
        elif tag == "link":
            _link(scan, node, (attrs.get("href") or "").strip()[:MAX_URL_CHARS])
        else:
            _media(scan, tag, node)
    return scan


def _media(scan: _Scan, tag: str, node: LexborNode) -> None:
    attrs = node.attributes
    if tag == "img":
        scan.names.append((attrs.get("alt") or "")[:MAX_ALT_CHARS])
    src = (attrs.get("src") or attrs.get("data") or attrs.get("poster") or "").strip()[:MAX_URL_CHARS]
    if not src and tag == "source":
        src = (attrs.get("srcset") or "").strip().split(" ", 1)[0][:MAX_URL_CHARS]
    if src.startswith("data:"):
        scan.inline_media += 1
    elif src:
        scan.resources.append(("script" if tag == "script" else "media", src, tag))


def _anchor_host(tree: LexborHTMLParser) -> str:
    """The host the page's links go to most, when it takes a site's share of them (see ``layout``)."""
    hosts: Counter[str] = Counter()
    distinct: dict[str, set[str]] = {}
    for node in tree.css("a[href]")[:MAX_ANCHORS]:
        href = (node.attributes.get("href") or "").strip()[:MAX_URL_CHARS]
        host = host_of_href(href)
        if host:
            hosts[host] += 1
            distinct.setdefault(host, set()).add(href)
    if not hosts:
        return ""
    host, count = hosts.most_common(1)[0]
    total = sum(hosts.values())
    return host if len(distinct[host]) >= OWN_HOST_PATHS and count >= OWN_HOST_SHARE * total else ""


def _own_sites(scan: _Scan, anchor_host: str) -> set[str]:
    sites = {site_of(h) for h in scan.declared}
    if anchor_host:
        sites.add(site_of(anchor_host))
    kinds: dict[str, set[str]] = {}
    for kind, address, _ in scan.resources:
        host = host_of_href(address)
        if host:
            kinds.setdefault(site_of(host), set()).add(kind)
    sites |= {site for site, served in kinds.items() if len(served) >= STATIC_HOST_KINDS}
    sites.discard("")
    return sites


def _is_own(address: str, sites: set[str]) -> bool:
    if is_path(address):
        return True
    host = host_of_href(address)
    return bool(host) and site_of(host) in sites


def resource_vector(tree: LexborHTMLParser) -> list[float]:
    """The resource statistics of a parsed page, in the order of :data:`RESOURCE_NAMES`."""
    scan = _scan(tree)
    sites = _own_sites(scan, _anchor_host(tree))
    own = [r for r in scan.resources if _is_own(r[1], sites)]
    foreign = [r for r in scan.resources if not _is_own(r[1], sites)]
    foreign_hosts = {host_of_href(address) for _, address, _ in foreign} - {""}
    names = {site_name(s) for s in sites}
    names = {n for n in names if len(n) >= MIN_NAME_CHARS}
    title_node = tree.css_first("title")
    said = _folded(" ".join([title_node.text()[:MAX_TITLE_CHARS] if title_node else "", *scan.names]))
    own_forms = sum(1 for action in scan.forms if not action or _is_own(action, sites))
    own_mail = sum(1 for domain in scan.mail if domain and site_of(domain) in sites)
    return [
        _log(len(own)),
        len(own) / len(scan.resources) if scan.resources else 0.0,
        _log(len(foreign_hosts)),
        _log(sum(1 for r in foreign if r[0] == "media")),
        _log(scan.inline_media),
        scan.styles / (scan.styles + scan.sheets) if scan.styles + scan.sheets else 0.0,
        _log(scan.identity),
        1.0 if any(_is_own(icon, sites) for icon in scan.icons) else 0.0,
        _log(own_forms),
        _log(scan.meta),
        1.0 if any(n in said for n in names) else 0.0,
        _log(own_mail),
        _log(sum(1 for domain in scan.mail if domain) - own_mail),
    ]
