"""Edition 6 of the red-team set: fresh payloads, tamper styles, hiding techniques, injection shapes,
script styles, legit-hard changes and legit pages, written for it alone, without reading the
detectors, their lexicons or any earlier edition's results.

    python -m bench.redteam --edition 6 --corpus /tmp/corpus/dev --out /tmp/redteam6

It reuses edition 1's plumbing (windows of the dev corpus's legit histories, byte-exact splices,
charsets, the writer) and none of editions 1-5's texts, hosts, templates, techniques or styles.
The output has the dev corpus's layout plus ``manifest.json``, like the earlier editions.
"""
