"""What a site's front page shows at one capture: its list boxes, banner, tags, counter and the day's
special states (mourning greyscale, an emergency notice), and the CMS's article URL shapes."""

# ruff: noqa: E501

from __future__ import annotations

import random
from dataclasses import dataclass, field, replace
from datetime import datetime

from .sites import Site


@dataclass(frozen=True)
class Item:
    title: str
    url: str
    when: datetime


@dataclass
class State:
    now: datetime
    columns: dict[str, list[Item]]
    banner: int
    vendors: list[str]
    counter: int
    build: str
    ids: dict[str, str]  # the site's fixed vendor ids
    mourning: bool = False
    alert: str | None = None
    redesigned: bool = False
    next_id: int = 0
    extra: dict[str, str] = field(default_factory=dict)

    def copy(self) -> State:
        return replace(
            self, columns={k: list(v) for k, v in self.columns.items()}, vendors=list(self.vendors)
        )


def article_url(site: Site, family: str, column: int, when: datetime, num: int) -> str:
    """The article address the CMS of ``family`` gives an item."""
    y, m, d = when.year, when.month, when.day
    col = 1229 + 17 * column
    if family == "hanweb":
        return f"/art/{y}/{m}/{d}/art_{col}_{num}.html"
    if family == "trs":
        section = ("xwzx/ywdt", "zwgk/tzgg", "zwgk/zcwj", "zwgk/zcjd", "xwzx/jcdt")[column % 5]
        return f"/{section}/{y}{m:02d}/t{y}{m:02d}{d:02d}_{num}.html"
    if family == "spa":
        return f"/col/col{col}/art/{num}.html?tab=detail"
    if family == "dede":
        return f"/a/{('xinwen', 'xiangzhen', 'shipin', 'minsheng', 'zhuanti')[column % 5]}/{y}{m:02d}{d:02d}/{num}.html"
    if family == "phpcms":
        return f"/html/{y}/{m:02d}{d:02d}/{num}.html"
    if family == "empire":
        return f"/news/{y}-{m:02d}-{d:02d}/doc-i{num}.shtml"
    if family == "vsb":
        return f"/info/{1032 + column}/{num % 100000}.htm"
    if family == "drupal":
        return f"/node/{num % 1000000}"
    if family == "wordpress":
        return f"/{y}/{m:02d}/{d:02d}/{num % 100000}/"
    if family == "govhk":
        return f"/tc/Publications_Publicity/Press_Releases/{y}/{m:02d}/{num % 10000}.html"
    if family == "jpcms":
        return f"/site/{('bousai', 'kenmin', 'kouhou')[column % 3]}/{num % 100000}.html"
    if family == "egov":
        return f"/planweb/board/view.9is?dataUid={num:x}&boardUid=9be517a74f8dee91014f90e{column}a&contentUid=ff8080818990c349018b0{m:02d}"
    return f"/{num}.html"


def new_item(site: Site, family: str, column: int, title: str, when: datetime, rng: random.Random) -> Item:
    return Item(title, article_url(site, family, column, when, 100000 + rng.randrange(10**7)), when)
