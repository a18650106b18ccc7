# ruff: noqa: RUF001  (multilingual text: Cyrillic and Turkish letters are intended)
"""Redirect anomalies: the target now lands on another site, or a soft 404 replaced its content.

Learns the registrable domains the target's fetches end on (its own, a known canonical host).
A fetch that ends on a never-seen domain is strong content evidence ("redirected to
casino.example"); the redirect chain names where it went. A page that now reads as a "not
found" page, much shorter than the learned text, is a soft 404: suspicious, not defaced.
Landing domains, like other origins, are learned only from trusted captures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import ClassVar

from tamperwatch.detect.base import ProfilePart
from tamperwatch.detect.origins import host_of, registrable_domain
from tamperwatch.detect.page import Page
from tamperwatch.detect.tuning import tuned
from tamperwatch.models import Finding
from tamperwatch.settings import Settings

_NOT_FOUND = re.compile(
    r"\b404\b|not\s+found|page\s+(?:does\s+not|doesn't)\s+exist|nicht\s+gefunden|no\s+encontrad|não\s+encontrad|"
    r"introuvable|tidak\s+ditemukan|bulunamadı|не\s+найден|找不到|页面不存在|غير\s+موجود",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class RedirectAnomalyConfig:
    soft404_ratio: float = 0.2  # a soft 404 keeps less than this share of the learned text (see below)
    soft404_ratio_at_zero: float = 0.1  # soft404_ratio at sensitivity 0 ...
    soft404_ratio_per_sensitivity: float = 0.2  # ... raised by this times the sensitivity
    redirected: float = 0.9  # score of a fetch that ends on a never-seen domain
    soft404: float = 0.4  # score of a soft 404 (structure: suspicious, not defaced)
    min_learned_text: float = 500.0  # characters of learned text a soft 404 needs to be judged
    text_keep: float = 0.7  # weight of the learned text size each time a capture is learned ...
    text_new: float = 0.3  # ... and of the new capture's (the two add up to 1)
    max_landing: int = 20  # landing domains kept per site
    shown_hops: int = 4  # redirect hops named in the reason
    max_chain: int = 10  # redirect hops kept in the evidence
    headings: int = 3  # leading headings read with the title for 'not found' wording


def _text_size(page: Page) -> int:
    return sum(len(line) for line in page.text_lines)


class RedirectAnomalyDetector:
    name: ClassVar[str] = "redirect_anomaly"
    needs_history: ClassVar[bool] = True
    config_type: ClassVar[type[RedirectAnomalyConfig]] = RedirectAnomalyConfig

    def __init__(self, config: RedirectAnomalyConfig | None = None) -> None:
        self.config = config or RedirectAnomalyConfig()
        self.soft404_ratio = self.config.soft404_ratio

    @classmethod
    def from_settings(cls, settings: Settings) -> RedirectAnomalyDetector:
        return cls(tuned(settings, cls.name, RedirectAnomalyConfig(), _scaled))

    def learn(self, part: ProfilePart, page: Page) -> None:
        size = _text_size(page)
        old = float(part.get("text", 0.0))
        c = self.config
        part["text"] = round(size if old == 0 else c.text_keep * old + c.text_new * size, 1)
        if not part.get("landing"):
            part["landing"] = [registrable_domain(page.host)]

    def learn_trusted(self, part: ProfilePart, page: Page) -> None:
        self.learn(part, page)
        landing = set(part.get("landing", [])) | {registrable_domain(page.host)}
        part["landing"] = sorted(landing)[: self.config.max_landing]

    def detect(self, part: ProfilePart, page: Page) -> list[Finding]:
        c = self.config
        findings: list[Finding] = []
        landing = set(part.get("landing", []))
        start = registrable_domain(_host(page.capture.url))
        end = registrable_domain(page.host)
        if landing and end and end not in landing and end != start:
            hops = " -> ".join(_host(u) for u in page.capture.redirect_chain[-c.shown_hops :]) or start
            findings.append(
                Finding(
                    self.name,
                    c.redirected,
                    f"redirected to a new domain {end} (via {hops})",
                    evidence={
                        "final_url": page.url[:300],
                        "chain": list(page.capture.redirect_chain[-c.max_chain :]),
                    },
                )
            )
        learned = float(part.get("text", 0.0))
        size = _text_size(page)
        title_or_head = page.title + " " + " ".join(page.headings[: c.headings])
        if (
            learned > c.min_learned_text
            and size < self.soft404_ratio * learned
            and _NOT_FOUND.search(title_or_head)
        ):
            findings.append(
                Finding(
                    self.name,
                    c.soft404,
                    f"soft 404: the page now reads '{page.title[:60]}' with {size} characters of "
                    f"text instead of about {int(learned)}",
                    content=False,
                    evidence={"text_chars": size, "learned_chars": int(learned)},
                )
            )
        return findings


def _host(url: str) -> str:
    return host_of(url, url)


def _scaled(config: RedirectAnomalyConfig, sensitivity: float) -> RedirectAnomalyConfig:
    ratio = config.soft404_ratio_at_zero + config.soft404_ratio_per_sensitivity * sensitivity
    return replace(config, soft404_ratio=ratio)
