"""The page's charset, byte-exact decoding, and payload text escaped for that charset."""

from __future__ import annotations

import codecs
import html
import re

# WHATWG treats these labels as the wider encodings, as browsers do.
_WHATWG = {
    "gb2312": "gbk",
    "x-gbk": "gbk",
    "gbk": "gbk",
    "gb18030": "gb18030",
    "big5": "big5hkscs",
    "big5-hkscs": "big5hkscs",
    "shift_jis": "cp932",
    "shift-jis": "cp932",
    "sjis": "cp932",
    "windows-31j": "cp932",
    "euc-kr": "cp949",
    "ks_c_5601-1987": "cp949",
    "iso-8859-1": "cp1252",
    "latin1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
}
_HEADER = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.I)
_META = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([\w.:-]+)", re.I)


def codec_for(label: str) -> str:
    """A Python codec name for a charset label (``utf-8`` when unknown)."""
    name = label.strip().lower()
    name = _WHATWG.get(name, name)
    try:
        return codecs.lookup(name).name
    except LookupError:
        return "utf-8"


def page_codec(raw: bytes, content_type: str | None = None) -> str:
    """The codec a browser would use: the header's charset, else the first meta charset."""
    if content_type:
        found = _HEADER.search(content_type)
        if found:
            return codec_for(found.group(1))
    meta = _META.search(raw[:8192])
    if meta:
        return codec_for(meta.group(1).decode("ascii", "replace"))
    return "utf-8"


def decode(raw: bytes, codec: str) -> str:
    """Text whose every character maps back to the same bytes (``surrogateescape``)."""
    return raw.decode(codec, "surrogateescape")


def encodable(text: str, codec: str) -> str:
    """``text`` with every character the codec lacks written as a numeric character reference."""
    return text.encode(codec, "xmlcharrefreplace").decode(codec)


def html_text(text: str, codec: str) -> str:
    """Plain text escaped for an HTML text node or attribute, encodable in ``codec``."""
    return encodable(html.escape(text, quote=True), codec)
