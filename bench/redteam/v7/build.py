"""Edition 7's whole set: the same kinds and counts as editions 1-6, its own material and seed."""

from __future__ import annotations

from pathlib import Path

from ..build import generate_with
from ..model import PageItem, Scenario
from .pages import deface_page, legit_page
from .scenarios import build_scenario

DEFAULT_SEED = 70717


def generate(
    corpus: Path, seed: int = DEFAULT_SEED, limit: int | None = None
) -> tuple[list[Scenario], list[PageItem]]:
    """Every item; ``limit`` caps each kind's count (for a small set)."""
    return generate_with(corpus, seed, limit, build_scenario, deface_page, legit_page)
