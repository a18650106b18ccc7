"""CloakingPlan: which extra views a cloaking check fetches, how often, and the comparator it uses."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import quote, urlsplit

from tamperwatch.capture.base import FetchRequest
from tamperwatch.detect.cloaking import CloakingComparator
from tamperwatch.models import Target
from tamperwatch.settings import Settings

GOOGLEBOT = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"
BAIDUSPIDER = "Mozilla/5.0 (compatible; Baiduspider/2.0; +http://www.baidu.com/search/spider.html)"
_BOT_NAME = re.compile(r"[A-Za-z-]*(?:bot|spider|crawler|slurp)", re.IGNORECASE)


@dataclass(frozen=True)
class View:
    """One way of asking for the page: a label people read and the request to send."""

    label: str
    request: FetchRequest


@dataclass
class CloakingPlan:
    interval_s: float = 6 * 3600.0
    user_agents: tuple[str, ...] = (GOOGLEBOT, BAIDUSPIDER)
    referer: str = "https://www.google.com/search?q={host}"
    comparator: CloakingComparator = field(default_factory=CloakingComparator)

    @classmethod
    def from_settings(cls, settings: Settings) -> CloakingPlan:
        return cls(
            settings.cloaking_interval_hours * 3600.0,
            tuple(settings.cloaking_user_agents),
            settings.cloaking_referer,
            CloakingComparator.from_settings(settings),
        )

    def views(self, target: Target) -> list[View]:
        """Crawler views (one per user agent) and the search-referrer view, for ``target``."""
        out: list[View] = []
        for agent in self.user_agents:
            match = _BOT_NAME.search(agent)
            name = match.group(0) if match else agent[:40]
            request = FetchRequest(url=target.url, headers=target.headers, user_agent=agent)
            out.append(View(f"search crawlers ({name})", request))
        if self.referer:
            host = (urlsplit(target.url).hostname or "").lower()
            referer = self.referer.replace("{host}", quote(host))
            request = FetchRequest(url=target.url, headers=target.headers, referer=referer)
            out.append(View("a visitor arriving from a search engine", request))
        return out
