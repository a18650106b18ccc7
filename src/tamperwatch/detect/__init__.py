"""Detection: per-target profiles, detectors (one module each) and the verdict."""
