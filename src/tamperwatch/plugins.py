"""Plugin lookup. Built-in detectors and notifiers are entry points like any extension's.

Reading every installed distribution's metadata costs a noticeable part of a cron-style
``run --once``, so a ``PluginCatalog`` looks a name up in tamperwatch's own entry points first
(one small file) and scans all distributions only for a name it did not find there, or to list
a whole group; each read is done at most once per catalog. A built-in name therefore wins over
an extension that registers the same name.
"""

from __future__ import annotations

from importlib.metadata import EntryPoint, EntryPoints, PackageNotFoundError, distribution, entry_points
from typing import Any

OWN_DISTRIBUTION = "tamperwatch"


class PluginError(LookupError):
    pass


class PluginCatalog:
    """Entry points of plugin groups: our own distribution's first, all distributions' on demand."""

    def __init__(self, own_distribution: str = OWN_DISTRIBUTION) -> None:
        self.own_distribution = own_distribution
        self._own: EntryPoints | None = None
        self._groups: dict[str, EntryPoints] = {}

    def _own_entry_points(self) -> EntryPoints:
        if self._own is None:
            try:
                self._own = distribution(self.own_distribution).entry_points
            except PackageNotFoundError:
                self._own = EntryPoints(())
        return self._own

    def group(self, group: str) -> EntryPoints:
        """Every installed entry point of ``group`` (scans all distributions once per group)."""
        found = self._groups.get(group)
        if found is None:
            found = self._groups[group] = entry_points(group=group)
        return found

    def entry_point(self, group: str, name: str) -> EntryPoint:
        """The entry point ``name`` of ``group`` without importing it; PluginError names the choices."""
        for ep in self._own_entry_points().select(group=group, name=name):
            return ep
        found = self.group(group)
        for ep in found:
            if ep.name == name:
                return ep
        choices = ", ".join(sorted(ep.name for ep in found)) or "none"
        raise PluginError(f"no {group} plugin named {name!r} (installed: {choices})")

    def load(self, group: str, name: str) -> Any:
        """The object registered as ``name`` in ``group``."""
        return self.entry_point(group, name).load()

    def names(self, group: str) -> list[str]:
        return sorted({ep.name for ep in self.group(group)})


def load_plugin(group: str, name: str, catalog: PluginCatalog | None = None) -> Any:
    """The object registered as ``name`` in entry-point ``group``; PluginError names the choices."""
    return (catalog or PluginCatalog()).load(group, name)


def plugin_names(group: str, catalog: PluginCatalog | None = None) -> list[str]:
    return (catalog or PluginCatalog()).names(group)
