"""Edition 3 of the red-team set: fresh payloads, tamper styles, hiding techniques, script styles,
legit-hard changes and legit pages, written for it alone, without reading the detectors.

    python -m bench.redteam --edition 3 --corpus /tmp/corpus/dev --out /tmp/redteam3

It reuses edition 1's plumbing (windows of the dev corpus's legit histories, byte-exact splices,
charsets, the writer) and none of edition 1's or 2's texts, hosts, templates, techniques or
styles. The output has the dev corpus's layout plus ``manifest.json``, like editions 1 and 2.
"""
