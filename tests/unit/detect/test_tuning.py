"""Detector tuning: every weight and threshold has a name, is documented with the code's value, and
an operator changes one through Settings; a misspelt one stops the start with a clear line."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from tamperwatch.cli.startup import check_settings, load_settings
from tamperwatch.detect.engine import DetectionEngine
from tamperwatch.detect.foreign_injection import ForeignInjectionDetector
from tamperwatch.detect.layout import LayoutConfig, LayoutDetector
from tamperwatch.detect.tuning_docs import field_comments, rewrite, tunable_configs
from tamperwatch.errors import ConfigError
from tamperwatch.models import Status
from tamperwatch.settings import Settings

from .synthetic import capture

DOCS = Path(__file__).resolve().parents[3] / "docs" / "detection.md"
# A dark message screen, centred, with sound and a contact handle: four staging traits.
SCREEN = """<html><head><title>Pesan untuk admin</title>
<style>body{background:#0b0b0b;color:#eee} .box{text-align:center}</style></head>
<body><div class="box"><h1>Pesan untuk admin</h1><p>Kami datang lagi</p>
<audio autoplay src="/a.mp3"></audio><p><a href="https://t.me/somegroupname">channel</a></p></div></body></html>"""


def settings(**values: object) -> Settings:
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


def layout_engine(**values: object) -> DetectionEngine:
    return DetectionEngine.from_settings(settings(detectors=["layout"], **values))


def test_every_tunable_has_a_meaning_and_docs_detection_md_shows_the_codes_values() -> None:
    configs = tunable_configs()
    assert {"layout", "foreign_injection", "vocabulary", "visual", "visual_imagery", "cloaking"} <= set(
        configs
    )
    for name, config_type in configs.items():
        comments = field_comments(config_type)
        for field in dataclasses.fields(config_type):
            assert comments.get(field.name), f"{name}.{field.name} has no comment saying what it is"
    text = DOCS.read_text(encoding="utf-8")
    assert rewrite(text) == text, "run: python -m tamperwatch.detect.tuning_docs --write docs/detection.md"


def test_an_override_through_settings_changes_a_detectors_verdict() -> None:
    assert layout_engine().classify(capture(SCREEN)).status is Status.DEFACED
    tuned = layout_engine(detector_tuning={"layout": {"min_traits": 5}})  # more traits than it shows
    assert tuned.classify(capture(SCREEN)).status is Status.CLEAN


def test_the_environment_variable_takes_json(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TAMPERWATCH_DETECTOR_TUNING", '{"layout": {"max_links": 15, "cap": 0.8}}')
    loaded = load_settings()
    check_settings(loaded)
    assert LayoutDetector.from_settings(loaded).config.max_links == 15  # a whole number stays one
    assert LayoutDetector.from_settings(loaded).config.cap == 0.8


def test_sensitivity_scales_what_no_override_names_and_an_override_holds_at_every_sensitivity() -> None:
    default = LayoutConfig().per_trait
    assert LayoutDetector.from_settings(settings(sensitivity=1.0)).config.per_trait == pytest.approx(
        default * 1.2
    )
    assert LayoutDetector.from_settings(settings(sensitivity=0.0)).config.per_trait == pytest.approx(
        default * 0.8
    )
    fixed = {"layout": {"per_trait": 0.3}}
    for sensitivity in (0.0, 0.5, 1.0):
        made = LayoutDetector.from_settings(settings(sensitivity=sensitivity, detector_tuning=fixed))
        assert made.config.per_trait == 0.3
    # an overridden scaling field moves the scaled value and sensitivity still moves it
    moved = {"foreign_injection": {"min_score_at_zero": 0.35}}
    assert ForeignInjectionDetector.from_settings(settings(detector_tuning=moved)).min_score == pytest.approx(
        0.25
    )
    assert ForeignInjectionDetector.from_settings(
        settings(sensitivity=1.0, detector_tuning=moved)
    ).min_score == pytest.approx(0.15)


@pytest.mark.parametrize(
    ("tuning", "said"),
    [
        ({"layuot": {"cap": 0.5}}, "TAMPERWATCH_DETECTOR_TUNING: 'layuot' is no detector"),
        (
            {"layout": {"max_linkz": 3}},
            "TAMPERWATCH_DETECTOR_TUNING: layout.max_linkz is not a tunable of layout",
        ),
        (
            {"layout": {"max_links": 12.5}},
            "TAMPERWATCH_DETECTOR_TUNING: layout.max_links must be a whole number",
        ),
    ],
)
def test_a_bad_key_stops_the_start_naming_it(tuning: dict[str, dict[str, float]], said: str) -> None:
    with pytest.raises(ConfigError) as caught:
        check_settings(settings(detector_tuning=tuning))
    assert str(caught.value).startswith(said)


def test_a_bad_key_also_stops_building_the_detector_and_a_non_number_stops_loading(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with pytest.raises(ConfigError, match=r"layout\.max_linkz"):
        LayoutDetector.from_settings(settings(detector_tuning={"layout": {"max_linkz": 3}}))
    monkeypatch.setenv("TAMPERWATCH_DETECTOR_TUNING", '{"layout": {"max_links": "many"}}')
    with pytest.raises(ConfigError, match=r"TAMPERWATCH_DETECTOR_TUNING\.LAYOUT\.MAX_LINKS"):
        load_settings()
