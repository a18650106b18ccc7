"""Incidents: operator feedback on verdicts (accepting baselines, false positives)."""
