"""Edition 7 of the red-team set: fresh payloads, tamper styles, hiding techniques, inject shapes,
script-loading styles, legit-hard changes and legit pages, written for it alone, without reading
the detectors, their lexicons, edition 6 or any earlier edition's results.

    python -m bench.redteam --edition 7 --corpus /tmp/corpus/dev --out /tmp/redteam7

It reuses edition 1's plumbing (windows of the dev corpus's legit histories, byte-exact splices,
charsets, the writer) and a few structural helpers of editions 2, 3 and 5 (headline and teaser
finders), and none of editions 1-6's texts, hosts, templates, techniques or styles. The output has
the dev corpus's layout plus ``manifest.json``, like the earlier editions.
"""
