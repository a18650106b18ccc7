"""Read a targets file: one URL a line, or YAML with per-target options.

YAML form (a list, or a mapping with a ``targets`` list)::

    targets:
      - url: https://www.example.org/
        interval: 5m          # 90, 90s, 5m, 1h
        tags: [portal, gov]
        render: periodic      # never | on-change | periodic | always
        headers: {Accept-Language: en}
        ignore: [".ticker", "#weather"]
        sensitivity: 0.7
        owner: webops
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

import yaml

from tamperwatch.cli.common import parse_duration
from tamperwatch.models import DEFAULT_RENDER_POLICY, RenderPolicy, Target

_KEYS = {"url", "interval", "tags", "render", "headers", "ignore", "sensitivity", "owner"}


class TargetFileError(ValueError):
    pass


def check_url(url: str) -> str:
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise TargetFileError(f"not an http(s) URL: {url!r}")
    return url


def target_from(entry: dict[str, Any], default_interval: float, where: str) -> Target:
    unknown = set(entry) - _KEYS
    if unknown:
        raise TargetFileError(
            f"{where}: unknown key(s) {', '.join(sorted(unknown))}; known: {', '.join(sorted(_KEYS))}"
        )
    try:
        return Target(
            url=check_url(str(entry["url"])),
            interval_s=parse_duration(entry.get("interval", default_interval)),
            tags=tuple(str(t) for t in entry.get("tags", ()) or ()),
            render_policy=RenderPolicy(entry.get("render", DEFAULT_RENDER_POLICY.value)),
            headers=tuple((str(k), str(v)) for k, v in (entry.get("headers") or {}).items()),
            ignore_selectors=tuple(str(s) for s in entry.get("ignore", ()) or ()),
            sensitivity=float(entry["sensitivity"]) if entry.get("sensitivity") is not None else None,
            owner=str(entry.get("owner", "")),
        )
    except KeyError as exc:
        raise TargetFileError(f"{where}: missing 'url'") from exc
    except (TypeError, ValueError) as exc:
        raise TargetFileError(f"{where}: {exc}") from exc


def parse_targets(text: str, default_interval: float) -> list[Target]:
    """Targets in ``text``; a TargetFileError names the line or entry at fault."""
    stripped = [ln.strip() for ln in text.splitlines()]
    plain = [ln for ln in stripped if ln and not ln.startswith("#")]
    if plain and all(ln.startswith(("http://", "https://")) and " " not in ln for ln in plain):
        return [Target(url=check_url(ln), interval_s=default_interval) for ln in plain]
    try:
        doc = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise TargetFileError(f"neither a URL list nor valid YAML: {exc}") from exc
    if isinstance(doc, dict):
        doc = doc.get("targets")
    if not isinstance(doc, list):
        raise TargetFileError("YAML must be a list of targets or a mapping with a 'targets' list")
    out = []
    for i, entry in enumerate(doc, 1):
        if isinstance(entry, str):
            entry = {"url": entry}
        if not isinstance(entry, dict):
            raise TargetFileError(f"entry {i}: expected a mapping or a URL")
        out.append(target_from(entry, default_interval, f"entry {i}"))
    return out
