"""Reach of a claimed page: the site's rank in the imported top-sites list (Tranco format,
``tamperwatch reach import``), and whether the page is the site's home page or a deep page.

A host is looked up as itself, then as each parent domain down to its registrable domain (the
Public Suffix List shipped inside the ``publicsuffixlist`` package; nothing is downloaded), so
``www.example.com`` and ``news.example.com.cn`` find ``example.com`` and ``example.com.cn``. Private
suffixes count as suffixes: ``someone.github.io`` does not inherit ``github.io``'s rank.
"""

from __future__ import annotations

import functools
import ipaddress
import re
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, unquote, urlsplit

from tamperwatch.errors import ConfigError
from tamperwatch.verify.reach_list import RankSource, SqliteRanks, normal_domain, reach_path

if TYPE_CHECKING:
    from publicsuffixlist import PublicSuffixList

    from tamperwatch.settings import Settings

# A last path segment that serves the site's root: /index.html, /default.aspx, /home, ...
HOME_FILE = re.compile(r"(index|default|home|main|portal|welcome)(\.(s?html?|php\d?|aspx?|jspx?|cfm|do))?")
# A first segment that is a language or region root (/en/, /zh-cn/, /english/), with its region part.
LANGUAGE_ROOT = re.compile(r"([a-z]{2,3})(?:[-_]([a-z]{2}|hans|hant|\d{3}))?")
LANGUAGES = frozenset(
    re.findall(
        r"\w+",
        "ar az be bg bn bo ca cs cy da de el en eo es et eu fa fi fr ga gl gu he hi hr hu hy id is it ja "
        "jp ka kk km kn ko kr ky lo lt lv mk ml mn mr ms my nb ne nl no pa pl ps pt ro ru si sk sl sq sr "
        "sv sw ta te tg th tk tl tr ug uk ur uz vi zh cn tw hk mo sc tc gb big5 chs cht eng chn",
    )
)
LANGUAGE_WORDS = frozenset({"english", "chinese", "french", "spanish", "russian", "arabic", "japanese"})
# Query parameters that only pick a language or track a visit: the page is still the home page.
NEUTRAL_QUERY = re.compile(r"(lang|language|locale|hl|l|ref|from|spm|fbclid|gclid|utm_\w+)")


@dataclass(frozen=True, slots=True)
class Reach:
    url: str
    host: str
    domain: str  # the registrable domain (the list entry matched, when it names a subdomain)
    rank: int | None  # None: not in the list (or no list)
    list_size: int  # 0: no list imported
    list_name: str
    deep_page: bool

    def describe(self) -> str:
        page = (
            "the claimed page is a deep page, not the home page"
            if self.deep_page
            else "the claimed page is the home page"
        )
        if not self.list_size:
            return f"{self.domain}: no top-sites list is imported (`tamperwatch reach import FILE`); {page}"
        if self.rank is None:
            return f"{self.domain} is not in the top {self.list_size:,} ({self.list_name}); {page}"
        return f"{self.domain} is ranked {self.rank:,} of {self.list_size:,} ({self.list_name}); {page}"

    def to_json(self) -> dict[str, Any]:
        return asdict(self) | {"description": self.describe()}


@functools.cache
def _suffix_list() -> PublicSuffixList:
    from publicsuffixlist import PublicSuffixList

    return PublicSuffixList()  # the snapshot inside the package: no network


def registrable_domain(host: str) -> str:
    """``news.example.com.cn`` -> ``example.com.cn``; a host with no public suffix is itself."""
    found = _suffix_list().privatesuffix(host)
    return str(found) if found else host


def candidates(host: str) -> list[str]:
    """``host``, then each parent down to its registrable domain, most specific first."""
    base = registrable_domain(host)
    labels = host.split(".")
    names = [".".join(labels[i:]) for i in range(len(labels))]
    return names[: names.index(base) + 1] if base in names else [host]


def is_deep_page(url: str) -> bool:
    """False for a site's home page: ``/``, ``/index.html``, a language root (``/en/``,
    ``/zh-cn/index.php``), with at most language or tracking query parameters; True otherwise."""
    parts = urlsplit(url)
    segments = [s for s in unquote(parts.path).lower().split("/") if s]
    if segments and HOME_FILE.fullmatch(segments[-1]):
        segments.pop()
    if len(segments) == 1 and _is_language(segments[0]):
        segments.pop()
    query = [k for k, _ in parse_qsl(parts.query, keep_blank_values=True) if not NEUTRAL_QUERY.fullmatch(k)]
    return bool(segments or query)


def _is_language(segment: str) -> bool:
    if segment in LANGUAGE_WORDS:
        return True
    match = LANGUAGE_ROOT.fullmatch(segment)
    return match is not None and match.group(1) in LANGUAGES


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


def reach_in(ranks: RankSource, url: str) -> Reach:
    """The reach of ``url`` in the list ``ranks`` holds."""
    text = url.strip()
    absolute = text if "://" in text else f"http://{text}"  # a bare host/path, as claims write them
    raw = urlsplit(absolute).hostname or ""
    host = raw if _is_ip(raw) else normal_domain(raw)
    if host is None:
        raise ConfigError(f"{url!r}: not a URL with a host name")
    names = [host] if _is_ip(host) else candidates(host)
    info = ranks.info()
    found = ranks.ranks(names) if info is not None else {}
    matched = next((name for name in names if name in found), None)
    return Reach(
        url=url,
        host=host,
        domain=matched or names[-1],
        rank=found[matched] if matched else None,
        list_size=info.size if info else 0,
        list_name=info.name if info else "",
        deep_page=is_deep_page(absolute),
    )


def reach_of(settings: Settings, url: str) -> Reach:
    """The reach of ``url`` in the list imported into ``settings.data_dir`` (list_size 0 without one)."""
    return reach_in(SqliteRanks(reach_path(settings.data_dir)), url)
