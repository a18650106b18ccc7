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
from typing import ClassVar

from tamperwatch.detect.base import ProfilePart
from tamperwatch.detect.origins import host_of, registrable_domain
from tamperwatch.detect.page import Page
from tamperwatch.models import Finding
from tamperwatch.settings import Settings

_NOT_FOUND = re.compile(
    r"\b404\b|not\s+found|page\s+(?:does\s+not|doesn't)\s+exist|nicht\s+gefunden|no\s+encontrad|não\s+encontrad|"
    r"introuvable|tidak\s+ditemukan|bulunamadı|не\s+найден|找不到|页面不存在|غير\s+موجود",
    re.IGNORECASE,
)


def _text_size(page: Page) -> int:
    return sum(len(line) for line in page.text_lines)


class RedirectAnomalyDetector:
    name: ClassVar[str] = "redirect_anomaly"
    needs_history: ClassVar[bool] = True

    def __init__(self, soft404_ratio: float = 0.2) -> None:
        self.soft404_ratio = soft404_ratio

    @classmethod
    def from_settings(cls, settings: Settings) -> RedirectAnomalyDetector:
        return cls(soft404_ratio=0.1 + 0.2 * settings.sensitivity)

    def learn(self, part: ProfilePart, page: Page) -> None:
        size = _text_size(page)
        old = float(part.get("text", 0.0))
        part["text"] = round(size if old == 0 else 0.7 * old + 0.3 * size, 1)
        if not part.get("landing"):
            part["landing"] = [registrable_domain(page.host)]

    def learn_trusted(self, part: ProfilePart, page: Page) -> None:
        self.learn(part, page)
        landing = set(part.get("landing", [])) | {registrable_domain(page.host)}
        part["landing"] = sorted(landing)[:20]

    def detect(self, part: ProfilePart, page: Page) -> list[Finding]:
        findings: list[Finding] = []
        landing = set(part.get("landing", []))
        start = registrable_domain(_host(page.capture.url))
        end = registrable_domain(page.host)
        if landing and end and end not in landing and end != start:
            hops = " -> ".join(_host(u) for u in page.capture.redirect_chain[-4:]) or start
            findings.append(
                Finding(
                    self.name,
                    0.9,
                    f"redirected to a new domain {end} (via {hops})",
                    evidence={"final_url": page.url[:300], "chain": list(page.capture.redirect_chain[-10:])},
                )
            )
        learned = float(part.get("text", 0.0))
        size = _text_size(page)
        title_or_head = page.title + " " + " ".join(page.headings[:3])
        if learned > 500 and size < self.soft404_ratio * learned and _NOT_FOUND.search(title_or_head):
            findings.append(
                Finding(
                    self.name,
                    0.4,
                    f"soft 404: the page now reads '{page.title[:60]}' with {size} characters of "
                    f"text instead of about {int(learned)}",
                    content=False,
                    evidence={"text_chars": size, "learned_chars": int(learned)},
                )
            )
        return findings


def _host(url: str) -> str:
    return host_of(url, url)
