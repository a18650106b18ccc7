"""Build the legitimate message-shaped pages and write them as a corpus's page task."""

from __future__ import annotations

import hashlib
import json
import random
from dataclasses import dataclass
from pathlib import Path

from .kinds import KINDS
from .scaffold import Brand, Scaffold, footer, head, header, latin_name, new_scaffold, wrap
from .servers import SERVERS
from .texts_a import TEXTS_A
from .texts_b import TEXTS_B

DEFAULT_SEED = 20261207
PAGES_PER_KIND_AND_LANGUAGE = 2
CORPUS_WEIGHT = 0.3  # weight of each page in training (labels.json "weight")
# Share of the http-error pages that are a web server's or proxy's own default page (nginx, Apache,
# IIS, Tomcat, an edge proxy). 0 for training: such a page is one self-contained centred file, the
# very shape of a dropped defacement page, and with them in training real defacement pages of an
# unseen source were caught less (bench.loso, dev held out); ``--server-share`` writes them for
# evaluation.
SERVER_PAGE_SHARE = 0.0
LATIN_BRAND_SHARE = 0.5  # pages of a non-Latin language whose brand is shown in Latin letters
RTL = ("ar", "fa")
# (meta label, Python codec) a page of the language may be written in; utf-8 is always possible
CHARSETS: dict[str, tuple[tuple[str, str], ...]] = {
    "zh-Hans": (("gb2312", "gbk"), ("GBK", "gbk"), ("gb18030", "gb18030")),
    "zh-Hant": (("big5", "big5hkscs"),),
    "ja": (("Shift_JIS", "cp932"), ("EUC-JP", "euc_jp")),
    "ko": (("euc-kr", "cp949"),),
    "ru": (("windows-1251", "cp1251"), ("koi8-r", "koi8_r")),
    "ar": (("windows-1256", "cp1256"),),
    "tr": (("windows-1254", "cp1254"), ("iso-8859-9", "iso8859_9")),
    "de": (("iso-8859-1", "cp1252"), ("windows-1252", "cp1252")),
    "es": (("iso-8859-1", "cp1252"),),
    "pt": (("iso-8859-1", "cp1252"),),
    "fr": (("windows-1252", "cp1252"),),
}
LEGACY_SHARE = 0.35  # pages written in a legacy charset where the language has one
TLDS: dict[str, tuple[str, ...]] = {
    "en": ("com", "net", "co.uk", "io", "org"),
    "de": ("de", "at", "ch"),
    "es": ("es", "com.mx", "com.ar"),
    "pt": ("com.br", "pt"),
    "fr": ("fr", "be"),
    "ru": ("ru", "su"),
    "tr": ("com.tr",),
    "id": ("co.id", "id"),
    "vi": ("vn", "com.vn"),
    "hi": ("in", "co.in"),
    "ar": ("com.sa", "ae", "com.eg"),
    "fa": ("ir", "com"),
    "zh-Hans": ("cn", "com.cn", "com"),
    "zh-Hant": ("com.tw", "com.hk"),
    "ja": ("jp", "co.jp"),
    "ko": ("co.kr", "kr"),
}


def parse_texts(block: str) -> dict[str, str]:
    pairs = (line.split(" = ", 1) for line in block.strip().splitlines() if " = " in line)
    return {key.strip(): value.strip() for key, value in pairs}


LANGUAGES: dict[str, dict[str, str]] = {
    code: parse_texts(block) for code, block in {**TEXTS_A, **TEXTS_B}.items()
}


@dataclass(frozen=True)
class GeneratedPage:
    page_id: str
    kind: str
    language: str
    charset: str
    body: bytes


def _brand(rng: random.Random, lang: str, texts: dict[str, str]) -> Brand:
    latin = latin_name(rng)
    host = f"www.{latin.lower()}.{rng.choice(TLDS[lang])}"
    parts = texts["brand_parts"].split("|")
    native = rng.choice(parts) + rng.choice(("", " ")) * (lang not in ("zh-Hans", "zh-Hant", "ja"))
    native = (native + rng.choice(texts["brand_suffix"].split("|"))).strip()
    if native.isascii() or rng.random() < LATIN_BRAND_SHARE:
        return Brand(latin, host)
    return Brand(native, host)


