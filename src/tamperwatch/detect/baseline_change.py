"""Baseline change (detection v0): flags a page whose skeleton or resource origins leave the learned normal.

Learns the tag paths (tag plus first class, three levels deep) present in every known-good
capture (the stable skeleton), all paths ever seen, and the origins of scripts, iframes and
forms. Catches a full replacement (most stable paths gone) and new script/iframe/form origins.
It is deliberately simple; the full engine replaces it through the same Detector interface.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass, replace
from typing import ClassVar
from urllib.parse import urljoin, urlsplit

from selectolax.lexbor import LexborNode

from tamperwatch.detect.base import ProfilePart
from tamperwatch.detect.page import Page
from tamperwatch.detect.tuning import tuned
from tamperwatch.models import Finding
from tamperwatch.settings import Settings


@dataclass(frozen=True, slots=True)
class BaselineChangeConfig:
    break_fraction: float = 0.6  # share of the stable paths that must vanish (from_settings: below)
    break_fraction_at_zero: float = 0.8  # break_fraction at sensitivity 0 ...
    break_fraction_per_sensitivity: float = 0.4  # ... lowered by this times the sensitivity
    new_origin: float = 0.9  # score of scripts, frames or forms from unseen origins
    max_paths: int = 3000  # tag paths read per page and kept per site
    max_origins: int = 500  # origins kept per site
    depth: int = 3  # levels of a tag path
    shown: int = 5  # origins named in the reason


_DEFAULT = BaselineChangeConfig()


def _paths(page: Page, config: BaselineChangeConfig = _DEFAULT) -> set[int]:
    out: set[int] = set()
    body = page.tree.body
    if body is None:
        return out
    for node in body.traverse(include_text=False):
        parts = []
        cur: LexborNode | None = node
        for _ in range(config.depth):
            if cur is None or cur.tag in ("body", "html", "-undef"):
                break
            cls = (cur.attributes.get("class") or "").split()
            parts.append(f"{cur.tag}.{cls[0]}" if cls else str(cur.tag))
            cur = cur.parent
        out.add(zlib.crc32("/".join(parts).encode()))
        if len(out) >= config.max_paths:
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
    config_type: ClassVar[type[BaselineChangeConfig]] = BaselineChangeConfig

    def __init__(self, config: BaselineChangeConfig | None = None) -> None:
        self.config = config or BaselineChangeConfig()
        self.break_fraction = self.config.break_fraction

    @classmethod
    def from_settings(cls, settings: Settings) -> BaselineChangeDetector:
        return cls(tuned(settings, cls.name, BaselineChangeConfig(), _scaled))

    def learn(self, part: ProfilePart, page: Page) -> None:
        paths = _paths(page, self.config)
        stable = set(part.get("stable", [])) & paths if "stable" in part else paths
        part["stable"] = sorted(stable)[: self.config.max_paths]
        part["origins"] = sorted(set(part.get("origins", [])) | _origins(page))[: self.config.max_origins]

    def detect(self, part: ProfilePart, page: Page) -> list[Finding]:
        findings: list[Finding] = []
        stable = set(part.get("stable", []))
        if stable:
            missing = len(stable - _paths(page, self.config)) / len(stable)
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
            names = ", ".join(sorted(new)[: self.config.shown])
            findings.append(
                Finding(
                    self.name,
                    self.config.new_origin,
                    f"scripts, iframes or forms from {len(new)} unseen origin(s): {names}",
                    evidence={"origins": sorted(new)[:50]},
                )
            )
        return findings


def _scaled(config: BaselineChangeConfig, sensitivity: float) -> BaselineChangeConfig:
    fraction = config.break_fraction_at_zero - config.break_fraction_per_sensitivity * sensitivity
    return replace(config, break_fraction=fraction)
