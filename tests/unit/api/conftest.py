"""The seeded API of ``apikit`` as the ``env`` fixture."""

from .apikit import env

__all__ = ["env"]
