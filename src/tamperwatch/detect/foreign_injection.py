"""Foreign injection: scripts, frames, objects and forms from unseen origins; redirects away.

Catches a script tag, a hidden iframe, an object/embed or a form pointing to a registrable
domain the profile has never trusted, an inline script loading from one (its address written
plainly or hidden in base64, character codes or percent escapes: more suspect), and a meta
refresh or JavaScript location change to another domain. Resource origins are learned only from
trusted captures (the initial known-good history and operator acceptance), never online, so a
slowly growing injection cannot teach itself. New third-party scripts are common on real sites,
so a plain new script is only weak evidence; it grows with traits of injected loaders: a bare
tag, a hyphenated or infrastructure-mimicking domain name ("cdn", "update", "analytics"), a path
imitating a well-known library. Redirects and hidden frames are strong evidence on their own.
"""

from __future__ import annotations

import ipaddress
import re
from typing import ClassVar
from urllib.parse import urlsplit

from tamperwatch.detect.base import ProfilePart
from tamperwatch.detect.inline_loads import QUOTED as _QUOTED
from tamperwatch.detect.lookalike import imitated_host
from tamperwatch.detect.origins import host_of
from tamperwatch.detect.page import Page
from tamperwatch.detect.resources import Resource, foreign_resources, link_domains
from tamperwatch.models import Finding
from tamperwatch.settings import Settings

_MAX_TRUSTED = 300
_MAX_SEEN = 400
_INFRA_WORD = re.compile(
    r"cdn|api|static|update|analytic|stat|track|pixel|metric|counter|cache|secure|plugin|check|ajax|font|"
    r"jquery|script|tag|cloud|collect|host|widget|js|min|web",
)
_LIBRARY_PATH = re.compile(r"jquery|emoji|analytics|core\.js|track|min\.js|stats|counter|loader|pixel", re.I)
_QUIET_ATTRS = frozenset({"src", "type", "charset", "language"})
_FRAME_ATTRS = frozenset({"width", "height", "frameborder", "style", "border", "scrolling"})
_INLINE_CAP = 0.25  # below suspicious_threshold: never alerts alone, adds to decisive evidence
_LOOKALIKE = 0.8  # an origin named like a well-known CDN/analytics host it is not: strong everywhere
# Code served from a bare IP address or an unusual port: vendors serve scripts from named hosts on
# the standard ports; a loader on a rented server often does not. Decisive everywhere.
_BARE_SERVER = 0.7
_STANDARD_PORTS = frozenset({None, 80, 443})
# A site whose history never added a script origin: its first unseen one is suspicious on its own
# and adds to decisive evidence. Not more: news sites add vendors over the months after a short
# stable history (at 0.6, 7.5 % of the dev corpus's legit checks were called defaced).
_STABLE_SITE = 0.45
# Markup before the document's <html> or after its </html>: a content system renders a whole
# document, code appended to the file lands outside it. Strong unless the site's trusted
# captures already carried code there (a host that appends its own analytics).
_OUTSIDE_DOCUMENT = 0.75
_OUTSIDE_TAIL = 200_000  # characters at the end of a page searched for its last </html>
_HTML_OPEN = re.compile(r"<html[\s>]", re.IGNORECASE)
_HTML_CLOSE = re.compile(r"</html\s*>", re.IGNORECASE)
_ACTIVE = re.compile(r"<(?:script|iframe|object|embed|link|meta)\b", re.IGNORECASE)
_SCRIPT_KINDS = frozenset(
    {"script", "iframe", "inline-script", "obfuscated-script", "skimmer", "hidden-loader"}
)
# A site that already loads scripts from this many third-party origins rotates vendors: a new plain
# script tag there is suspicious at most (a lookalike name, a hidden address, a skimmer, a hidden
# frame or a redirect still count in full).
AD_HEAVY = 4
_AD_HEAVY_CAP = 0.45
_BASE = {
    "refresh": 0.92,
    "js-redirect": 0.88,
    "skimmer": 0.9,
    # the page's base URL on another domain: every relative script and link of the page loads from it
    "base": 0.85,
    "iframe": 0.35,
    "object": 0.35,
    "form": 0.4,
    "stylesheet": 0.1,
}


def script_score(res: Resource) -> float:
    """How much a new external script or frame looks injected rather than a vendor's tag."""
    label = res.domain.split(".")[0]
    score = 0.3
    extra = [a for a in res.attrs if a not in _QUIET_ATTRS]
    if res.kind == "iframe":
        score += 0.15 if res.hidden else -0.1
        extra = [a for a in extra if a not in _FRAME_ATTRS]
    if not extra:
        score += 0.15
    if "-" in label:
        score += 0.2
    if _INFRA_WORD.search(label):
        score += 0.1
    if _LIBRARY_PATH.search(res.url.split("?")[0].rsplit("/", 1)[-1] if "/" in res.url else ""):
        score += 0.1
    if len(extra) >= 3:
        score -= 0.15
    if "async" in res.attrs or "defer" in res.attrs:
        score -= 0.05
    return round(max(0.05, min(0.95, score)), 3)


def resource_score(res: Resource) -> float:
    if res.kind in ("script", "iframe"):
        return script_score(res)
    if res.kind == "inline-script":  # ad and consent loaders rotate vendors: weak on its own
        return round(min(_INLINE_CAP, script_score(res) - 0.15), 3)
    if res.kind in ("obfuscated-script", "hidden-loader"):  # hidden from readers: how injected loaders hide
        return round(min(0.95, script_score(res) + 0.2), 3)
    return _BASE.get(res.kind, 0.2)


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


