"""CJK red-team edition 7: invented Chinese-, Japanese- and Korean-language sites, their histories,
attacks on them and a page task, written without reading the detectors (see docs/redteam.md)."""
