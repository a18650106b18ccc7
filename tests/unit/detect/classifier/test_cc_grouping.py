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


def test_attacker_handle_is_read_from_the_signature_line() -> None:
    from tamperwatch.detect.classifier.grouping import attacker_handle

    assert attacker_handle("Hacked By ./Mr. R013X 404") == "r013x"
    assert attacker_handle("owned by DZ-313 cyber") == "dz313"
    assert attacker_handle("", "!! pwnd by the Zer0Crew | greetz") == "zer0crew"
    assert attacker_handle("h4cked by omgsmok - cyb3r team") == "omgsmok"
    assert attacker_handle("City council news", "Weather and sport") == ""


def test_attacker_groups_merge_one_attackers_pages_and_keep_the_rest() -> None:
    import numpy as np

    from tamperwatch.detect.classifier.grouping import attacker_groups

    groups = np.asarray([0, 1, 2, 3, 3], dtype=np.int64)
    merged = attacker_groups(groups, ["crew", "", "crew", "", "other"])
    assert merged[0] == merged[2]
    assert merged[3] == merged[4]  # same site group stays together
    assert len({merged[0], merged[1], merged[3]}) == 3