def outside_document(page: Page) -> str:
    """The markup of ``page`` before its ``<html>`` tag and after its last ``</html>`` (once per
    page; '' for a page without them)."""
    cached = page.features.get("outside_document")
    if cached is None:
        html = page.html
        opened = _HTML_OPEN.search(html)
        tail = max(0, len(html) - _OUTSIDE_TAIL)  # the last </html> is looked for near the end
        closes = list(_HTML_CLOSE.finditer(html, tail))
        before = html[: opened.start()] if opened else ""
        after = html[closes[-1].end() :] if closes else ""
        found = f"{before}\n{after}" if _ACTIVE.search(before + after) else ""
        cached = page.features["outside_document"] = found
    return str(cached)


def _written_outside(res: Resource, outside: str) -> bool:
    """Whether ``res``'s address is written in ``outside`` (markup outside the document)."""
    return bool(outside) and res.url.split("&", 1)[0][:120] in outside


def _imitated(res: Resource) -> str:
    """The well-known host ``res``'s host imitates, or ''."""
    return imitated_host(host_of(res.url, "") or res.domain)


def _describe(res: Resource, outside: str = "") -> str:
    copied = _imitated(res)
    bare = ", served from a bare address or port" if res.kind in _SCRIPT_KINDS and _bare_server(res) else ""
    where = ", written outside the document (before <html> or after </html>)"
    where = where if _written_outside(res, outside) else ""
    return _what(res) + (f", named like {copied}" if copied else "") + bare + where


_WHAT = {
    "refresh": "meta refresh to {domain}",
    "js-redirect": "JavaScript redirect to {domain}",
    "inline-script": "inline script loading from unseen origin {domain}",
    "obfuscated-script": "inline script loading from an address it hides (encoded), unseen origin {domain}",
    "skimmer": "inline script sending form fields to unseen origin {domain} (a skimmer)",
    "hidden-loader": "code outside a script block (event handler, data: script, srcdoc frame) "
    "loading from unseen origin {domain}",
    "base": "base URL moved to unseen origin {domain} (every relative address now loads from it)",
}


def _what(res: Resource) -> str:
    if res.kind in _WHAT:
        return _WHAT[res.kind].format(domain=res.domain)
    hidden = "hidden " if res.hidden else ""
    return f"{hidden}{res.kind} from unseen origin {res.domain}"


class ForeignInjectionDetector:
    name: ClassVar[str] = "foreign_injection"
    needs_history: ClassVar[bool] = True

    def __init__(self, min_score: float = 0.15) -> None:
        self.min_score = min_score

    @classmethod
    def from_settings(cls, settings: Settings) -> ForeignInjectionDetector:
        return cls(min_score=0.25 - 0.2 * settings.sensitivity)

    def learn(self, part: ProfilePart, page: Page) -> None:
        """Online update from a clean capture: only anchor/image domains, never resource origins.

        A clean capture that loads scripts from untrusted origins marks the site as one that
        rotates vendors (``rotations``)."""
        seen = set(part.get("seen", [])) | link_domains(page)
        part["seen"] = sorted(seen)[:_MAX_SEEN]
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
        part["seen"] = sorted(seen)[:_MAX_SEEN]
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
        if outside_document(page):
            part["outside"] = True
        part["trusted"] = sorted(known | domains)[:_MAX_TRUSTED]
        part["vendors"] = sorted(vendors | loaded)[:_MAX_TRUSTED]

    @staticmethod
    def stable(part: ProfilePart) -> bool:
        """Whether the site's history (two captures or more) never added a script origin."""
        caps, churn, rotations = (int(part.get(k, 0)) for k in ("trusted_caps", "churn", "rotations"))
        return caps >= 2 and churn == 0 and rotations == 0

    def detect(self, part: ProfilePart, page: Page) -> list[Finding]:
        trusted = set(part.get("trusted", []))
        seen = set(part.get("seen", []))
        stable = self.stable(part)
        outside = "" if part.get("outside") else outside_document(page)
        ad_heavy = len(part.get("vendors", trusted)) >= AD_HEAVY
        scored: dict[str, tuple[float, Resource]] = {}
        for res in foreign_resources(page):
            if res.domain in trusted:
                continue
            score = resource_score(res)
            if res.domain in seen and res.kind not in ("refresh", "js-redirect"):
                score *= 0.5
            plain = res.kind in ("script", "inline-script") or (res.kind == "iframe" and not res.hidden)
            if ad_heavy and plain:
                score = min(score, _AD_HEAVY_CAP)
            if res.kind in _SCRIPT_KINDS:
                if stable and _QUOTED not in res.attrs:  # a quoted address in a config loads nothing yet
                    score = max(score, _STABLE_SITE)
                if _bare_server(res):
                    score = max(score, _BARE_SERVER)
            if _imitated(res):  # the attacker's own host, whatever the page fetches from it
                score = max(score, _LOOKALIKE)
            if _written_outside(res, outside):
                score = max(score, _OUTSIDE_DOCUMENT)
            key = f"{res.kind}:{res.domain}"
            if score > scored.get(key, (0.0, res))[0]:
                scored[key] = (score, res)
        if not scored:
            return []
        ranked = sorted(scored.values(), key=lambda sr: -sr[0])
        top, res = ranked[0]
        if top < self.min_score:
            return []
        score = min(0.97, top + min(0.05, 0.01 * (len(ranked) - 1)))
        strong = res.kind in ("refresh", "js-redirect", "skimmer", "base")
        names = "; ".join(_describe(r, outside) for _, r in ranked[:4])
        if stable and res.kind in _SCRIPT_KINDS:
            names += " (the site's history never added a script origin)"
        more = f" (+{len(ranked) - 4} more)" if len(ranked) > 4 else ""
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
