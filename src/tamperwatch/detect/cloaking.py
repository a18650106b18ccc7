"""Cloaking: what search crawlers or search-referred visitors are served that ordinary visitors are not.

SEO-spam injections often show their links and text only to search crawlers (Googlebot,
Baiduspider) so the owner never sees them, and conditional hijacks redirect only visitors who
arrive from a search engine. ``CloakingComparator.compare(normal, variant, view)`` is a pure
comparison of the normal view with one such view: it treats the normal view as the trusted
baseline and runs the content detectors (foreign injection, hidden links, vocabulary, redirect
anomaly) over the variant, and adds a check for visible spam links and spam wording that only
the variant holds. Differences that ordinary pages show between two fetches (timestamps,
rotating headlines, A/B markup, a new vendor tag) are weaker than ``min_score`` and not reported.

One finding per view, e.g. "search crawlers (Googlebot) are served 48 links to 19 domains
that visitors do not see (casino-royal.example, ...) with gambling or pharmacy wording".
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from tamperwatch.detect.base import Detector, ProfilePart
from tamperwatch.detect.origins import foreign_domain, registrable_domain
from tamperwatch.detect.page import Page
from tamperwatch.detect.tuning import tuned
from tamperwatch.models import Finding
from tamperwatch.settings import Settings

NAME = "cloaking"
# Search-engine spam vocabulary, whole words (gambling, pharmacy, adult, loans; several languages).
SPAM_WORDS = re.compile(
    r"\b(?:casinos?|slots?|poker|judi|togel|gacor|maxwin|betting|sportsbook|roulette|jackpot|bandar|"
    r"viagra|cialis|levitra|xanax|phentermine|porn\w*|xxx|escorts?|payday|replica|kumar|bahis|"
    r"apuestas|cassino|казино|ставки)\b|赌场|彩票|老虎机|棋牌|博彩|伟哥|色情",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class CloakingConfig:
    min_spam_links: int = 5  # new links a view needs to count as spam links ...
    min_spam_domains: int = 2  # ... to at least this many new domains ...
    spam_link_share: int = 2  # ... of which spam anchors times this reach the link count
    links_base: float = 0.6  # score of spam links only a view shows ...
    links_per_domain: float = 0.03  # ... plus this per new domain ...
    links_max_domains: int = 10  # ... counted up to this many ...
    links_max: float = 0.95  # ... at most this
    min_spam_lines: int = 3  # lines of spam wording only a view shows ...
    spam_line_share: int = 3  # ... that times this reach the count of its new lines
    text_base: float = 0.5  # score of spam wording only a view shows ...
    text_per_line: float = 0.05  # ... plus this per line ...
    text_max_lines: int = 8  # ... counted up to this many ...
    text_max: float = 0.85  # ... at most this
    per_more: float = 0.03  # added to the best evidence for each further one
    max_score: float = 0.97  # the most the finding scores
    spam_chars: int = 300  # characters of a text searched for spam words
    max_links: int = 3000  # links of a view read
    anchor_chars: int = 200  # characters of an anchor's text kept
    link_text_chars: int = 400  # characters of a link's text compared with the view's lines
    shown: int = 3  # evidence items (and domains) named in the reason


_DEFAULT = CloakingConfig()


def _spam(text: str, chars: int = _DEFAULT.spam_chars) -> bool:
    return SPAM_WORDS.search(text[:chars]) is not None


def _link_domains(page: Page, config: CloakingConfig = _DEFAULT) -> dict[str, list[str]]:
    """Registrable domain of every external link -> anchor texts (at most ``max_links`` links)."""
    own = registrable_domain(page.host)
    out: dict[str, list[str]] = {}
    for anchor in page.tree.css("a[href]")[: config.max_links]:
        domain = foreign_domain(anchor.attributes.get("href") or "", page.url, own)
        if domain:
            out.setdefault(domain, []).append(anchor.text(deep=True)[: config.anchor_chars])
    return out


def _served(finding: Finding) -> str:
    """A detector's reason as what the view is served, e.g. 'a redirect to another domain: x.example'."""
    if finding.reason.startswith("redirected to a new domain "):
        return "a redirect to another domain: " + finding.reason.removeprefix("redirected to a new domain ")
    return f"{finding.reason} (not in the normal view)"


@dataclass(frozen=True)
class ViewEvidence:
    score: float
    reason: str
    detail: dict[str, Any]


def content_detectors(settings: Settings | None = None) -> list[Detector]:
    """The detectors run over a view: imported on first use, so a process that never compares
    views (most checks) does not load them."""
    from tamperwatch.detect.foreign_injection import ForeignInjectionDetector
    from tamperwatch.detect.hidden_links import HiddenLinksDetector
    from tamperwatch.detect.redirect_anomaly import RedirectAnomalyDetector
    from tamperwatch.detect.vocabulary import VocabularyDetector

    if settings is None:
        return [
            ForeignInjectionDetector(),
            HiddenLinksDetector(),
            VocabularyDetector(),
            RedirectAnomalyDetector(),
        ]
    return [
        ForeignInjectionDetector.from_settings(settings),
        HiddenLinksDetector.from_settings(settings),
        VocabularyDetector.from_settings(settings),
        RedirectAnomalyDetector.from_settings(settings),
    ]


