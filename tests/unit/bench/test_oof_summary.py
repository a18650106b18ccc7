"""The out-of-fold summary: rates per task and family with Wilson intervals, Brier score of the scores."""

from __future__ import annotations

import json
from pathlib import Path

from bench.crossval import wilson
from bench.oof_summary import summarise


def write(tmp_path: Path) -> tuple[Path, Path]:
    def lab(label: str, family: str) -> dict[str, str]:
        return {"label": label, "family": family}

    labels = {
        "scenarios": {
            "s-1": {"3": lab("defaced", "inject"), "2": lab("legit", "legit")},
            "s-2": {"4": lab("defaced", "tamper"), "1": lab("legit", "legit-redesign")},
        },
        "pages": {"p-1": lab("defaced", "deface-page"), "p-2": lab("legit", "legit")},
    }
    preds = [
        {"scenario": "s-1", "index": 3, "defaced": True, "score": 0.9},
        {"scenario": "s-1", "index": 2, "defaced": False, "score": 0.0},
        {"scenario": "s-2", "index": 1, "defaced": True, "score": 0.6},  # tamper at index 4 has no line
        {"page": "p-1", "defaced": True, "score": 1.0},
        {"page": "p-2", "defaced": False, "score": 0.2},
    ]
    (tmp_path / "labels.json").write_text(json.dumps(labels))
    (tmp_path / "preds.jsonl").write_text("\n".join(json.dumps(p) for p in preds) + "\n")
    return tmp_path / "labels.json", tmp_path / "preds.jsonl"


def test_rates_intervals_families_and_brier(tmp_path: Path) -> None:
    text = summarise(*write(tmp_path))
    scenarios = text.split("\npages (")[0].splitlines()
    lines = {line[:28].strip(): line for line in scenarios}
    assert "scenarios (n=4, missing predictions 1)" in text
    low, high = wilson(1, 2)
    assert f"[{low:6.2%}, {high:6.2%}]" in lines["TPR"]
    assert "1/2" in lines["TPR"] and "1/2" in lines["FPR"]
    assert "0/1" in lines["TPR tamper"] and "1/1" in lines["FPR legit-redesign"]
    # Brier: scenarios (0.1^2 + 0 + 0.6^2 + 1^2) / 4, pages (0 + 0.2^2) / 2
    briers = [line.split()[-1] for line in text.splitlines() if "Brier score" in line]
    assert briers == [f"{(0.01 + 0.36 + 1.0) / 4:.4f}", f"{0.04 / 2:.4f}"]


def test_wilson_interval_contains_the_rate_and_is_wider_for_fewer_samples() -> None:
    small, large = wilson(9, 10), wilson(900, 1000)
    assert small[0] < 0.9 < small[1] and large[0] < 0.9 < large[1]
    assert small[1] - small[0] > large[1] - large[0]
    assert wilson(0, 0) == (0.0, 1.0)


def test_language_report_compares_transplants_with_their_sources(capsys: object) -> None:
    import numpy as np
    from scipy import sparse

    from bench.crossval import language_report
    from tamperwatch.detect.classifier.prepare import ExampleInfo, TrainingSet

    info = [ExampleInfo("pages", "p", -1, "legit"),
            ExampleInfo("pages", "p", -1, "legit", True, "zh-hans", source=0),
            ExampleInfo("pages", "p", -1, "legit", True, "zh-hans", condensed=True, source=0),
            ExampleInfo("pages", "p", -1, "legit", True, "ar", source=0)]
    n = len(info)
    data = TrainingSet(info, [], sparse.csr_matrix((n, 4)), np.zeros((n, 2)), np.zeros(n, bool), np.ones(n),
                       np.zeros(n, np.int64))
    language_report(data, np.asarray([0.1, 0.2, 0.9, 0.5]), 0.3)
    out = capsys.readouterr().out  # type: ignore[attr-defined]
    rows = {line.split()[0]: line.split() for line in out.splitlines()[2:]}
    assert rows["zh-hans"][1:5] == ["1", "0.2000", "0.1000", "0.1000"]  # the condensed copy is left out
    assert rows["ar"][-1] == "1" and rows["all"][1] == "2"
