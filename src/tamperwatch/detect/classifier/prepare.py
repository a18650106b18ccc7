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
from tamperwatch.detect.classifier.transplant import languages_for, seed_of, transplant_html


@dataclass(frozen=True)
class ExampleInfo:
    task: str
    key: str
    index: int
    family: str
    synthetic: bool = False
    language: str = ""  # target language of a transplant ('' for a real page or its condensed copy)
    condensed: bool = False
    source: int = -1  # row of the real example a synthetic one was built from


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

    @property
    def is_transplant(self) -> npt.NDArray[np.bool_]:
        """Full-page transplants (not their condensed copies)."""
        return np.asarray([bool(i.language) and not i.condensed for i in self.info])


def _featurize(example: Example, config: FeatureConfig) -> PageFeatures:
    return featurize_tree(example.page.tree, example.page.html, config)


def build_training_set(
    corpus: Path,
    config: FeatureConfig,
    legit_per_scenario: int = 3,
    scenario_weight: float = 1.0,
    augment: bool = True,
    transplants: int = 2,
    transplant_weight: float = 0.5,
) -> TrainingSet:
    """Read and featurise every example, plus synthetic legit examples when ``augment``.

    Every legit example gets a condensed copy, and ``transplants`` copies with its visible text
    rewritten into other languages (``transplant``; the languages rotate over the examples so
    each is used alike), each with its own condensed copy, weighted ``transplant_weight`` (so the
    transplants of a page weigh as much as the page and its condensed copy). Pages are parsed
    one at a time and dropped once featurised. A synthetic example shares its source's site group, so
    cross-validation never trains on a copy of a test page. Defacement pages are never copied.
    """
    feats: list[PageFeatures] = []
    hosts: list[str] = []
    info: list[ExampleInfo] = []
    labels: list[bool] = []
    weights: list[float] = []
    legit_seen = 0
    for n, ex in enumerate(iter_examples(corpus, legit_per_scenario)):
        source = _featurize(ex, config)
        host = ex.host or canonical_host(ex.page) or f"example-{n}"
        row = len(feats)
        base = scenario_weight if ex.task == "scenarios" else 1.0

        def add(features: PageFeatures, item: ExampleInfo, weight: float, defaced: bool = False) -> None:
            feats.append(features)
            hosts.append(host)  # noqa: B023 - used within this iteration only
            info.append(item)
            labels.append(defaced)
            weights.append(weight)

        add(source, ExampleInfo(ex.task, ex.key, ex.index, ex.family), base, ex.defaced)
        if not augment or ex.defaced:
            continue
        add(featurize_html(condensed_html(source.salient), config),
            ExampleInfo(ex.task, ex.key, ex.index, ex.family, True, condensed=True, source=row), base)
        for lang in languages_for(legit_seen, transplants) if transplants else ():
            text = transplant_html(ex.page.html, lang, seed_of(f"{ex.key}/{ex.index}", lang))
            moved = featurize_html(text, config)
            add(moved, ExampleInfo(ex.task, ex.key, ex.index, ex.family, True, lang, source=row),
                base * transplant_weight)
            add(featurize_html(condensed_html(moved.salient), config),
                ExampleInfo(ex.task, ex.key, ex.index, ex.family, True, lang, condensed=True, source=row),
                base * transplant_weight)
        legit_seen += 1
    ngrams = ngram_matrix(feats, config.hasher.n_features)
    y = np.asarray(labels, dtype=bool)
    weight = np.asarray(weights, dtype=np.float64)
    # Groups of the real examples (host, near-identical text); a synthetic one joins its source's.
    # (Transplants into one language share most short n-grams, so they are kept out of the
    # similarity test: it would chain unrelated sites together, and cost n^2 memory.)
    real = np.asarray([not i.synthetic for i in info])
    real_rows = np.flatnonzero(real)
    real_groups = site_groups([hosts[i] for i in real_rows], ngrams[real_rows])
    group_of_row = dict(zip(real_rows.tolist(), real_groups.tolist(), strict=True))
    groups = np.asarray([group_of_row[k if i.source < 0 else i.source] for k, i in enumerate(info)],
                        dtype=np.int64)
    return TrainingSet(info, feats, ngrams, dense_matrix(feats), y, weight, groups)
