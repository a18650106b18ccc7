"""Plugin lookup. Built-in detectors and notifiers are entry points like any extension's."""

from __future__ import annotations

from importlib.metadata import entry_points
from typing import Any


class PluginError(LookupError):
    pass


def load_plugin(group: str, name: str) -> Any:
    """The object registered as ``name`` in entry-point ``group``; PluginError names the choices."""
    found = entry_points(group=group)
    for ep in found:
        if ep.name == name:
            return ep.load()
    choices = ", ".join(sorted(ep.name for ep in found)) or "none"
    raise PluginError(f"no {group} plugin named {name!r} (installed: {choices})")


def plugin_names(group: str) -> list[str]:
    return sorted(ep.name for ep in entry_points(group=group))
