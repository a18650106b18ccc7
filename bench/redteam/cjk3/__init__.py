"""CJK edition 3 of the red team: Chinese-, Japanese- and Korean-language site histories and single
pages written from scratch by a third author (no corpus, no detector code read). See docs/redteam.md,
section "CJK edition 3"."""
