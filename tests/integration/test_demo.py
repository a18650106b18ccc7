"""`make demo` keeps working: both defacements caught, clean pages quiet, webhooks verified."""

from __future__ import annotations

import subprocess
import sys

import pytest


@pytest.mark.slow
@pytest.mark.timeout(180)
def test_demo_passes_on_its_own() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "tamperwatch.demo"], capture_output=True, text=True, timeout=170
    )
    assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr[-2000:]
    assert proc.stdout.count("PASS") == 4 and "FAIL" not in proc.stdout
    assert "signature verified" in proc.stdout
