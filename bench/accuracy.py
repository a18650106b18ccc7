"""`make accuracy`: score tamperwatch on the dev corpus and on the red-team set, side by side.

    python -m bench.accuracy [--corpus DIR] [--keep PREDICTIONS] [--workers N]
                             [--redteam DIR | --no-redteam] [--oof OOF.jsonl] [--redteam2 DIR]
                             [--redteam3 DIR] [--redteam4 DIR] [--redteam5 DIR]
                             [--redteam6 DIR] [--redteam7 DIR] [--redteam8 DIR] [--redteam9 DIR]
                             [--redteam10 DIR]
                             [--redteamcjk2 DIR] [--redteamcjk4 DIR] [--redteamcjk5 DIR] [--redteamcjk6 DIR]
                             [--redteamcjk7 DIR]

Unpacks ../shared/corpus/dev.tar.zst to a temporary folder (unless --corpus points at an
unpacked ``dev/`` folder), runs `tamperwatch replay` and `tamperwatch classify` exactly as a
user would, and prints the report of ../shared/eval/score.py. Then it generates the red-team set
(``bench.redteam``: attacks written for this project, disjoint from the detectors' word lists,
spliced into the dev corpus's legit histories; or scores the one at --redteam) and scores it the
same way. The last table puts side by side: dev in sample, dev out of fold grouped by site
(``--oof``: the lines ``python -m bench.crossval_scenarios`` wrote, whose classifier never saw
the sites it scores), the red team, and with ``--redteam2 DIR`` the red team's edition 2
(``python -m bench.redteam --edition 2``: payloads nobody tuning the detectors has read; DIR is
generated first when it holds no set), and with ``--redteam3 DIR`` edition 3 (``--edition 3``:
written without reading the detectors, the same way), and with ``--redteam4 DIR`` edition 4
(likewise), and with ``--redteam5 DIR`` edition 5 (likewise), and with ``--redteam6 DIR`` edition 6
(likewise), and with ``--redteam7 DIR`` edition 7 (likewise), and with ``--redteam8 DIR`` edition 8
(likewise), and with ``--redteam9 DIR`` edition 9 (likewise), and with ``--redteam10 DIR`` edition 10
(likewise). Only aggregate figures of editions 2 to 10 are printed; their predictions stay in a
temporary folder. Leave-attackers-out figures of the page task come from
``python -m bench.crossval`` (the classifier is the only learned part).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SCORER = SHARED / "eval" / "score.py"
FAMILIES = ("replace", "inject", "seo-spam", "script", "tamper")


def unpack(archive: Path, into: Path) -> Path:
    if shutil.which("zstd") is None:
        sys.exit("zstd is needed to unpack the corpus: apt-get install zstd (make accuracy does it)")
    subprocess.run(["tar", "-I", "zstd --long=27", "-xf", str(archive), "-C", str(into)], check=True)
    return into / "dev"


def predict(corpus: Path, work: Path, workers: int) -> Path:
    """Replay the scenarios and classify the pages of ``corpus``; the predictions file."""
    tw = [sys.executable, "-m", "tamperwatch"]
    started = time.monotonic()
    scenarios, pages = work / "scenarios.jsonl", work / "pages.jsonl"
    replay = [*tw, "replay", str(corpus / "scenarios"), "--workers", str(workers), "--output", str(scenarios)]
    subprocess.run(replay, check=True)
    replay_s = time.monotonic() - started
    subprocess.run([*tw, "classify", str(corpus / "pages"), "--output", str(pages)], check=True)
    print(f"replay {replay_s:.0f} s, classify {time.monotonic() - started - replay_s:.0f} s", flush=True)
    preds = work / "preds.jsonl"
    preds.write_text(scenarios.read_text() + pages.read_text())
    return preds


def score(labels: Path, preds: Path) -> dict[str, Any]:
    """Print score.py's report and return its figures."""
    subprocess.run(
        [sys.executable, str(SCORER), "--labels", str(labels), "--predictions", str(preds)], check=True
    )
    out = subprocess.run(
        [sys.executable, str(SCORER), "--labels", str(labels), "--predictions", str(preds), "--json"],
        check=True,
        capture_output=True,
        text=True,
    )
    figures: dict[str, Any] = json.loads(out.stdout)
    return figures


