"""What one capture of a site shows: the item lists and the page furniture around them."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime


@dataclass(frozen=True)
class Item:
    title: str
    day: str  # the date shown beside it
    href: str
    section: int


@dataclass(frozen=True)
class State:
    when: datetime
    items: tuple[Item, ...]
    charset: str
    declare: str
    skin: int = 0  # 0: the old design, 1: after the redesign
    scheme: str = "http"
    vendors: tuple[str, ...] = ()
    banner: str | None = None
    mourning: bool = False
    alert: str | None = None
    switcher: bool = False
    a11y: bool = False
    order: tuple[int, ...] = (0, 1, 2, 3, 4)
    asset_version: str = "20240101"
    visits: int = 1000
    extra_column: str | None = None
    flags: dict[str, str] = field(default_factory=dict)

    def but(self, **changes: object) -> State:
        return replace(self, **changes)  # type: ignore[arg-type]
