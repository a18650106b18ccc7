"""Foreign injection: scripts, frames, objects and forms from unseen origins; redirects away.

Catches a script tag, a hidden iframe, an object/embed or a form pointing to a registrable
domain the profile has never trusted, an inline script loading from one (its address written
plainly or hidden in base64, character codes or percent escapes: more suspect), and a meta
refresh or JavaScript location change to another domain. Resource origins are learned only from
trusted captures (the initial known-good history and operator acceptance), never online, so a
slowly growing injection cannot teach itself. New third-party scripts are common on real sites,
so a plain new script is only weak evidence; it grows with traits of injected loaders
(``script_traits.py``: a bare tag where the site's own third-party tags are not bare, a name or
path imitating infrastructure). Redirects and hidden frames are strong evidence on their own.
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass, replace
from typing import ClassVar
from urllib.parse import urlsplit

from tamperwatch.detect.base import ProfilePart
from tamperwatch.detect.inline_loads import QUOTED as _QUOTED
from tamperwatch.detect.lookalike import LookalikeConfig, imitated_host
from tamperwatch.detect.origins import host_of
from tamperwatch.detect.page import Page
from tamperwatch.detect.rehosted import RehostedConfig, own_script_paths, rehosted_scripts
from tamperwatch.detect.resources import Resource, foreign_resources, link_domains
from tamperwatch.detect.script_traits import resource_score, writes_bare_tags
from tamperwatch.detect.tuning import tuned
from tamperwatch.models import Finding
from tamperwatch.settings import Settings

_STANDARD_PORTS = frozenset({None, 80, 443})
_HTML_OPEN = re.compile(r"<html[\s>]", re.IGNORECASE)
_HTML_CLOSE = re.compile(r"</html\s*>", re.IGNORECASE)
_ACTIVE = re.compile(r"<(?:script|iframe|object|embed|link|meta)\b", re.IGNORECASE)
_SCRIPT_KINDS = frozenset(
    {"script", "iframe", "inline-script", "obfuscated-script", "skimmer", "hidden-loader"}
)


@dataclass(frozen=True, slots=True)
class ForeignInjectionConfig:
    min_score: float = 0.15  # the weakest finding reported (from_settings: the two fields below)
    min_score_at_zero: float = 0.25  # min_score at sensitivity 0 ...
    min_score_per_sensitivity: float = 0.2  # ... lowered by this times the sensitivity
    max_trusted: int = 300  # trusted resource origins (and vendors) kept per site
    max_seen: int = 400  # anchor and image domains kept per site
    # Weights of a new origin by how it is used (refresh and js_redirect are redirects away).
    refresh: float = 0.92  # a meta refresh to an unseen domain
    js_redirect: float = 0.88  # a JavaScript location change to an unseen domain
    skimmer: float = 0.9  # an inline script sending form fields to an unseen origin
    base: float = 0.85  # the page's base URL on another domain: every relative address loads from it
    object: float = 0.35  # an <object> or <embed> from an unseen origin
    # ... that nobody can see (a pixel in size, or hidden by its style): a hidden frame by another name
    hidden_object: float = 0.6
    popup: float = 0.4  # a script opening a window on an unseen domain (a share button does too)
    popunder: float = 0.6  # ... from a listener on any click on the page: a pop-under
    form: float = 0.4  # a form posting to an unseen origin
    stylesheet: float = 0.1  # a style sheet from an unseen origin
    other_kind: float = 0.2  # any other resource kind from an unseen origin
    # How much a new external script or frame looks injected rather than a vendor's tag.
    script_start: float = 0.3  # every new script or frame starts here
    hidden_frame: float = 0.15  # added for a hidden frame
    visible_frame: float = 0.1  # taken off for a visible frame
    bare_tag: float = 0.15  # added for a tag with no attributes beyond src, type, charset
    hyphen_label: float = 0.2  # added for a hyphenated domain label
    infra_label: float = 0.1  # added for a label imitating infrastructure ('cdn', 'update', 'analytics')
    library_path: float = 0.1  # added for a file name imitating a well-known library
    many_attrs: int = 3  # a tag with this many other attributes looks like a vendor's ...
    many_attrs_discount: float = 0.15  # ... and loses this much
    async_discount: float = 0.05  # taken off an async or deferred tag
    script_floor: float = 0.05  # the least a new script or frame scores
    script_max: float = 0.95  # the most a new script, frame or hidden loader scores
    inline_discount: float = 0.15  # an inline loader scores its script's score less this ...
    inline_cap: float = 0.25  # ... and at most this: never alerts alone, adds to decisive evidence
    hidden_boost: float = 0.2  # added for a loader that hides its address (encoded, outside a script)
    seen_factor: float = 0.5  # score kept for a domain the site's visible links already named
    lookalike: float = 0.8  # an origin named like a well-known CDN/analytics host it is not
    # Code served from a bare IP address or an unusual port: vendors serve scripts from named hosts on
    # the standard ports; a loader on a rented server often does not. Decisive everywhere.
    bare_server: float = 0.7
    # A site whose history never added a script origin: its first unseen one is suspicious on its own
    # and adds to decisive evidence. Not more: news sites add vendors over the months after a short
    # stable history (at 0.6, 7.5 % of the dev corpus's legit checks were called defaced).
    stable_site: float = 0.45
    stable_captures: int = 2  # trusted captures a history needs to count as stable
    # Markup before the document's <html> or after its </html>: a content system renders a whole
    # document, code appended to the file lands outside it. Strong unless the site's trusted
    # captures already carried code there (a host that appends its own analytics).
    outside_document: float = 0.75
    outside_tail: int = 200_000  # characters at the end of a page searched for its last </html>
    outside_url_chars: int = 120  # leading characters of an address looked for outside the document
    # A site that already loads scripts from this many third-party origins rotates vendors: a new plain
    # script tag there is suspicious at most (a lookalike name, a hidden address, a skimmer, a hidden
    # frame or a redirect still count in full).
    ad_heavy: int = 4
    ad_heavy_cap: float = 0.45  # the most a plain new script scores on such a site
    per_more: float = 0.01  # added for each further unseen origin ...
    more_cap: float = 0.05  # ... at most this much in all
    max_score: float = 0.97  # the most the finding scores
    # A script the site always loaded (the same file path) now fetched from an unseen origin: the
    # tag was kept and its host swapped, how a compromised template hides a loader in plain sight.
    rehosted: float = 0.85
    shown: int = 4  # origins named in the reason


_DEFAULT = ForeignInjectionConfig()
_LOOKALIKE = LookalikeConfig()
LOOKALIKE_TUNING = "lookalike"  # the name of the lookalike thresholds in detector_tuning
REHOSTED_TUNING = "rehosted"  # the name of the rehosted-script limits in detector_tuning


def _bare_server(res: Resource) -> bool:
    """Whether ``res`` is served from an IP address or a non-standard port."""
    try:
        parts = urlsplit(res.url if "//" in res.url else f"//{res.url}")
        host, port = parts.hostname or "", parts.port
    except ValueError:
        return False
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return port not in _STANDARD_PORTS
    return True


def outside_document(page: Page, tail_chars: int = _DEFAULT.outside_tail) -> str:
    """The markup of ``page`` before its ``<html>`` tag and after its last ``</html>`` (once per
    page; '' for a page without them)."""
    cached = page.features.get("outside_document")
    if cached is None:
        html = page.html
        opened = _HTML_OPEN.search(html)
        tail = max(0, len(html) - tail_chars)  # the last </html> is looked for near the end
        closes = list(_HTML_CLOSE.finditer(html, tail))
        before = html[: opened.start()] if opened else ""
        after = html[closes[-1].end() :] if closes else ""
        found = f"{before}\n{after}" if _ACTIVE.search(before + after) else ""
        cached = page.features["outside_document"] = found
    return str(cached)


def _written_outside(res: Resource, outside: str, url_chars: int = _DEFAULT.outside_url_chars) -> bool:
    """Whether ``res``'s address is written in ``outside`` (markup outside the document)."""
    return bool(outside) and res.url.split("&", 1)[0][:url_chars] in outside


