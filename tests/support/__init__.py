"""Helpers shared by tests: local servers and receivers."""
