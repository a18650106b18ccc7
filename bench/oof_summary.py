"""Rates with 95% Wilson intervals and Brier scores of a predictions file against corpus labels.

    python -m bench.oof_summary LABELS PREDICTIONS

Per task (scenarios, pages): TPR and FPR, TPR per defacement family, FPR per legit family
(``legit-redesign`` among them), and the Brier score of the predicted scores (a missing
prediction counts as not defaced with score 0, as ``score.py`` does).
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

from bench.crossval import wilson

Item = tuple[str, ...]


def _labels(path: Path) -> dict[str, dict[Item, tuple[bool, str]]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    items: dict[str, dict[Item, tuple[bool, str]]] = {"scenarios": {}, "pages": {}}
    for sid, snaps in (data.get("scenarios") or {}).items():
        for idx, lab in snaps.items():
            family = lab.get("family", lab["label"])
            items["scenarios"][(sid, str(int(idx)))] = (lab["label"] == "defaced", family)
    for pid, lab in (data.get("pages") or {}).items():
        items["pages"][(pid,)] = (lab["label"] == "defaced", lab.get("family", lab["label"]))
    return items


def _predictions(path: Path) -> dict[str, dict[Item, tuple[bool, float]]]:
    preds: dict[str, dict[Item, tuple[bool, float]]] = {"scenarios": {}, "pages": {}}
    for raw in path.read_text(encoding="utf-8").splitlines():
        if not raw.strip():
            continue
        line = json.loads(raw)
        score = float(line.get("score", 1.0 if line.get("defaced") else 0.0))
        flagged = bool(line.get("defaced", score >= 0.5))
        if "page" in line:
            preds["pages"][(str(line["page"]),)] = (flagged, score)
        elif "scenario" in line:
            preds["scenarios"][(str(line["scenario"]), str(int(line["index"])))] = (flagged, score)
    return preds


def rate(name: str, hits: int, n: int) -> str:
    low, high = wilson(hits, n)
    return f"  {name:<26} {hits:>5}/{n:<5} = {hits / max(1, n):7.2%}   95% CI [{low:6.2%}, {high:6.2%}]"


def summarise(labels_path: Path, predictions_path: Path) -> str:
    labels, preds = _labels(labels_path), _predictions(predictions_path)
    out: list[str] = []
    for task, items in labels.items():
        if not items:
            continue
        by_family: dict[tuple[bool, str], list[bool]] = defaultdict(list)
        squared = 0.0
        for item, (defaced, family) in items.items():
            flagged, score = preds[task].get(item, (False, 0.0))
            by_family[(defaced, family)].append(flagged)
            squared += (min(1.0, max(0.0, score)) - float(defaced)) ** 2
        positives = [f for (d, _), v in by_family.items() if d for f in v]
        negatives = [f for (d, _), v in by_family.items() if not d for f in v]
        missing = len(items) - len(set(items) & set(preds[task]))
        out.append(f"{task} (n={len(items)}, missing predictions {missing})")
        out.append(rate("TPR", sum(positives), len(positives)))
        out.append(rate("FPR", sum(negatives), len(negatives)))
        for (defaced, family), flags in sorted(by_family.items(), key=lambda kv: (not kv[0][0], kv[0][1])):
            out.append(rate(f"{'TPR' if defaced else 'FPR'} {family}", sum(flags), len(flags)))
        out.append(f"  {'Brier score':<26} {squared / len(items):.4f}")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 2:
        print("usage: python -m bench.oof_summary LABELS PREDICTIONS", file=sys.stderr)
        return 2
    print(summarise(Path(args[0]), Path(args[1])))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
