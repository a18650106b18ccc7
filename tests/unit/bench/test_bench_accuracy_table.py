"""The side-by-side table of `make accuracy`."""

from __future__ import annotations

from bench.accuracy import side_by_side


def _figures(tp: int, fp: int) -> dict[str, object]:
    return {
        "scenarios": {
            "n": 20,
            "tp": tp,
            "positives": 10,
            "fp": fp,
            "negatives": 10,
            "tpr": tp / 10,
            "fpr": fp / 10,
            "per_family": {"tamper": {"label": "defaced", "n": 10, "flagged": tp, "tpr": tp / 10}},
        },
        "pages": {},
    }


def test_every_set_is_a_column_and_every_figure_a_row() -> None:
    table = side_by_side({"dev in sample": _figures(10, 0), "red team": _figures(4, 1)})
    lines = table.splitlines()
    assert "dev in sample" in lines[0] and "red team" in lines[0]
    tamper = next(line for line in lines if line.strip().startswith("tamper"))
    assert "10/10 = 100.0%" in tamper and "4/10 = 40.0%" in tamper
    fpr = next(line for line in lines if line.startswith("scenarios FPR"))
    assert "0/10 = 0.00%" in fpr and "1/10 = 10.00%" in fpr
    assert next(line for line in lines if line.startswith("pages TPR")).split()[-1] == "-"
