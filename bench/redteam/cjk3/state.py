"""What one capture of a site shows: the input of a layout."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from .content import Item
from .sites import Site


@dataclass
class State:
    site: Site
    when: datetime
    items: list[Item]  # newest first
    layout: str
    gen: int  # 0 before a redesign, 1 after
    banner: int  # which rotating banner is up
    scripts: tuple[str, ...]  # vendor tags present (keys of vendors.VENDORS)
    mourning: bool = False  # national mourning day: the whole page in greyscale
    alert: str = ""  # an emergency notice at the top ("" none)
    counter: int = 0  # visitor counter
    phone: str = ""  # the hotline in the footer
    edits: dict[int, str] = field(default_factory=dict)  # item k -> title shown instead (tamper)
    columns: tuple[str, ...] = ()

    def title(self, it: Item) -> str:
        return self.edits.get(it.k, it.title_at(self.when))

    def column(self, index: int, count: int) -> list[Item]:
        return [it for it in self.items if it.column == index][:count]
