"""Red-team edition 10: an independent author's payloads, spliced into the dev corpus's legit
histories by edition 1's plumbing (``bench.redteam.scenarios.build_with``)."""
