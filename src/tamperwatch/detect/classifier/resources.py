"""How a page is woven into its site, statistics no message text can avoid.

A site's own page, even one with no links at all (a maintenance notice, a dark brand landing
page, an error page, a login screen), runs its own code (style sheets, scripts, preloaded fonts
from its own paths or its own host), names itself (canonical address, ``og:url``, web manifest,
alternate-language links), posts its forms to its own paths, repeats its own name in its title
or its logo's ``alt``, and gives mail addresses on its own domain. A defacement page dropped as
one file does none of these. None of these statistics reads a word of any language.

The page's own hosts (there is no URL on the page task) are the hosts it declares (canonical,
``og:url``, ``base``, alternate links) and the host its links go to most (``layout``'s rule); a
host of the same registrable name (``static.example.com`` for ``www.example.com``) is its own.
A public CDN serving style sheets and scripts is not: defacement pages load from CDNs too.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from selectolax.lexbor import LexborHTMLParser, LexborNode

from tamperwatch.detect.classifier.layout import OWN_HOST_PATHS, OWN_HOST_SHARE, host_of_href, is_path

MAX_RESOURCES = 400  # resource-bearing elements read
MAX_ANCHORS = 300  # links read to find the host they go to most
MAX_URL_CHARS = 300  # characters of an address read
MAX_ALT_CHARS = 200  # characters of an image's alt text read
MAX_TITLE_CHARS = 300  # characters of the title read for the site's name
MIN_NAME_CHARS = 3  # a site name shorter than this is not looked for in the title
SHORT_SUFFIX_CHARS = 3  # a second-level label this short before a 2-letter TLD is a suffix (co.uk, com.cn)
# Media and style elements are matched too though not read: they share the ``MAX_RESOURCES`` budget as
# in the model's training.
_RESOURCE_SELECTOR = (
    "link[href], script[src], img, source, video, audio, embed, iframe, object, input[type=image], "
    "style, form, base[href], meta[property], meta[name], a[href^=mailto]"
)
_ICON_RELS = ("icon", "apple-touch-icon", "mask-icon")  # an icon link is neither code nor identity
_IDENTITY_RELS = ("canonical", "manifest", "alternate", "shortlink", "search", "home", "index")
_PRELOAD_RELS = ("preload", "prefetch", "modulepreload")
_URL_META = ("og:url", "twitter:url")
_SITE_NAME_META = ("og:site_name", "application-name", "apple-mobile-web-app-title")

# Only statistics on which real defacement pages (mirrored with the hacked site's pictures and
# icons beside them, often with its meta tags) and written ones agree were kept: own pictures,
# icons, meta-tag counts, foreign hosting and inline media told a generator's defacement pages
# from real ones (with dev held out its real defacement pages fell from 99/104 to 43/104 caught).
RESOURCE_NAMES: tuple[str, ...] = (
    "log_own_code", "log_identity_links", "log_own_forms", "name_in_title", "log_own_mail", "unwoven_message",
)
UNWOVEN_MAX_OWN_PATHS = 2  # a page linking more of its own paths than this is woven into a site by its links
# Own code files a page loads at least to be tied to its site by them: one style sheet beside a
# dropped page is common (4 of 120 written defacement pages of red-team edition 3 load one).
TIED_OWN_CODE = 2


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
    code: list[str] = field(default_factory=list)  # addresses of style sheets, scripts, preloads
    identity: int = 0  # canonical, og:url, manifest, alternate... links
    forms: list[str] = field(default_factory=list)  # form actions
    names: list[str] = field(default_factory=list)  # alt texts and site-name metas
    mail: list[str] = field(default_factory=list)  # domains of mailto addresses


def _link(scan: _Scan, node: LexborNode, href: str) -> None:
    rel = (node.attributes.get("rel") or "").lower()
    if any(r in rel for r in _ICON_RELS):
        return
    if "stylesheet" in rel or any(r in rel for r in _PRELOAD_RELS):
        scan.code.append(href)
    elif any(r in rel for r in _IDENTITY_RELS):
        scan.identity += 1
        host = host_of_href(href)
        if host and ("canonical" in rel or "alternate" in rel):
            scan.declared.add(host)


def _meta(scan: _Scan, node: LexborNode) -> None:
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
        if tag == "meta":
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
        elif tag == "script":
            scan.code.append((attrs.get("src") or "").strip()[:MAX_URL_CHARS])
        elif tag == "img":
            scan.names.append((attrs.get("alt") or "")[:MAX_ALT_CHARS])
    return scan


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
    """Registrable names of the hosts the page declares and of the host its links go to most.

    (A host merely serving several kinds of resource is not taken: public CDNs serve style
    sheets and scripts to defacement pages too.)
    """
    sites = {site_of(h) for h in scan.declared}
    if anchor_host:
        sites.add(site_of(anchor_host))
    sites.discard("")
    return sites


def _is_own(address: str, sites: set[str]) -> bool:
    if is_path(address):
        return True
    host = host_of_href(address)
    return bool(host) and site_of(host) in sites


def resource_vector(tree: LexborHTMLParser, own_paths: float, short_run_share: float) -> list[float]:
    """The resource statistics of a parsed page, in the order of :data:`RESOURCE_NAMES`.

    ``own_paths`` and ``short_run_share`` are the layout's statistics of the same names.
    """
    scan = _scan(tree)
    sites = _own_sites(scan, _anchor_host(tree))
    own_code = sum(1 for address in scan.code if address and _is_own(address, sites))
    names = {site_name(s) for s in sites}
    names = {n for n in names if len(n) >= MIN_NAME_CHARS}
    title_node = tree.css_first("title")
    said = _folded(" ".join([title_node.text()[:MAX_TITLE_CHARS] if title_node else "", *scan.names]))
    own_forms = sum(1 for action in scan.forms if not action or _is_own(action, sites))
    own_mail = sum(1 for domain in scan.mail if domain and site_of(domain) in sites)
    ties = [
        _log(own_code),
        _log(scan.identity),
        _log(own_forms),
        1.0 if any(n in said for n in names) else 0.0,
        _log(own_mail),
    ]
    tied = [float(own_code >= TIED_OWN_CODE), *ties[1:]]
    return [*ties, unwoven_message(tied, own_paths, short_run_share)]


def tied_to_site(tree: LexborHTMLParser) -> bool:
    """Whether a page is tied to its site by its code or its own name for itself: at least
    ``TIED_OWN_CODE`` style sheets, scripts or preloads from its own paths or hosts, or a link that
    names the page itself (canonical, manifest, alternate, ``og:url``). A site's maintenance or
    landing page is; a defacement page dropped as one self-contained file is not."""
    scan = _scan(tree)
    if scan.identity:
        return True
    sites = _own_sites(scan, _anchor_host(tree))
    return sum(1 for address in scan.code if address and _is_own(address, sites)) >= TIED_OWN_CODE


def unwoven_message(ties: Sequence[float], own_paths: float, short_run_share: float) -> float:
    """How much a page is a message (its share of short text runs) when nothing ties it to a site.

    A linear model cannot combine "shaped like a message" and "tied to no site" by itself: a
    maintenance page and a defacement page are both messages, only the second is tied to
    nothing. 0 for a page with any tie (``ties``: the other resource statistics, the own code
    counted only from ``TIED_OWN_CODE`` files) or with more
    than ``UNWOVEN_MAX_OWN_PATHS`` own paths (``own_paths``: layout's log count).
    """
    if any(ties) or own_paths > math.log1p(UNWOVEN_MAX_OWN_PATHS):
        return 0.0
    return short_run_share
