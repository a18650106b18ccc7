"""Target URLs checked and normalised at the door (``add``, ``import``, ``check``).

One page has one spelling, so duplicates are found: scheme and host in lower case, an
internationalised host name in punycode (IDNA 2008 with UTS #46 mapping, as browsers do), no
default port, no fragment, an empty path as ``/``, characters outside ASCII in the path and query
percent-encoded (UTF-8). Refused, with the fix in the message: schemes other than http and https,
credentials (``user:pass@``), spaces and control characters, ports outside 1..65535, host names
that DNS cannot carry, and URLs longer than the limit (``max_url_length``).

``normalise_url`` is idempotent: a normalised URL normalises to itself.
"""

from __future__ import annotations

import re
from ipaddress import IPv6Address
from urllib.parse import quote, urlsplit

DEFAULT_MAX_URL_LENGTH = 2048  # the default of Settings.max_url_length, for callers without settings
_DEFAULT_PORT = {"http": 80, "https": 443}
_LABEL = re.compile(r"[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?")
# Printable ASCII a URL path or query keeps as it is, as browsers do (WHATWG path percent-encode
# set: space " # < > ? ` { } are encoded, and here the backslash too); '%' is kept: escapes are
# kept, not doubled.
_SAFE = "!$&'()*+,-./:;=?@_~%[]|^"
_BAD_CHAR = re.compile(r"[\x00-\x20\x7f]")


class UrlError(ValueError):
    """A target URL that cannot be watched; the message says why and how to fix it."""


def _host(raw: str, url: str) -> str:
    """The host in normal form: an IPv6 literal compressed in brackets, a name in lower-case ASCII."""
    if raw.startswith("["):
        inner = raw[1:-1] if raw.endswith("]") else ""
        try:
            return f"[{IPv6Address(inner).compressed}]"
        except ValueError:
            raise UrlError(f"{url!r}: {raw!r} is not a valid IPv6 address") from None
    name = raw[:-1] if raw.endswith(".") else raw  # the root label: 'example.org.' is 'example.org'
    if not name:
        raise UrlError(f"{url!r} has no host name (write it as https://www.example.org/)")
    if not name.isascii():
        import idna

        try:
            name = idna.encode(name, uts46=True).decode("ascii")
        except idna.IDNAError as exc:
            raise UrlError(
                f"{url!r}: host {raw!r} is not a valid international domain name ({exc})"
            ) from None
    name = name.lower()
    labels = name.split(".")
    if len(name) > 253 or not all(_LABEL.fullmatch(label) for label in labels):
        raise UrlError(
            f"{url!r}: {raw!r} is not a valid host name (letters, digits and '-' in dot-separated "
            "labels of at most 63 characters, 253 in all)"
        )
    return name


def _split_host_port(netloc: str) -> tuple[str, str]:
    if netloc.startswith("["):
        close = netloc.find("]")
        if close < 0:
            return netloc, ""
        rest = netloc[close + 1 :]
        return netloc[: close + 1], rest[1:] if rest.startswith(":") else rest
    host, colon, port = netloc.rpartition(":")
    return (host, port) if colon else (netloc, "")


def normalise_url(url: str, max_length: int = DEFAULT_MAX_URL_LENGTH) -> str:
    """``url`` in normal form, or a ``UrlError`` that says what is wrong with it and how to fix it."""
    text = url.strip()
    if not text:
        raise UrlError("empty URL: give a full address such as https://www.example.org/")
    shown = text if len(text) <= 100 else text[:97] + "..."
    if len(text) > max_length:
        raise UrlError(
            f"URL {shown!r} is {len(text)} characters long; at most {max_length} are accepted "
            "(TAMPERWATCH_MAX_URL_LENGTH)"
        )
    bad = _BAD_CHAR.search(text)
    if bad is not None:
        what = "a space" if bad.group() == " " else f"control character {bad.group()!r}"
        raise UrlError(
            f"URL {shown!r} contains {what} at position {bad.start() + 1}: percent-encode it (%20)"
        )
    try:
        parts = urlsplit(text)
    except ValueError as exc:
        raise UrlError(f"URL {shown!r} cannot be parsed ({exc})") from None
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORT or not parts.netloc:
        raise UrlError(f"not an http(s) URL: {shown!r} (write it as https://www.example.org/page)")
    if "@" in parts.netloc:
        raise UrlError(
            f"URL {shown!r} carries credentials (user:password@): remove them; send them as a request "
            "header (targets file: headers: {Authorization: ...}) kept out of shared files"
        )
    raw_host, raw_port = _split_host_port(parts.netloc)
    host = _host(raw_host, shown)
    port = ""
    if raw_port:
        if not raw_port.isdigit() or not 1 <= int(raw_port) <= 65535:
            raise UrlError(f"URL {shown!r}: port {raw_port!r} is not a number from 1 to 65535")
        if int(raw_port) != _DEFAULT_PORT[scheme]:
            port = f":{int(raw_port)}"
    path = quote(parts.path or "/", safe=_SAFE)
    query = quote(parts.query, safe=_SAFE)
    out = f"{scheme}://{host}{port}{path}{'?' + query if query else ''}"
    if len(out) > max_length:
        raise UrlError(
            f"URL {shown!r} is {len(out)} characters long once encoded; at most {max_length} are accepted "
            "(TAMPERWATCH_MAX_URL_LENGTH)"
        )
    return out
