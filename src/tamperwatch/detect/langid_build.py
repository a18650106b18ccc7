"""Build the packaged language identifier (``detect/model/langid.npz``) from word frequencies.

    python -m tamperwatch.detect.langid_build [--out PATH]

Needs the ``wordfreq`` package (in the ``train`` extra): for each language it reads the most
frequent words with their frequencies and counts the character 1- to 3-grams of each word (with
its boundaries), weighted by the word's frequency. The counts are hashed into ``BUCKETS`` rows
and stored as smoothed log-probabilities (float16). Nothing is downloaded; the result ships in
the package and is read with numpy only (``detect/langid.py``).
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np
import numpy.typing as npt

from tamperwatch.detect.langid import BUCKETS, LANGUAGES, MODEL_PATH, ngram_buckets

WORDS_PER_LANGUAGE = 30_000
SMOOTHING = 0.5  # added to every bucket's count before normalising


def language_row(code: str) -> npt.NDArray[np.float64]:
    import wordfreq  # training-time dependency only

    counts = np.zeros(BUCKETS, dtype=np.float64)
    frequencies = wordfreq.get_frequency_dict(code, wordlist="best")  # no tokeniser needed
    top = sorted(frequencies.items(), key=lambda item: -item[1])[:WORDS_PER_LANGUAGE]
    for word, weight in top:
        for bucket in ngram_buckets(word):
            counts[bucket] += weight
    counts = counts / counts.sum() * 1e6 + SMOOTHING
    logs: npt.NDArray[np.float64] = np.log(counts / counts.sum())
    return logs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    args = parser.parse_args(argv)
    rows = []
    for code in LANGUAGES:
        rows.append(language_row(code))
        print(f"{code}: done", flush=True)
    table = np.stack(rows).astype(np.float16)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(args.out, table=table, languages=np.array(LANGUAGES))
    print(f"wrote {args.out} ({args.out.stat().st_size} bytes, {len(LANGUAGES)} languages)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
