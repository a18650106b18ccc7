"""Markup delta: clear a changed page from what changed since the last clean capture alone.

The HTML is cut at every ``<`` into runs (a tag and the text that follows it). The runs of the new
page that the previous clean page did not have are the delta. A normal publish changes a few runs:
a timestamp, a counter, a new teaser in a list the page already had. A defacement replaces the
page, adds code, frames, forms or hidden blocks, links to domains the page never named, rewrites
the title or a headline, or says so in words. ``DeltaGate.clears`` returns a reason only when
the delta is small and every added run is plain: a tag of a harmless kind, attributes of harmless
kinds, classes the page already used, links and sources on the site or on hosts the page already
named, no term of the defacement lexicon in the added text, and no new words written over the
page's own text without a new link (a slogan in a teaser). Anything else is left to the full
detection engine, which also sees a share of the cleared changes so the profile keeps learning.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from functools import cached_property
from urllib.parse import unquote

from tamperwatch.capture.decoding import body_charset
from tamperwatch.detect.lexicon import COMBINED_TRIGGER, may_mention_lexicon
from tamperwatch.detect.origins import host_of, registrable_domain
from tamperwatch.detect.rewrite_text import CHANNEL_HOSTS, MAIL_ADDRESS, tokens
from tamperwatch.detect.tuning import tuned
from tamperwatch.settings import Settings

# Tags whose appearance or change can carry code, frames, forms, redirects, styling, media or the
# page's headline: never cleared by the delta, always left to the full engine.
# fmt: off
_GUARDED_TAGS = frozenset({
    "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "form", "input",
    "button", "textarea", "select", "option", "meta", "link", "base", "title", "h1", "h2", "h3", "h4",
    "h5", "h6", "marquee", "blink", "noscript", "template", "svg", "math", "video", "audio", "source",
    "track", "canvas", "html", "head", "body", "bgsound", "portal", "dialog", "param", "area", "map",
})
_PLAIN_ATTRIBUTES = frozenset({
    "href", "src", "srcset", "alt", "title", "class", "id", "datetime", "rel", "target", "width",
    "height", "loading", "decoding", "lang", "dir", "itemprop", "itemscope", "itemtype", "colspan",
    "rowspan", "headers", "scope", "sizes", "role", "tabindex",
})
# fmt: on
_URL_ATTRIBUTES = frozenset({"href", "src", "srcset"})
_TAG = re.compile(r"(/?)([a-zA-Z][a-zA-Z0-9:-]*)")
_ATTRIBUTE = re.compile(r"""([^\s"'>/=]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?""")
_HIDING_CLASS = re.compile(
    r"hid|invisible|d-none|display-?none|sr-only|visually|screen-?reader|off-?screen|collapse",
    re.IGNORECASE,
)
_URL_SCHEME = re.compile(r"\s*([a-zA-Z][a-zA-Z0-9+.-]*):(.?.?)")
_PLAIN_SCHEMES = frozenset({"http", "https", "mailto", "tel"})
# A mail address in a mailto: link (to, cc, bcc); bounded, so linear on any link
_MAIL_ADDRESS = re.compile(MAIL_ADDRESS)
_MAX_ADDRESSES = 20  # addresses of one mailto: link checked
# Messenger hosts whose links name a channel: a new channel is new even where the host is known
_MESSENGER_HOSTS = frozenset(CHANNEL_HOSTS)
_NEW_LINK = re.compile(rb"a\s", re.IGNORECASE)  # an added run that opens a link (plain: so a new one)
DELTA_TUNING = "delta"  # the name of the delta check's limits in detector_tuning
# The most added runs a change may have is the setting ``delta_max_runs`` (not repeated here).
MAX_RUNS: int = Settings.model_fields["delta_max_runs"].default


@dataclass(frozen=True, slots=True)
class DeltaConfig:
    """How small and plain a change must be to be cleared (tunable as ``delta``)."""

    min_runs: int = 4  # added runs any page may have: past this the page's own limit applies
    max_share: float = 0.05  # ...which is this share of the page's runs (at most ``delta_max_runs``)
    removed_per_added: int = 2  # removed runs allowed per allowed added run
    max_text: int = 4000  # characters of added text a cleared change may have
    rewrite_min_new_tokens: int = 4  # new words (stems, CJK pairs) a change without a new link may not bring


def _common_prefix(a: bytes, b: bytes) -> int:
    """Length of the longest common prefix, by halving (each comparison runs in C)."""
    lo, hi = 0, min(len(a), len(b))
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if a[lo:mid] == b[lo:mid]:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _common_suffix(a: bytes, b: bytes, limit: int) -> int:
    """Length of the longest common suffix, at most ``limit``, by halving."""
    lo, hi, la, lb = 0, min(len(a), len(b), limit), len(a), len(b)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if a[la - mid : la - lo] == b[lb - mid : lb - lo]:
            lo = mid
        else:
            hi = mid - 1
    return lo


def changed_window(old: bytes, new: bytes) -> tuple[int, int, int]:
    """``(start, old_end, new_end)``: the span outside which both agree, widened to whole runs."""
    start = _common_prefix(old, new)
    tail = _common_suffix(old, new, min(len(old), len(new)) - start)
    start = max(new.rfind(b"<", 0, start), 0)  # both agree before ``start``: the same run boundary
    old_end, new_end = len(old) - tail, len(new) - tail
    cut = new.find(b"<", new_end)  # the first run boundary after the change, where both agree again
    if cut < 0:
        return start, len(old), len(new)
    return start, old_end + cut - new_end, cut


class DeltaGate:
    """Decides whether a change is plain enough to be clean without running the detectors."""

    def __init__(self, max_runs: int = MAX_RUNS, config: DeltaConfig | None = None) -> None:
        self.max_runs = max_runs
        self.config = config or DeltaConfig()

    @classmethod
    def from_settings(cls, settings: Settings) -> DeltaGate | None:
        """The gate, or None when ``delta_check`` is off."""
        if not settings.delta_check:
            return None
        return cls(settings.delta_max_runs, tuned(settings, DELTA_TUNING, DeltaConfig()))

    @cached_property
    def trigger(self) -> re.Pattern[str]:
        """The lexicon's prefilter (any defacement term at all), compiled on first use."""
        return re.compile(COMBINED_TRIGGER, re.IGNORECASE | re.UNICODE)

    def clears(self, old: bytes, new: bytes, page_url: str, content_type: str = "") -> str | None:
        """A reason when body ``new`` differs from body ``old`` only in plain runs, else None."""
        codec = body_charset(new, content_type).replace("utf-8-sig", "utf-8")  # runs carry no BOM
        if codec.startswith(("utf-16", "utf-32", "utf_16", "utf_32")):
            return None  # cut at '<' only where '<' is one byte
        start, old_end, new_end = changed_window(old, new)
        old_runs, new_runs = old[start:old_end].split(b"<"), new[start:new_end].split(b"<")
        old_set, new_set = set(old_runs), set(new_runs)
        added = [run for run in dict.fromkeys(new_runs) if run not in old_set]
        removed = len(old_set - new_set)
        if not added:
            return None
        c = self.config
        if len(added) > c.min_runs or removed > c.removed_per_added * c.min_runs:  # within this page's limit?
            limit = max(c.min_runs, min(self.max_runs, int(new.count(b"<") * c.max_share)))
            if len(added) > limit or removed > c.removed_per_added * limit:
                return None
        own = registrable_domain(host_of(page_url, page_url))
        seen = _SeenIn(old, codec)
        texts: list[str] = []
        for run in added:
            text = self._plain_run(run.decode(codec, "replace"), seen, page_url, own)
            if text is None:
                return None
            texts.append(text)
        words = html.unescape(" ".join(texts))
        if len(words) > c.max_text or (may_mention_lexicon(words) and self.trigger.search(words)):
            return None
        if self._rewrites_text(added, old_set - new_set, words, codec):
            return None
        return f"only {len(added)} plain text run(s) changed since the last clean capture"

    def _rewrites_text(self, added: list[bytes], removed: set[bytes], words: str, codec: str) -> bool:
        """New words with no new link: text written over the page's own (a slogan in a teaser or
        paragraph), not a publish, which brings its article's link. Timestamps, counters and a
        changed word or two stay plain."""
        if any(_NEW_LINK.match(run) for run in added):
            return False
        before = " ".join(run.decode(codec, "replace").partition(">")[2] for run in removed)
        return len(tokens(words) - tokens(html.unescape(before))) >= self.config.rewrite_min_new_tokens

    def _plain_run(self, run: str, seen: _SeenIn, page_url: str, own: str) -> str | None:
        """The run's text when its tag is plain, else None."""
        markup, closed, text = run.partition(">")
        if not closed:
            return None
        if markup.startswith("!--"):  # a comment: renders nothing, but no conditional comments
            return "" if "[if" not in markup.lower() else None
        tag = _TAG.match(markup)
        if tag is None or tag.group(2).lower() in _GUARDED_TAGS:
            return None
        if tag.group(1):  # a closing tag
            return text
        if tag.group(2).lower() == "a" and seen(f"<{markup}>"):
            return None  # an existing link got new text: how a swapped headline looks
        for name, value in _ATTRIBUTE.findall(markup[tag.end() :]):
            value = html.unescape(value.strip("\"'"))  # as the browser reads it: '&#58;' is ':'
            if not self._plain_attribute(name.lower(), value, seen, page_url, own):
                return None
        return text

    @staticmethod
    def _plain_attribute(name: str, value: str, seen: _SeenIn, page_url: str, own: str) -> bool:
        if name not in _PLAIN_ATTRIBUTES and not name.startswith(("data-", "aria-label")):
            return False
        if name == "class":
            return all(seen(c) and not _HIDING_CLASS.search(c) for c in value.split())
        if name in _URL_ATTRIBUTES:
            for ref in value.split(",") if name == "srcset" else (value,):
                ref = ref.strip().split(" ", 1)[0]
                if not _plain_scheme(ref):
                    return False
                if ref[:7].lower() == "mailto:":  # an address off the site, never shown: a signature
                    for address in _MAIL_ADDRESS.findall(unquote(ref))[:_MAX_ADDRESSES]:
                        domain = address.rpartition("@")[2].lower()
                        if registrable_domain(domain) != own and not seen(address):
                            return False
                    continue
                host = host_of(ref, page_url)
                if host and registrable_domain(host) != own and not seen(host):
                    return False
                if host and host.lower().removeprefix("www.") in _MESSENGER_HOSTS:
                    channel = _messenger_channel(ref)  # a channel of a messenger the page linked to
                    if channel and not seen(channel):  # is another channel: a signature
                        return False
        return True


def _messenger_channel(ref: str) -> str:
    """``t.me/name`` of a messenger link (host and first path segment), '' when it has none."""
    rest = ref.split("//", 1)[-1]
    host, _, path = rest.partition("/")
    name = path.split("?", 1)[0].split("#", 1)[0].split("/", 1)[0]
    return f"{host.lower().removeprefix('www.')}/{name}" if name else ""


def _plain_scheme(ref: str) -> bool:
    """Relative, or http(s) with '//' (browsers read 'https:evil.example' as a link to that host
    while a parser sees no host), mailto: or tel:; never javascript:, data: or another scheme."""
    scheme = _URL_SCHEME.match(ref)
    if scheme is None:
        return True
    name = scheme.group(1).lower()
    if name in ("http", "https"):
        return scheme.group(2).replace("\\", "/") == "//"
    return name in _PLAIN_SCHEMES


class _SeenIn:
    """Whether a piece of text occurs in the previous body (searched as bytes of its charset)."""

    def __init__(self, body: bytes, codec: str) -> None:
        self.body, self.codec = body, codec

    def __call__(self, text: str) -> bool:
        return text.encode(self.codec, "replace") in self.body
