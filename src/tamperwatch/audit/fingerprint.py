"""Software fingerprints in the open Wappalyzer technology format, matched against what one page
answer shows. The packaged data is Wappalyzer's own ``technologies.json`` (MIT, see
``data/README.md``); this module reads every field that a single HTTP answer can feed:

- ``headers``, ``cookies``, ``meta`` (any ``<meta name|property>``): name -> pattern(s);
- ``scriptSrc``, and ``scripts`` as the vendored version defines it (URLs of the page's scripts);
- ``html`` (the page source, first ``MAX_HTML_CHARS``), ``url`` (the page's URL);
- ``implies`` and ``excludes`` (with their ``\\;confidence:N`` tags);
- pattern tags ``\\;version:\\1`` (back references, and the ternary ``\\1?a:b``) and
  ``\\;confidence:N``.

``js``, ``dom``, ``css``, ``dns``, ``robots`` and ``certIssuer`` need a browser, DNS or other
requests and are ignored. Patterns are JavaScript regular expressions, matched case-insensitively;
the few JavaScript-only constructs are translated (``[^]``), a pattern Python cannot compile is
dropped. Everything is compiled once per process (``load_technologies`` caches the packaged set)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

MAX_HTML_CHARS = 500_000  # the html patterns read at most this much of the page
PATTERN_LIMIT = 2_000  # longest pattern compiled (hostile or broken data stays bounded)
MAX_VERSION_CHARS = 10  # Wappalyzer keeps the longest version found, if at most this long
FULL_CONFIDENCE = 100  # a pattern without a confidence tag counts this much (Wappalyzer's default)
# JavaScript regex constructs Python's re reads differently: "[^]" is "any character" in JS.
JS_TO_PYTHON = ((re.compile(r"(?<!\\)\[\^\]"), r"[\\s\\S]"),)
PACKAGED = "data/technologies.json"
# The keys that hold patterns matched against the URLs of the page's scripts: "scriptSrc" in
# today's format, "scripts" in the vendored version (it meant script URLs until 2021).
SCRIPT_URL_KEYS = ("scriptSrc", "scripts")


def _tags(text: str) -> tuple[str, dict[str, str]]:
    body, *tags = text.split("\\;")
    return body, {key: value for key, _sep, value in (tag.partition(":") for tag in tags)}


def _confidence(tags: dict[str, str]) -> int:
    try:
        return int(tags.get("confidence", FULL_CONFIDENCE))
    except ValueError:
        return FULL_CONFIDENCE


def resolve_version(template: str, hit: re.Match[str]) -> str:
    """Wappalyzer's version template: ``\\N`` is group N, ``\\N?a:b`` is a if group N matched else b."""
    version = template
    groups = [hit.group(0), *hit.groups()]
    for index, group in enumerate(groups):
        ternary = re.search(rf"\\{index}\?([^:]+):(.*)$", version)
        if ternary:
            version = version.replace(ternary.group(0), ternary.group(1) if group else ternary.group(2))
        version = version.replace(f"\\{index}", group or "")
    return version.strip()


@dataclass(frozen=True, slots=True)
class Pattern:
    regex: re.Pattern[str]
    version: str = ""  # e.g. "\\1"
    confidence: int = FULL_CONFIDENCE

    @classmethod
    def parse(cls, text: str) -> Pattern | None:
        body, tags = _tags(text)
        body = body[:PATTERN_LIMIT]
        for js, python in JS_TO_PYTHON:
            body = js.sub(python, body)
        try:
            return cls(re.compile(body, re.I), tags.get("version", ""), _confidence(tags))
        except (re.error, OverflowError, RecursionError):
            return None

    def match(self, value: str) -> tuple[bool, str]:
        hit = self.regex.search(value)
        if hit is None:
            return False, ""
        return True, resolve_version(self.version, hit) if self.version else ""


def _patterns(value: Any) -> list[Pattern]:
    items = value if isinstance(value, list) else [value]
    return [p for p in (Pattern.parse(str(i)) for i in items) if p is not None]


def _names(value: Any) -> tuple[tuple[str, int], ...]:
    """``implies``/``excludes``: names with their confidence tags."""
    items = value if isinstance(value, list) else [value] if value else []
    out = []
    for item in items:
        name, tags = _tags(str(item))
        out.append((name, _confidence(tags)))
    return tuple(out)


