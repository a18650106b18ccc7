"""Decode a response body to text whatever charset the server claims (attackers lie)."""

from __future__ import annotations

import codecs
import re

_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]{1,40})""", re.IGNORECASE
)


def _charset_from_content_type(content_type: str) -> str:
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset":
            return value.strip().strip("\"'")
    return ""


def _known(name: str) -> str:
    if not name:
        return ""
    try:
        return codecs.lookup(name).name
    except (LookupError, ValueError):  # unknown name, or one with NUL bytes
        return ""


def _plausible(charset: str, body: bytes) -> str:
    """Drop a UTF-16/32 claim on a body without NUL bytes: it is ASCII-compatible text that lies."""
    if charset.startswith(("utf-16", "utf-32", "utf_16", "utf_32")) and b"\x00" not in body[:1024]:
        return ""
    return charset


_LATIN_LABELS = ("", "ascii", "latin-1", "iso8859-1", "cp1252")


def _declared(body: bytes, content_type: str) -> str:
    """The charset a BOM, the header or <meta charset> declares (plausible ones only), or ''."""
    if body.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if body.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    charset = _plausible(_known(_charset_from_content_type(content_type)), body)
    if not charset:
        match = _META_CHARSET.search(body[:4096])
        charset = _plausible(_known(match.group(1).decode("ascii", "ignore")) if match else "", body)
    return charset


def body_charset(body: bytes, content_type: str = "") -> str:
    """The codec ``decode_body`` uses for ``body``."""
    charset = _declared(body, content_type)
    if charset in _LATIN_LABELS:
        try:
            body.decode("utf-8")
            return "utf-8"
        except UnicodeDecodeError:
            return charset or "cp1252"
    return charset


def decode_body(body: bytes, content_type: str = "") -> str:
    """Decode ``body``: BOM, then the header charset, then <meta charset>, then UTF-8.

    Unknown charset names are ignored; undecodable bytes are replaced, never raised.
    """
    if not body:
        return ""
    charset = _declared(body, content_type)
    if charset in _LATIN_LABELS:
        # Labels of 'latin-1' are most often UTF-8 in practice; try UTF-8 strictly first.
        try:
            return body.decode("utf-8")
        except UnicodeDecodeError:
            return body.decode(charset or "cp1252", "replace")
    try:
        return body.decode(charset, "replace")
    except (LookupError, ValueError):
        return body.decode("utf-8", "replace")
