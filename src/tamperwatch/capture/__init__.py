"""Fetchers: turn a target into a Capture, under shared hard limits and one URL policy."""
