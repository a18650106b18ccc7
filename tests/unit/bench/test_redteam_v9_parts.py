"""Red-team edition 9's parts: material new against editions 1-8, the required variety, pages
that decode strictly in their declared charsets, and every technique and style splicing cleanly."""

from __future__ import annotations

import html
import random
import re
import unicodedata

import pytest

from bench.redteam.attack import Page
from bench.redteam.charset import page_codec
from bench.redteam.payloads import payload_strings as payload_strings_v1
from bench.redteam.v2.payloads import payload_strings as payload_strings_v2
from bench.redteam.v3.payloads import payload_strings as payload_strings_v3
from bench.redteam.v4.payloads import payload_strings as payload_strings_v4
from bench.redteam.v5.payloads import payload_strings as payload_strings_v5
from bench.redteam.v6.payloads import payload_strings as payload_strings_v6
from bench.redteam.v7.payloads import payload_strings as payload_strings_v7
from bench.redteam.v8.payloads import payload_strings as payload_strings_v8
from bench.redteam.v9.data.slogans import SLOGANS
from bench.redteam.v9.data.spam import ANCHORS
from bench.redteam.v9.hiding import HIDING
from bench.redteam.v9.pages import deface_page, legit_page
from bench.redteam.v9.payloads import payload_strings
from bench.redteam.v9.script import script
from bench.redteam.v9.script_styles import STYLES
from bench.redteam.v9.seo_spam import seo_spam
from bench.redteam.v9.tamper import WAYS, tamper

EARLIER = (
    payload_strings_v1,
    payload_strings_v2,
    payload_strings_v3,
    payload_strings_v4,
    payload_strings_v5,
    payload_strings_v6,
    payload_strings_v7,
    payload_strings_v8,
)
PAGE = (
    '<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Heimatblatt</title>'
    '<meta name="description" content="Nachrichten aus dem Tal"></head><body>'
    '<nav><a href="/politik/">Politik</a> <a href="/kultur/">Kultur</a></nav><main>'
    + "".join(
        f'<article><a href="/tal/meldung-{i}.html"><span>Tal</span><h2>Meldung Nummer {i} über den Bau der '
        "neuen Brücke, sagt die Regierung"
        f'</h2></a><img src="/{i}.jpg" alt="Bagger an der Baustelle Nummer {i}"><p>Ein längerer Vorspann '
        "zur Meldung, "
        f"mit mehr als vierzig Zeichen Text.</p></article>"
        for i in range(6)
    )
    + "</main><footer><p>Heimatblatt Verlag, Impressum und Kontakt</p></footer></body></html>"
)


def _norm(text: str) -> str:
    return unicodedata.normalize("NFKC", text).strip().lower()


def test_material_is_new_against_editions_1_to_8() -> None:
    earlier = {_norm(s) for made in EARLIER for strings in made().values() for s in strings}
    clashes = [(k, s) for k, strings in payload_strings().items() for s in strings if _norm(s) in earlier]
    assert not clashes, clashes


def test_the_required_variety() -> None:
    required = {"zh-Hans", "zh-Hant", "ja", "ko", "ar", "fa", "ru", "tr", "id", "vi", "hi", "es", "pt", "en"}
    assert required <= set(SLOGANS) and len(SLOGANS) >= 14
    assert len(HIDING) >= 12 and len(STYLES) >= 8 and len(ANCHORS) >= 8 and len(WAYS) >= 8
    strings = [s for found in payload_strings().values() for s in found]
    assert len(strings) == len({_norm(s) for s in strings})


def test_pages_decode_strictly_in_their_declared_charsets() -> None:
    seen = set()
    for index in range(150):
        item = legit_page(index, 9009)
        text = item.data.decode(page_codec(item.data))  # strict
        assert not re.search(rb"&#\d", item.data), item.info
        seen.add(str(item.info["charset"]))
    for index in range(120):
        item = deface_page(index, 9009)
        item.data.decode(page_codec(item.data))
        seen.add(str(item.info["charset"]))
        assert item.label == "defaced"
    assert {"gbk", "big5", "shift_jis", "euc-kr", "windows-1251", "windows-1256", "euc-jp"} <= seen
    assert {"gb2312", "gb18030", "iso-8859-2", "koi8-r"} & seen
    assert text


def _check(raw: bytes, data: bytes, edits: list) -> list[str]:
    rebuilt, pos, new = b"", 0, []
    for edit in edits:
        rebuilt += raw[pos : edit.start] + data[edit.out_start : edit.out_start + edit.length]
        new.append(data[edit.out_start : edit.out_start + edit.length].decode())
        pos = edit.end
    assert rebuilt + raw[pos:] == data
    return new


@pytest.mark.parametrize("technique", sorted(HIDING))
def test_every_hiding_technique_hides_the_links_it_claims(technique: str) -> None:
    raw = PAGE.encode()
    page = Page(raw, "text/html; charset=utf-8", "https://www.heimatblatt.example/")
    result = seo_spam(page, random.Random(technique), technique, ["de", "th"])
    (block,) = _check(raw, result.data, result.edits)
    assert block.count("<a ") == result.info["links"] and 18 <= int(str(result.info["links"])) <= 48


@pytest.mark.parametrize("style", sorted(STYLES))
def test_every_script_style_adds_one_foreign_piece(style: str) -> None:
    raw = PAGE.encode()
    page = Page(raw, "text/html; charset=utf-8", "https://www.heimatblatt.example/", (raw,))
    result = script(page, random.Random(style), style)
    (block,) = _check(raw, result.data, result.edits)
    assert str(result.info["domain"]).encode() not in raw and block.startswith(("<script", "<img", "<svg"))


@pytest.mark.parametrize("way", WAYS)
def test_every_tamper_way_rewrites_only_existing_texts(way: str) -> None:
    raw = PAGE.encode()
    page = Page(raw, "text/html; charset=utf-8", "https://www.heimatblatt.example/")
    result = tamper(page, random.Random(way), way)
    new = _check(raw, result.data, result.edits)
    for edit, text in zip(result.edits, new, strict=True):
        old = raw[edit.start : edit.end].decode()
        assert "<" not in old + text and ">" not in old + text  # a text or attribute value, never markup
        assert html.unescape(text).strip() in {t.strip() for t in result.info["texts"]} | {
            html.unescape(t).strip() for t in result.info["texts"]
        }
