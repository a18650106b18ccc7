"""Turn a corpus folder into a training set: features, labels, weights and site groups."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt
from scipy import sparse

from tamperwatch.detect.classifier.dataset import Example, iter_examples
from tamperwatch.detect.classifier.features import FeatureConfig, PageFeatures, featurize_tree
from tamperwatch.detect.classifier.grouping import canonical_host, site_groups
from tamperwatch.detect.classifier.training import dense_matrix, ngram_matrix


@dataclass(frozen=True)
class ExampleInfo:
    task: str
    key: str
    index: int
    family: str


@dataclass(frozen=True)
class TrainingSet:
    info: list[ExampleInfo]
    features: list[PageFeatures]
    ngrams: sparse.csr_matrix
    dense: npt.NDArray[np.float64]
    y: npt.NDArray[np.bool_]
    weight: npt.NDArray[np.float64]
    groups: npt.NDArray[np.int64]

    @property
    def is_page(self) -> npt.NDArray[np.bool_]:
        return np.asarray([i.task == "pages" for i in self.info])


def _featurize(example: Example, config: FeatureConfig) -> PageFeatures:
    return featurize_tree(example.page.tree, example.page.html, config)


def build_training_set(
    corpus: Path, config: FeatureConfig, legit_per_scenario: int = 3, scenario_weight: float = 1.0
) -> TrainingSet:
    """Read and featurise every example; pages already parsed are dropped as they are used."""
    feats: list[PageFeatures] = []
    hosts: list[str] = []
    info: list[ExampleInfo] = []
    labels: list[bool] = []
    for ex in iter_examples(corpus, legit_per_scenario):
        feats.append(_featurize(ex, config))
        hosts.append(ex.host or canonical_host(ex.page))
        info.append(ExampleInfo(ex.task, ex.key, ex.index, ex.family))
        labels.append(ex.defaced)
    ngrams = ngram_matrix(feats, config.hasher.n_features)
    y = np.asarray(labels, dtype=bool)
    weight = np.asarray([scenario_weight if i.task == "scenarios" else 1.0 for i in info])
    return TrainingSet(info, feats, ngrams, dense_matrix(feats), y, weight, site_groups(hosts, ngrams))
