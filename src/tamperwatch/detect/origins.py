"""Origins: hosts and registrable domains of the URLs a page refers to (no public-suffix download)."""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import urljoin, urlsplit

# a WebRTC ICE server's address (stun:host:3478, turns://host) names its host without '//'
_ABSOLUTE = re.compile(
    r"\s*(?:(?:(?:https?|wss?):)?//|(?:stun|turn)s?:(?://)?)([^/?#\s:@\\]+)", re.IGNORECASE
)
_SCHEME = re.compile(r"\s*[a-zA-Z][a-zA-Z0-9+.-]{0,20}:")

# Answers kept per process: a page's links repeat across its detectors, its learning and the next
# check's previous page (the same few thousand references), hosts across every page.
DOMAINS_KEPT = 4096
REFERENCES_KEPT = 16_384

_SECOND_LEVEL = frozenset(
    {
        "co",
        "com",
        "org",
        "net",
        "gov",
        "edu",
        "ac",
        "or",
        "ne",
        "go",
        "gob",
        "gv",
        "mil",
        "nic",
        "web",
        "sch",
        "biz",
    }
)


@lru_cache(maxsize=DOMAINS_KEPT)
def registrable_domain(host: str) -> str:
    """Approximate eTLD+1: 'a.b.example.co.uk' -> 'example.co.uk', 'cdn.example.com' -> 'example.com'."""
    host = host.lower().strip(".")
    if not host or host.replace(".", "").isdigit() or ":" in host:
        return host
    labels = host.split(".")
    if len(labels) > 2 and labels[-2] in _SECOND_LEVEL and len(labels[-1]) == 2:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def host_of(ref: str, base: str) -> str:
    """Lower-case host of ``ref`` resolved against ``base``; '' for relative-to-nothing or junk."""
    ref = ref.replace("\\", "/")  # browsers read backslashes as slashes
    match = _ABSOLUTE.match(ref)
    if match:
        return match.group(1).lower().rstrip(".")
    if not ref or ref.startswith("#") or _SCHEME.match(ref):
        return ""
    base_match = _ABSOLUTE.match(base)  # a relative reference stays on the base's host
    if base_match:
        return base_match.group(1).lower().rstrip(".")
    try:
        return (urlsplit(urljoin(base, ref)).hostname or "").lower()
    except ValueError:
        return ""


@lru_cache(maxsize=REFERENCES_KEPT)
def foreign_domain(ref: str, base: str, own_domain: str) -> str:
    """Registrable domain of ``ref`` if it is not the page's own one, else ''."""
    host = host_of(ref, base)
    if not host:
        return ""
    domain = registrable_domain(host)
    return "" if domain == own_domain else domain
