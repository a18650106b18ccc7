"""Edition 2's texts, hosts and templates (none shared with edition 1 or the detectors)."""
