"""A red-team evaluation set for tamperwatch, generated from the dev corpus's legit histories.

    python -m bench.redteam --corpus /tmp/corpus/dev --out /tmp/redteam [--seed N] [--limit N]

Every payload (slogans, defacement pages, spam anchors, script domains, headlines, legit pages)
is written fresh in ``bench.redteam.data``; none is taken from the detectors. The output has the
dev corpus's layout (scenarios/, pages/, labels.json) plus ``manifest.json`` describing each item.
"""
