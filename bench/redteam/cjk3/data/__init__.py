"""Texts of CJK edition 3: site vocabularies (legit) and attacker material (payloads)."""
