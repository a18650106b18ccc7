"""What a CJK site is, and what one capture of its front page shows (a ``View`` a template renders)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class Site:
    key: str
    name: str
    host: str
    path: str
    lang: str  # zh-Hans, zh-Hant or ja
    charset: str  # the label the page and/or server gives
    codec: str  # what the site's CMS really writes (gbk under a gb2312 label, big5hkscs under big5)
    transport: str  # where the label is: "header+meta", "meta" or "header"
    kind: str
    template: str
    redesign: str | None  # the template after a redesign, if the site ever gets one
    cadence: tuple[int, ...]  # hours between captures to draw from
    sections: tuple[tuple[str, str, int], ...]  # (section key, text register, items shown)
    group: str  # the vendor group (vendors.BASE): gov, news, live, hk, mo, uni, tw or jp
    url_format: str  # the CMS's article addresses: {sec} {col} {y} {m} {d} {ym} {ymd} {serial}
    site_code: str = ""  # 网站标识码 and similar
    icp: str = ""
    redesign_charset: str | None = None  # a redesign that also moves the site to another charset

    @property
    def url(self) -> str:
        return f"https://{self.host}{self.path}"


@dataclass(frozen=True)
class Item:
    title: str
    href: str
    when: datetime
    note: str = ""  # a source, a place or a teaser


@dataclass
class View:
    site: Site
    when: datetime
    sections: dict[str, list[Item]]
    banner: int
    counter: int
    vendors: list[str]
    notice: str | None = None
    mourning: bool = False
    redesigned: bool = False
    extras: dict[str, str] = field(default_factory=dict)

    def items(self, key: str) -> list[Item]:
        return self.sections.get(key, [])
