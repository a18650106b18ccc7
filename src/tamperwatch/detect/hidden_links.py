"""Hidden link blocks: SEO spam hidden from visitors but served to search crawlers.

Catches an element hidden by inline style (display:none, visibility:hidden, zero font size,
off-screen positioning, 1-pixel or zero-size boxes, zero opacity), the ``hidden`` attribute, a
hiding class, a rule of the page's own style sheets that hides its class or id, ``<noscript>``
or never-rendered markup (``<template>``, a ``srcdoc`` frame of no size: ``inert.py``), or
markup an inline script writes (``document.write``, ``innerHTML``: ``written_markup.py``), that holds
many links to registrable domains the profile has never seen. Link
domains are learned online only from visible links; domains inside hidden blocks are learned only
from trusted captures (initial history, operator acceptance). Anchor text typical of spam
(gambling, pharmacy, adult, in several languages) raises the score.
Reason: "hidden block (display:none) of 42 links to 17 unseen domains added in the footer".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import ClassVar

from selectolax.lexbor import LexborNode

from tamperwatch.detect.base import ProfilePart
from tamperwatch.detect.hiding import candidates_selector, hiding_method, region_of, stylesheet_hiding
from tamperwatch.detect.inert import inert_documents
from tamperwatch.detect.origins import foreign_domain, registrable_domain
from tamperwatch.detect.page import Page
from tamperwatch.detect.tuning import tuned
from tamperwatch.detect.written_markup import written_links
from tamperwatch.models import Finding
from tamperwatch.settings import Settings


@dataclass(frozen=True, slots=True)
class HiddenLinksConfig:
    min_links: int = 5  # external links a hidden block needs (from_settings: 3 at high sensitivity)
    min_domains: int = 2  # unseen domains a hidden block needs (from_settings: 1 at high sensitivity)
    high_sensitivity: float = 0.75  # from this sensitivity on, the two below apply
    min_links_high: int = 3  # min_links at high sensitivity
    min_domains_high: int = 1  # min_domains at high sensitivity
    # With history, a hidden block linking to this many distinct domains the site never linked to is a
    # link farm whatever its words: hidden menus and share widgets link to the site itself, to a
    # handful of networks, or to sister sites the history already showed. (Without history a
    # dropdown of sister sites looks the same, so there spam wording is still needed.)
    many_domains: int = 10
    spam_share: int = 3  # a block is spammy when spam anchors times this reach its link count
    min_unseen: int = 3  # unseen domains a block not hidden by a class needs without spam wording
    base: float = 0.55  # score of a hidden link block ...
    per_domain: float = 0.04  # ... plus this per unseen domain ...
    max_domains: int = 8  # ... counted up to this many ...
    spam_bonus: float = 0.2  # ... plus this when its anchors read like spam
    max_score: float = 0.97  # the most the finding scores
    max_seen: int = 500  # link domains kept per site
    max_block_links: int = 500  # links read per hidden block
    max_anchor_chars: int = 200  # characters of an anchor's text searched for spam wording
    max_candidates: int = 4000  # elements examined for hiding per page (its scripts' markup included)
    max_hidden_blocks: int = 64  # hidden blocks holding links read per page
    ancestor_levels: int = 16  # levels above a hidden element searched for a hidden block holding it
    max_page_links: int = 3000  # links of the page read to learn visible domains


_DEFAULT = HiddenLinksConfig()
_SPAM_TEXT = re.compile(
    r"casino|slot|poker|judi|togel|gacor|betting|bet\b|roulette|jackpot|bandar|viagra|cialis|levitra|xanax|"
    r"phentermine|pharma|pills?\b|porn|sex|xxx|escort|adult|webcam|dating|loan|payday|replica|"
    r"赌|彩票|娱乐|老虎机|棋牌|博彩|伟哥|色情|看片|казино|ставки|kumar|bahis|apuestas|cassino",
    re.IGNORECASE,
)


def _inside(node: LexborNode, taken: set[int], levels: int) -> bool:
    """Whether one of ``node``'s nearest ``levels`` ancestors is a block in ``taken``."""
    parent = node.parent
    for _ in range(levels):
        if parent is None:
            return False
        if parent.mem_id in taken:
            return True
        parent = parent.parent
    return False


def _block_links(
    node: LexborNode, page: Page, own: str, config: HiddenLinksConfig = _DEFAULT
) -> tuple[int, set[str], int]:
    """(external link count, their registrable domains, count of spam-like anchor texts)."""
    count, spam, domains = 0, 0, set()
    for anchor in node.css("a[href]")[: config.max_block_links]:
        domain = foreign_domain(anchor.attributes.get("href") or "", page.url, own)
        if not domain:
            continue
        count += 1
        domains.add(domain)
        if _SPAM_TEXT.search(anchor.text(deep=True)[: config.max_anchor_chars]) or _SPAM_TEXT.search(domain):
            spam += 1
    return count, domains, spam


