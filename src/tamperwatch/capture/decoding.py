"""Decode a response body to text as a browser does, whatever charset the server claims.

Browsers follow the WHATWG Encoding Standard and HTML's encoding sniffing; so does this module,
because what the detectors read should be what a visitor sees. The order:

1. a byte order mark (UTF-8, UTF-16LE, UTF-16BE);
2. the ``charset`` of the Content-Type header;
3. ``<meta charset=...>`` or ``<meta http-equiv="Content-Type" content="...; charset=...">`` found
   by HTML's prescan of the first 1024 bytes (a meta naming UTF-16 means UTF-8);
4. an unlabelled body that is valid UTF-8 is UTF-8 (one cut mid-character at its end by the
   body size cap too: the browser would have had the rest);
5. otherwise a meta later in the first 64 KB (a browser's parser re-decodes when it meets one);
6. otherwise a detector's guess (cchardet) over 16 KB from just before the first non-ASCII byte,
   and windows-1252 when it has none (or names UTF-16 or an encoding browsers never guess).

Labels name encodings by the Standard's table (``_ENCODINGS``): ``gb2312``/``gbk``/``x-gbk`` are GBK,
which is read with the GB18030 decoder; ``big5`` is Big5-HKSCS; ``shift_jis`` is Microsoft's cp932;
``euc-kr`` is cp949 (UHC); ``latin1``, ``iso-8859-1`` and ``ascii`` are windows-1252; ``iso-2022-kr``,
``hz-gb-2312`` and the other ``replacement`` labels decode any body to a single U+FFFD. Labels the
table lacks are ignored. Undecodable bytes become U+FFFD; nothing here raises.

Two departures from browsers, both deliberate and older than the table:

* a windows-1252 label (``latin1``, ``iso-8859-1``, ``ascii``, ...) on a body that is valid UTF-8
  reads it as UTF-8: such labels are server defaults far more often than the truth, and text that
  is plain ASCII decodes the same either way;
* a UTF-16 header label on a body with no NUL byte in its first 1024 bytes is ignored: that body
  is ASCII-compatible text that lies, which a browser would show as mojibake.
"""

from __future__ import annotations

import codecs
import re
from functools import lru_cache
from typing import TYPE_CHECKING

import cchardet

if TYPE_CHECKING:
    from _typeshed import ReadableBuffer

