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

Everything is checked before anything is stored: URLs are normalised (``target_url``), intervals
must lie within the configured bounds, lists must be lists (``tags: portal`` is refused, not read
as seven one-letter tags), CSS selectors must parse. Errors name the line.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from tamperwatch.cli.common import parse_duration
from tamperwatch.models import DEFAULT_RENDER_POLICY, RenderPolicy, Target
from tamperwatch.target_url import UrlError, normalise_url

if TYPE_CHECKING:
    from tamperwatch.settings import Settings

_KEYS = {"url", "interval", "tags", "render", "headers", "ignore", "sensitivity", "owner"}
_LISTS = {"tags": "tags: [portal, gov]", "ignore": 'ignore: [".ticker", "#weather"]'}


class TargetFileError(ValueError):
    pass


@dataclass(frozen=True, slots=True)
class TargetLimits:
    """What a target may be: the bounds of its interval and the length of its URL (from Settings)."""

    min_interval_s: float
    max_interval_s: float
    max_url_length: int

    @classmethod
    def from_settings(cls, settings: Settings | None = None) -> TargetLimits:
        if settings is None:
            from tamperwatch.settings import Settings

            fields = Settings.model_fields
            return cls(
                fields["min_interval_s"].default,
                fields["max_interval_s"].default,
                fields["max_url_length"].default,
            )
        return cls(settings.min_interval_s, settings.max_interval_s, settings.max_url_length)


def check_url(url: str, limits: TargetLimits | None = None) -> str:
    """``url`` normalised (see ``target_url``), or a TargetFileError saying what to fix."""
    limits = limits or TargetLimits.from_settings()
    try:
        return normalise_url(url, limits.max_url_length)
    except UrlError as exc:
        raise TargetFileError(str(exc)) from None


def _human(seconds: float) -> str:
    for unit, size in (("d", 86400.0), ("h", 3600.0), ("m", 60.0)):
        if seconds >= size and seconds % size == 0:
            return f"{seconds / size:g}{unit}"
    return f"{seconds:g}s"


def check_interval(value: str | float | int, limits: TargetLimits | None = None) -> float:
    """An interval in seconds within the configured bounds, or a ValueError naming them."""
    limits = limits or TargetLimits.from_settings()
    seconds = parse_duration(value)
    if seconds < limits.min_interval_s:
        raise ValueError(
            f"interval {value!r} is shorter than {_human(limits.min_interval_s)}, the shortest accepted "
            "(TAMPERWATCH_MIN_INTERVAL_S)"
        )
    if seconds > limits.max_interval_s:
        raise ValueError(
            f"interval {value!r} is longer than {_human(limits.max_interval_s)}, the longest accepted "
            "(TAMPERWATCH_MAX_INTERVAL_S)"
        )
    return seconds


def check_selectors(selectors: tuple[str, ...]) -> tuple[str, ...]:
    """CSS selectors parsed now (by the same parser the detectors use), not at the first check."""
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser("<p></p>")
    for selector in selectors:
        try:
            tree.css(selector)
        except Exception:  # selectolax raises its own error type for a selector it cannot parse
            raise ValueError(f"ignore: {selector!r} is not a valid CSS selector") from None
    return selectors


def _render(value: Any) -> RenderPolicy:
    try:
        return RenderPolicy(value)
    except ValueError:
        choices = ", ".join(p.value for p in RenderPolicy)
        raise ValueError(f"render: {value!r} is not one of {choices}") from None


def _sensitivity(value: Any) -> float | None:
    if value is None:
        return None
    number = float(value)
    if not 0 <= number <= 1:
        raise ValueError(f"sensitivity: {value!r} is not between 0 and 1")
    return number


