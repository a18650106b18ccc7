"""Software fingerprints in the Wappalyzer technology format, matched against what one page
answer shows: headers, cookies, meta generator, script URLs and the HTML. Patterns carry
Wappalyzer's tags: ``\\;version:\\1`` (a version from a group) and ``\\;confidence:N``."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from importlib import resources
from typing import Any

MAX_HTML_CHARS = 500_000  # the html patterns read at most this much of the page
PATTERN_LIMIT = 2_000  # longest pattern compiled (hostile or broken data stays bounded)


@dataclass(frozen=True, slots=True)
class Pattern:
    regex: re.Pattern[str]
    version: str = ""  # e.g. "\\1"

    @classmethod
    def parse(cls, text: str) -> Pattern | None:
        body, *tags = text.split("\\;")
        version = next((t.split(":", 1)[1] for t in tags if t.startswith("version:")), "")
        try:
            return cls(re.compile(body[:PATTERN_LIMIT], re.I), version)
        except re.error:
            return None

    def match(self, value: str) -> tuple[bool, str]:
        hit = self.regex.search(value)
        if hit is None:
            return False, ""
        version = self.version
        for index, group in enumerate(hit.groups(), start=1):
            version = version.replace(f"\\{index}", group or "")
        return True, version.strip()


def _patterns(value: Any) -> list[Pattern]:
    items = value if isinstance(value, list) else [value]
    return [p for p in (Pattern.parse(str(i)) for i in items) if p is not None]


@dataclass(frozen=True, slots=True)
class Technology:
    name: str
    headers: dict[str, list[Pattern]]
    cookies: dict[str, list[Pattern]]
    meta: dict[str, list[Pattern]]
    script_src: list[Pattern]
    html: list[Pattern]
    implies: tuple[str, ...]
    cpe: str

    @classmethod
    def parse(cls, name: str, spec: dict[str, Any]) -> Technology:
        def table(key: str) -> dict[str, list[Pattern]]:
            return {k.lower(): _patterns(v) for k, v in (spec.get(key) or {}).items()}

        implies = spec.get("implies") or []
        return cls(
            name=name,
            headers=table("headers"),
            cookies=table("cookies"),
            meta=table("meta"),
            script_src=_patterns(spec.get("scriptSrc") or []),
            html=_patterns(spec.get("html") or []),
            implies=tuple(i.split("\\;")[0] for i in (implies if isinstance(implies, list) else [implies])),
            cpe=str(spec.get("cpe") or ""),
        )


@dataclass(frozen=True, slots=True)
class Evidence:
    """What the page shows: lower-cased header and cookie names, meta tags, script URLs, HTML."""

    headers: dict[str, str]
    cookies: dict[str, str]
    meta: dict[str, list[str]]
    scripts: list[str]
    html: str


def load_technologies(text: str | None = None) -> list[Technology]:
    """The packaged fingerprints, or those of ``text`` (a technologies.json in Wappalyzer format)."""
    if text is None:
        text = resources.files("tamperwatch.audit").joinpath("data/technologies.json").read_text("utf-8")
    data = json.loads(text)
    return [Technology.parse(name, spec) for name, spec in data.items() if isinstance(spec, dict)]


def _first(patterns: list[Pattern], values: list[str]) -> tuple[bool, str]:
    found, best = False, ""
    for pattern in patterns:
        for value in values:
            hit, version = pattern.match(value)
            if hit:
                found, best = True, best or version
    return found, best


def detect(technologies: list[Technology], ev: Evidence) -> dict[str, str]:
    """Technology name -> version ("" when unknown), implied technologies included."""
    found: dict[str, str] = {}
    html = ev.html[:MAX_HTML_CHARS]
    for tech in technologies:
        checks = [_first(p, [ev.headers[k]]) for k, p in tech.headers.items() if k in ev.headers]
        checks += [_first(p, [ev.cookies[k]]) for k, p in tech.cookies.items() if k in ev.cookies]
        checks += [_first(p, ev.meta[k]) for k, p in tech.meta.items() if k in ev.meta]
        checks += [_first(tech.script_src, ev.scripts), _first(tech.html, [html] if html else [])]
        hits = [version for hit, version in checks if hit]
        if hits:
            found[tech.name] = next((v for v in hits if v), "")
    by_name = {t.name: t for t in technologies}
    for name in list(found):
        for implied in by_name[name].implies:
            found.setdefault(implied, "")
    return found
