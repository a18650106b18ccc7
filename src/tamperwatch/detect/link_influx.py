"""Link influx: many links to domains the site never linked to, arriving in one capture.

Link spam, whatever hides it (inline style, a rule in a style sheet the check never sees, a closed
``<details>``, a colour, a position, or nothing at all), adds links to domains of its own. A
site's clean captures add few outbound domains at a time: a publish links one or two new
sources, a new partner box a handful. This learns, per site, every domain its clean captures
linked to and the most new domains one clean capture ever added (``max_new``); a capture adding
at least ``min_new_domains`` and more than ``factor`` times that is a link influx. No word and no
hiding technique is read. A redesign also brings new outbound links (social buttons, a new
footer), so the finding counts less when the template broke (``discount_on_structure``).
"""

from __future__ import annotations

from typing import ClassVar

from tamperwatch.detect.base import ProfilePart
from tamperwatch.detect.page import Page
from tamperwatch.detect.resources import link_domains
from tamperwatch.models import Finding
from tamperwatch.settings import Settings

MIN_NEW_DOMAINS = 5  # the dev corpus's clean captures added at most 4 outbound domains at a time
FACTOR = 2  # and a site's own record is exceeded this many times over (plus one)
SCORE = 0.6  # decisive on its own (verdict.MIN_DECISIVE is 0.5)
MAX_SEEN = 1500  # outbound domains kept per site
SHOWN = 8  # domains named in the reason


class LinkInfluxDetector:
    name: ClassVar[str] = "link_influx"
    needs_history: ClassVar[bool] = True

    def __init__(self, min_new_domains: int = MIN_NEW_DOMAINS, factor: int = FACTOR, score: float = SCORE):
        self.min_new_domains = min_new_domains
        self.factor = factor
        self.score = score

    @classmethod
    def from_settings(cls, settings: Settings) -> LinkInfluxDetector:
        return cls()

    def learn(self, part: ProfilePart, page: Page) -> None:
        seen = set(part.get("seen", []))
        domains = link_domains(page)
        if int(part.get("caps", 0)):
            part["max_new"] = max(int(part.get("max_new", 0)), len(domains - seen))
        part["caps"] = int(part.get("caps", 0)) + 1
        merged = seen | domains
        if len(merged) > MAX_SEEN:  # keep what the page links to now, then the rest in order
            merged = domains | set(sorted(seen - domains)[: max(0, MAX_SEEN - len(domains))])
        part["seen"] = sorted(merged)

    def detect(self, part: ProfilePart, page: Page) -> list[Finding]:
        if not int(part.get("caps", 0)):
            return []
        record = int(part.get("max_new", 0))
        new = sorted(link_domains(page) - set(part.get("seen", [])))
        if len(new) < max(self.min_new_domains, self.factor * record + 1):
            return []
        return [
            Finding(
                self.name,
                self.score,
                f"links to {len(new)} domains the site never linked to arrived at once (its clean captures "
                f"added at most {record} at a time): {', '.join(new[:SHOWN])}",
                evidence={"discount_on_structure": True, "new_domains": new[:50], "site_record": record},
            )
        ]
