"""Content signs that confirm an exposed file or page: each takes the decoded text (and the raw
bytes) of an answer and returns the evidence, or "" when the answer is not what the path names.
A status code alone never confirms anything: soft 404s answer 200 to every path."""

from __future__ import annotations

import re
from collections.abc import Callable

from tamperwatch.audit.limits import EVIDENCE_CHARS

_GIT_HEAD = re.compile(r"^(ref: refs/[\w./-]+|[0-9a-f]{40})\s*$")
_ENV_LINE = re.compile(r"^\s*(export\s+)?[A-Z][A-Z0-9_]{1,63}\s*=", re.M)
_SQL = re.compile(r"(-- MySQL dump|-- PostgreSQL database dump|CREATE TABLE|INSERT INTO)", re.I)
_PHP_CONFIG = re.compile(r"(DB_PASSWORD|DB_USER|\$password\s*=|\$db_pass|define\s*\(\s*['\"]DB_)", re.I)
_LISTING = re.compile(r"<title>\s*(Index of /[^<]*|Directory listing for [^<]*)</title>", re.I)
_PHPINFO = re.compile(r"<title>\s*(PHP [0-9][^<]*- phpinfo\(\)|phpinfo\(\))\s*</title>", re.I)
_PHPINFO_BODY = re.compile(r"PHP Version\s*(<[^>]+>\s*)*[0-9]+\.[0-9]+", re.I)
Sign = Callable[[str, bytes], str]
ARCHIVE_MAGIC = {b"PK\x03\x04": "zip", b"\x1f\x8b": "gzip", b"7z\xbc\xaf\x27\x1c": "7z", b"Rar!": "rar"}


def quote(text: str) -> str:
    """A short, single-line excerpt of hostile text (escaped later by every renderer)."""
    one_line = " ".join(text.split())
    return one_line[:EVIDENCE_CHARS] + ("…" if len(one_line) > EVIDENCE_CHARS else "")


def looks_html(text: str) -> bool:
    head = text.lstrip()[:512].lower()
    return head.startswith(("<!doctype", "<html", "<head", "<body")) or "<html" in head


def git_head(text: str, raw: bytes) -> str:
    first = text.strip().splitlines()[0] if text.strip() else ""
    return f"HEAD reads {quote(first)!r}" if _GIT_HEAD.match(first) else ""


def git_config(text: str, raw: bytes) -> str:
    if looks_html(text) or "[core]" not in text:
        return ""
    url = re.search(r"url\s*=\s*(\S+)", text)
    return "git config with [core]" + (f", remote {quote(url.group(1))}" if url else "")


def svn_db(text: str, raw: bytes) -> str:
    return "Subversion working-copy database (SQLite)" if raw.startswith(b"SQLite format 3\x00") else ""


def env_file(text: str, raw: bytes) -> str:
    if looks_html(text):
        return ""
    names = [m.group(0).split("=")[0].replace("export", "").strip() for m in _ENV_LINE.finditer(text)]
    return f"{len(names)} variables, e.g. {', '.join(names[:4])}" if len(names) >= 2 else ""


def php_config(text: str, raw: bytes) -> str:
    hit = _PHP_CONFIG.search(text)
    if hit is None or looks_html(text):
        return ""
    return f"PHP configuration served as text ({quote(hit.group(0))})"


def sql_dump(text: str, raw: bytes) -> str:
    if looks_html(text):
        return ""
    hit = _SQL.search(text)
    return f"SQL dump ({quote(hit.group(0))})" if hit else ""


def archive(text: str, raw: bytes) -> str:
    for magic, kind in ARCHIVE_MAGIC.items():
        if raw.startswith(magic):
            return f"{kind} archive"
    return ""


def directory_listing(text: str, raw: bytes) -> str:
    hit = _LISTING.search(text)
    return f"directory listing ({quote(hit.group(1))})" if hit else ""


def apache_status(text: str, raw: bytes) -> str:
    return "Apache server-status page" if "Apache Server Status for" in text else ""


def nginx_status(text: str, raw: bytes) -> str:
    ok = text.startswith("Active connections:") and "server accepts handled requests" in text
    return "nginx stub_status page" if ok else ""


def phpinfo(text: str, raw: bytes) -> str:
    hit = _PHPINFO.search(text) or _PHPINFO_BODY.search(text)
    return f"phpinfo() output ({quote(hit.group(0))})" if hit else ""


def _login_form(text: str) -> bool:
    return bool(re.search(r"<input[^>]+type\s*=\s*['\"]?password", text, re.I))


def marker_login(*markers: str) -> Sign:
    """A login page that also carries one of ``markers`` (the product's own field names)."""

    def sign(text: str, raw: bytes) -> str:
        hit = next((m for m in markers if m in text), "")
        return f"login form ({quote(hit)})" if hit and _login_form(text) else ""

    return sign


def marker(*markers: str) -> Sign:
    """A page carrying every one of ``markers``."""

    def sign(text: str, raw: bytes) -> str:
        return (
            f"page carries {', '.join(quote(m) for m in markers)}" if all(m in text for m in markers) else ""
        )

    return sign


def any_login(text: str, raw: bytes) -> str:
    return "login form with a password field" if _login_form(text) else ""
