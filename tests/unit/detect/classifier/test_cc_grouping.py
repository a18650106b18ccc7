"""Site groups for cross-validation: same host or near-identical text share a group."""

from __future__ import annotations

import pytest

pytest.importorskip("scipy")

from tamperwatch.detect.classifier.features import FeatureConfig, featurize_html
from tamperwatch.detect.classifier.grouping import site_groups
from tamperwatch.detect.classifier.training import ngram_matrix


def test_same_host_and_near_duplicates_share_groups() -> None:
    config = FeatureConfig(bits=16)
    pages = [
        "<title>Weather</title><p>rain tomorrow in the north, sun in the south</p>",
        "<title>Sport</title><p>the final ends in a draw after extra time</p>",
        "<title>Owned by crew</title><p>your security is weak, greetings to all teams</p>",
        "<title>Owned by crew</title><p>your security is weak, greetings to all teams!</p>",
        "<title>Recipes</title><p>bake the bread for forty minutes</p>",
    ]
    matrix = ngram_matrix([featurize_html(p, config) for p in pages], config.hasher.n_features)
    groups = site_groups(["a.example", "a.example", "", "", "b.example"], matrix)
    assert groups[0] == groups[1]
    assert groups[2] == groups[3]
    assert len({groups[0], groups[2], groups[4]}) == 3
