"""The engine resolves its detectors through the entry-point group, like any extension's."""

from __future__ import annotations

import pytest

from tamperwatch.detect.engine import DetectionEngine
from tamperwatch.plugins import PluginCatalog, PluginError, load_plugin, plugin_names
from tamperwatch.settings import Settings


def _settings(**kw: object) -> Settings:
    return Settings(_env_file=None, **kw)  # type: ignore[arg-type]


def test_an_unknown_detector_name_fails_at_start_and_lists_the_installed_ones() -> None:
    with pytest.raises(PluginError) as err:
        DetectionEngine.from_settings(_settings(detectors=["baseline_change", "no_such_detector"]))
    assert "no_such_detector" in str(err.value) and "baseline_change" in str(err.value)


def test_detectors_run_in_the_configured_order_with_their_own_names() -> None:
    names = ["hidden_links", "baseline_change", "content_classifier"]
    engine = DetectionEngine.from_settings(_settings(detectors=names, escalation_detectors=["vocabulary"]))
    assert [d.name for d in engine.detectors] == names
    assert engine.detectors is engine.detectors  # built once
    assert engine.escalation_only == {"vocabulary"}


def test_built_ins_are_found_the_same_way_by_name_and_in_the_group_listing() -> None:
    catalog = PluginCatalog()
    listed = plugin_names("tamperwatch.detectors", catalog)
    assert {"baseline_change", "content_classifier", "vocabulary"} <= set(listed)
    for name in listed:
        assert catalog.entry_point("tamperwatch.detectors", name).name == name
    assert load_plugin("tamperwatch.notifiers", "webhook").__name__ == "WebhookNotifier"


def test_a_missing_own_distribution_falls_back_to_scanning_every_distribution() -> None:
    catalog = PluginCatalog(own_distribution="surely-not-installed-dist")
    assert catalog.load("tamperwatch.detectors", "baseline_change").__name__ == "BaselineChangeDetector"
    with pytest.raises(PluginError):
        catalog.load("tamperwatch.detectors", "nope")
