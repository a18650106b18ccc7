"""Link influx: one block of links to many domains the site never linked to, in one capture.

Link spam, whatever hides it (inline style, a rule in a style sheet the check never sees, a closed
``<details>``, a colour, a position, or nothing at all), is a block of its own: links with words
to domains of its own, side by side. A site's clean captures add few outbound domains at a time:
a publish links one or two new sources, a redesign spreads social buttons and sister sites over
its header and footer. This learns, per site, every domain its clean captures linked to and the
most new domains one clean capture ever added (``max_new``). Links carried as data (a comment, a
``textarea``, a ``template``, a ``select`` or ``datalist``, an image map, structured data:
``data_links.py``) count like anchors,
each container a block of its own. A capture whose new outbound
domains reach at least ``min_new_domains`` in one block (the nearest block element around each
link: ``div``, ``ul``, ``p``, ``footer``, ...), by links that show text, and more than ``factor``
times the site's record in all, is a link influx. No word and no hiding technique is read. A
redesign also brings new outbound links, so the finding counts less when the template broke
(``discount_on_structure``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from tamperwatch.detect.base import ProfilePart
from tamperwatch.detect.data_links import DataLinksConfig, data_link_blocks
from tamperwatch.detect.origins import foreign_domain
from tamperwatch.detect.page import Page, visible_text
from tamperwatch.detect.resources import link_domains, own_domain
from tamperwatch.detect.tuning import tuned
from tamperwatch.models import Finding
from tamperwatch.settings import Settings


@dataclass(frozen=True, slots=True)
class LinkInfluxConfig:
    min_new_domains: int = 5  # the dev corpus's clean captures added at most 4 outbound domains at a time
    factor: int = 2  # and a site's own record is exceeded this many times over (plus one)
    score: float = 0.6  # decisive on its own (verdict.MIN_DECISIVE is 0.5)
    max_seen: int = 1500  # outbound domains kept per site
    shown: int = 8  # domains named in the reason
    max_anchors: int = 3000  # anchors read per page
    min_text: int = 2  # a link showing fewer characters (an icon) is no spam anchor
    evidence_domains: int = 50  # new domains kept in the finding's evidence
    # captures a profile learned before links carried as data counted needs to count them into its
    # record before they are read (a site whose structured data rotates would alarm otherwise)
    data_warmup: int = 2


_DEFAULT = LinkInfluxConfig()
_DATA = DataLinksConfig()
DATA_TUNING = "data_links"  # the name of the data links' limits in detector_tuning
# Which containers of links carried as data a profile's record counted: 2 added datalists and image
# maps. A profile of an earlier version warms up again (``data_warmup``) before they are read.
DATA_VERSION = 2
# Elements that hold a block of links: the nearest one around a link is its block.
BLOCK_TAGS = frozenset(
    {"div", "ul", "ol", "dl", "p", "section", "aside", "footer", "header", "nav", "article", "main", "body",
     "td", "table", "form", "details", "marquee", "center", "span", "font", "noscript"}
)  # fmt: skip


def largest_new_block(page: Page, seen: set[str], config: LinkInfluxConfig = _DEFAULT) -> list[str]:
    """The never-seen outbound domains of the block that links to most of them (sorted)."""
    own = own_domain(page)
    blocks: dict[int, set[str]] = {}
    for anchor in page.tree.css("a[href]")[: config.max_anchors]:
        domain = foreign_domain(anchor.attributes.get("href") or "", page.url, own)
        if not domain or domain in seen or len(visible_text(anchor).strip()) < config.min_text:
            continue
        node = anchor.parent
        while node is not None and node.tag not in BLOCK_TAGS:
            node = node.parent
        blocks.setdefault(node.mem_id if node is not None else 0, set()).add(domain)
    largest: set[str] = max(blocks.values(), key=lambda domains: len(domains), default=set())
    return sorted(largest)


def outbound_domains(page: Page, data: DataLinksConfig = _DATA) -> set[str]:
    """The page's outbound domains: linked, shown as images and linked as data."""
    return link_domains(page) | {d for block in data_link_blocks(page, data) for d in block}


def _data_caps(part: ProfilePart) -> int:
    """Captures that counted links carried as data, as ``DATA_VERSION`` reads them (0 for a
    profile that counted fewer containers)."""
    return int(part.get("data_caps", 0)) if part.get("data_version") == DATA_VERSION else 0


class LinkInfluxDetector:
    name: ClassVar[str] = "link_influx"
    needs_history: ClassVar[bool] = True

    config_type: ClassVar[type[LinkInfluxConfig]] = LinkInfluxConfig

    def __init__(self, config: LinkInfluxConfig | None = None, data: DataLinksConfig | None = None) -> None:
        """``data``: how links carried as data are read (``data_links.py``)."""
        self.config = config or LinkInfluxConfig()
        self.data = data or _DATA

    @classmethod
    def from_settings(cls, settings: Settings) -> LinkInfluxDetector:
        return cls(
            tuned(settings, cls.name, LinkInfluxConfig()), tuned(settings, DATA_TUNING, DataLinksConfig())
        )

    def _reads_data(self, part: ProfilePart) -> bool:
        """Whether the profile's record covers links carried as data: from its first capture, or
        for a profile learned before they counted (or before the containers of ``DATA_VERSION``
        counted), after ``data_warmup`` captures that counted them."""
        data_caps = _data_caps(part)
        return data_caps >= min(self.config.data_warmup, int(part.get("caps", 0)))

    def learn(self, part: ProfilePart, page: Page) -> None:
        seen = set(part.get("seen", []))
        domains = outbound_domains(page, self.data)
        caps, data_caps = int(part.get("caps", 0)), _data_caps(part)
        part["data_version"] = DATA_VERSION
        # a profile learned before links in data counted: its first capture with them only shows
        # them (into what it has seen); the next ones count them into its record
        counted = domains if data_caps or not caps else link_domains(page)
        if caps:
            part["max_new"] = max(int(part.get("max_new", 0)), len(counted - seen))
        part["caps"] = caps + 1
        part["data_caps"] = data_caps + 1
        merged, max_seen = seen | domains, self.config.max_seen
        if len(merged) > max_seen:  # keep what the page links to now, then the rest in order
            merged = domains | set(sorted(seen - domains)[: max(0, max_seen - len(domains))])
        part["seen"] = sorted(merged)

    def detect(self, part: ProfilePart, page: Page) -> list[Finding]:
        if not int(part.get("caps", 0)):
            return []
        c = self.config
        record = int(part.get("max_new", 0))
        seen = set(part.get("seen", []))
        reads_data = self._reads_data(part)
        domains = outbound_domains(page, self.data) if reads_data else link_domains(page)
        if len(domains - seen) < max(c.min_new_domains, c.factor * record + 1):
            return []
        block = largest_new_block(page, seen, c)
        for data in data_link_blocks(page, self.data) if reads_data else []:
            if len(data - seen) > len(block):
                block = sorted(data - seen)
        if len(block) < c.min_new_domains:
            return []
        return [
            Finding(
                self.name,
                c.score,
                f"a block of links to {len(block)} domains the site never linked to arrived at once (its "
                f"clean captures added at most {record} at a time): {', '.join(block[: c.shown])}",
                evidence={
                    "discount_on_structure": True,
                    "new_domains": block[: c.evidence_domains],
                    "site_record": record,
                },
            )
        ]
