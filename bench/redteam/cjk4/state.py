"""What one capture of a site shows: its columns of dated links, the focus stories, banners,
notices, vendor tags and the page's template family, charset and scheme."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime


@dataclass(frozen=True)
class Item:
    title: str
    url: str
    date: datetime


@dataclass
class State:
    when: datetime
    family: str
    columns: tuple[str, ...]
    lists: list[list[Item]]
    focus: list[Item]
    charset: str
    https: bool
    vendors: list[str] = field(default_factory=list)
    banner: str | None = None
    emergency: str | None = None
    mourning: bool = False
    counter: int = 0
    account: int = 0
    build: str = ""  # a cache-busting version string the CMS writes into asset URLs

    def copy(self) -> State:
        return replace(
            self,
            lists=[list(items) for items in self.lists],
            focus=list(self.focus),
            vendors=list(self.vendors),
        )
