"""Turn a corpus folder into a training set: features, labels, weights and site groups."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt
from scipy import sparse

from tamperwatch.detect.classifier.augment import condensed_html
from tamperwatch.detect.classifier.dataset import Example, iter_examples
from tamperwatch.detect.classifier.features import FeatureConfig, PageFeatures, featurize_html, featurize_tree
from tamperwatch.detect.classifier.grouping import canonical_host, site_groups
from tamperwatch.detect.classifier.training import dense_matrix, ngram_matrix


@dataclass(frozen=True)
class ExampleInfo:
    task: str
    key: str
    index: int
    family: str
    synthetic: bool = False


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
        """Real (not augmented) examples of the pages task."""
        return np.asarray([i.task == "pages" and not i.synthetic for i in self.info])

    @property
    def is_real(self) -> npt.NDArray[np.bool_]:
        return np.asarray([not i.synthetic for i in self.info])


def _featurize(example: Example, config: FeatureConfig) -> PageFeatures:
    return featurize_tree(example.page.tree, example.page.html, config)


def build_training_set(
    corpus: Path,
    config: FeatureConfig,
    legit_per_scenario: int = 3,
    scenario_weight: float = 1.0,
    augment: bool = True,
) -> TrainingSet:
    """Read and featurise every example (plus condensed legit copies when ``augment``).

    Pages are parsed one at a time and dropped once featurised. A copy shares its source's
    site group, so cross-validation never trains on a copy of a test page.
    """
    feats: list[PageFeatures] = []
    hosts: list[str] = []
    info: list[ExampleInfo] = []
    labels: list[bool] = []
    for n, ex in enumerate(iter_examples(corpus, legit_per_scenario)):
        source = _featurize(ex, config)
        host = ex.host or canonical_host(ex.page) or f"example-{n}"
        feats.append(source)
        hosts.append(host)
        info.append(ExampleInfo(ex.task, ex.key, ex.index, ex.family))
        labels.append(ex.defaced)
        if augment and not ex.defaced:
            feats.append(featurize_html(condensed_html(source.salient), config))
            hosts.append(host)
            info.append(ExampleInfo(ex.task, ex.key, ex.index, ex.family, synthetic=True))
            labels.append(False)
    ngrams = ngram_matrix(feats, config.hasher.n_features)
    y = np.asarray(labels, dtype=bool)
    weight = np.asarray([scenario_weight if i.task == "scenarios" else 1.0 for i in info])
    return TrainingSet(info, feats, ngrams, dense_matrix(feats), y, weight, site_groups(hosts, ngrams))
