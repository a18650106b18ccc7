"""Edition 2 of the red-team set: fresh payloads, hiding techniques, script styles and legit pages,
written for it alone (nobody tuning the detectors has read its misses).

    python -m bench.redteam --edition 2 --corpus /tmp/corpus/dev --out /tmp/redteam2

It reuses edition 1's plumbing (windows of the dev corpus's legit histories, byte-exact splices,
charsets, the writer) and none of its texts, hosts, templates, techniques or styles. The output has
the dev corpus's layout plus ``manifest.json``, like edition 1.
"""