class HiddenLinksDetector:
    name: ClassVar[str] = "hidden_links"
    cold_start: ClassVar[bool] = False  # a word list or a hidden menu alone is no verdict on a page
    config_type: ClassVar[type[HiddenLinksConfig]] = HiddenLinksConfig

    def __init__(self, config: HiddenLinksConfig | None = None) -> None:
        self.config = config or HiddenLinksConfig()
        self.min_links = self.config.min_links
        self.min_domains = self.config.min_domains

    @classmethod
    def from_settings(cls, settings: Settings) -> HiddenLinksDetector:
        return cls(tuned(settings, cls.name, HiddenLinksConfig(), _scaled))

    def _hidden_blocks(self, page: Page) -> list[tuple[LexborNode, str]]:
        """Hidden elements that hold links, with how they are hidden (once per page)."""
        cached = page.features.get("hidden_links.blocks")
        if cached is None:
            cached = page.features["hidden_links.blocks"] = self._find_hidden_blocks(page)
        return list(cached)

    def _find_hidden_blocks(self, page: Page) -> list[tuple[LexborNode, str]]:
        out: list[tuple[LexborNode, str]] = []
        sheet = stylesheet_hiding(page.tree)
        budget = self.config.max_candidates  # elements examined, the page's and its scripts' together
        taken: set[int] = set()
        roots = [(page.tree.root, ""), *((body, ", written by a script") for body in written_links(page))]
        for root, written in roots:  # markup an inline script writes (document.write, innerHTML) too
            if root is None or budget <= 0:
                continue
            nodes = root.css(candidates_selector(sheet))[:budget]
            budget -= len(nodes)
            for node in nodes:
                if len(out) >= self.config.max_hidden_blocks or _inside(
                    node, taken, self.config.ancestor_levels
                ):
                    continue  # a block inside a hidden block is read with it
                method = hiding_method(node, sheet)
                if method and node.css_first("a[href]") is not None:
                    out.append((node, method + written))
                    taken.add(node.mem_id)
        return out + inert_documents(page)

    def learn(self, part: ProfilePart, page: Page) -> None:
        """Online update: domains of visible links only."""
        own = registrable_domain(page.host)
        hidden: set[str] = set()
        for node, _ in self._hidden_blocks(page):
            hidden |= _block_links(node, page, own, self.config)[1]
        visible = set()
        for anchor in page.tree.css("a[href]")[: self.config.max_page_links]:
            domain = foreign_domain(anchor.attributes.get("href") or "", page.url, own)
            if domain and domain not in hidden:
                visible.add(domain)
        part["seen"] = sorted(set(part.get("seen", [])) | visible)[: self.config.max_seen]

    def learn_trusted(self, part: ProfilePart, page: Page) -> None:
        """Trusted capture: every link domain, hidden blocks included, becomes known."""
        own = registrable_domain(page.host)
        anchors = [a for node, _ in inert_documents(page) for a in node.css("a[href]")]
        anchors += [a for body in written_links(page) for a in body.css("a[href]")]
        domains = {
            foreign_domain(a.attributes.get("href") or "", page.url, own)
            for a in [*page.tree.css("a[href]"), *anchors]
        }
        part["seen"] = sorted((set(part.get("seen", [])) | domains) - {""})[: self.config.max_seen]

    def detect(self, part: ProfilePart, page: Page) -> list[Finding]:
        c = self.config
        seen = set(part.get("seen", []))
        cold = "seen" not in part  # no history (``classify``): hidden menus are normal, demand spam wording
        own = registrable_domain(page.host)
        best: tuple[float, str] | None = None
        evidence: dict[str, object] = {}
        for node, method in self._hidden_blocks(page):
            count, domains, spam = _block_links(node, page, own, c)
            unseen = domains - seen
            if count < self.min_links or len(unseen) < self.min_domains:
                continue
            spammy = spam * c.spam_share >= count
            by_class = method.startswith(("hiding class", "stylesheet rule"))
            farm = not cold and len(unseen) >= c.many_domains
            if not spammy and not farm and (cold or by_class or len(unseen) < c.min_unseen):
                continue  # menus and widgets hidden by a class are common; demand spam wording there
            bonus = c.spam_bonus if spammy else 0.0
            score = min(c.max_score, c.base + c.per_domain * min(len(unseen), c.max_domains) + bonus)
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


def _scaled(config: HiddenLinksConfig, sensitivity: float) -> HiddenLinksConfig:
    if sensitivity < config.high_sensitivity:
        return config
    return replace(config, min_links=config.min_links_high, min_domains=config.min_domains_high)