def _rate(part: dict[str, Any], family: str | None = None) -> str:
    if family is not None:
        fam = part.get("per_family", {}).get(family)
        if not fam:
            return "-"
        rate = fam.get("tpr", fam.get("fpr", 0.0))
        return f"{fam['flagged']}/{fam['n']} = {100 * rate:.1f}%"
    return ""


def _overall(part: dict[str, Any], key: str) -> str:
    if not part or not part.get("n"):
        return "-"
    hits, total = (part["tp"], part["positives"]) if key == "tpr" else (part["fp"], part["negatives"])
    return f"{hits}/{total} = {100 * part[key]:.2f}%"


def side_by_side(columns: dict[str, dict[str, Any]]) -> str:
    """The table of every figure, one column per scored set."""
    rows: list[tuple[str, list[str]]] = [
        ("scenarios TPR", [_overall(c.get("scenarios", {}), "tpr") for c in columns.values()]),
        *((f"  {f}", [_rate(c.get("scenarios", {}), f) for c in columns.values()]) for f in FAMILIES),
        ("scenarios FPR", [_overall(c.get("scenarios", {}), "fpr") for c in columns.values()]),
        *(
            (f"  {f}", [_rate(c.get("scenarios", {}), f) for c in columns.values()])
            for f in ("legit", "legit-redesign", "legit-hard")
        ),
        ("pages TPR", [_overall(c.get("pages", {}), "tpr") for c in columns.values()]),
        ("pages FPR", [_overall(c.get("pages", {}), "fpr") for c in columns.values()]),
    ]
    width = max(22, *(len(r[0]) for r in rows))
    cells = [max(18, len(name), *(len(r[1][i]) for r in rows)) for i, name in enumerate(columns)]
    lines = [" ".join([" " * width, *(name.ljust(w) for name, w in zip(columns, cells, strict=True))])]
    for label, values in rows:
        lines.append(
            " ".join([label.ljust(width), *(v.ljust(w) for v, w in zip(values, cells, strict=True))])
        )
    return "\n".join(lines)


def score_redteam_edition(edition: int, dev: Path, folder: Path, work: Path, workers: int) -> dict[str, Any]:
    """Edition ``edition`` of the red team, generated into ``folder`` unless it already holds a
    set, scored like the others; its predictions are left in ``work`` (a temporary folder)."""
    if not (folder / "labels.json").is_file():
        generate = [sys.executable, "-m", "bench.redteam", "--edition", str(edition)]
        subprocess.run([*generate, "--corpus", str(dev), "--out", str(folder)], check=True, cwd=ROOT)
    (work / f"rt{edition}-run").mkdir()
    print(f"== red-team set, edition {edition} ({folder}) ==", flush=True)
    return score(folder / "labels.json", predict(folder, work / f"rt{edition}-run", workers))


def score_redteam2(dev: Path, folder: Path, work: Path, workers: int) -> dict[str, Any]:
    """Edition 2 of the red team (see ``score_redteam_edition``)."""
    return score_redteam_edition(2, dev, folder, work, workers)


def score_redteam_cjk(folder: Path, work: Path, workers: int) -> dict[str, Any]:
    """The CJK edition (``python -m bench.redteam --edition cjk``: Chinese- and Japanese-language site
    histories and pages written from scratch, no corpus), generated into ``folder`` unless it already
    holds a set, scored like the others; its predictions stay in ``work``."""
    return score_redteam_named("cjk", "CJK edition", folder, work, workers)


def score_redteam_cjk2(folder: Path, work: Path, workers: int) -> dict[str, Any]:
    """CJK edition 2 (``python -m bench.redteam --edition cjk2``: a second author's Chinese-, Japanese-
    and Korean-language sites, no corpus), generated into ``folder`` unless it holds a set."""
    return score_redteam_named("cjk2", "CJK edition 2", folder, work, workers)


def score_redteam_cjk3(folder: Path, work: Path, workers: int) -> dict[str, Any]:
    """CJK edition 3 (``python -m bench.redteam --edition cjk3``: a third author's Chinese-, Japanese-
    and Korean-language sites and pages, no corpus), generated into ``folder`` unless it holds a set."""
    return score_redteam_named("cjk3", "CJK edition 3", folder, work, workers)


def score_redteam_cjk4(folder: Path, work: Path, workers: int) -> dict[str, Any]:
    """CJK edition 4 (``python -m bench.redteam --edition cjk4``: a fourth author's Chinese-, Japanese-
    and Korean-language sites and pages, no corpus), generated into ``folder`` unless it holds a set."""
    return score_redteam_named("cjk4", "CJK edition 4", folder, work, workers)