def _charset(rng: random.Random, lang: str) -> tuple[str, str]:
    choices = CHARSETS.get(lang, ())
    if choices and rng.random() < LEGACY_SHARE:
        return rng.choice(choices)
    return rng.choice(("utf-8", "UTF-8")), "utf-8"


def _document(sc: Scaffold, lang: str, charset: str, kind: str, texts: dict[str, str]) -> str:
    title, inner, css = KINDS[kind](sc, texts)
    body = header(sc) + wrap(sc, inner) + footer(sc, texts, lang)
    direction = ' dir="rtl"' if lang in RTL else ""
    lang_attr = f' lang="{lang}"' if sc.rng.random() < 0.7 else ""
    doctype = sc.rng.choice(
        (
            "<!DOCTYPE html>",
            "<!doctype html>",
            "",
            '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML '
            '1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">',
        )
    )
    description = texts.get(f"{kind.split('-')[0]}_line", "")
    return (
        f"{doctype}\n<html{lang_attr}{direction}>{head(sc, lang, charset, title, description, css)}\n"
        f'<body class="{sc.cls(kind)}">{body}</body></html>\n'
    )


def build_page(
    index: int, seed: int = DEFAULT_SEED, server_share: float = SERVER_PAGE_SHARE
) -> GeneratedPage:
    """The ``index``-th page: kinds and languages dealt in turn, everything else drawn from the seed."""
    rng = random.Random(f"{seed}:legit-message:{index}")
    kinds = tuple(KINDS)
    langs = tuple(LANGUAGES)
    kind = kinds[index % len(kinds)]
    lang = langs[(index // len(kinds)) % len(langs)]
    texts = LANGUAGES[lang]
    brand = _brand(rng, lang, texts)
    label, codec = _charset(rng, lang)
    if kind == "http-error" and rng.random() < server_share:
        server = rng.choice(tuple(SERVERS))
        document, label, codec = SERVERS[server](rng, brand.host), "utf-8", "utf-8"
    else:
        document = _document(new_scaffold(rng, brand), lang, label, kind, texts)
    try:
        body = document.encode(codec)
    except UnicodeEncodeError:  # a character the legacy charset lacks: written as UTF-8, labelled so
        body = (
            document.replace(f"charset={label}", "charset=utf-8")
            .replace(f'charset="{label}"', 'charset="utf-8"')
            .encode("utf-8")
        )
        label = "utf-8"
    digest = hashlib.sha256(f"{seed}:{index}".encode()).hexdigest()[:12]
    return GeneratedPage(f"m-{digest}", kind, lang, label, body)


def page_count() -> int:
    return len(KINDS) * len(LANGUAGES) * PAGES_PER_KIND_AND_LANGUAGE


def write_corpus(
    out: Path, seed: int = DEFAULT_SEED, count: int | None = None, server_share: float = SERVER_PAGE_SHARE
) -> dict[str, dict[str, str]]:
    """Write ``out/labels.json`` and ``out/pages/<id>.html`` (the corpus layout's page task)."""
    pages_dir = out / "pages"
    pages_dir.mkdir(parents=True, exist_ok=True)
    labels: dict[str, dict[str, str]] = {}
    for index in range(page_count() if count is None else count):
        page = build_page(index, seed, server_share)
        (pages_dir / f"{page.page_id}.html").write_bytes(page.body)
        labels[page.page_id] = {
            "label": "legit",
            "family": page.kind,
            "language": page.language,
            "charset": page.charset,
        }
    # The pages are written in 16 languages already: no transplants or condensed copies (see
    # tamperwatch.detect.classifier.prepare.corpus_augments).
    corpus = {"scenarios": {}, "pages": labels, "augment": False, "weight": CORPUS_WEIGHT}
    text = json.dumps(corpus, ensure_ascii=False, indent=1, sort_keys=True)
    (out / "labels.json").write_text(text, encoding="utf-8")
    return labels
