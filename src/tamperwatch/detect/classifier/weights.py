"""The exported model: feature parameters, linear weights and calibration, as one ``.npz`` file.

Written by the training script, read at run time with numpy only (no pickle, no
scikit-learn). The decision value is ``w . x_ngrams + v . (dense - mean) / scale + b``; the
probability is ``sigmoid(calib_a * z + calib_b)`` (Platt scaling fitted out of fold).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

from tamperwatch.detect.classifier.features import FeatureConfig

FORMAT_VERSION = 1
# a model file written before the layout (or the resource) statistics existed: its config lacks the key
_BEFORE_LAYOUT = {"layout": False, "resources": False}
FloatArray = npt.NDArray[np.float64]


class ModelFileError(ValueError):
    """The model file is missing, corrupt or of an unknown format."""


@dataclass(frozen=True)
class ModelWeights:
    config: FeatureConfig
    ngram: npt.NDArray[np.float32]
    dense: FloatArray
    dense_mean: FloatArray
    dense_scale: FloatArray
    intercept: float
    calib_a: float
    calib_b: float
    threshold: float

    def save(self, path: Path) -> None:
        meta = {
            "format": FORMAT_VERSION,
            "config": asdict(self.config),
            "intercept": self.intercept,
            "calib_a": self.calib_a,
            "calib_b": self.calib_b,
            "threshold": self.threshold,
        }
        nonzero = np.flatnonzero(self.ngram).astype(np.int32)
        with path.open("wb") as fh:
            np.savez_compressed(
                fh,
                meta=np.asarray(json.dumps(meta)),
                ngram_index=nonzero,
                ngram_value=self.ngram[nonzero].astype(np.float16),
                dense=self.dense,
                dense_mean=self.dense_mean,
                dense_scale=self.dense_scale,
            )

    @classmethod
    def load(cls, path: Path) -> ModelWeights:
        try:
            with np.load(path, allow_pickle=False) as data:
                meta = json.loads(str(data["meta"]))
                if meta.get("format") != FORMAT_VERSION:
                    raise ModelFileError(f"{path}: unknown model format {meta.get('format')!r}")
                config = FeatureConfig(**{**_BEFORE_LAYOUT, **meta["config"]})
                ngram = np.zeros(config.hasher.n_features, dtype=np.float32)
                ngram[data["ngram_index"]] = data["ngram_value"].astype(np.float32)
                return cls(
                    config=config,
                    ngram=ngram,
                    dense=np.asarray(data["dense"], dtype=np.float64),
                    dense_mean=np.asarray(data["dense_mean"], dtype=np.float64),
                    dense_scale=np.asarray(data["dense_scale"], dtype=np.float64),
                    intercept=float(meta["intercept"]),
                    calib_a=float(meta["calib_a"]),
                    calib_b=float(meta["calib_b"]),
                    threshold=float(meta["threshold"]),
                )
        except (OSError, KeyError, TypeError, ValueError) as exc:
            if isinstance(exc, ModelFileError):
                raise
            raise ModelFileError(f"cannot read content classifier model {path}: {exc}") from exc
