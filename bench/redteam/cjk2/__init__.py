"""CJK edition 2 of the red team: Chinese-, Japanese- and Korean-language site histories and pages
written from scratch by a second author (no corpus; ``python -m bench.redteam --edition cjk2``)."""
