"""Turn corpus folders into a training set: features, labels, weights and site groups.

Two steps, so that a bench can keep the (slow) augmented pages and featurise them again:
``raw_examples`` reads a corpus and writes the synthetic copies as HTML; ``featurize_raw``
turns those into a ``TrainingSet``. ``combine`` joins the sets of several corpora (the dev
corpus and the page tasks of the red-team editions), keeping their site groups apart.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
import numpy.typing as npt
from scipy import sparse
from selectolax.lexbor import LexborHTMLParser

from tamperwatch.detect.classifier.augment import condensed_html
from tamperwatch.detect.classifier.dataset import iter_examples
from tamperwatch.detect.classifier.features import FeatureConfig, PageFeatures, featurize_html
from tamperwatch.detect.classifier.grouping import canonical_host, site_groups
from tamperwatch.detect.classifier.salient import extract_salient
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
    corpus: str = ""  # name of the corpus folder the example came from


@dataclass(frozen=True)
class RawExample:
    """One training example before featurising: its HTML, label, weight and site host."""

    html: str
    info: ExampleInfo
    defaced: bool
    weight: float
    host: str


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

    def corpus_mask(self, name: str) -> npt.NDArray[np.bool_]:
        return np.asarray([i.corpus == name for i in self.info])


def raw_examples(
    corpus: Path,
    legit_per_scenario: int = 3,
    scenario_weight: float = 1.0,
    augment: bool = True,
    transplants: int = 2,
    transplant_weight: float = 0.5,
    pages_only: bool = False,
) -> Iterator[RawExample]:
    """Every example of ``corpus``, plus synthetic legit examples when ``augment``.

    Every legit example gets a condensed copy, and ``transplants`` copies with its visible text
    rewritten into other languages (``transplant``; the languages rotate over the examples so
    each is used alike), each with its own condensed copy, weighted ``transplant_weight`` (so the
    transplants of a page weigh as much as the page and its condensed copy). A synthetic
    example names its source's row (``ExampleInfo.source``, counted within this corpus) and
    shares its host. Defacement pages are never copied. ``pages_only`` skips the scenarios. A
    corpus can turn augmentation off for itself (``corpus_augments``).
    """
    legit_seen = 0
    row = 0
    name = corpus.name
    augment, corpus_weight = augment and corpus_augments(corpus), corpus_weight_of(corpus)
    for n, ex in enumerate(iter_examples(corpus, legit_per_scenario, pages_only)):
        host = ex.host or canonical_host(ex.page) or f"example-{n}"
        base = (scenario_weight if ex.task == "scenarios" else 1.0) * corpus_weight
        info = ExampleInfo(ex.task, ex.key, ex.index, ex.family, corpus=name)
        source_row = row
        yield RawExample(ex.page.html, info, ex.defaced, base, host)
        row += 1
        if not augment or ex.defaced:
            continue
        copy = replace(info, synthetic=True, source=source_row)
        salient = extract_salient(ex.page.tree)
        yield RawExample(condensed_html(salient), replace(copy, condensed=True), False, base, host)
        row += 1
        for lang in languages_for(legit_seen, transplants) if transplants else ():
            text = transplant_html(ex.page.html, lang, seed_of(f"{ex.key}/{ex.index}", lang))
            yield RawExample(text, replace(copy, language=lang), False, base * transplant_weight, host)
            yield RawExample(_condensed_of(text), replace(copy, language=lang, condensed=True), False,
                             base * transplant_weight, host)
            row += 2
        legit_seen += 1


def corpus_weight_of(corpus: Path) -> float:
    """Weight of each of the corpus's examples (labels.json ``"weight"``, 1 when absent)."""
    labels = json.loads((corpus / "labels.json").read_text(encoding="utf-8"))
    return float(labels.get("weight", 1.0))


def corpus_augments(corpus: Path) -> bool:
    """False when the corpus's labels.json says ``"augment": false``: its pages are written in many
    languages and shapes already (``bench.legit_messages``), and transplanting a message page's
    words into word salad would teach that any message-shaped page with unknown words is legit."""
    labels = json.loads((corpus / "labels.json").read_text(encoding="utf-8"))
    return bool(labels.get("augment", True))


def _condensed_of(html: str) -> str:
    return condensed_html(extract_salient(LexborHTMLParser(html)))


def featurize_raw(raws: Sequence[RawExample], config: FeatureConfig) -> TrainingSet:
    """The training set of ``raws`` (one corpus): features, labels, weights and site groups."""
    feats = [featurize_html(r.html, config) for r in raws]
    info = [r.info for r in raws]
    ngrams = ngram_matrix(feats, config.hasher.n_features)
    # Groups of the real examples (host, near-identical text); a synthetic one joins its source's.
    # (Transplants into one language share most short n-grams, so they are kept out of the
    # similarity test: it would chain unrelated sites together, and cost n^2 memory.)
    real_rows = np.flatnonzero([not i.synthetic for i in info])
    real_groups = site_groups([raws[int(i)].host for i in real_rows], ngrams[real_rows])
    group_of_row = dict(zip(real_rows.tolist(), real_groups.tolist(), strict=True))
    groups = np.asarray([group_of_row[k if i.source < 0 else i.source] for k, i in enumerate(info)],
                        dtype=np.int64)
    return TrainingSet(info, feats, ngrams, dense_matrix(feats), np.asarray([r.defaced for r in raws], bool),
                       np.asarray([r.weight for r in raws], dtype=np.float64), groups)


def combine(sets: Sequence[TrainingSet]) -> TrainingSet:
    """One training set of several corpora's: rows, synthetic sources and groups renumbered."""
    info: list[ExampleInfo] = []
    feats: list[PageFeatures] = []
    groups: list[npt.NDArray[np.int64]] = []
    group_offset = 0
    for part in sets:
        offset = len(info)
        info += [i if i.source < 0 else replace(i, source=i.source + offset) for i in part.info]
        feats += part.features
        groups.append(part.groups + group_offset)
        group_offset += int(part.groups.max()) + 1 if len(part.groups) else 0
    return TrainingSet(
        info, feats, sparse.vstack([p.ngrams for p in sets], format="csr"),
        np.vstack([p.dense for p in sets]), np.concatenate([p.y for p in sets]),
        np.concatenate([p.weight for p in sets]), np.concatenate(groups),
    )


def build_training_set(
    corpus: Path,
    config: FeatureConfig,
    legit_per_scenario: int = 3,
    pages_only: bool = False,
) -> TrainingSet:
    """Read, augment and featurise every example of one corpus (see ``raw_examples``)."""
    return featurize_raw(list(raw_examples(corpus, legit_per_scenario, pages_only=pages_only)), config)


def build_training_sets(
    corpora: Sequence[Path], page_corpora: Sequence[Path], config: FeatureConfig, legit_per_scenario: int = 3
) -> TrainingSet:
    """The combined set of full corpora (pages and scenarios) and page-task-only corpora."""
    sets = [build_training_set(c, config, legit_per_scenario) for c in corpora]
    sets += [build_training_set(c, config, legit_per_scenario, pages_only=True) for c in page_corpora]
    return combine(sets)
