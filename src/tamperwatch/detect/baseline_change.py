"""Baseline change (detection v0): flags a page whose skeleton or resource origins leave the learned normal.

Learns the tag paths (tag plus first class, three levels deep) present in every known-good
capture (the stable skeleton), all paths ever seen, and the origins of scripts, iframes and
forms. Catches a full replacement (most stable paths gone) and new script/iframe/form origins.
It is deliberately simple; the full engine replaces it through the same Detector interface.
"""

from __future__ import annotations

import zlib
from typing import ClassVar
from urllib.parse import urljoin, urlsplit

from selectolax.lexbor import LexborNode

from tamperwatch.detect.base import ProfilePart
from tamperwatch.detect.page import Page
from tamperwatch.models import Finding
from tamperwatch.settings import Settings

_MAX_PATHS = 3000


def _paths(page: Page) -> set[int]:
    out: set[int] = set()
    body = page.tree.body
    if body is None:
        return out
    for node in body.traverse(include_text=False):
        parts = []
        cur: LexborNode | None = node
        for _ in range(3):
            if cur is None or cur.tag in ("body", "html", "-undef"):
                break
            cls = (cur.attributes.get("class") or "").split()
            parts.append(f"{cur.tag}.{cls[0]}" if cls else str(cur.tag))
            cur = cur.parent
        out.add(zlib.crc32("/".join(parts).encode()))
        if len(out) >= _MAX_PATHS:
            break
    return out


def _origins(page: Page) -> set[str]:
    out: set[str] = set()
    for node in page.tree.css("script[src], iframe[src], form[action], object[data], embed[src]"):
        ref = node.attributes.get("src") or node.attributes.get("action") or node.attributes.get("data")
        if not ref:
            continue
        host = urlsplit(urljoin(page.url, ref.strip())).hostname
        if host and host != page.host:
            out.add(host.lower())
    return out


class BaselineChangeDetector:
    name: ClassVar[str] = "baseline_change"

    def __init__(self, break_fraction: float = 0.6) -> None:
        self.break_fraction = break_fraction

    @classmethod
    def from_settings(cls, settings: Settings) -> BaselineChangeDetector:
        return cls(break_fraction=0.8 - 0.4 * settings.sensitivity)

    def learn(self, part: ProfilePart, page: Page) -> None:
        paths = _paths(page)
        stable = set(part.get("stable", [])) & paths if "stable" in part else paths
        part["stable"] = sorted(stable)[:_MAX_PATHS]
        part["origins"] = sorted(set(part.get("origins", [])) | _origins(page))[:500]

    def detect(self, part: ProfilePart, page: Page) -> list[Finding]:
        findings: list[Finding] = []
        stable = set(part.get("stable", []))
        if stable:
            missing = len(stable - _paths(page)) / len(stable)
            if missing >= self.break_fraction:
                findings.append(
                    Finding(
                        self.name,
                        min(1.0, missing),
                        f"{missing:.0%} of the page's stable structure is gone (template break)",
                        content=False,
                        evidence={"missing_fraction": round(missing, 3)},
                    )
                )
        new = _origins(page) - set(part.get("origins", []))
        if new:
            names = ", ".join(sorted(new)[:5])
            findings.append(
                Finding(
                    self.name,
                    0.9,
                    f"scripts, iframes or forms from {len(new)} unseen origin(s): {names}",
                    evidence={"origins": sorted(new)[:50]},
                )
            )
        return findings
