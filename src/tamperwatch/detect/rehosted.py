"""Rehosted scripts: a script tag the site always had, its file now fetched from another host.

A compromised template keeps the tag a reviewer expects (the same id, the same file path) and
swaps only the host: ``/wp-content/themes/x/plugins.js`` becomes
``https://attacker.example/wp-content/themes/x/plugins.js``. The site's own script paths are
learned from its trusted captures (relative or on its own domain; a vendor's paths are the
vendor's to move). A CDN migration moves many files to one host, or the host serves the page's
style sheets and pictures too; a swapped tag moves one file to a host that serves nothing else:
only that counts.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from tamperwatch.detect.origins import foreign_domain
from tamperwatch.detect.page import Page
from tamperwatch.detect.resources import own_domain

_SERVED = "script[src], link[href], img[src]"  # what a host serves a page


@dataclass(frozen=True, slots=True)
class RehostedConfig:
    max_paths: int = 300  # own script file paths kept per site
    min_path_chars: int = 12  # a shorter path ('/main.js') is too common to say it is the same file
    max_nodes: int = 3000  # elements read per page
    max_served: int = 1  # a host serving more of the page's files than this is a CDN, not a swap
    shown_chars: int = 80  # characters of the path named in the reason


_DEFAULT = RehostedConfig()


def file_path(url: str) -> str:
    """The path of an address, without host, query or fragment ('' when unreadable)."""
    if url.startswith("//") or "://" in url:
        try:
            return urlsplit(url).path
        except ValueError:
            return ""
    path = url.split("?", 1)[0].split("#", 1)[0]
    return path if path.startswith("/") else "/" + path


def own_script_paths(page: Page, config: RehostedConfig = _DEFAULT) -> set[str]:
    """The file paths of the page's scripts served by the site itself."""
    own = own_domain(page)
    out = set()
    for node in page.tree.css("script[src]")[: config.max_nodes]:
        src = node.attributes.get("src") or ""
        path = file_path(src)
        if len(path) >= config.min_path_chars and not foreign_domain(src, page.url, own):
            out.add(path)
    return out


def rehosted_scripts(page: Page, known: set[str], config: RehostedConfig = _DEFAULT) -> dict[str, str]:
    """Foreign domain -> the own script path it now serves, for hosts that serve the page nothing
    else."""
    if not known:
        return {}
    own = own_domain(page)
    served: dict[str, int] = {}
    found: dict[str, str] = {}
    for node in page.tree.css(_SERVED)[: config.max_nodes]:
        ref = node.attributes.get("src") or node.attributes.get("href") or ""
        domain = foreign_domain(ref, page.url, own)
        if not domain:
            continue
        served[domain] = served.get(domain, 0) + 1
        if node.tag == "script" and file_path(ref) in known:
            found.setdefault(domain, file_path(ref))
    return {d: path for d, path in found.items() if served[d] <= config.max_served}