def target_from(
    entry: dict[str, Any],
    default_interval: float,
    where: str,
    limits: TargetLimits | None = None,
    key_lines: dict[str, int] | None = None,
) -> Target:
    """A Target from one entry of a targets file; errors name ``where`` it is, or the line of the
    key at fault when ``key_lines`` (key -> line) says."""
    limits = limits or TargetLimits.from_settings()
    lines = key_lines or {}

    def at(key: str) -> str:
        return f"line {lines[key]}" if key in lines else where

    unknown = set(entry) - _KEYS
    if unknown:
        known = ", ".join(sorted(_KEYS))
        raise TargetFileError(
            f"{at(min(unknown))}: unknown key(s) {', '.join(sorted(unknown))}; known: {known}"
        )
    if "url" not in entry:
        raise TargetFileError(f"{where}: missing 'url'")
    for key, example in _LISTS.items():
        if entry.get(key) is not None and not isinstance(entry[key], list):
            raise TargetFileError(f"{at(key)}: '{key}' must be a list, e.g. {example}")
    headers = entry.get("headers") or {}
    if not isinstance(headers, dict):
        raise TargetFileError(
            f"{at('headers')}: 'headers' must be a mapping, e.g. headers: {{Accept-Language: en}}"
        )
    key = "url"
    try:
        url = check_url(str(entry["url"]), limits)
        key = "interval"
        interval = check_interval(entry.get("interval", default_interval), limits)
        key = "render"
        render = _render(entry.get("render", DEFAULT_RENDER_POLICY.value))
        key = "ignore"
        ignore = check_selectors(tuple(str(s) for s in entry.get("ignore") or ()))
        key = "sensitivity"
        sensitivity = _sensitivity(entry.get("sensitivity"))
    except (TypeError, ValueError) as exc:
        raise TargetFileError(f"{at(key)}: {exc}") from exc
    return Target(
        url=url,
        interval_s=interval,
        tags=tuple(str(t) for t in entry.get("tags") or ()),
        render_policy=render,
        headers=tuple((str(k), str(v)) for k, v in headers.items()),
        ignore_selectors=ignore,
        sensitivity=sensitivity,
        owner=str(entry.get("owner", "")),
    )


def _entry_lines(text: str) -> list[tuple[int, dict[str, int]]]:
    """Where each entry of the targets list starts, and where each of its keys is (lines from 1)."""
    import yaml

    node = yaml.compose(text, Loader=yaml.SafeLoader)
    if isinstance(node, yaml.MappingNode):
        node = next((v for k, v in node.value if k.value == "targets"), None)
    if not isinstance(node, yaml.SequenceNode):
        return []
    out = []
    for item in node.value:
        keys = {}
        if isinstance(item, yaml.MappingNode):
            keys = {str(k.value): k.start_mark.line + 1 for k, _ in item.value}
        out.append((item.start_mark.line + 1, keys))
    return out


def parse_targets(text: str, default_interval: float, limits: TargetLimits | None = None) -> list[Target]:
    """Targets in ``text``; a TargetFileError names the line at fault."""
    limits = limits or TargetLimits.from_settings()
    lines = text.splitlines()
    plain = [
        (n, ln.strip()) for n, ln in enumerate(lines, 1) if ln.strip() and not ln.strip().startswith("#")
    ]
    if plain and all(ln.startswith(("http://", "https://")) and " " not in ln for _, ln in plain):
        out = []
        for n, ln in plain:
            try:
                out.append(Target(url=check_url(ln, limits), interval_s=default_interval))
            except TargetFileError as exc:
                raise TargetFileError(f"line {n}: {exc}") from None
        return out
    import yaml

    try:
        doc = yaml.safe_load(text)
        starts = _entry_lines(text)
    except yaml.YAMLError as exc:
        raise TargetFileError(f"neither a URL list nor valid YAML: {' '.join(str(exc).split())}") from exc
    if isinstance(doc, dict):
        doc = doc.get("targets")
    if not isinstance(doc, list):
        raise TargetFileError("YAML must be a list of targets or a mapping with a 'targets' list")
    out = []
    for i, entry in enumerate(doc):
        start, keys = starts[i] if i < len(starts) else (0, {})
        where = f"line {start}" if start else f"entry {i + 1}"
        if isinstance(entry, str):
            entry = {"url": entry}
        if not isinstance(entry, dict):
            raise TargetFileError(f"{where}: expected a mapping or a URL")
        out.append(target_from(entry, default_interval, where, limits, keys))
    return out
