"""Per-variant results of a scored red-team set: which payload kinds the engine catches.

    python -m bench.redteam.breakdown --set /tmp/redteam --predictions preds.jsonl

Reads the generator's manifest.json (each item's family and variant) and the predictions of
`tamperwatch replay` / `classify`, and prints caught/total per family and variant.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

_KEYS = ("kind", "technique", "style", "template", "lang", "langs")


def _describe(item: dict[str, object]) -> str:
    return " ".join(f"{k}={item[k]}" for k in _KEYS if k in item)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", type=Path, required=True, help="the red-team folder")
    parser.add_argument("--predictions", type=Path, required=True)
    parser.add_argument("--by", default="", help="group by this manifest key only (e.g. lang)")
    args = parser.parse_args(argv)
    manifest = json.loads((args.set / "manifest.json").read_text())
    labels = json.loads((args.set / "labels.json").read_text())
    flagged: dict[tuple[str, int | None], bool] = {}
    for line in args.predictions.read_text().splitlines():
        row = json.loads(line)
        key = (row["scenario"], row["index"]) if "scenario" in row else (row["page"], None)
        flagged[key] = bool(row.get("defaced"))
    totals: Counter[tuple[str, str]] = Counter()
    hits: Counter[tuple[str, str]] = Counter()
    for task in ("scenarios", "pages"):
        for item_id, item in manifest.get(task, {}).items():
            family = str(item.get("family", "?"))
            desc = f"{args.by}={item.get(args.by)}" if args.by else _describe(item)
            if task == "scenarios":
                marks = labels["scenarios"].get(item_id, {})
                keys = [(item_id, max(int(i) for i in marks))] if marks else []  # the last: the attacked one
            else:
                keys = [(item_id, None)]
            for key in keys:
                totals[(family, desc)] += 1
                hits[(family, desc)] += flagged.get(key, False)
    for family, desc in sorted(totals):
        print(f"{family:14} {hits[(family, desc)]:3}/{totals[(family, desc)]:<3} {desc}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
