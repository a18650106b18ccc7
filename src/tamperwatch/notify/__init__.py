"""Notifiers: one message per incident state change, retried, never blocking checks."""