# The Encoding Standard's encodings and their labels (encoding.spec.whatwg.org, "Names and labels").
_ENCODINGS: dict[str, tuple[str, ...]] = {
    "utf-8": ("unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "utf-8", "utf8", "x-unicode20utf8"),
    "ibm866": ("866", "cp866", "csibm866", "ibm866"),
    "iso-8859-2": (
        "csisolatin2", "iso-8859-2", "iso-ir-101", "iso8859-2", "iso88592", "iso_8859-2",
        "iso_8859-2:1987", "l2", "latin2",
    ),
    "iso-8859-3": (
        "csisolatin3", "iso-8859-3", "iso-ir-109", "iso8859-3", "iso88593", "iso_8859-3",
        "iso_8859-3:1988", "l3", "latin3",
    ),
    "iso-8859-4": (
        "csisolatin4", "iso-8859-4", "iso-ir-110", "iso8859-4", "iso88594", "iso_8859-4",
        "iso_8859-4:1988", "l4", "latin4",
    ),
    "iso-8859-5": (
        "csisolatincyrillic", "cyrillic", "iso-8859-5", "iso-ir-144", "iso8859-5", "iso88595",
        "iso_8859-5", "iso_8859-5:1988",
    ),
    "iso-8859-6": (
        "arabic", "asmo-708", "csiso88596e", "csiso88596i", "csisolatinarabic", "ecma-114",
        "iso-8859-6", "iso-8859-6-e", "iso-8859-6-i", "iso-ir-127", "iso8859-6", "iso88596",
        "iso_8859-6", "iso_8859-6:1987",
    ),
    "iso-8859-7": (
        "csisolatingreek", "ecma-118", "elot_928", "greek", "greek8", "iso-8859-7", "iso-ir-126",
        "iso8859-7", "iso88597", "iso_8859-7", "iso_8859-7:1987", "sun_eu_greek",
    ),
    "iso-8859-8": (
        "csiso88598e", "csisolatinhebrew", "hebrew", "iso-8859-8", "iso-8859-8-e", "iso-ir-138",
        "iso8859-8", "iso88598", "iso_8859-8", "iso_8859-8:1988", "visual",
    ),
    "iso-8859-8-i": ("csiso88598i", "iso-8859-8-i", "logical"),
    "iso-8859-10": (
        "csisolatin6", "iso-8859-10", "iso-ir-157", "iso8859-10", "iso885910", "l6", "latin6",
    ),
    "iso-8859-13": ("iso-8859-13", "iso8859-13", "iso885913"),
    "iso-8859-14": ("iso-8859-14", "iso8859-14", "iso885914"),
    "iso-8859-15": ("csisolatin9", "iso-8859-15", "iso8859-15", "iso885915", "iso_8859-15", "l9"),
    "iso-8859-16": ("iso-8859-16",),
    "koi8-r": ("cskoi8r", "koi", "koi8", "koi8-r", "koi8_r"),
    "koi8-u": ("koi8-ru", "koi8-u"),
    "macintosh": ("csmacintosh", "mac", "macintosh", "x-mac-roman"),
    "windows-874": ("dos-874", "iso-8859-11", "iso8859-11", "iso885911", "tis-620", "windows-874"),
    "windows-1250": ("cp1250", "windows-1250", "x-cp1250"),
    "windows-1251": ("cp1251", "windows-1251", "x-cp1251"),
    "windows-1252": (
        "ansi_x3.4-1968", "ascii", "cp1252", "cp819", "csisolatin1", "ibm819", "iso-8859-1",
        "iso-ir-100", "iso8859-1", "iso88591", "iso_8859-1", "iso_8859-1:1987", "l1", "latin1",
        "us-ascii", "windows-1252", "x-cp1252",
    ),
    "windows-1253": ("cp1253", "windows-1253", "x-cp1253"),
    "windows-1254": (
        "cp1254", "csisolatin5", "iso-8859-9", "iso-ir-148", "iso8859-9", "iso88599", "iso_8859-9",
        "iso_8859-9:1989", "l5", "latin5", "windows-1254", "x-cp1254",
    ),
    "windows-1255": ("cp1255", "windows-1255", "x-cp1255"),
    "windows-1256": ("cp1256", "windows-1256", "x-cp1256"),
    "windows-1257": ("cp1257", "windows-1257", "x-cp1257"),
    "windows-1258": ("cp1258", "windows-1258", "x-cp1258"),
    "x-mac-cyrillic": ("x-mac-cyrillic", "x-mac-ukrainian"),
    "gbk": (
        "chinese", "csgb2312", "csiso58gb231280", "gb2312", "gb_2312", "gb_2312-80", "gbk",
        "iso-ir-58", "x-gbk",
    ),
    "gb18030": ("gb18030",),
    "big5": ("big5", "big5-hkscs", "cn-big5", "csbig5", "x-x-big5"),
    "euc-jp": ("cseucpkdfmtjapanese", "euc-jp", "x-euc-jp"),
    "iso-2022-jp": ("csiso2022jp", "iso-2022-jp"),
    "shift_jis": (
        "csshiftjis", "ms932", "ms_kanji", "shift-jis", "shift_jis", "sjis", "windows-31j", "x-sjis",
    ),
    "euc-kr": (
        "cseuckr", "csksc56011987", "euc-kr", "iso-ir-149", "korean", "ks_c_5601-1987",
        "ks_c_5601-1989", "ksc5601", "ksc_5601", "windows-949",
    ),
    "replacement": (
        "csiso2022kr", "hz-gb-2312", "iso-2022-cn", "iso-2022-cn-ext", "iso-2022-kr", "replacement",
    ),
    "utf-16be": ("unicodefffe", "utf-16be"),
    "utf-16le": (
        "csunicode", "iso-10646-ucs-2", "ucs-2", "unicode", "unicodefeff", "utf-16", "utf-16le",
    ),
    "x-user-defined": ("x-user-defined",),
}  # fmt: skip
LABELS: dict[str, str] = {label: name for name, labels in _ENCODINGS.items() for label in labels}

_REPLACEMENT = "whatwg-replacement"  # registered below: Python has neither of these two
_USER_DEFINED = "whatwg-x-user-defined"

# The Python codec that decodes each encoding (the closest one where they differ in a few bytes).
CODECS: dict[str, str] = {
    "utf-8": "utf-8",
    "ibm866": "cp866",
    **{f"iso-8859-{n}": f"iso8859-{n}" for n in (2, 3, 4, 5, 6, 7, 8, 10, 13, 14, 15, 16)},
    "iso-8859-8-i": "iso8859-8",  # the same bytes; '-i' only says the text is in logical order
    "koi8-r": "koi8-r",
    "koi8-u": "koi8-u",
    "macintosh": "mac-roman",
    "windows-874": "cp874",
    **{f"windows-125{n}": f"cp125{n}" for n in range(9)},
    "x-mac-cyrillic": "mac-cyrillic",
    "gbk": "gb18030",  # the Standard's GBK decoder is its GB18030 decoder
    "gb18030": "gb18030",
    "big5": "big5hkscs",
    "euc-jp": "euc_jp",
    "iso-2022-jp": "iso2022_jp",
    "shift_jis": "cp932",  # with the NEC and IBM extensions (①, ㈱) that browsers decode
    "euc-kr": "cp949",  # the Standard's EUC-KR is Microsoft's UHC
    "replacement": _REPLACEMENT,
    "utf-16be": "utf-16-be",
    "utf-16le": "utf-16-le",
    "x-user-defined": _USER_DEFINED,
}

_HEAD_BYTES = 1024  # what HTML's prescan reads
_LATE_META_BYTES = 64 * 1024
_DETECT_BYTES = 16 * 1024  # CJK pages are told apart on 2 KB; 16 KB costs about 1.4 ms
_MAX_CACHED_HEADER = 256
_ASCII_WS = "\t\n\f\r "
# cchardet's names that are not labels in the table, and the encodings they mean
_DETECTOR_NAMES = {
    "uhc": "euc-kr",
    "cp949": "euc-kr",
    "maccyrillic": "x-mac-cyrillic",
    "mac-cyrillic": "x-mac-cyrillic",
    "utf-8-sig": "utf-8",
}
_NEVER_GUESSED = frozenset({"replacement", "utf-16be", "utf-16le", "x-user-defined"})


def _replacement_decode(data: ReadableBuffer, errors: str = "strict") -> tuple[str, int]:
    size = memoryview(data).nbytes
    return ("\ufffd" if size else ""), size


def _replacement_encode(text: str, errors: str = "strict") -> tuple[bytes, int]:
    return codecs.utf_8_encode(text, errors)  # the Standard encodes 'replacement' pages as UTF-8


_USER_DEFINED_TABLE = "".join(chr(b if b < 0x80 else 0xF700 + b) for b in range(256))
_USER_DEFINED_ENCODING = codecs.charmap_build(_USER_DEFINED_TABLE)


def _user_defined_decode(data: ReadableBuffer, errors: str = "strict") -> tuple[str, int]:
    return codecs.charmap_decode(data, errors, _USER_DEFINED_TABLE)


def _user_defined_encode(text: str, errors: str = "strict") -> tuple[bytes, int]:
    return codecs.charmap_encode(text, errors, _USER_DEFINED_ENCODING)


def _search_codec(name: str) -> codecs.CodecInfo | None:
    """Python's codec registry gets the two encodings it lacks (``body_charset`` may name them)."""
    if name == "whatwg_replacement":
        return codecs.CodecInfo(_replacement_encode, _replacement_decode, name=_REPLACEMENT)
    if name == "whatwg_x_user_defined":
        return codecs.CodecInfo(_user_defined_encode, _user_defined_decode, name=_USER_DEFINED)
    return None


codecs.register(_search_codec)


def encoding_for_label(label: str) -> str:
    """The Standard's encoding for ``label`` (trimmed, any case), or '' when it names none."""
    return LABELS.get(label.strip(_ASCII_WS).lower(), "") if label.isascii() else ""


def _header_encoding_uncached(content_type: str) -> str:
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset":
            return encoding_for_label(value.strip().strip("\"'"))
    return ""


_header_encoding = lru_cache(maxsize=512)(_header_encoding_uncached)


# HTML's "prescan a byte stream to determine its encoding", over bytes (linear: each step consumes).
_META_OPEN = re.compile(rb"<meta[\t\n\f\r /]", re.IGNORECASE)
_TAG_OPEN = re.compile(rb"</?[A-Za-z][^\t\n\f\r >]*")
_ATTRIBUTE = re.compile(  # "get an attribute": group 1 is the tag's '>', 2 the name, 3 the value
    rb"[\t\n\f\r /]*(?:(>)|([^\t\n\f\r />][^\t\n\f\r /=>]*)"
    rb"(?:[\t\n\f\r ]*=[\t\n\f\r ]*(\"[^\"]*\"?|'[^']*'?|[^\t\n\f\r >\"'][^\t\n\f\r >]*|(?=>)))?)"
)
_CONTENT_CHARSET = re.compile(rb"charset[\t\n\f\r ]*=[\t\n\f\r ]*", re.IGNORECASE)
_UNQUOTED = re.compile(rb"[^\t\n\f\r ;]*")
_META_ENCODING = {"utf-16be": "utf-8", "utf-16le": "utf-8", "x-user-defined": "windows-1252"}
_NON_ASCII = re.compile(rb"[\x80-\xff]")


def _label_bytes(value: bytes) -> str:
    return encoding_for_label(value.decode("latin-1"))


def _charset_in_content(value: bytes) -> str:
    """HTML's "extracting a character encoding from a meta element" ('' when none)."""
    match = _CONTENT_CHARSET.search(value)
    if match is None:
        return ""
    rest = value[match.end() :]
    quote = rest[:1]
    if quote in (b'"', b"'"):
        close = rest.find(quote, 1)
        return _label_bytes(rest[1:close]) if close > 0 else ""
    unquoted = _UNQUOTED.match(rest)
    return _label_bytes(unquoted.group()) if unquoted else ""


def _attributes(head: bytes, pos: int) -> tuple[list[tuple[bytes, bytes]], int] | None:
    """A tag's attributes from ``pos`` and the position of its '>'; None when the bytes run out."""
    found: list[tuple[bytes, bytes]] = []
    end = len(head)
    while True:
        match = _ATTRIBUTE.match(head, pos)
        if match is None:
            return None
        if match.group(1):
            return found, match.end()
        if match.end() >= end:
            return None
        value = match.group(3) or b""
        if value[:1] in (b'"', b"'"):
            value = value[1:-1]
        found.append((match.group(2).lower(), value))
        pos = match.end()


def _meta_encoding(attributes: list[tuple[bytes, bytes]]) -> str:
    """The encoding a <meta>'s attributes declare, as the prescan reads them ('' for none)."""
    seen: set[bytes] = set()
    got_pragma, need_pragma, charset = False, None, ""
    for name, value in attributes:
        if name in seen:
            continue
        seen.add(name)
        if name == b"http-equiv":
            got_pragma = got_pragma or value.lower() == b"content-type"
        elif name == b"content":
            found = _charset_in_content(value)
            if found and need_pragma is None:
                charset, need_pragma = found, True
        elif name == b"charset":
            charset, need_pragma = _label_bytes(value), False
    if need_pragma is None or (need_pragma and not got_pragma) or not charset:
        return ""
    return _META_ENCODING.get(charset, charset)


def _prescan(head: bytes, stop: int) -> str:
    """The encoding the first <meta> that declares one names, scanning tags that start before
    ``stop``; comments and other tags' attribute values are skipped. '' when none."""
    pos = head.find(b"<")
    while 0 <= pos <= stop:
        if head.startswith(b"<!--", pos):
            close = head.find(b"-->", pos + 2)
            if close < 0:
                return ""
            pos = close + 3
        elif (tag := _META_OPEN.match(head, pos) or _TAG_OPEN.match(head, pos)) is not None:
            is_meta = tag.re is _META_OPEN  # its match ends on the space or '/' after '<meta'
            parsed = _attributes(head, tag.end() - 1 if is_meta else tag.end())
            if parsed is None:
                return ""
            attributes, pos = parsed
            if is_meta and (encoding := _meta_encoding(attributes)):
                return encoding
        elif head.startswith((b"<!", b"</", b"<?"), pos):
            close = head.find(b">", pos + 2)
            if close < 0:
                return ""
            pos = close + 1
        else:
            pos += 1
        pos = head.find(b"<", pos)
    return ""


def _meta_in(head: bytes) -> str:
    """The prescan of ``head``, skipped outright when no <meta> tag occurs in it."""
    last = head.lower().rfind(b"<meta")
    return _prescan(head, last) if last >= 0 else ""


def _detect(body: bytes) -> str:
    """A detector's guess from just before the first non-ASCII byte, windows-1252 when it has none."""
    first = _NON_ASCII.search(body)  # past a long ASCII head (scripts, styles), with some context
    start = max(0, first.start() - _HEAD_BYTES) if first is not None else 0
    return _guess(body[start : start + _DETECT_BYTES])


@lru_cache(maxsize=32)  # the same body is decoded by several stages of one check
def _guess(window: bytes) -> str:
    guess = (cchardet.detect(window)["encoding"] or "").lower()
    encoding = _DETECTOR_NAMES.get(guess) or LABELS.get(guess, "")
    return encoding if encoding and encoding not in _NEVER_GUESSED else "windows-1252"


def _choose(body: bytes, content_type: str) -> tuple[str, str | None]:
    """The codec for ``body`` and, where checking UTF-8 already decoded it, the text."""
    if body.startswith(codecs.BOM_UTF8):
        return "utf-8-sig", None
    if body.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16", None  # Python's utf-16 reads the BOM's byte order and drops it
    if len(content_type) <= _MAX_CACHED_HEADER:
        encoding = _header_encoding(content_type)
    else:
        encoding = _header_encoding_uncached(content_type)
    if encoding in ("utf-16le", "utf-16be") and b"\x00" not in body[:_HEAD_BYTES]:
        encoding = ""  # ASCII-compatible text under a UTF-16 label: the label lies
    if not encoding:
        encoding = _meta_in(body[:_HEAD_BYTES])
    if encoding and encoding != "windows-1252":
        return CODECS[encoding], None
    try:  # unlabelled or windows-1252, and valid UTF-8 (a sequence cut at the end by a size cap too)
        text, used = codecs.utf_8_decode(body, "strict", False)
        return "utf-8", text if used == len(body) else text + "\ufffd"
    except UnicodeDecodeError:
        pass
    if not encoding and len(body) > _HEAD_BYTES:
        encoding = _meta_in(body[:_LATE_META_BYTES])
    return CODECS[encoding or _detect(body)], None


def body_charset(body: bytes, content_type: str = "") -> str:
    """The Python codec ``decode_body`` uses for ``body`` (see the module's docstring)."""
    return _choose(body, content_type)[0]


def decode_body(body: bytes, content_type: str = "") -> str:
    """Decode ``body`` as a browser would: BOM, header charset, <meta> prescan, UTF-8, detection.

    Unknown charset names are ignored; undecodable bytes are replaced, never raised.
    """
    if not body:
        return ""
    codec, text = _choose(body, content_type)
    return text if text is not None else body.decode(codec, "replace")