@dataclass(frozen=True, slots=True)
class Technology:
    name: str
    headers: dict[str, list[Pattern]]
    cookies: dict[str, list[Pattern]]
    meta: dict[str, list[Pattern]]
    script_src: list[Pattern]
    html: list[Pattern]
    implies: tuple[tuple[str, int], ...]
    cpe: str
    url: list[Pattern] = field(default_factory=list)
    excludes: tuple[tuple[str, int], ...] = ()

    @classmethod
    def parse(cls, name: str, spec: dict[str, Any]) -> Technology:
        def table(key: str) -> dict[str, list[Pattern]]:
            raw = spec.get(key) or {}
            return {str(k).lower(): _patterns(v) for k, v in raw.items()} if isinstance(raw, dict) else {}

        script_src = [p for key in SCRIPT_URL_KEYS for p in _patterns(spec.get(key) or [])]
        return cls(
            name=name,
            headers=table("headers"),
            cookies=table("cookies"),
            meta=table("meta"),
            script_src=script_src,
            html=_patterns(spec.get("html") or []),
            implies=_names(spec.get("implies")),
            cpe=str(spec.get("cpe") or ""),
            url=_patterns(spec.get("url") or []),
            excludes=_names(spec.get("excludes")),
        )


@dataclass(frozen=True, slots=True)
class Evidence:
    """What the page shows: lower-cased header, cookie and meta names, script URLs, HTML, URL."""

    headers: dict[str, str]
    cookies: dict[str, str]
    meta: dict[str, list[str]]
    scripts: list[str]
    html: str
    url: str = ""


def parse_technologies(text: str) -> list[Technology]:
    """The technologies of a Wappalyzer-format file: ``{"technologies": {...}}`` (with
    ``categories`` beside it) or the bare name -> spec object."""
    data = json.loads(text)
    table = data.get("technologies", data) if isinstance(data, dict) else {}
    return [Technology.parse(name, spec) for name, spec in table.items() if isinstance(spec, dict)]


@cache
def _packaged() -> tuple[Technology, ...]:
    text = resources.files("tamperwatch.audit").joinpath(PACKAGED).read_text("utf-8")
    return tuple(parse_technologies(text))


def load_technologies(text: str | None = None) -> list[Technology]:
    """The packaged fingerprints (compiled once per process), or those of ``text``."""
    return list(_packaged()) if text is None else parse_technologies(text)


@dataclass(slots=True)
class _Seen:
    confidence: int = 0
    version: str = ""

    def add(self, confidence: int, version: str) -> None:
        self.confidence = min(FULL_CONFIDENCE, self.confidence + confidence)
        if len(self.version) < len(version) <= MAX_VERSION_CHARS:
            self.version = version


def _scan(seen: _Seen, patterns: list[Pattern], values: list[str]) -> None:
    for pattern in patterns:
        for value in values:
            hit, version = pattern.match(value)
            if hit:
                seen.add(pattern.confidence, version)


def detect(technologies: list[Technology], ev: Evidence) -> dict[str, str]:
    """Technology name -> version ("" when unknown); implied technologies included, excluded
    ones removed (as Wappalyzer resolves them)."""
    html = ev.html[:MAX_HTML_CHARS]
    seen: dict[str, _Seen] = {}
    for tech in technologies:
        found = _Seen()
        for key, patterns in tech.headers.items():
            if key in ev.headers:
                _scan(found, patterns, [ev.headers[key]])
        for key, patterns in tech.cookies.items():
            if key in ev.cookies:
                _scan(found, patterns, [ev.cookies[key]])
        for key, patterns in tech.meta.items():
            if key in ev.meta:
                _scan(found, patterns, ev.meta[key])
        if ev.scripts:
            _scan(found, tech.script_src, ev.scripts)
        if html:
            _scan(found, tech.html, [html])
        if ev.url:
            _scan(found, tech.url, [ev.url])
        if found.confidence > 0:
            seen[tech.name] = found
    by_name = {t.name: t for t in technologies}
    for name in list(seen):
        for excluded, _confidence in by_name[name].excludes:
            seen.pop(excluded, None)
    pending = list(seen)
    while pending:  # implied technologies imply others in turn (each once)
        for implied, _confidence in by_name[pending.pop()].implies:
            if implied not in seen and implied in by_name:
                seen[implied] = _Seen(_confidence)
                pending.append(implied)
    return {name: s.version for name, s in seen.items()}
