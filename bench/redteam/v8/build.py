"""Edition 8's whole set: edition 1's counts and order, edition 8's makers."""

from __future__ import annotations

from pathlib import Path

from ..build import generate_with
from ..model import PageItem, Scenario
from .pages import deface_page, legit_page
from .scenarios import build_scenario

DEFAULT_SEED = 8008


def generate(
    corpus: Path, seed: int = DEFAULT_SEED, limit: int | None = None
) -> tuple[list[Scenario], list[PageItem]]:
    """Every item of edition 8; ``limit`` caps each kind's count (for a small set)."""
    return generate_with(corpus, seed, limit, build_scenario, deface_page, legit_page)
