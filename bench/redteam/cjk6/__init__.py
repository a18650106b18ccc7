"""CJK red-team edition 6: invented Chinese-, Japanese- and Korean-language sites, their histories,
attacks on them and single pages, written without reading the detectors or earlier editions."""
