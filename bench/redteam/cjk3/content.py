"""What a site has published by a given time: an endless, deterministic feed of items (title, URL,
column, publish time), some of whose titles are edited a while after publication."""

# ruff: noqa: RUF001

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from .data import vocab_hant, vocab_jako, vocab_zh
from .sites import Site

EPOCH = datetime(2023, 1, 2, 8, 0)  # the feed's item 0 of every site
EDITED_SHARE = 0.12  # items whose headline is corrected after publication
EDIT_AFTER_HOURS = (1, 30)
JITTER = 0.4  # of the mean gap between two items
_SLOT = re.compile(r"\{(\w+)\}")
_MORE = {"zh-Hans": ("（附解读）", "（更新）", "（第二批）", "（修订）"),
         "zh-Hant": ("（更新）", "（附圖）", "（修訂）"),
         "ja": ("（更新）", "（追記あり）"), "ko": (" (수정)", " (연장)")}  # fmt: skip


@dataclass(frozen=True)
class Item:
    k: int  # its number in the site's feed
    title: str
    url: str
    column: int  # index into the layout's columns
    published: datetime
    edited_at: datetime | None = None
    edited_title: str = ""

    def title_at(self, when: datetime) -> str:
        if self.edited_at is not None and when >= self.edited_at:
            return self.edited_title
        return self.title


def _vocab(site: Site) -> tuple[tuple[str, ...], dict[str, tuple[str, ...]]]:
    for module in (vocab_zh, vocab_hant, vocab_jako):
        if site.topic in module.TOPICS:
            patterns, slots = module.TOPICS[site.topic]
            return patterns, {**module.COMMON, **slots}
    raise KeyError(site.topic)


def fill(pattern: str, slots: dict[str, tuple[str, ...]], rng: random.Random) -> str:
    text = pattern
    for _ in range(3):  # values may hold slots themselves
        text = _SLOT.sub(lambda m: rng.choice(slots[m.group(1)]) if m.group(1) in slots else m.group(0), text)
    return text


def headline(site: Site, rng: random.Random) -> str:
    patterns, slots = _vocab(site)
    return fill(rng.choice(patterns), slots, rng)


GOV_COLUMNS = (  # mainland portals: which column a title goes to (notices, news, documents, readings)
    (re.compile("解读"), 3),
    (re.compile("办法|规定|细则|方案|意见》|要点"), 2),
    (re.compile("^关于|通知|公告|通告|公示|名单"), 0),
)


OTHER_COLUMNS = (1, 1, 1, 1, 2, 3)  # work news mostly; the rest filed under documents or readings


def column_of(site: Site, title: str, rng: random.Random, columns: int) -> int:
    """The column a CMS editor files the item under: by its kind on mainland government portals
    (a notice under 通知公告, a reading under 政策解读), anywhere on the others."""
    if site.lang == "zh-Hans" and site.topic in ("police", "housing", "county", "tourism") and columns >= 4:
        for pattern, column in GOV_COLUMNS:
            if pattern.search(title):
                return column
        return rng.choice(OTHER_COLUMNS)
    return rng.randrange(columns)


def article_url(site: Site, k: int, when: datetime, column: int) -> str:
    """The URL of item ``k`` in the site's CMS's own scheme."""
    doc = 1_200_000 + k * 7 + column
    col = 1229 + column * 3
    d = when
    schemes = {
        "trs": f"/xxgk/tzgg/{d:%Y%m}/t{d:%Y%m%d}_{doc}.html",
        "jcms": f"/art/{d.year}/{d.month}/{d.day}/art_{col}_{doc % 1000000}.html",
        "seq": f"/content/{d:%Y-%m}/{d:%d}/content_{doc * 3}.html",
        "dated": f"/{d:%Y}/{d:%m%d}/c{column}_{doc}.shtml",
        "vsb": f"/info/{1012 + column}/{doc % 100000}.htm",
        "mo": f"/c/news/detail/{doc % 90000}/",
        "hk": f"/tc/press/{d:%Y%m%d}-{k % 9 + 1}.htm",
        "hkdated": f"/article/{d:%Y%m%d}/s0000{column + 1}/{1700000000 + k * 97}",
        "tw": f"/News_Content.aspx?n={1230 + column}&s={doc % 9000000}",
        "discuz": f"/forum.php?mod=viewthread&tid={31000 + k}",
        "jp": f"/blog/{d:%Y%m%d}_{k % 7 + 1}.html",
        "kr": f"/board/view.do?bbsId=BBSMSTR_00000000000{column}&nttId={20000 + k}",
    }
    return "https://" + site.host + schemes[site.urls]


def item(site: Site, k: int, seed: int, columns: int) -> Item:
    """Item ``k`` of the site's feed (the same for every scenario of the set)."""
    rng = random.Random(f"cjk3:{seed}:{site.key}:{k}")
    gap = 1 / site.per_hour
    published = EPOCH + timedelta(hours=gap * (k + rng.uniform(-JITTER, JITTER)))
    title = headline(site, rng)
    column = column_of(site, title, rng, columns)
    edited_at, edited = None, ""
    if rng.random() < EDITED_SHARE:
        edited_at = published + timedelta(hours=rng.randint(*EDIT_AFTER_HOURS))
        edited = title + rng.choice(_MORE[site.lang])
    url = article_url(site, k, published, column)
    return Item(k, title, url, column, published, edited_at, edited)


def latest(site: Site, when: datetime, count: int, seed: int, columns: int) -> list[Item]:
    """The ``count`` newest items published by ``when``, newest first."""
    top = int((when - EPOCH).total_seconds() / 3600 * site.per_hour) + 2
    found: list[Item] = []
    k = top
    while len(found) < count and k >= 0:
        candidate = item(site, k, seed, columns)
        if candidate.published <= when:
            found.append(candidate)
        k -= 1
    return found