def _imitated(res: Resource, lookalike: LookalikeConfig = _LOOKALIKE) -> str:
    """The well-known host ``res``'s host imitates, or ''."""
    return imitated_host(host_of(res.url, "") or res.domain, lookalike)


def _describe(
    res: Resource,
    outside: str = "",
    url_chars: int = _DEFAULT.outside_url_chars,
    lookalike: LookalikeConfig = _LOOKALIKE,
) -> str:
    copied = _imitated(res, lookalike)
    bare = ", served from a bare address or port" if res.kind in _SCRIPT_KINDS and _bare_server(res) else ""
    where = ", written outside the document (before <html> or after </html>)"
    where = where if _written_outside(res, outside, url_chars) else ""
    return _what(res) + (f", named like {copied}" if copied else "") + bare + where


_WHAT = {
    "refresh": "meta refresh to {domain}",
    "js-redirect": "JavaScript redirect to {domain}",
    "inline-script": "inline script loading from unseen origin {domain}",
    "obfuscated-script": "inline script loading from an address it hides (encoded), unseen origin {domain}",
    "skimmer": "inline script sending form fields to unseen origin {domain} (a skimmer)",
    "hidden-loader": "code outside a script block (event handler, data: script, srcdoc frame, inert block "
    "a script runs, style sheet import, frame posting code) loading from unseen origin {domain}",
    "base": "base URL moved to unseen origin {domain} (every relative address now loads from it)",
    "popup": "script opening a window on unseen domain {domain} (a pop-up)",
    "popunder": "script opening a window on unseen domain {domain} at any click on the page (a pop-under)",
}