def score_redteam_cjk5(folder: Path, work: Path, workers: int) -> dict[str, Any]:
    """CJK edition 5 (``python -m bench.redteam --edition cjk5``: a fifth author's Chinese-, Japanese-
    and Korean-language sites and pages, no corpus), generated into ``folder`` unless it holds a set."""
    return score_redteam_named("cjk5", "CJK edition 5", folder, work, workers)


def score_redteam_cjk6(folder: Path, work: Path, workers: int) -> dict[str, Any]:
    """CJK edition 6 (``python -m bench.redteam --edition cjk6``: a sixth author's Chinese-, Japanese-
    and Korean-language sites and pages, no corpus), generated into ``folder`` unless it holds a set."""
    return score_redteam_named("cjk6", "CJK edition 6", folder, work, workers)


def score_redteam_cjk7(folder: Path, work: Path, workers: int) -> dict[str, Any]:
    """CJK edition 7 (``python -m bench.redteam --edition cjk7``: a seventh author's Chinese-, Japanese-
    and Korean-language sites and pages, no corpus), generated into ``folder`` unless it holds a set."""
    return score_redteam_named("cjk7", "CJK edition 7", folder, work, workers)


def score_redteam_named(edition: str, title: str, folder: Path, work: Path, workers: int) -> dict[str, Any]:
    """A red-team edition that needs no corpus (``python -m bench.redteam --edition EDITION --out
    FOLDER``), generated into ``folder`` unless it already holds a set, scored like the others; its
    predictions stay in ``work``."""
    if not (folder / "labels.json").is_file():
        generate = [sys.executable, "-m", "bench.redteam", "--edition", edition, "--out", str(folder)]
        subprocess.run(generate, check=True, cwd=ROOT)
    (work / f"rt{edition}-run").mkdir()
    print(f"== red-team set, {title} ({folder}) ==", flush=True)
    return score(folder / "labels.json", predict(folder, work / f"rt{edition}-run", workers))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Score tamperwatch on the dev corpus and the red-team set.")
    parser.add_argument(
        "--corpus", type=Path, help="an unpacked dev/ folder (default: unpack the shared archive)"
    )
    parser.add_argument("--keep", type=Path, help="also write the dev predictions here")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--redteam", type=Path, help="score this red-team folder instead of generating one")
    parser.add_argument("--no-redteam", action="store_true", help="score the dev corpus only")
    parser.add_argument(
        "--oof", type=Path, help="out-of-fold lines of bench.crossval_scenarios, for the table"
    )
    parser.add_argument(
        "--redteamcjk",
        type=Path,
        help="also score the CJK red-team edition in this folder (generated there first when it holds no"
        " set)",
    )
    parser.add_argument(
        "--redteamcjk2",
        type=Path,
        help="also score CJK red-team edition 2 in this folder (generated there first when it holds no set)",
    )
    parser.add_argument(
        "--redteamcjk3",
        type=Path,
        help="also score CJK red-team edition 3 in this folder (generated there first when it holds no set)",
    )
    parser.add_argument(
        "--redteamcjk4",
        type=Path,
        help="also score CJK red-team edition 4 in this folder (generated there first when it holds no set)",
    )
    parser.add_argument(
        "--redteamcjk5",
        type=Path,
        help="also score CJK red-team edition 5 in this folder (generated there first when it holds no set)",
    )
    parser.add_argument(
        "--redteamcjk6",
        type=Path,
        help="also score CJK red-team edition 6 in this folder (generated there first when it holds no set)",
    )
    parser.add_argument(
        "--redteamcjk7",
        type=Path,
        help="also score CJK red-team edition 7 in this folder (generated there first when it holds no set)",
    )
    parser.add_argument(
        "--redteam2",
        type=Path,
        help="also score red-team edition 2 in this folder (generated there first when it holds no set)",
    )
    parser.add_argument(
        "--redteam3",
        type=Path,
        help="also score red-team edition 3 in this folder (generated there first when it holds no set)",
    )
    parser.add_argument(
        "--redteam4",
        type=Path,
        help="also score red-team edition 4 in this folder (generated there first when it holds no set)",
    )
    parser.add_argument(
        "--redteam5",
        type=Path,
        help="also score red-team edition 5 in this folder (generated there first when it holds no set)",
    )
    parser.add_argument(
        "--redteam6",
        type=Path,
        help="also score red-team edition 6 in this folder (generated there first when it holds no set)",
    )
    parser.add_argument(
        "--redteam7",
        type=Path,
        help="also score red-team edition 7 in this folder (generated there first when it holds no set)",
    )
    parser.add_argument(
        "--redteam8",
        type=Path,
        help="also score red-team edition 8 in this folder (generated there first when it holds no set)",
    )
    parser.add_argument(
        "--redteam9",
        type=Path,
        help="also score red-team edition 9 in this folder (generated there first when it holds no set)",
    )
    parser.add_argument(
        "--redteam10",
        type=Path,
        help="also score red-team edition 10 in this folder (generated there first when it holds no set)",
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="tw-accuracy-") as tmp:
        work = Path(tmp)
        dev = args.corpus or unpack(SHARED / "corpus" / "dev.tar.zst", work)
        (work / "dev-run").mkdir()
        preds = predict(dev, work / "dev-run", args.workers)
        if args.keep:
            shutil.copyfile(preds, args.keep)
        print("== dev corpus, in sample ==", flush=True)
        columns = {"dev in sample": score(dev / "labels.json", preds)}
        if args.oof and args.oof.is_file():
            print(f"== dev corpus, out of fold by site ({args.oof}) ==", flush=True)
            columns["dev out of fold"] = score(dev / "labels.json", args.oof)
        if not args.no_redteam:
            redteam = args.redteam
            if redteam is None:
                redteam = work / "redteam"
                subprocess.run(
                    [sys.executable, "-m", "bench.redteam", "--corpus", str(dev), "--out", str(redteam)],
                    check=True,
                    cwd=ROOT,
                )
            (work / "rt-run").mkdir()
            print("== red-team set ==", flush=True)
            columns["red team"] = score(
                redteam / "labels.json", predict(redteam, work / "rt-run", args.workers)
            )
        if args.redteamcjk is not None:
            columns["red team cjk"] = score_redteam_cjk(args.redteamcjk, work, args.workers)
        if args.redteamcjk2 is not None:
            columns["red team cjk2"] = score_redteam_cjk2(args.redteamcjk2, work, args.workers)
        if args.redteamcjk3 is not None:
            columns["red team cjk3"] = score_redteam_cjk3(args.redteamcjk3, work, args.workers)
        if args.redteamcjk4 is not None:
            columns["red team cjk4"] = score_redteam_cjk4(args.redteamcjk4, work, args.workers)
        if args.redteamcjk5 is not None:
            columns["red team cjk5"] = score_redteam_cjk5(args.redteamcjk5, work, args.workers)
        if args.redteamcjk6 is not None:
            columns["red team cjk6"] = score_redteam_cjk6(args.redteamcjk6, work, args.workers)
        if args.redteamcjk7 is not None:
            columns["red team cjk7"] = score_redteam_cjk7(args.redteamcjk7, work, args.workers)
        if args.redteam2 is not None:
            columns["red team v2"] = score_redteam2(dev, args.redteam2, work, args.workers)
        if args.redteam3 is not None:
            columns["red team v3"] = score_redteam_edition(3, dev, args.redteam3, work, args.workers)
        if args.redteam4 is not None:
            columns["red team v4"] = score_redteam_edition(4, dev, args.redteam4, work, args.workers)
        if args.redteam5 is not None:
            columns["red team v5"] = score_redteam_edition(5, dev, args.redteam5, work, args.workers)
        if args.redteam6 is not None:
            columns["red team v6"] = score_redteam_edition(6, dev, args.redteam6, work, args.workers)
        if args.redteam7 is not None:
            columns["red team v7"] = score_redteam_edition(7, dev, args.redteam7, work, args.workers)
        if args.redteam8 is not None:
            columns["red team v8"] = score_redteam_edition(8, dev, args.redteam8, work, args.workers)
        if args.redteam9 is not None:
            columns["red team v9"] = score_redteam_edition(9, dev, args.redteam9, work, args.workers)
        if args.redteam10 is not None:
            columns["red team v10"] = score_redteam_edition(10, dev, args.redteam10, work, args.workers)
        print("\n== side by side ==")
        print(side_by_side(columns))
    return 0


if __name__ == "__main__":
    sys.exit(main())
