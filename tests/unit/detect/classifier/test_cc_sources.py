"""Training on several corpora: the dev corpus and other authors' page tasks, kept apart."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from tamperwatch.detect.classifier.features import FeatureConfig, featurize_html
from tamperwatch.detect.classifier.weights import ModelWeights

from .conftest import DEFACEMENT_HTML, NEWS_HTML

pytest.importorskip("sklearn")

from tamperwatch.detect.classifier.prepare import build_training_sets

CONFIG = FeatureConfig(bits=12)


def _corpus(root: Path, name: str, pages: dict[str, tuple[str, bool]], scenario: bool = False) -> Path:
    folder = root / name
    (folder / "pages").mkdir(parents=True)
    labels: dict[str, object] = {"pages": {}, "scenarios": {}}
    for pid, (html, defaced) in pages.items():
        (folder / "pages" / f"{pid}.html").write_text(html, encoding="utf-8")
        label = "defaced" if defaced else "legit"
        labels["pages"][pid] = {"label": label, "family": "deface-page" if defaced else "legit"}  # type: ignore[index]
    if scenario:
        snaps = folder / "scenarios" / "s1"
        snaps.mkdir(parents=True)
        (snaps / "0.html").write_text(NEWS_HTML, encoding="utf-8")
        meta = {"target_url": "https://news.example/", "learn": 1,
                "snapshots": [{"file": "0.html", "captured_at": "2024-01-01T00:00:00Z", "status": 200}]}
        (snaps / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
        labels["scenarios"] = {"s1": {"0": {"label": "legit", "family": "legit"}}}
    (folder / "labels.json").write_text(json.dumps(labels), encoding="utf-8")
    return folder


def test_page_corpora_add_their_pages_only_and_their_own_site_groups(tmp_path: Path) -> None:
    dev = _corpus(tmp_path, "dev", {"a": (DEFACEMENT_HTML, True), "b": (NEWS_HTML, False)}, scenario=True)
    other = _corpus(tmp_path, "other", {"c": (DEFACEMENT_HTML.replace("Zer0", "Kr4ken"), True),
                                        "d": (NEWS_HTML.replace("Tribune", "Herald"), False)}, scenario=True)
    data = build_training_sets([dev], [other], CONFIG)
    other_real = [i.key for i in data.info if not i.synthetic and i.corpus == "other"]
    assert sorted(other_real) == ["c", "d"]  # its scenario is not read
    assert any(i.task == "scenarios" for i in data.info if i.corpus == "dev")
    assert set(data.groups[data.corpus_mask("dev")]).isdisjoint(data.groups[data.corpus_mask("other")])
    for k, info in enumerate(data.info):  # every synthetic copy points at its real source, in its corpus
        if info.synthetic:
            source = data.info[info.source]
            assert not source.synthetic and source.corpus == info.corpus
            assert data.groups[k] == data.groups[info.source]


def test_a_model_file_written_before_the_layout_statistics_still_loads(tmp_path: Path) -> None:
    old = FeatureConfig(bits=12, layout=False)
    features = featurize_html(NEWS_HTML, old)
    weights = ModelWeights(old, np.zeros(1 << 12, np.float32), np.zeros(len(features.dense)),
                           np.zeros(len(features.dense)), np.ones(len(features.dense)), 0.0, 1.0, 0.0, 0.5)
    path = tmp_path / "old.npz"
    weights.save(path)
    with np.load(path) as data:
        meta = json.loads(str(data["meta"]))
        arrays = {k: data[k] for k in data.files if k != "meta"}
    del meta["config"]["layout"]  # as the files of earlier versions are
    with path.open("wb") as fh:
        np.savez_compressed(fh, meta=np.asarray(json.dumps(meta)), **arrays)
    loaded = ModelWeights.load(path)
    assert loaded.config == old
    assert len(featurize_html(NEWS_HTML, loaded.config).dense) == len(features.dense)
    assert len(featurize_html(NEWS_HTML, CONFIG).dense) > len(features.dense)
