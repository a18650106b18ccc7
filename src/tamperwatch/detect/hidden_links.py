"""Hidden link blocks: SEO spam hidden from visitors but served to search crawlers.

Catches an element hidden by inline style (display:none, visibility:hidden, zero font size,
off-screen positioning, 1-pixel or zero-size boxes, zero opacity), the ``hidden`` attribute, a
hiding class, a rule of the page's own style sheets that hides its class or id, ``<noscript>``
or never-rendered markup (``<template>``, a ``srcdoc`` frame of no size: ``inert.py``), that holds
many links to registrable domains the profile has never seen. Link
domains are learned online only from visible links; domains inside hidden blocks are learned only
from trusted captures (initial history, operator acceptance). Anchor text typical of spam
(gambling, pharmacy, adult, in several languages) raises the score.
Reason: "hidden block (display:none) of 42 links to 17 unseen domains added in the footer".
"""

from __future__ import annotations

import re
from typing import ClassVar

from selectolax.lexbor import LexborNode

from tamperwatch.detect.base import ProfilePart
from tamperwatch.detect.hiding import candidates_selector, hiding_method, region_of, stylesheet_hiding
from tamperwatch.detect.inert import inert_documents
from tamperwatch.detect.origins import foreign_domain, registrable_domain
from tamperwatch.detect.page import Page
from tamperwatch.models import Finding
from tamperwatch.settings import Settings

_MAX_SEEN = 500
# With history, a hidden block linking to this many distinct domains the site never linked to is a
# link farm whatever its words: hidden menus and share widgets link to the site itself, to a
# handful of networks, or to sister sites the history already showed. (Without history a
# dropdown of sister sites looks the same, so there spam wording is still needed.)
MANY_DOMAINS = 10
_SPAM_TEXT = re.compile(
    r"casino|slot|poker|judi|togel|gacor|betting|bet\b|roulette|jackpot|bandar|viagra|cialis|levitra|xanax|"
    r"phentermine|pharma|pills?\b|porn|sex|xxx|escort|adult|webcam|dating|loan|payday|replica|"
    r"赌|彩票|娱乐|老虎机|棋牌|博彩|伟哥|色情|看片|казино|ставки|kumar|bahis|apuestas|cassino",
    re.IGNORECASE,
)


def _block_links(node: LexborNode, page: Page, own: str) -> tuple[int, set[str], int]:
    """(external link count, their registrable domains, count of spam-like anchor texts)."""
    count, spam, domains = 0, 0, set()
    for anchor in node.css("a[href]")[:500]:
        domain = foreign_domain(anchor.attributes.get("href") or "", page.url, own)
        if not domain:
            continue
        count += 1
        domains.add(domain)
        if _SPAM_TEXT.search(anchor.text(deep=True)[:200]) or _SPAM_TEXT.search(domain):
            spam += 1
    return count, domains, spam


class HiddenLinksDetector:
    name: ClassVar[str] = "hidden_links"
    cold_start: ClassVar[bool] = False  # a word list or a hidden menu alone is no verdict on a page

    def __init__(self, min_links: int = 5, min_domains: int = 2) -> None:
        self.min_links = min_links
        self.min_domains = min_domains

    @classmethod
    def from_settings(cls, settings: Settings) -> HiddenLinksDetector:
        low = settings.sensitivity >= 0.75
        return cls(min_links=3 if low else 5, min_domains=1 if low else 2)

    def _hidden_blocks(self, page: Page) -> list[tuple[LexborNode, str]]:
        """Hidden elements that hold links, with how they are hidden (once per page)."""
        cached = page.features.get("hidden_links.blocks")
        if cached is None:
            cached = page.features["hidden_links.blocks"] = self._find_hidden_blocks(page)
        return list(cached)

    def _find_hidden_blocks(self, page: Page) -> list[tuple[LexborNode, str]]:
        out: list[tuple[LexborNode, str]] = []
        sheet = stylesheet_hiding(page.tree)
        for node in page.tree.css(candidates_selector(sheet))[:4000]:
            method = hiding_method(node, sheet)
            if method and node.css_first("a[href]") is not None:
                out.append((node, method))
        return out + inert_documents(page)

    def learn(self, part: ProfilePart, page: Page) -> None:
        """Online update: domains of visible links only."""
        own = registrable_domain(page.host)
        hidden: set[str] = set()
        for node, _ in self._hidden_blocks(page):
            hidden |= _block_links(node, page, own)[1]
        visible = set()
        for anchor in page.tree.css("a[href]")[:3000]:
            domain = foreign_domain(anchor.attributes.get("href") or "", page.url, own)
            if domain and domain not in hidden:
                visible.add(domain)
        part["seen"] = sorted(set(part.get("seen", [])) | visible)[:_MAX_SEEN]

    def learn_trusted(self, part: ProfilePart, page: Page) -> None:
        """Trusted capture: every link domain, hidden blocks included, becomes known."""
        own = registrable_domain(page.host)
        anchors = [a for node, _ in inert_documents(page) for a in node.css("a[href]")]
        domains = {
            foreign_domain(a.attributes.get("href") or "", page.url, own)
            for a in [*page.tree.css("a[href]"), *anchors]
        }
        part["seen"] = sorted((set(part.get("seen", [])) | domains) - {""})[:_MAX_SEEN]

    def detect(self, part: ProfilePart, page: Page) -> list[Finding]:
        seen = set(part.get("seen", []))
        cold = "seen" not in part  # no history (``classify``): hidden menus are normal, demand spam wording
        own = registrable_domain(page.host)
        best: tuple[float, str] | None = None
        evidence: dict[str, object] = {}
        for node, method in self._hidden_blocks(page):
            count, domains, spam = _block_links(node, page, own)
            unseen = domains - seen
            if count < self.min_links or len(unseen) < self.min_domains:
                continue
            spammy = spam * 3 >= count
            by_class = method == "hiding class" or method.startswith("stylesheet rule")
            farm = not cold and len(unseen) >= MANY_DOMAINS
            if not spammy and not farm and (cold or by_class or len(unseen) < 3):
                continue  # menus and widgets hidden by a class are common; demand spam wording there
            score = min(0.97, 0.55 + 0.04 * min(len(unseen), 8) + (0.2 if spammy else 0.0))
            if best is None or score > best[0]:
                where = region_of(node)
                best = (
                    score,
                    f"hidden block ({method}) of {count} links to {len(unseen)} unseen domains "
                    f"added in the {where}",
                )
                evidence = {
                    "links": count,
                    "unseen_domains": sorted(unseen)[:30],
                    "method": method,
                    "region": where,
                    "spam_anchors": spam,
                }
        if best is None:
            return []
        return [Finding(self.name, round(best[0], 3), best[1], evidence=evidence)]
