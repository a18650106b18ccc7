"""Scheduling: when each target is checked, with concurrency limits, resuming after restarts."""
