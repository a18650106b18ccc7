from __future__ import annotations

from pathlib import Path

import pytest

from .guarded import Guarded, build


@pytest.fixture
def guarded(tmp_path: Path) -> Guarded:
    return build(tmp_path)