def _what(res: Resource) -> str:
    if res.kind in _WHAT:
        return _WHAT[res.kind].format(domain=res.domain)
    hidden = "hidden " if res.hidden else ""
    return f"{hidden}{res.kind} from unseen origin {res.domain}"


class ForeignInjectionDetector:
    name: ClassVar[str] = "foreign_injection"
    needs_history: ClassVar[bool] = True
    config_type: ClassVar[type[ForeignInjectionConfig]] = ForeignInjectionConfig

    def __init__(
        self,
        config: ForeignInjectionConfig | None = None,
        lookalike: LookalikeConfig | None = None,
        rehosted: RehostedConfig | None = None,
    ) -> None:
        """``lookalike``: how near a host's name must come to a well-known one (``lookalike.py``);
        ``rehosted``: which own script files count as swapped to another host (``rehosted.py``)."""
        self.config = config or ForeignInjectionConfig()
        self.lookalike = lookalike or _LOOKALIKE
        self.rehosted = rehosted or RehostedConfig()
        self.min_score = self.config.min_score

    @classmethod
    def from_settings(cls, settings: Settings) -> ForeignInjectionDetector:
        config = tuned(settings, cls.name, ForeignInjectionConfig(), _scaled)
        return cls(
            config,
            tuned(settings, LOOKALIKE_TUNING, LookalikeConfig()),
            tuned(settings, REHOSTED_TUNING, RehostedConfig()),
        )

    def learn(self, part: ProfilePart, page: Page) -> None:
        """Online update from a clean capture: only anchor/image domains, never resource origins.

        A clean capture that loads scripts from untrusted origins marks the site as one that
        rotates vendors (``rotations``)."""
        seen = set(part.get("seen", [])) | link_domains(page)
        part["seen"] = sorted(seen)[: self.config.max_seen]
        trusted = set(part.get("trusted", []))
        if any(
            r.kind in _SCRIPT_KINDS and r.domain not in trusted and _QUOTED not in r.attrs
            for r in foreign_resources(page)
        ):
            part["rotations"] = int(part.get("rotations", 0)) + 1

    def learn_trusted(self, part: ProfilePart, page: Page) -> None:
        """Trusted capture (initial history or operator acceptance): its resource origins become known.

        Counts the script origins each trusted capture after the first added (``churn``): a site
        whose history never added one is stable, and its first unseen origin is strong evidence."""
        seen = set(part.get("seen", [])) | link_domains(page)
        part["seen"] = sorted(seen)[: self.config.max_seen]
        known = set(part.get("trusted", []))
        resources = foreign_resources(page)
        domains = {r.domain for r in resources}
        # what the site loads itself (tags and src-setting loaders), not every quoted .js address
        # of its inline configuration: the count that says it rotates vendors
        loaded = {r.domain for r in resources if _QUOTED not in r.attrs}
        vendors = set(part.get("vendors", known))
        if int(part.get("trusted_caps", 0)):
            part["churn"] = int(part.get("churn", 0)) + len(loaded - vendors)
        part["trusted_caps"] = int(part.get("trusted_caps", 0)) + 1
        if outside_document(page, self.config.outside_tail):
            part["outside"] = True
        part["trusted"] = sorted(known | domains)[: self.config.max_trusted]
        part["vendors"] = sorted(vendors | loaded)[: self.config.max_trusted]
        paths = set(part.get("script_paths", [])) | own_script_paths(page, self.rehosted)
        part["script_paths"] = sorted(paths)[: self.rehosted.max_paths]
        if not part.get("bare_tags") and writes_bare_tags(resources):
            part["bare_tags"] = True

    def stable(self, part: ProfilePart) -> bool:
        """Whether the site's history (two captures or more) never added a script origin."""
        caps, churn, rotations = (int(part.get(k, 0)) for k in ("trusted_caps", "churn", "rotations"))
        return caps >= self.config.stable_captures and churn == 0 and rotations == 0

    def detect(self, part: ProfilePart, page: Page) -> list[Finding]:
        c = self.config
        trusted = set(part.get("trusted", []))
        seen = set(part.get("seen", []))
        stable = self.stable(part)
        outside = "" if part.get("outside") else outside_document(page, c.outside_tail)
        ad_heavy = len(part.get("vendors", trusted)) >= c.ad_heavy
        resources = foreign_resources(page)
        # only a new script tag can be a swapped one: most checks have none to look for
        swappable = any(r.kind == "script" and r.domain not in trusted for r in resources)
        paths = set(part.get("script_paths", [])) if swappable else set()
        rehosted = rehosted_scripts(page, paths, self.rehosted)
        scored: dict[str, tuple[float, Resource]] = {}
        for res in resources:
            if res.domain in trusted:
                continue
            score = resource_score(res, c, bool(part.get("bare_tags")))
            if res.domain in seen and res.kind not in ("refresh", "js-redirect"):
                score *= c.seen_factor
            plain = res.kind in ("script", "inline-script") or (res.kind == "iframe" and not res.hidden)
            if ad_heavy and plain:
                score = min(score, c.ad_heavy_cap)
            if res.kind in _SCRIPT_KINDS:
                if stable and _QUOTED not in res.attrs:  # a quoted address in a config loads nothing yet
                    score = max(score, c.stable_site)
                if _bare_server(res):
                    score = max(score, c.bare_server)
            if res.kind == "script" and res.domain in rehosted:
                score = max(score, c.rehosted)
            if _imitated(res, self.lookalike):  # the attacker's own host, whatever the page fetches from it
                score = max(score, c.lookalike)
            if _written_outside(res, outside, c.outside_url_chars):
                score = max(score, c.outside_document)
            key = f"{res.kind}:{res.domain}"
            if score > scored.get(key, (0.0, res))[0]:
                scored[key] = (score, res)
        if not scored:
            return []
        ranked = sorted(scored.values(), key=lambda sr: -sr[0])
        top, res = ranked[0]
        if top < self.min_score:
            return []
        score = min(c.max_score, top + min(c.more_cap, c.per_more * (len(ranked) - 1)))
        strong = res.kind in ("refresh", "js-redirect", "skimmer", "base")
        names = "; ".join(
            _describe(r, outside, c.outside_url_chars, self.lookalike) for _, r in ranked[: c.shown]
        )
        if stable and res.kind in _SCRIPT_KINDS:
            names += " (the site's history never added a script origin)"
        names += "".join(
            f"; {path[: self.rehosted.shown_chars]}, which the site served itself, now from {domain}"
            for domain, path in list(rehosted.items())[:1]
        )
        more = f" (+{len(ranked) - c.shown} more)" if len(ranked) > c.shown else ""
        return [
            Finding(
                self.name,
                round(score, 3),
                names + more,
                evidence={
                    "discount_on_structure": not strong,
                    "items": [
                        {"kind": r.kind, "domain": r.domain, "url": r.url, "score": s} for s, r in ranked[:20]
                    ],
                },
            )
        ]


def _scaled(config: ForeignInjectionConfig, sensitivity: float) -> ForeignInjectionConfig:
    min_score = config.min_score_at_zero - config.min_score_per_sensitivity * sensitivity
    return replace(config, min_score=min_score)
