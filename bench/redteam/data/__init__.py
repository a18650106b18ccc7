"""Payload texts for the red-team set, all written for it (none copied from the detectors)."""