class CloakingComparator:
    """Compares the normal view of a page with a crawler or search-referrer view."""

    def __init__(
        self,
        detectors: Sequence[Detector] | Callable[[], Sequence[Detector]] | None = None,
        min_score: float = 0.5,
        config: CloakingConfig | None = None,
    ) -> None:
        """``min_score``: the weakest evidence reported (``Settings.cloaking_min_score``)."""
        self._detectors = detectors if detectors is not None else content_detectors
        self.min_score = min_score
        self.config = config or CloakingConfig()
        self.min_spam_links = self.config.min_spam_links
        self.min_spam_lines = self.config.min_spam_lines

    @cached_property
    def detectors(self) -> list[Detector]:
        made = self._detectors
        return list(made() if callable(made) else made)

    @classmethod
    def from_settings(cls, settings: Settings) -> CloakingComparator:
        config = tuned(settings, NAME, CloakingConfig())
        return cls(lambda: content_detectors(settings), min_score=settings.cloaking_min_score, config=config)

    def compare(self, normal: Page, variant: Page, view: str) -> Finding | None:
        """One content finding when ``variant`` (served to ``view``) hides something ``normal`` lacks."""
        evidence = [e for e in self._differential(normal, variant) if e.score >= self.min_score]
        evidence += [e for e in (self._spam_links(normal, variant), self._spam_text(normal, variant)) if e]
        evidence = [e for e in evidence if e.score >= self.min_score]
        if not evidence:
            return None
        c = self.config
        evidence.sort(key=lambda e: -e.score)
        score = min(c.max_score, evidence[0].score + c.per_more * (len(evidence) - 1))
        what = "; ".join(e.reason for e in evidence[: c.shown])
        reason = f"{view} {'are' if view.startswith('search crawlers') else 'is'} served {what}"
        detail = {"view": view, "final_url": variant.url[:300], "items": [e.detail for e in evidence[:5]]}
        return Finding(NAME, round(score, 3), reason, content=True, evidence=detail)

    def _differential(self, normal: Page, variant: Page) -> list[ViewEvidence]:
        """The content detectors, with the normal view as the only (trusted) history (learned once
        per normal page, shared by the views compared with it)."""
        out: list[ViewEvidence] = []
        for det in self.detectors:
            learned = self._learned(det, normal)
            if learned is None:
                continue
            try:
                found = det.detect(copy.deepcopy(learned), variant)
            except Exception:  # a hostile page never stops a check; the detector simply says nothing
                continue
            for f in found:
                if f.content:
                    detail = {"detector": f.detector, "score": f.score, **f.evidence}
                    out.append(ViewEvidence(f.score, _served(f), detail))
        return out

    @staticmethod
    def _learned(det: Detector, normal: Page) -> ProfilePart | None:
        key = f"cloaking-baseline:{det.name}"
        if key not in normal.features:
            part: ProfilePart = {}
            learn: Callable[[ProfilePart, Page], None] = getattr(det, "learn_trusted", None) or det.learn
            try:
                learn(part, normal)
                normal.features[key] = part
            except Exception:  # a normal view a detector cannot learn: that detector says nothing
                normal.features[key] = None
        learned: ProfilePart | None = normal.features[key]
        return learned

    def _spam_links(self, normal: Page, variant: Page) -> ViewEvidence | None:
        """Visible or not: links to domains absent from the normal view, with spam anchors or domains."""
        c = self.config
        seen = set(_link_domains(normal, c))
        new = {d: texts for d, texts in _link_domains(variant, c).items() if d not in seen}
        links = sum(len(t) for t in new.values())
        spam = sum(
            1
            for d, texts in new.items()
            for t in texts
            if _spam(t, c.spam_chars) or _spam(d.replace("-", " "), c.spam_chars)
        )
        if links < self.min_spam_links or len(new) < c.min_spam_domains or spam * c.spam_link_share < links:
            return None
        score = min(c.links_max, c.links_base + c.links_per_domain * min(len(new), c.links_max_domains))
        names = ", ".join(sorted(new)[: c.shown]) + (", ..." if len(new) > c.shown else "")
        reason = (
            f"{links} links to {len(new)} domains that visitors do not see ({names}), "
            f"{spam} of them with gambling, pharmacy or adult wording"
        )
        detail = {"check": "spam_links", "links": links, "domains": sorted(new)[:30]}
        return ViewEvidence(score, reason, detail)

    def _spam_text(self, normal: Page, variant: Page) -> ViewEvidence | None:
        """Lines of spam wording (link texts aside: ``_spam_links`` counts those) only the variant holds."""
        c = self.config
        known = set(normal.text_lines)
        anchors = variant.tree.css("a")[: c.max_links]
        known |= {" ".join(a.text(deep=True).split())[: c.link_text_chars] for a in anchors}
        fresh = [line for line in variant.text_lines if line not in known]
        spam = [line for line in fresh if _spam(line, c.spam_chars)]
        if len(spam) < self.min_spam_lines or len(spam) * c.spam_line_share < len(fresh):
            return None
        score = min(c.text_max, c.text_base + c.text_per_line * min(len(spam), c.text_max_lines))
        reason = f"{len(spam)} lines of spam wording that visitors do not see ('{spam[0][:60]}')"
        return ViewEvidence(score, reason, {"check": "spam_text", "lines": [s[:120] for s in spam[:10]]})
