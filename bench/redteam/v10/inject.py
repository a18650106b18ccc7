# ruff: noqa: E501
"""`inject`: a visible defacement block added to the real page, which stays otherwise intact."""

from __future__ import annotations

import html
import random
from collections.abc import Callable, Mapping

from ..attack import Attack, NotApplicable, Page, insert, splice
from ..charset import encodable
from ..headlines import headline_runs, teaser_of
from .data.slogans import CREWS, SLOGANS
from .deface import RTL

Block = Callable[[str, str, str], str]


def _dialog(slogan: str, crew: str, attrs: str) -> str:
    return (
        f'<dialog open{attrs} style="position:fixed;inset:10vh 10vw;z-index:2147483000;background:#000;'
        f'color:#fff;border:4px solid #c00;font-size:26px;padding:40px"><h2>{crew}</h2><p>{slogan}</p></dialog>'
    )


def _ribbon(slogan: str, crew: str, attrs: str) -> str:
    return (
        f'<div{attrs} style="background:#ffd400;color:#000;font:bold 20px sans-serif;padding:14px;'
        f'text-align:center;border-bottom:3px dashed #000">{slogan} — {crew}</div>'
    )


def _teaser_clone(slogan: str, crew: str, attrs: str) -> str:
    return f'<article{attrs} class="teaser"><h2>{crew}</h2><p>{slogan}</p></article>'


def _side_sticker(slogan: str, crew: str, attrs: str) -> str:
    return (
        f'<aside{attrs} style="position:fixed;right:0;top:30%;width:260px;background:#101820;color:#f2aa4c;'
        f'padding:18px;transform:rotate(-3deg);z-index:99999"><strong>{crew}</strong><br>{slogan}</aside>'
    )


def _details_open(slogan: str, crew: str, attrs: str) -> str:
    return f'<details open{attrs} style="font-size:22px;border:2px solid red;margin:12px"><summary>{crew}</summary>{slogan}</details>'


def _pseudo_content(slogan: str, crew: str, attrs: str) -> str:
    """The words live in CSS ``content``: visible, but not in the page's text nodes."""
    text = (slogan + " — " + crew).replace("\\", "").replace('"', "'")
    return (
        f'<style>body::before{{content:"{text}";display:block;background:#222;color:#0f0;'
        f"font-size:24px;padding:24px;text-align:center}}</style><span{attrs}></span>"
    )


PLACES = ("body-start", "before-first-teaser", "body-end")
BLOCKS: Mapping[str, Block] = {
    "open-dialog": _dialog,
    "yellow-ribbon": _ribbon,
    "teaser-lookalike": _teaser_clone,
    "rotated-sticker": _side_sticker,
    "open-details": _details_open,
    "css-before-content": _pseudo_content,
}


def _where(page: Page, place: str) -> int:
    if place == "body-start":
        return page.body().inner
    if place == "body-end":
        return page.body_end()
    runs = headline_runs(page.scan)
    box = teaser_of(runs[0], len(page.text)) if runs else None
    if box is None:
        raise NotApplicable("no teaser to stand before")
    return box.start


def inject(page: Page, rng: random.Random, lang: str, block: str) -> Attack:
    place = rng.choice(PLACES)
    slogan = encodable(html.escape(rng.choice(SLOGANS[lang])), page.codec)
    crew = encodable(html.escape(rng.choice(CREWS)), page.codec)
    attrs = f' lang="{lang}"' + (' dir="rtl"' if lang in RTL else "")
    markup = BLOCKS[block](slogan, crew, attrs)
    info: dict[str, object] = {"block": block, "place": place, "lang": lang}
    return splice(page, [insert(_where(page, place), markup)], info)
